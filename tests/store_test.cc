// Tests of the claim store: content hashes, idempotent re-runs, replacement
// of changed articles, round trips of claims, reopening, errors that name
// the article, and atomicity when the writing process is killed mid-batch.
#include "store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "fresh_db.h"

namespace suchi {
namespace {

std::string FreshDb(const std::string& name) { return suchi::FreshDb("store_test", name); }

Article MakeArticle(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.source = "seeds/" + id + ".txt";
  a.text = text;
  a.meta.published = "2024-04-17";
  a.meta.outlet = "경향신문";
  return a;
}

// `n` claims of article `id`, at offsets 10, 20, ...
std::vector<Claim> MakeClaims(const std::string& id, int n, double base = 1) {
  std::vector<Claim> out;
  for (int i = 0; i < n; ++i) {
    Claim c;
    c.article = id;
    c.start = 10 * (i + 1);
    c.end = c.start + 5;
    c.id = id + "#" + std::to_string(c.start);
    c.quote = "72.9%";
    c.q.value = base + i;
    c.q.kind = UnitKind::kPercent;
    c.q.unit_text = "%";
    c.key = "KR/m" + std::to_string(i) + "/2023";
    c.sentence = "문장";
    out.push_back(c);
  }
  return out;
}

std::unique_ptr<ClaimStore> OpenOrDie(const std::string& path) {
  Result<std::unique_ptr<ClaimStore>> s = ClaimStore::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(*s) : nullptr;
}

TEST(ContentHashTest, StableHexOverTextAndMetadata) {
  Article a = MakeArticle("a", "본문");
  std::string h = ContentHash(a);
  EXPECT_EQ(h.size(), 16u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, ContentHash(a));
  struct Case { const char* name; void (*change)(Article&); bool same; };
  const Case cases[] = {
      {"text", [](Article& x) { x.text += "."; }, false},
      {"published", [](Article& x) { x.meta.published = "2024-04-18"; }, false},
      {"outlet", [](Article& x) { x.meta.outlet = "연합뉴스"; }, false},
      {"field boundary", [](Article& x) { x.text += "2024-04-17"; x.meta.published = ""; }, false},
      {"url is not content", [](Article& x) { x.meta.url = "https://example.org"; }, true},
      {"id is not content", [](Article& x) { x.id = "b"; }, true},
  };
  for (const Case& c : cases) {
    Article b = a;
    c.change(b);
    EXPECT_EQ(ContentHash(b) == h, c.same) << c.name;
  }
}

// Another rule set or build extracts other claims: the same article then
// counts as changed, and the store re-extracts it.
TEST(ContentHashTest, TheExtractorIsPartOfTheContent) {
  Article a = MakeArticle("a", "본문");
  EXPECT_EQ(ContentHash(a, ""), ContentHash(a));
  EXPECT_NE(ContentHash(a, "rules-1"), ContentHash(a));
  EXPECT_NE(ContentHash(a, "rules-1"), ContentHash(a, "rules-2"));
  EXPECT_EQ(ContentHash(a, "rules-1"), ContentHash(a, "rules-1"));
}

TEST(ClaimStoreTest, OpenErrorNamesThePath) {
  Result<std::unique_ptr<ClaimStore>> s = ClaimStore::Open("/nonexistent/dir/suchi.db");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("/nonexistent/dir/suchi.db"), std::string::npos);
}

TEST(ClaimStoreTest, SameArticleTwiceIsUnchanged) {
  auto store = OpenOrDie(FreshDb("idem"));
  ASSERT_TRUE(store);
  Article a = MakeArticle("000", "제목\n본문 72.9%");
  auto r1 = store->PutArticle(a, ContentHash(a), MakeClaims("000", 3));
  ASSERT_TRUE(r1.ok()) << r1.status().message();
  EXPECT_EQ(*r1, ClaimStore::PutResult::kAdded);
  auto r2 = store->PutArticle(a, ContentHash(a), MakeClaims("000", 3));
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(*r2, ClaimStore::PutResult::kUnchanged);
  EXPECT_EQ(*store->ArticleCount(), 1);
  EXPECT_EQ(*store->ClaimCount(), 3);
  // Unchanged means nothing is written, even if the caller's claims differ.
  auto r3 = store->PutArticle(a, ContentHash(a), MakeClaims("000", 1));
  EXPECT_EQ(*r3, ClaimStore::PutResult::kUnchanged);
  EXPECT_EQ(*store->ClaimCount(), 3);
}

TEST(ClaimStoreTest, ChangedArticleReplacesItsClaims) {
  auto store = OpenOrDie(FreshDb("replace"));
  ASSERT_TRUE(store);
  Article a = MakeArticle("000", "v1"), b = MakeArticle("001", "other");
  ASSERT_TRUE(store->PutArticle(a, ContentHash(a), MakeClaims("000", 4)).ok());
  ASSERT_TRUE(store->PutArticle(b, ContentHash(b), MakeClaims("001", 2)).ok());
  a.text = "v2";
  auto r = store->PutArticle(a, ContentHash(a), MakeClaims("000", 1, 50));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, ClaimStore::PutResult::kReplaced);
  EXPECT_EQ(*store->ArticleCount(), 2);
  Result<std::vector<Claim>> all = store->AllClaims();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, "000#10");
  EXPECT_EQ((*all)[0].q.value, 50);  // the new claim, not the old one
  EXPECT_EQ((*all)[1].article, "001");
}

