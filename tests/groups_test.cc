// Tests of the group-by-group conflict check: stream groups of keys, the
// grouped JSON Lines reader (`suchi conflicts -`) and the store reader give
// what FindConflicts gives over all claims at once, the reader's errors name
// the line, and only the conflicts touching a batch are kept when asked.
#include "groups.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <sstream>

#include "json.h"

namespace suchi {
namespace {

const ExchangeRates& Rates() {
  static const ExchangeRates r = [] {
    Result<ExchangeRates> x =
        ExchangeRates::Load(std::string(SUCHI_SOURCE_DIR) + "/rules/exchange_rates.tsv");
    EXPECT_TRUE(x.ok()) << x.status().message();
    return x.ok() ? *x : ExchangeRates();
  }();
  return r;
}

Claim Make(const std::string& key, double value, const std::string& article, std::size_t start,
           const std::string& sentence) {
  Claim c;
  c.article = article;
  c.start = start;
  c.end = start + 4;
  c.id = article + "#" + std::to_string(start);
  c.key = key;
  c.q.value = value;
  c.q.kind = UnitKind::kPercent;
  c.q.unit_text = "%";
  c.q.qualifier = "exact";
  c.q.resolution = 0.1;
  c.quote = std::to_string(value) + "%";
  c.sentence = sentence;
  c.published = "2024-04-17";
  if (std::size_t a = key.find('/'); a != std::string::npos) {
    std::size_t b = key.find('/', a + 1);
    c.subject = Entity{key.substr(0, a), ""};
    c.metric = Entity{key.substr(a + 1, b - a - 1), ""};
  }
  return AsStored(c);  // as a claims.jsonl line or the store gives it back
}

// Three articles on two groups that disagree, a group that agrees, claims
// that are never compared, and a rank.
std::vector<Claim> Claims() {
  const std::string s1 = "한국의 실업률은 지난해 3.1%로 집계됐다.";
  const std::string s2 = "한국의 지난해 실업률은 3.7%였다고 통계청이 밝혔다.";
  return {
      Make("KR/unemployment/2023", 3.1, "a1", 10, s1),
      Make("KR/unemployment/2023", 3.7, "a2", 10, s2),
      Make("KR/unemployment/2023", 3.1, "a3", 30, s1),
      Make("US/inflation/2023", 4.1, "a1", 60, "미국의 물가상승률은 지난해 4.1%였다."),
      Make("US/inflation/2023", 4.1, "a2", 80, "미국의 지난해 물가상승률은 4.1%였다."),
      Make("JP/growth/2023", 1.9, "a2", 120, "일본의 성장률은 지난해 1.9%였다."),
      Make("JP/growth/2023", 2.6, "a3", 90, "일본의 지난해 성장률은 2.6%로 집계됐다."),
      Make("", 12, "a1", 200, "그는 12%라고 말했다."),
      Make("-/growth/2023", 5, "a3", 150, "성장률은 5%였다."),
  };
}

std::string Lines(std::vector<Claim> claims, bool keyed) {
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return StreamGroupOfKey(a.key) < StreamGroupOfKey(b.key);
  });
  std::string out;
  for (const Claim& c : claims) {
    if (keyed) out += StreamGroupOfKey(c.key) + "\t";
    AppendClaimJsonLine(c, out);
  }
  return out;
}

std::vector<std::string> Dump(const std::vector<Conflict>& cs) {
  std::vector<std::string> out;
  for (const Conflict& c : cs) out.push_back(ConflictToJson(c).dump());
  return out;
}

GroupCheckOptions Options() {
  GroupCheckOptions o;
  o.rates = &Rates();
  o.min_confidence = 0;
  return o;
}

TEST(StreamGroupTest, Keys) {
  const std::pair<const char*, const char*> cases[] = {
      {"KR/gdp/2023", "KR/gdp"},
      {"KR/gdp_rank/2023", "KR/gdp"},  // a rank is checked with its metric's figures
      {"KR/자살률_percent/2018", "KR/자살률"},  // and a share, for a rate printed as one
      {"KR/x_percent_point/2018", "KR/x_percent_point"},
      {"KR/gdp/-", "KR/gdp"},
      {"KR/gdp/", "KR/gdp"},
      {"KR/a%2Fb/2023", "KR/a%2Fb"},
      {"-/gdp/2023", ""},
      {"KR/-/2023", ""},
      {"KR/?/2023", ""},
      {"KR/gdp", ""},
      {"", ""},
  };
  for (const auto& [key, group] : cases) EXPECT_EQ(StreamGroupOfKey(key), group) << key;
  Claim q = Make("KR/gdp/2023", 1, "a", 0, "?");
  q.question = true;
  EXPECT_FALSE(StreamGroup(q));
}

