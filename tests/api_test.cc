// Tests of the embedding API (api.h): an article string gives the claims of
// the same JSON Lines record, lines round-trip into the conflict check,
// errors name what is wrong, and the rules are found in the order the CLI
// and the Python module rely on.
#include "api.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

namespace suchi {
namespace {

const std::string kRules = std::string(SUCHI_SOURCE_DIR) + "/rules";

const RuleSet& Rules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    Result<std::shared_ptr<const RuleSet>> r = LoadRuleSet(kRules);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : nullptr;
  }();
  return *rules;
}

TEST(Api, TextIsTheRecordTheReaderReads) {
  TextArticle a{.text = "한국은 72억5,000만 달러를 투자했다.", .title = "투자 확대",
                .published = "2024-04-17", .id = "a1"};
  Result<ArticleClaims> text = ExtractText(Rules(), a);
  ASSERT_TRUE(text.ok()) << text.status().message();
  ASSERT_FALSE(text->claims.empty());
  EXPECT_EQ(text->id, "a1");
  EXPECT_DOUBLE_EQ(text->claims[0].q.value, 7250000000.0);
  Result<ArticleClaims> record = ExtractRecord(
      Rules(),
      R"({"id":"a1","title":"투자 확대","body":"한국은 72억5,000만 달러를 투자했다.","published":"2024-04-17"})",
      "x.jsonl:1");
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(ClaimLines(text->claims), ClaimLines(record->claims));
}

TEST(Api, AnArticleWithoutIdIsNamedByWhere) {
  Result<ArticleClaims> r = ExtractText(Rules(), {.text = "인구는 5,000만명이다."});
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r->claims.empty());
  EXPECT_EQ(r->claims[0].article, "text");
  EXPECT_EQ(ClaimLines(r->claims)[0].back(), '}');  // one line, no newline
}

TEST(Api, ErrorsNameTheRecord) {
  Result<ArticleClaims> r = ExtractRecord(Rules(), R"({"title":"no body"})", "records:2");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("records:2"), std::string::npos) << r.status().message();
  EXPECT_FALSE(ExtractText(Rules(), {.text = "  \n"}).ok());
  Result<std::vector<Conflict>> c = ConflictsOfLines(Rules(), {"{}", "not json"});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("claim 1"), std::string::npos) << c.status().message();
}

TEST(Api, ConflictingLinesGiveTheirConflict) {
  auto claims = [](const char* id, const char* body) {
    Result<ArticleClaims> r =
        ExtractText(Rules(), {.text = body, .title = "", .published = "2024-04-17", .id = id});
    EXPECT_TRUE(r.ok());
    return ClaimLines(r->claims);
  };
  std::vector<std::string> lines = claims("a", "2023년 한국의 인구는 5,170만명이다.");
  for (const std::string& l : claims("b", "2023년 한국의 인구는 4,800만명이다.")) lines.push_back(l);
  Result<std::vector<Conflict>> found = ConflictsOfLines(Rules(), lines, 0);
  ASSERT_TRUE(found.ok()) << found.status().message();
  ASSERT_FALSE(found->empty());
  EXPECT_EQ(ConflictLines(*found).size(), found->size());
  Result<std::vector<Conflict>> none = ConflictsOfLines(Rules(), {lines[0]});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(Api, RulesAreTheFirstCandidateHoldingThemUnlessTheEnvironmentSays) {
  std::string missing = testing::TempDir() + "/api_test_no_rules";
  unsetenv("SUCHI_RULES");
  EXPECT_EQ(FindRulesDir({missing, kRules}), kRules);
  EXPECT_EQ(FindRulesDir({kRules, missing}), kRules);
  EXPECT_EQ(FindRulesDir({missing}), missing);  // named by the error that follows
  setenv("SUCHI_RULES", "/elsewhere", 1);
  EXPECT_EQ(FindRulesDir({kRules}), "/elsewhere");
  unsetenv("SUCHI_RULES");
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(ExecutableDir()) / "api_test"));
}

}  // namespace
}  // namespace suchi