TEST(ClaimStoreTest, ClaimsRoundTripInOrder) {
  std::string path = FreshDb("roundtrip");
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  Claim c = MakeClaims("b", 1)[0];
  c.q.value = -0.3;
  c.q.value_max = 0.5;
  c.q.kind = UnitKind::kCurrency;
  c.q.currency = "USD";
  c.q.qualifier = "approx";
  c.q.resolution = 0.1;
  c.q.basis_per = 10000;
  c.subject = Entity{"KR", "한국"};
  c.metric = Entity{"ai_talent", "인재"};
  c.period = Period{2013, 2023, "2013~2023년"};
  c.derived_from = "b#1";
  c.published = "2024-04-17";
  c.outlet = "<b>outlet</b>";
  c.sentence = "따옴표 \" 와 <script>";
  c.headline = true;
  std::vector<Claim> claims = {c};
  claims.push_back(MakeClaims("b", 2)[1]);
  Article b = MakeArticle("b", "b"), a = MakeArticle("a", "a");
  ASSERT_TRUE(store->PutArticle(b, ContentHash(b), claims).ok());
  ASSERT_TRUE(store->PutArticle(a, ContentHash(a), MakeClaims("a", 1)).ok());
  Result<std::vector<Claim>> all = store->AllClaims();
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].article, "a");
  const Claim& r = (*all)[1];
  EXPECT_EQ(r.id, c.id);
  EXPECT_EQ(r.q.value, -0.3);
  EXPECT_EQ(r.q.value_max, 0.5);
  EXPECT_EQ(r.q.currency, "USD");
  EXPECT_EQ(r.q.qualifier, "approx");
  EXPECT_EQ(r.q.basis_per, 10000);
  EXPECT_EQ(r.subject->id, "KR");
  EXPECT_EQ(r.period->start, 2013);
  EXPECT_EQ(r.derived_from, "b#1");
  EXPECT_EQ(r.outlet, c.outlet);
  EXPECT_EQ(r.sentence, c.sentence);
  EXPECT_TRUE(r.headline);
  EXPECT_EQ((*all)[2].start, 20u);
  // The indexed columns hold the claim's fields for queries by key.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT value, currency, basis_per, period_end FROM claims WHERE key = ?1",
                               -1, &st, nullptr), SQLITE_OK);
  sqlite3_bind_text(st, 1, c.key.c_str(), -1, SQLITE_TRANSIENT);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_double(st, 0), -0.3);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)), "USD");
  EXPECT_EQ(sqlite3_column_double(st, 2), 10000);
  EXPECT_EQ(sqlite3_column_int(st, 3), 2023);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(ClaimStoreTest, GroupAndArticleClaimsReadOnlyTheirRows) {
  auto store = OpenOrDie(FreshDb("groups"));
  ASSERT_TRUE(store);
  // Keys of group "KR/m", and look-alikes that are other groups.
  auto claims = [](const std::string& id, std::vector<std::string> keys) {
    std::vector<Claim> cs = MakeClaims(id, static_cast<int>(keys.size()));
    for (std::size_t i = 0; i < keys.size(); ++i) cs[i].key = keys[i];
    return cs;
  };
  Article a = MakeArticle("a", "a"), b = MakeArticle("b", "b"), c = MakeArticle("c", "c");
  ASSERT_TRUE(store->PutArticle(b, ContentHash(b), claims("b", {"KR/m/2022", "KR/m/x/2023"})).ok());
  ASSERT_TRUE(store->PutArticle(a, ContentHash(a), claims("a", {"KR/mm/2023", "KR/m/2023", "KR/m/-", "KR/m"})).ok());
  ASSERT_TRUE(store->PutArticle(c, ContentHash(c), claims("c", {"US/m/2023"})).ok());
  auto ids = [](const Result<std::vector<Claim>>& r) {
    std::vector<std::string> out;
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok())
      for (const Claim& x : *r) out.push_back(x.id);
    return out;
  };
  EXPECT_EQ(ids(store->GroupClaims("KR/m", {})), (std::vector<std::string>{"a#20", "a#30", "b#10"}));
  EXPECT_EQ(ids(store->GroupClaims("KR/m", {"a"})), (std::vector<std::string>{"b#10"}));
  EXPECT_EQ(ids(store->GroupClaims("KR/m/x", {})), (std::vector<std::string>{"b#20"}));
  EXPECT_EQ(ids(store->ArticleClaims("a")), (std::vector<std::string>{"a#10", "a#20", "a#30", "a#40"}));
  EXPECT_EQ(ids(store->ArticleClaims("none")), (std::vector<std::string>{}));
  // Statements are prepared once and reset: a second put and read still work.
  ASSERT_TRUE(store->PutArticle(c, "other hash", claims("c", {"KR/m/2021"})).ok());
  EXPECT_EQ(ids(store->GroupClaims("KR/m", {"a", "b"})), (std::vector<std::string>{"c#10"}));
}

