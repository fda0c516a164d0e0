// Tests of the required literals of patterns (src/required.h): derivation
// cases, and every `needs` entry of the rule files implied by its pattern,
// so a wrong entry fails naming file:line.
#include "required.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rulefile.h"

namespace suchi {
namespace {

TEST(NeedsTest, DerivedFromPatterns) {
  struct Case {
    const char* pattern;
    const char* needs;
    bool implied;
  };
  const std::vector<Case> cases = {
      {R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+)", "@", true},
      {R"(\d+원)", "원", true},
      {R"(\d+원)", "@", false},
      {R"(\b0\d{1,2}-\d{3,4}-\d{4}\b)", R"(\d-\d)", true},
      {R"(\b0\d{1,2}-\d{3,4})", "0-", false},  // "012-345"
      {R"(\b\d+\.\d+\.\d+\b)", R"(\d.\d)", true},
      {R"((?i)(?:https?://|www\.)[^\s]+)", "://|www.", true},
      {R"((?i)(?:https?://|www\.)[^\s]+)", "://", false},  // "www.x"
      {R"((?i)www\.)", "WWW.", true},  // letters in either case
      {R"(www\.)", "wwwx", false},
      {R"((?:^|[\s'"(])0\d+)", R"(^0\d|\s0\d|'0\d|"0\d|(0\d)", true},
      {R"((?:^|[\s'"(])0\d+)", R"(\s0\d|'0\d|"0\d|(0\d)", false},  // "01" at the start
      {R"(a|b)", "a", false},
      {R"(a|b)", "a|b", true},
      {R"(x*y)", "x", false},
      {R"(x+y)", "xy", true},
      {R"(x{2,3})", "xx", true},
      {R"(x{0,3}y)", "xy", false},
      {R"([가-힣]{2,4} ?기자$)", "기자", true},
      {R"(^(?:[^가-힣.!?][.!?]*|[가-힣])*(무단\s?전재|배포\s?금지))", "무단|배포", true},
      {R"(^(?:[^가-힣.!?][.!?]*|[가-힣])*(무단\s?전재|배포\s?금지))", "무단", false},
      {R"(\d{1,2}시\s?\d{1,2}분)", R"(\d시)", true},
      {R"(\d{1,2}시\s?\d{1,2}분)", R"(\d분)", true},
      {R"(\d{1,2}시\s?\d{1,2}분)", R"(\d시\d)", false},  // "3시 5분"
      {R"(\p{Greek}+)", "a", false},  // not read: cannot derive
  };
  for (const Case& c : cases)
    EXPECT_EQ(NeedsImplied(c.pattern, c.needs).ok(), c.implied)
        << c.pattern << " needs " << c.needs << ": " << NeedsImplied(c.pattern, c.needs).message();
}

// Derived prefilters admit every text the pattern matches (each field is
// implied), and say what a pattern plainly requires.
TEST(NeedsTest, DerivedNeedsAreImplied) {
  struct Case {
    const char* pattern;
    std::vector<std::string> some;  // fields among the derived ones
  };
  const std::vector<Case> cases = {
      {R"([‘'"“]([^‘’'"“”]*?((?:19|20)\d\d))[’'"”]\s*(?:에서|기준))", {R"("|'|‘|“)", R"(19\d\d|20\d\d)"}},
      {R"(\d+원)", {R"(\d원)"}},
      {R"((?i)www\.x)", {"www.x"}},
      {R"(^0\d)", {R"(^0\d)"}},
      {R"([가-힣]+)", {}},  // nothing usable
  };
  for (const Case& c : cases) {
    std::vector<std::string> got = DerivedNeeds(c.pattern);
    for (const std::string& f : c.some)
      EXPECT_NE(std::find(got.begin(), got.end(), f), got.end()) << c.pattern << " lacks " << f;
    if (c.some.empty()) {
      EXPECT_TRUE(got.empty()) << c.pattern << ": " << got.front();
    }
    for (const std::string& f : got) EXPECT_TRUE(NeedsImplied(c.pattern, f).ok()) << c.pattern << " / " << f;
  }
  // And those of every source pattern.
  auto rows = ReadRuleFile(SUCHI_SOURCE_DIR "/rules/sources.tsv", 3, 4);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  for (const RuleRow& row : *rows)
    for (const std::string& f : DerivedNeeds(row.Field(2)))
      EXPECT_TRUE(NeedsImplied(row.Field(2), f).ok()) << RuleError(row, f).message();
}

// Every needs entry of the rule files: column `needs` of `file` holds the
// literals of the pattern in column `pattern`.
TEST(NeedsTest, RuleFileEntriesAreImpliedByTheirPatterns) {
  struct File {
    const char* path;
    std::size_t fields, needs, pattern;
  };
  int checked = 0;
  for (const File& f : {File{"rules/numbers/skip.tsv", 3, 1, 2}, File{"rules/chrome.tsv", 6, 3, 4}}) {
    auto rows = ReadRuleFile(std::string(SUCHI_SOURCE_DIR "/") + f.path, f.fields, f.fields);
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    for (const RuleRow& row : *rows) {
      if (row.Field(f.needs) == "-") continue;
      Status s = NeedsImplied(row.Field(f.pattern), row.Field(f.needs));
      EXPECT_TRUE(s.ok()) << RuleError(row, "needs '" + row.Field(f.needs) + "': " + s.message()).message();
      ++checked;
    }
  }
  EXPECT_GE(checked, 15);  // 13 skip rows and 2 chrome rows have entries
}

}  // namespace
}  // namespace suchi
