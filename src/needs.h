// Literal prefilters for rule patterns: the `needs` columns of rule files.
//
// A rule author who knows that a pattern cannot match a text holding none
// of a few literals writes them in the rule's `needs` column ("@|www.|\d");
// the pattern then runs only on texts that hold one. This keeps RE2 searches
// off the many sentences where they cannot succeed, without changing what
// any pattern matches, as long as the literals are right: tests/needs_test.cc
// derives from every pattern of the rule files what its matches must hold
// (required.h) and fails naming file:line when an entry is not implied.
// Patterns without a needs column get sets derived the same way.
//
// Syntax of a needs field: literals separated by '|'; '-' means none (every
// text is admitted). Inside a literal, `\d` stands for any ASCII digit and
// `\s` for any ASCII white-space byte (tab, newline, vertical tab, form
// feed, carriage return, space); a literal that begins with '^' must occur
// at the start of the text. Any other byte stands for itself, and ASCII
// letters match in either case, so a (?i) pattern needs only one spelling.
#ifndef SUCHI_NEEDS_H_
#define SUCHI_NEEDS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rulefile.h"
#include "status.h"

namespace suchi {

class NeedSet {
 public:
  // Returns a set that admits every text.
  NeedSet() = default;

  // Returns the set of the needs field `field` of `row`, or an error naming
  // file:line for an empty literal ("a||b").
  static Result<NeedSet> Parse(const RuleRow& row, const std::string& field);

  // Makes this set admit what either set admits.
  void Merge(const NeedSet& other);

  // Returns true when every text is admitted (no literals, or '-').
  bool AdmitsAll() const { return all_; }

  // Returns true when `text` holds one of the literals, or AdmitsAll().
  bool Admits(std::string_view text) const;

 private:
  // One literal: bytes 0..255 stand for themselves (letters lowered), and
  // kDigit / kSpace for their classes.
  struct Literal {
    std::vector<std::uint16_t> elems;
    bool anchored = false;   // must start at the text's start
    std::size_t pivot = 0;   // the element searched for (a byte), or npos
  };
  static constexpr std::uint16_t kDigit = 256, kSpace = 257;

  void Add(Literal literal);
  // Returns true when `elems` occur in `text` from byte `start` on (letters
  // in either case).
  static bool ElemsAt(std::string_view text, std::size_t start,
                      const std::vector<std::uint16_t>& elems);

  // Literals whose pivot is the same byte, found by one memchr pass per
  // case of that byte, then compared around it.
  struct Group {
    unsigned char pivot = 0;  // letters lowered
    std::vector<Literal> literals;
    bool digits = true;       // every literal holds a digit: none in a text without one
    // The text bytes a literal admits right before and right after its
    // pivot; a hit whose neighbours no literal admits is passed over
    // without comparing. `open_*`: a literal ends there (no filter).
    std::array<bool, 256> before{}, after{};
    bool open_before = false, open_after = false;
    void Note(const Literal& l);
  };

  bool all_ = true;
  bool digit_ = false;              // the literal `\d` alone: any ASCII digit
  std::vector<Literal> anchored_;   // tried at the text's start only
  std::vector<Group> groups_;       // by pivot byte
  std::vector<Literal> classes_;    // no byte to search for: tried everywhere
};

}  // namespace suchi

#endif  // SUCHI_NEEDS_H_