TEST(ClaimStoreTest, ReopenAfterClose) {
  std::string path = FreshDb("reopen");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    Article a = MakeArticle("a", "text");
    ASSERT_TRUE(store->PutArticle(a, ContentHash(a), MakeClaims("a", 5)).ok());
  }
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->ArticleCount(), 1);
  EXPECT_EQ(store->AllClaims()->size(), 5u);
  Article a = MakeArticle("a", "text");
  EXPECT_EQ(*store->PutArticle(a, ContentHash(a), {}), ClaimStore::PutResult::kUnchanged);
}

TEST(ClaimStoreTest, FailedArticleWritesNothingAndNamesTheArticle) {
  auto store = OpenOrDie(FreshDb("dup"));
  ASSERT_TRUE(store);
  Article a = MakeArticle("007", "x");
  std::vector<Claim> claims = MakeClaims("007", 3);
  claims[2].id = claims[0].id;  // duplicate claim id
  auto r = store->PutArticle(a, ContentHash(a), claims);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("article '007'"), std::string::npos) << r.status().message();
  EXPECT_EQ(*store->ArticleCount(), 0);
  EXPECT_EQ(*store->ClaimCount(), 0);
  // The store is usable afterwards.
  EXPECT_EQ(*store->PutArticle(a, ContentHash(a), MakeClaims("007", 3)), ClaimStore::PutResult::kAdded);
}

std::string Id(int i) { return "art" + std::to_string(1000 + i); }
int ClaimsOf(int i) { return 20 + i % 7; }

