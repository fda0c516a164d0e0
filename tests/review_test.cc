// Tests of verdicts (review.h) and the store tables behind them (store.h):
// verdict names, verdict lines, the claims hash that keeps a verdict while
// its claims are unchanged, stale verdicts, the import of a page export
// (errors name file:line), the conflicts table, article titles and texts,
// and the migration of a store made before articles kept their text.
#include "review.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_run.h"

#include "fresh_db.h"

namespace suchi {
namespace {

std::string FreshDb(const std::string& name) { return suchi::FreshDb("review_test", name); }

Claim Pct(const std::string& article, std::size_t start, double v, const std::string& quote) {
  Claim c;
  c.article = article, c.start = start, c.end = start + quote.size();
  c.id = article + "#" + std::to_string(start);
  c.quote = quote, c.key = "KR/unemployment/2023";
  c.q.value = v, c.q.kind = UnitKind::kPercent, c.q.unit_text = "%", c.q.unit_id = "%";
  return c;
}

Conflict Between(const std::string& id, const std::vector<Claim>& cs) {
  Conflict k;
  k.id = id, k.kind = "value_mismatch", k.key = cs[0].key, k.severity = "high", k.confidence = 0.8;
  for (const Claim& c : cs) k.claims.push_back(c.id);
  k.articles = static_cast<int>(cs.size());
  return k;
}

std::unordered_map<std::string_view, const Claim*> ById(const std::vector<Claim>& cs) {
  std::unordered_map<std::string_view, const Claim*> m;
  for (const Claim& c : cs) m.emplace(c.id, &c);
  return m;
}

TEST(CanonicalVerdictTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"confirmed", "confirmed"}, {"confirm", "confirmed"},       {"dismissed", "dismissed"},
      {"dismiss", "dismissed"},   {"needs_check", "needs_check"}, {"needs-check", "needs_check"},
      {"", nullptr},              {"Dismissed", nullptr},         {"ok", nullptr},
  };
  for (const auto& [in, want] : cases) {
    std::optional<std::string> got = CanonicalVerdict(in);
    if (want) EXPECT_EQ(got.value_or("(none)"), want) << in;
    else EXPECT_FALSE(got) << in;
  }
}

TEST(ParseReviewLineTest, Table) {
  struct Case {
    std::string line, conflict, verdict, error;
  } cases[] = {
      {R"({"conflict":"K1","verdict":"dismissed","note":"n","claims_hash":"h"})", "K1", "dismissed", ""},
      {R"({"conflict":"K1","verdict":"needs-check"})", "K1", "needs_check", ""},
      {R"({"verdict":"dismissed"})", "", "", "no \"conflict\" id"},
      {R"({"conflict":"K1","verdict":"maybe"})", "", "", "\"verdict\" must be"},
      {"not json", "", "", "not a JSON object"},
      {"[1]", "", "", "not a JSON object"},
  };
  for (const Case& c : cases) {
    Result<Review> r = ParseReviewLine(c.line);
    if (c.error.empty()) {
      ASSERT_TRUE(r.ok()) << c.line << ": " << r.status().message();
      EXPECT_EQ(r->conflict, c.conflict);
      EXPECT_EQ(r->verdict, c.verdict);
    } else {
      ASSERT_FALSE(r.ok()) << c.line;
      EXPECT_NE(r.status().message().find(c.error), std::string::npos) << r.status().message();
    }
  }
  Review back = *ParseReviewLine(ReviewJsonLine({"K9", "confirmed", "메모 \"q\"", "abc", "2026-12-01T00:00:00Z"}));
  EXPECT_EQ(back.note, "메모 \"q\"");
  EXPECT_EQ(back.claims_hash, "abc");
  EXPECT_EQ(back.reviewed_at, "2026-12-01T00:00:00Z");
}

TEST(ConflictClaimsHashTest, ChangesExactlyWhenAClaimDoes) {
  std::vector<Claim> cs = {Pct("a", 1, 3.1, "3.1%"), Pct("b", 1, 3.8, "3.8%")};
  Conflict k = Between("K1", cs);
  std::string h = ConflictClaimsHash(k, ById(cs));
  struct Edit {
    const char* what;
    void (*apply)(Claim&);
    bool changes;
  } edits[] = {
      {"nothing", [](Claim&) {}, false},
      {"the sentence", [](Claim& c) { c.sentence = "다른 문장"; }, false},
      {"the outlet", [](Claim& c) { c.outlet = "다른 매체"; }, false},
      {"the quote", [](Claim& c) { c.quote = "3.2%"; }, true},
      {"the value", [](Claim& c) { c.q.value = 3.2; }, true},
      {"the unit", [](Claim& c) { c.q.unit_id = "%p"; }, true},
      {"the key", [](Claim& c) { c.key = "KR/unemployment/2024"; }, true},
  };
  for (const Edit& e : edits) {
    std::vector<Claim> edited = cs;
    e.apply(edited[0]);
    EXPECT_EQ(ConflictClaimsHash(k, ById(edited)) != h, e.changes) << e.what;
  }
  Conflict reordered = k;
  std::reverse(reordered.claims.begin(), reordered.claims.end());
  EXPECT_EQ(ConflictClaimsHash(reordered, ById(cs)), h);
}