TEST(GroupCheckTest, StreamEqualsTheWholeCheck) {
  std::vector<Claim> claims = Claims();
  std::vector<std::string> want = Dump(FindConflicts(claims, Rates(), SameFactRules::Default(), 0));
  ASSERT_GE(want.size(), 2u) << "the fixture must hold conflicts";
  for (bool keyed : {false, true}) {
    // Any order within a group, and the ungrouped claims anywhere.
    std::vector<Claim> shuffled = claims;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
    std::istringstream in(Lines(shuffled, keyed) + "\n");
    Result<GroupCheck> got = CheckClaimStream(in, "claims.jsonl", Options());
    ASSERT_TRUE(got.ok()) << got.status().message();
    EXPECT_EQ(Dump(got->conflicts), want) << (keyed ? "keyed" : "plain");
    EXPECT_EQ(got->groups, 3);
    EXPECT_EQ(got->claims_checked, 7);
    EXPECT_EQ(got->largest_group, 3u);
    // The claims the conflicts name, in article order, and no others.
    std::set<std::string> named;
    for (const Conflict& c : got->conflicts) named.insert(c.claims.begin(), c.claims.end());
    ASSERT_EQ(got->claims.size(), named.size());
    for (const Claim& c : got->claims) EXPECT_TRUE(named.count(c.id)) << c.id;
  }
}

TEST(GroupCheckTest, KeepsOnlyConflictsTouchingTheBatch) {
  std::unordered_set<std::string> batch = {"a3#90"};  // the Japanese growth figure
  GroupCheckOptions o = Options();
  o.touching = &batch;
  std::istringstream in(Lines(Claims(), false));
  Result<GroupCheck> got = CheckClaimStream(in, "claims.jsonl", o);
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_EQ(got->conflicts.size(), 1u);
  EXPECT_EQ(got->conflicts[0].key, "JP/growth/2023");
}

TEST(GroupCheckTest, StreamErrorsNameTheLine) {
  std::string good = Lines(Claims(), false);
  std::string first_line = good.substr(0, good.find('\n') + 1);
  std::size_t jp = good.find("\"JP/growth\"");
  jp = good.rfind('\n', jp) + 1;
  std::string jp_line = good.substr(jp, good.find('\n', jp) + 1 - jp);
  const std::pair<std::string, const char*> cases[] = {
      {"not json\n", "claims.jsonl:1: not a JSON claim"},
      {first_line + "{\"id\": 1\n", "claims.jsonl:2: not a JSON claim"},
      // A group that comes back after another: the input is not grouped.
      {good + jp_line, "not grouped: group 'JP/growth'"},
  };
  for (const auto& [text, want] : cases) {
    std::istringstream in(text);
    Result<GroupCheck> got = CheckClaimStream(in, "claims.jsonl", Options());
    ASSERT_FALSE(got.ok()) << want;
    EXPECT_NE(got.status().message().find(want), std::string::npos) << got.status().message();
  }
}

TEST(GroupCheckTest, StoreEqualsTheWholeCheck) {
  std::string dir = testing::TempDir() + "/groups_test_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  std::string path = dir + "/s.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  Result<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().message();
  std::vector<Claim> claims = Claims();
  for (const std::string id : {"a1", "a2", "a3"}) {
    Article a;
    a.id = id;
    a.text = "본문 " + id;
    std::vector<Claim> own;
    for (const Claim& c : claims)
      if (c.article == id) own.push_back(c);
    ASSERT_TRUE((*store)->PutArticle(a, "h-" + id, own).ok());
  }
  std::vector<std::string> want = Dump(FindConflicts(claims, Rates(), SameFactRules::Default(), 0));
  Result<GroupCheck> all = CheckStoredGroups(**store, nullptr, Options());
  ASSERT_TRUE(all.ok()) << all.status().message();
  EXPECT_EQ(Dump(all->conflicts), want);
  EXPECT_EQ(all->groups, 3);
  // The groups of one batch only.
  std::set<std::string> some = {"US/inflation", "JP/growth"};
  Result<GroupCheck> part = CheckStoredGroups(**store, &some, Options());
  ASSERT_TRUE(part.ok()) << part.status().message();
  ASSERT_EQ(part->conflicts.size(), 1u);
  EXPECT_EQ(part->conflicts[0].key, "JP/growth/2023");
}

// Former bugs.
TEST(GroupCheckTest, FormerBugs) {
  // A rank and the figures of its metric are one stream group: checked
  // apart, a rank printed without its figure would meet nothing.
  Claim rank = Make("KR/gdp_rank/2023", 3, "a1", 10, "한국의 GDP 순위는 3위였다.");
  Claim figure = Make("KR/gdp/2023", 1.7, "a2", 10, "한국의 GDP 성장률은 1.7%였다.");
  EXPECT_EQ(StreamGroup(rank), StreamGroup(figure));
  // Blank lines (a trailing newline, CRLF files) are no claims.
  std::istringstream in("\n\r\n" + Lines({figure}, false) + "\n");
  Result<GroupCheck> got = CheckClaimStream(in, "claims.jsonl", Options());
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_EQ(got->claims_checked, 1);
}

}  // namespace
}  // namespace suchi