// Checks that every stored article has exactly its claims.
void ExpectWholeArticles(const std::string& path, long min_articles) {
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  long n = *store->ArticleCount();
  EXPECT_GE(n, min_articles);
  Result<std::vector<Claim>> all = store->AllClaims();
  ASSERT_TRUE(all.ok()) << all.status().message();
  std::map<std::string, int> per_article;
  for (const Claim& c : *all) ++per_article[c.article];
  EXPECT_EQ(static_cast<long>(per_article.size()), n);
  for (int i = 0; i < n; ++i) EXPECT_EQ(per_article[Id(i)], ClaimsOf(i)) << Id(i);
}

TEST(ClaimStoreTest, KilledInsideATransactionLeavesNoHalfArticle) {
  std::string path = FreshDb("kill_tx");
  constexpr int kCommitted = 6;
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto store = ClaimStore::Open(path);
    if (!store.ok()) _exit(3);
    for (int i = 0; i < kCommitted; ++i) {
      Article a = MakeArticle(Id(i), "text " + std::to_string(i));
      if (!(*store)->PutArticle(a, ContentHash(a), MakeClaims(Id(i), ClaimsOf(i))).ok()) _exit(4);
    }
    // Half of the next article, written the way PutArticle writes, then death.
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    std::string sql = "INSERT INTO articles(id, content_hash) VALUES('" + Id(kCommitted) + "', 'x')";
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    for (int k = 0; k < 5; ++k) {
      sql = "INSERT INTO claims(id, article, json) VALUES('h" + std::to_string(k) + "', '" + Id(kCommitted) + "', '{}')";
      sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    }
    raise(SIGKILL);
    _exit(5);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exit " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  ExpectWholeArticles(path, kCommitted);
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->ArticleCount(), kCommitted);
}

TEST(ClaimStoreTest, KilledDuringABatchKeepsEveryCommittedArticleWhole) {
  std::string path = FreshDb("kill_batch");
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(fds[0]);
    auto store = ClaimStore::Open(path);
    if (!store.ok()) _exit(3);
    for (int i = 0; i < 100000; ++i) {
      Article a = MakeArticle(Id(i), "text " + std::to_string(i));
      if (!(*store)->PutArticle(a, ContentHash(a), MakeClaims(Id(i), ClaimsOf(i))).ok()) _exit(4);
      char ch = 'c';
      if (write(fds[1], &ch, 1) != 1) _exit(6);
    }
    _exit(0);
  }
  close(fds[1]);
  // Wait for five commits, then kill the writer wherever it is.
  char ch;
  int seen = 0;
  while (seen < 5 && read(fds[0], &ch, 1) == 1) ++seen;
  kill(pid, SIGKILL);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  close(fds[0]);
  ASSERT_EQ(seen, 5);
  ASSERT_TRUE(WIFSIGNALED(status));
  ExpectWholeArticles(path, 5);
}

// Read-only: the claims a writer stored, no writes, and no file created.
TEST(StoreReadOnly, ReadsWhatWasStoredAndWritesNothing) {
  std::string path = FreshDb("readonly");
  EXPECT_FALSE(ClaimStore::OpenReadOnly(path).ok());
  EXPECT_FALSE(std::filesystem::exists(path));
  {
    auto writer = OpenOrDie(path);
    ASSERT_TRUE(writer->PutArticle(MakeArticle("a", "x"), "h1", MakeClaims("a", 3)).ok());
  }
  Result<std::unique_ptr<ClaimStore>> reader = ClaimStore::OpenReadOnly(path);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  Result<std::vector<Claim>> claims = (*reader)->AllClaims();
  ASSERT_TRUE(claims.ok());
  EXPECT_EQ(claims->size(), 3u);
  EXPECT_FALSE((*reader)->PutArticle(MakeArticle("b", "y"), "h2", MakeClaims("b", 1)).ok());
  EXPECT_EQ(*(*reader)->ArticleCount(), 1);
}

TEST(StoreReadOnly, RefusesAFileThatIsNoStore) {
  std::string path = FreshDb("notastore");
  { std::ofstream(path) << "not sqlite"; }
  Result<std::unique_ptr<ClaimStore>> s = ClaimStore::OpenReadOnly(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("claim store"), std::string::npos) << s.status().message();
}

}  // namespace
}  // namespace suchi
