// Literal prefilters for rule patterns: the `needs` columns of rule files.
//
// A rule author who knows that a pattern cannot match a text holding none
// of a few literals writes them in the rule's `needs` column ("@|www.|\d");
// the pattern then runs only on texts that hold one. This keeps RE2 searches
// off the many sentences where they cannot succeed, without changing what
// any pattern matches, as long as the literals are right.
//
// Syntax of a needs field: literals separated by '|'; `\d` stands for any
// ASCII digit; '-' means none (every text is admitted). ASCII letters match
// in either case, so a (?i) pattern needs only one spelling.
#ifndef SUCHI_NEEDS_H_
#define SUCHI_NEEDS_H_

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
  void Add(std::string literal);

  // Literals that begin with the same ASCII byte (letters lowered), found by
  // one memchr pass per case of that byte, then compared in either case.
  struct Group {
    unsigned char first = 0;
    std::vector<std::string> literals;  // letters lowered
  };

  bool all_ = true;
  bool digit_ = false;                 // `\d`: any ASCII digit
  std::vector<Group> groups_;          // literals with an ASCII first byte
  std::vector<std::string> other_;     // the rest (Hangul ...), by memmem
};

}  // namespace suchi

#endif  // SUCHI_NEEDS_H_
