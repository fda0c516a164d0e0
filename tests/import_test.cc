// Tests of loading claims.jsonl into the claim store: the stored claims are
// the lines read, a second import changes nothing, a changed article is
// replaced, and bad input is refused naming the line.
#include "import.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "json.h"

#include "fresh_db.h"

namespace suchi {
namespace {

std::string FreshDb(const std::string& name) { return suchi::FreshDb("import_test", name); }

// The claims.jsonl line of a claim of `article` at `start`, keyed `key`.
std::string Line(const std::string& article, std::size_t start, const std::string& key, double value) {
  Claim c;
  c.article = article;
  c.start = start;
  c.end = start + 5;
  c.id = article + "#" + std::to_string(start);
  c.quote = std::string("72.9%");  // not operator=(const char*): a false -Wrestrict of GCC 12
  c.q.value = value;
  c.q.kind = UnitKind::kPercent;
  c.q.unit_text = std::string("%");
  c.key = key;
  c.sentence = "문장";
  c.published = "2024-04-17";
  c.outlet = "경향신문";
  std::string out;
  AppendClaimJsonLine(c, out);
  return out;
}

std::unique_ptr<ClaimStore> Open(const std::string& path) {
  Result<std::unique_ptr<ClaimStore>> s = ClaimStore::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(*s) : nullptr;
}

Result<ImportStats> Import(ClaimStore& store, const std::string& text) {
  std::istringstream in(text);
  return ImportClaims(in, "claims.jsonl", store);
}

TEST(ImportTest, StoresEachArticleWithTheClaimsRead) {
  std::string a = Line("a", 10, "KR/gdp/2023", 1.5) + Line("a", 30, "KR/cpi/2023", 2);
  std::string b = Line("b", 5, "KR/gdp/2023", 1.7);
  auto store = Open(FreshDb("stores"));
  ASSERT_TRUE(store);
  Result<ImportStats> st = Import(*store, a + "\n" + b);  // a blank line is skipped
  ASSERT_TRUE(st.ok()) << st.status().message();
  EXPECT_EQ(st->articles, 2);
  EXPECT_EQ(st->added, 2);
  EXPECT_EQ(st->claims, 3);
  Result<std::vector<Claim>> all = store->AllClaims();
  ASSERT_TRUE(all.ok());
  std::string back;
  for (const Claim& c : *all) AppendClaimJsonLine(c, back);
  EXPECT_EQ(back, a + b);  // the same lines, byte for byte
  Result<std::vector<Claim>> gdp = store->GroupClaims("KR/gdp", {});
  ASSERT_TRUE(gdp.ok());
  EXPECT_EQ(gdp->size(), 2u);  // through the key index, as the conflict check reads them
}

TEST(ImportTest, AgainChangesNothingAndAChangedArticleIsReplaced) {
  std::string a = Line("a", 10, "KR/gdp/2023", 1.5), b = Line("b", 5, "KR/gdp/2023", 1.7);
  auto store = Open(FreshDb("again"));
  ASSERT_TRUE(store);
  ASSERT_TRUE(Import(*store, a + b).ok());
  Result<ImportStats> again = Import(*store, a + b);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->unchanged, 2);
  EXPECT_EQ(again->added + again->replaced, 0);
  Result<ImportStats> changed = Import(*store, a + Line("b", 5, "KR/gdp/2023", 9.9));
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->unchanged, 1);
  EXPECT_EQ(changed->replaced, 1);
  Result<std::vector<Claim>> claims = store->ArticleClaims("b");
  ASSERT_TRUE(claims.ok());
  ASSERT_EQ(claims->size(), 1u);
  EXPECT_EQ((*claims)[0].q.value, 9.9);
}

TEST(ImportTest, BadInputIsRefusedNamingTheLine) {
  std::string a = Line("a", 10, "KR/gdp/2023", 1.5), b = Line("b", 5, "KR/gdp/2023", 1.7);
  struct Case {
    std::string input, error;
  } cases[] = {
      {a + "not json\n", "claims.jsonl:2: not a JSON claim"},
      {a + "[1,2]\n", "claims.jsonl:2: not a JSON claim"},
      {a + b + Line("a", 40, "KR/cpi/2023", 3), "claims.jsonl:3: not grouped by article: article 'a'"},
      {"{\"id\":\"x#1\"}\n", "claims.jsonl:1: "},
  };
  for (const Case& c : cases) {
    auto store = Open(FreshDb("bad"));
    ASSERT_TRUE(store);
    Result<ImportStats> st = Import(*store, c.input);
    ASSERT_FALSE(st.ok()) << c.input;
    EXPECT_EQ(st.status().message().rfind(c.error, 0), 0u) << st.status().message();
  }
}

// Former bugs.

}  // namespace
}  // namespace suchi