TEST(ApplyReviewsTest, HoldOnlyWhileTheClaimsHashMatches) {
  std::vector<Conflict> ks = {Between("K1", {Pct("a", 1, 1, "1%")}), Between("K2", {Pct("b", 1, 1, "1%")})};
  std::vector<Review> rs = {{"K1", "dismissed", "", "h1", "t1"},
                            {"K2", "confirmed", "", "old", "t1"},
                            {"K9", "confirmed", "", "h9", "t1"},   // not among these conflicts
                            {"K1", "needs_check", "later", "h1", "t2"}};
  AppliedReviews a = ApplyReviews(rs, ks, {"h1", "h2"});
  ASSERT_EQ(a.current.size(), 1u);
  EXPECT_EQ(a.current.at("K1").verdict, "needs_check");  // the later verdict
  EXPECT_EQ(a.stale, 1);                                  // K2: its claims changed
  EXPECT_EQ(a.stale_of.at("K2").verdict, "confirmed");
  // A verdict given again on the changed claims holds, and is not stale.
  rs.push_back({"K2", "dismissed", "", "h2", "t3"});
  a = ApplyReviews(rs, ks, {"h1", "h2"});
  EXPECT_EQ(a.current.at("K2").verdict, "dismissed");
  EXPECT_EQ(a.stale, 0);
}

TEST(ReviewStoreTest, ImportNeedsKnownConflictsAndNamesTheLine) {
  Result<std::unique_ptr<ClaimStore>> st = ClaimStore::Open(FreshDb("import"));
  ASSERT_TRUE(st.ok()) << st.status().message();
  ClaimStore& s = **st;
  std::vector<Claim> cs = {Pct("a", 1, 3.1, "3.1%"), Pct("b", 1, 3.8, "3.8%")};
  Conflict k = Between("K1", cs);
  ASSERT_TRUE(s.PutConflicts({k}, {"hash1"}).ok());
  ASSERT_TRUE(s.PutConflicts({k}, {"hash1"}).ok());  // again: updated, not doubled
  Result<std::optional<StoredConflict>> got = s.GetConflict("K1");
  ASSERT_TRUE(got.ok() && *got);
  EXPECT_EQ((*got)->claims_hash, "hash1");
  EXPECT_EQ((*got)->key, "KR/unemployment/2023");
  EXPECT_FALSE(*s.GetConflict("K2"));

  std::istringstream good("{\"conflict\":\"K1\",\"verdict\":\"dismissed\",\"note\":\"같은 날 다른 집계\"}\n\n");
  Result<long> n = ImportReviews(s, good, "v.jsonl");
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(*n, 1);
  std::vector<Review> rs = *s.Reviews();
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].verdict, "dismissed");
  EXPECT_EQ(rs[0].claims_hash, "hash1");  // taken from the stored conflict
  EXPECT_FALSE(rs[0].reviewed_at.empty());

  const std::pair<std::string, std::string> bad[] = {
      {"{\"conflict\":\"K1\",\"verdict\":\"confirmed\"}\n{\"conflict\":\"K2\",\"verdict\":\"dismissed\"}\n",
       "v.jsonl:2: conflict 'K2' is not in the store"},
      {"\n{oops\n", "v.jsonl:2: not a JSON object"},
  };
  for (const auto& [text, want] : bad) {
    std::istringstream in(text);
    Result<long> r = ImportReviews(s, in, "v.jsonl");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().message(), want);
  }
  EXPECT_EQ(s.Reviews()->at(0).verdict, "confirmed");  // the lines before an error are stored
}

