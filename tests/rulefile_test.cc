// Tests of rule-file reading: comments, field counts, file:line errors.
#include "rulefile.h"

#include <gtest/gtest.h>

#include "needs.h"

namespace suchi {
namespace {

struct ParseCase {
  const char* name;
  const char* text;
  std::size_t min, max;
  int rows;            // expected rows, or -1 for an error
  const char* error;   // substring of the error
};

TEST(RuleFileTest, Parse) {
  const ParseCase cases[] = {
      {"empty", "", 1, 3, -1, "x.tsv: no rules (every line is blank or a comment)"},
      {"comments and blanks", "# header\n\n  # indented comment\n", 1, 3, -1, "x.tsv: no rules"},
      {"empty, as allowed", "# header\n#! may-be-empty\n", 1, 3, 0, ""},
      {"allowed, with rows", "#!  may-be-empty \na\n", 1, 3, 1, ""},
      {"unknown directive", "#! maybe-empty\na\n", 1, 3, -1, "x.tsv:1: unknown directive '#!maybe-empty'"},
      {"two rows", "a\tb\nc\td\n", 2, 2, 2, ""},
      {"crlf", "a\tb\r\nc\td\r\n", 2, 2, 2, ""},
      {"bom", "\xEF\xBB\xBF" "a\tb\n", 2, 2, 1, ""},
      {"trailing empty field counts", "a\tb\t\n", 3, 3, 1, ""},
      {"too few fields", "# h\na\n", 2, 2, -1, "x.tsv:2: expected 2 TAB-separated fields, found 1"},
      {"too many fields", "a\tb\tc\n", 1, 2, -1, "x.tsv:1: expected 1 to 2"},
      {"invalid utf8", "ok\n\xC3(\n", 1, 1, -1, "x.tsv:2: invalid UTF-8"},
      {"hangul", "만\t10000\n", 2, 2, 1, ""},
  };
  for (const ParseCase& c : cases) {
    Result<std::vector<RuleRow>> r = ParseRuleText(c.text, "x.tsv", c.min, c.max);
    if (c.rows < 0) {
      ASSERT_FALSE(r.ok()) << c.name;
      EXPECT_NE(r.status().message().find(c.error), std::string::npos)
          << c.name << ": " << r.status().message();
    } else {
      ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().message();
      EXPECT_EQ(static_cast<int>(r->size()), c.rows) << c.name;
    }
  }
}

TEST(RuleFileTest, RowsKnowTheirLine) {
  Result<std::vector<RuleRow>> r = ParseRuleText("# doc\n\nfirst\tx\n# more\nsecond\ty\n", "r.tsv", 2, 2);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].Where(), "r.tsv:3");
  EXPECT_EQ((*r)[1].Where(), "r.tsv:5");
  EXPECT_EQ((*r)[1].Field(1), "y");
  EXPECT_EQ((*r)[1].Field(7), "");
}

TEST(RuleFileTest, DuplicateIdsNameBothLines) {
  Result<std::vector<RuleRow>> r = ParseRuleText("a\t1\nb\t2\na\t3\n", "d.tsv", 2, 2);
  ASSERT_TRUE(r.ok());
  Status s = CheckUniqueColumn(*r, 0);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "d.tsv:3: duplicate id 'a' (first at line 1)");
  EXPECT_TRUE(CheckUniqueColumn(*r, 1).ok());
}

TEST(RuleFileTest, MissingFileIsAnError) {
  Result<std::vector<RuleRow>> r = ReadRuleFile("/nonexistent/rules.tsv", 1, 1);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/rules.tsv"), std::string::npos);
}

// Returns the needs set of `field`, read as row 1 of n.tsv; fails the test
// on a parse error.
NeedSet Needs(const std::string& field) {
  RuleRow row{"n.tsv", 1, {field}};
  Result<NeedSet> set = NeedSet::Parse(row, field);
  EXPECT_TRUE(set.ok()) << set.status().message();
  return set.ok() ? *set : NeedSet();
}

TEST(NeedSetTest, Admits) {
  struct Case {
    std::string needs, text;
    bool admits;
  };
  const Case cases[] = {
      {"-", "", true},
      {"-", "아무 문장", true},
      {"@", "a@b", true},
      {"@", "ab", false},
      {"\\d", "약 3만명", true},
      {"\\d", "세 번째", false},
      {"\\d", std::string(200, 'x') + "7", true},  // past the first 64-byte block
      {"www.|://", "WwW.example", true},             // letters in either case
      {"www.|://", "HTTPS://x", true},
      {"www.|://", "ww.x", false},
      {".jp|.png", "사진.JPEG", true},
      {".jp|.png", "사진. png", false},
      {".jp|.png", "끝.", false},                    // literal longer than the rest
      {"무단|배포", "재배포 금지", true},             // Hangul by its last byte
      {"무단|배포", "배달 금지", false},
      {"rights|@", "All Rights", true},
      {"\\d-\\d", "문의 02-1234", true},            // classes inside a literal
      {"\\d-\\d", "A-1, 2 -3", false},
      {"\\d시", "3시 5분", true},                      // a Hangul pivot after a class
      {"\\d시", "세시", false},
      {"\\s0\\d", "x\t07", true},
      {"\\s0\\d", "x07 0x", false},
      {"^0\\d", "010-1234", true},                    // at the start only
      {"^0\\d", "x 010", false},
      {"‘0\\d", "‘07’", true},
      {"a\\x", "a\\x", true},                         // other backslashes are bytes
      {"\\d\\d", "제3 5호 12", true},                 // classes only: tried everywhere
      {"\\d\\d", "제3 5호", false},
  };
  for (const Case& c : cases) EXPECT_EQ(Needs(c.needs).Admits(c.text), c.admits) << c.needs << " / " << c.text;
}

TEST(NeedSetTest, MergeAdmitsWhatEitherAdmits) {
  NeedSet a = Needs("@"), b = Needs("\\d|무단");
  a.Merge(b);
  EXPECT_TRUE(a.Admits("x@y"));
  EXPECT_TRUE(a.Admits("5"));
  EXPECT_TRUE(a.Admits("무단"));
  EXPECT_FALSE(a.Admits("허락"));
  a.Merge(Needs("-"));
  EXPECT_TRUE(a.AdmitsAll());
  EXPECT_TRUE(a.Admits("허락"));
}

TEST(NeedSetTest, EmptyLiteralIsAnErrorNamingTheLine) {
  RuleRow row{"n.tsv", 4, {"a||b"}};
  Result<NeedSet> set = NeedSet::Parse(row, "a||b");
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(), "n.tsv:4: empty literal in needs 'a||b'");
}

// Former bugs.
TEST(RuleFileTest, LastLineWithoutNewlineIsRead) {
  Result<std::vector<RuleRow>> r = ParseRuleText("a\tb\nc\td", "x.tsv", 2, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 2u);
}

}  // namespace
}  // namespace suchi
