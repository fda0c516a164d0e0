// Site chrome: non-article text (copyright lines, related-news lists,
// "Today`s HOT" blocks, member menus, bylines, e-mail lines, image file
// names and caption slugs) recognised by RE2 patterns from rules/chrome.tsv.
// Chrome is marked, never deleted: segment.cc gives such lines the kind
// kChrome and extraction skips them.
#ifndef SUCHI_CHROME_H_
#define SUCHI_CHROME_H_

#include <memory>
#include <re2/re2.h>
#include <re2/set.h>

#include <string>
#include <string_view>
#include <vector>

#include "rulefile.h"
#include "status.h"

namespace suchi {

class ChromeRules {
 public:
  // Returns the rules compiled from `path` (rules/chrome.tsv), or an error
  // naming file:line for a bad regex, unknown action or duplicate id.
  static Result<ChromeRules> Load(const std::string& path);

  // Marks normalized lines: result[i] is the id of the rule that marks
  // lines[i] as chrome, or "" for article text. Block rules (a start line
  // that marks everything after it, like "Today`s HOT") are applied here.
  std::vector<std::string> MarkLines(const std::vector<std::string_view>& lines) const;

  // Returns the id of the first `line` rule matching one sentence unit taken
  // from inside a longer line (wire boilerplate glued to the last sentence:
  // "▶ 네이버 메인에서 ...", "pbj@news1.kr"), or "" for article text.
  std::string MarkUnit(std::string_view unit) const;

  // Returns the rules compiled from rule text named `name` in errors (tests).
  static Result<ChromeRules> Parse(std::string_view text, const std::string& name);

  // Returns the number of rules.
  std::size_t size() const;

  struct Rule;
  ChromeRules();
  ~ChromeRules();
  ChromeRules(ChromeRules&&) noexcept;
  ChromeRules& operator=(ChromeRules&&) noexcept;

 private:
  static Result<ChromeRules> FromRows(const std::vector<RuleRow>& rows);
  // Returns the first rule (of `action`, or any if null) matching `text`.
  const Rule* FirstHit(std::string_view text, const int* action) const;
  // Builds one automaton per length band (see Band).
  void CompileBands();

  // The rules that apply to lines of at most `max_chars` characters (0: the
  // rules without a limit), as one anchored automaton: a line is scanned
  // once, not once per rule, and only by the rules its length allows.
  struct Band {
    std::size_t max_chars = 0;
    std::vector<int> rule_of;  // automaton pattern index -> index in rules_
    std::unique_ptr<re2::RE2::Set> set;
  };
  // Returns true when rule `r` has `action` (or `action` is null).
  static bool Fits(const Rule& r, const int* action);
  // Returns the index of the first rule of the automaton matching, or -1.
  int UngatedHit(const Band& band, std::string_view text, const int* action) const;
  std::vector<std::unique_ptr<Rule>> rules_;
  std::vector<Band> bands_;  // ascending max_chars; the unlimited band last
  // Rules with `needs` literals stay out of the automata: they are tried one
  // by one (indices in rules_, ascending), only on lines holding a literal.
  std::vector<int> gated_;
  std::size_t count_limit_ = 0;  // the largest max_chars: count up to it
};

}  // namespace suchi

#endif  // SUCHI_CHROME_H_