TEST(ReviewStoreTest, ArticlesKeepTitleAndText) {
  Result<std::unique_ptr<ClaimStore>> st = ClaimStore::Open(FreshDb("articles"));
  ASSERT_TRUE(st.ok());
  Article a;
  a.id = "a", a.text = "\n  실업률 3.1%  \n본문 3.1%", a.meta.url = "https://e.x/1", a.meta.outlet = "가나일보";
  std::vector<Claim> cs = {Pct("a", 18, 3.1, "3.1%")};
  ASSERT_TRUE((*st)->PutArticle(a, "h", cs).ok());
  std::vector<StoredArticle> got = *(*st)->Articles({"zz", "a"});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].title, "실업률 3.1%");
  EXPECT_EQ(got[0].text, a.text);
  EXPECT_EQ(got[0].url, "https://e.x/1");
  std::vector<ClaimSpan> spans = *(*st)->ArticleSpans("a");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].start, 18u);
  const std::pair<std::string, std::string> titles[] = {{"제목\n본문", "제목"}, {"", ""}, {"\n\n \t\n끝", "끝"}};
  for (const auto& [text, want] : titles) {
    Article t;
    t.text = text;
    EXPECT_EQ(ArticleTitle(t), want) << text;
  }
  Article untitled;
  untitled.text = "본문", untitled.has_title = false;
  EXPECT_EQ(ArticleTitle(untitled), "");
}

TEST(ReviewStoreTest, AnOldStoreGainsTitleAndTextColumns) {
  std::string path = FreshDb("old");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE articles(id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, published TEXT, "
                         "outlet TEXT, url TEXT, source TEXT, stored_at TEXT);"
                         "INSERT INTO articles(id, content_hash) VALUES('a', 'h');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<ClaimStore>> st = ClaimStore::Open(path);
  ASSERT_TRUE(st.ok()) << st.status().message();
  Article a;
  a.id = "a", a.text = "제목\n본문";
  // Unchanged content, yet the text is filled in for the reports.
  EXPECT_EQ(*(*st)->PutArticle(a, "h", {}), ClaimStore::PutResult::kUnchanged);
  EXPECT_EQ((*st)->Articles({"a"})->at(0).text, "제목\n본문");
  EXPECT_EQ((*st)->Articles({"a"})->at(0).title, "제목");
}

// `suchi review` on a run of the seeds: a verdict by id, its errors, the
// listing, and a rerun that hides the dismissed conflict.
TEST(ReviewCliTest, DismissedConflictStaysHiddenOnTheRerun) {
  using testing_cli::RunShell;
  namespace fs = std::filesystem;
  std::string out = testing::TempDir() + "/review_cli_" + std::to_string(getpid());
  fs::remove_all(out);
  std::string suchi = testing_cli::kSuchi + " --rules " + testing_cli::kSource + "/rules ";
  std::string run = suchi + "run " + testing_cli::kSource + "/seeds -q --min-confidence 0 --out " + out;
  ASSERT_EQ(RunShell(run).rc, 0);
  std::istringstream jl(testing_cli::ReadFile(out + "/conflicts.jsonl"));
  std::string line;
  ASSERT_TRUE(std::getline(jl, line));
  std::string id = nlohmann::json::parse(line)["id"];
  struct Case {
    std::string args;
    int rc;
    std::string err;
  } cases[] = {
      {"review K000000000000 --dismiss", 2, "conflict 'K000000000000' is not in the store"},
      {"review " + id, 2, "give --confirm, --dismiss or --needs-check"},
      {"review " + id + " --dismiss --confirm", 2, ""},
      {"review", 2, "give a conflict id with a verdict, --import FILE or --list"},
      {"review --import " + out + "/none.jsonl", 2, "none.jsonl: cannot read"},
      {"review " + id + " --dismiss --note '같은 날 다른 집계'", 0, ""},
  };
  for (const Case& c : cases) {
    testing_cli::CmdResult r = RunShell(suchi + c.args + " --out " + out);
    EXPECT_EQ(r.rc, c.rc) << c.args << ": " << r.err;
    EXPECT_NE(r.err.find(c.err), std::string::npos) << c.args << ": " << r.err;
  }
  testing_cli::CmdResult list = RunShell(suchi + "review --list --out " + out);
  ASSERT_EQ(list.rc, 0);
  nlohmann::json v = nlohmann::json::parse(list.out);
  EXPECT_EQ(v["conflict"], id);
  EXPECT_EQ(v["verdict"], "dismissed");
  EXPECT_EQ(v["note"], "같은 날 다른 집계");
  EXPECT_EQ(v["current"], true);
  testing_cli::CmdResult again = RunShell(run + " --lang en --fail-on-conflict");
  EXPECT_NE(again.rc, 2) << again.err;
  std::string md = testing_cli::ReadFile(out + "/report.md");
  EXPECT_EQ(md.find(id), std::string::npos);
  EXPECT_NE(md.find("1 dismissed (hidden)"), std::string::npos) << md;
  EXPECT_NE(testing_cli::ReadFile(out + "/conflicts.jsonl").find(id), std::string::npos);  // still found, for tools
  fs::remove_all(out);
}

// Former bugs.

}  // namespace
}  // namespace suchi
