// Tests of conflict detection: the rate table, pairwise verdicts (rounding,
// qualifiers, ranges, bases, currencies, durations, periods), grouping of
// one disagreement into one conflict, derived conversions, determinism, the
// gold seed conflicts, and a 100k-claim run through the sweep path.
#include "conflict.h"
#include "seed_gold.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

namespace suchi {
namespace {

const std::string kRates = std::string(SUCHI_SOURCE_DIR) + "/rules/exchange_rates.tsv";

const ExchangeRates& Rates() {
  static const ExchangeRates r = [] {
    Result<ExchangeRates> x = ExchangeRates::Load(kRates);
    EXPECT_TRUE(x.ok()) << x.status().message();
    return x.ok() ? *x : ExchangeRates();
  }();
  return r;
}

// A claim spec: key, value as stated, unit kind, unit text, currency,
// qualifier, resolution, basis; article and offset make the id.
struct Spec {
  std::string key;
  double value;
  UnitKind kind = UnitKind::kPercent;
  std::string unit = "%";
  std::string currency = "";
  std::string qualifier = "exact";
  double resolution = 1;
  double basis = 0;
  std::optional<double> value_max = std::nullopt;
};

Claim Make(const Spec& s, const std::string& article, std::size_t start,
           const std::string& published = "2024-04-17") {
  Claim c;
  c.article = article;
  c.start = start;
  c.end = start + 4;
  c.id = article + "#" + std::to_string(start);
  c.key = s.key;
  c.q.value = s.value;
  c.q.value_max = s.value_max;
  c.q.kind = s.kind;
  c.q.unit_text = s.unit;
  c.q.currency = s.currency;
  c.q.qualifier = s.qualifier;
  c.q.resolution = s.resolution;
  if (s.basis > 0) c.q.basis_per = s.basis;
  c.quote = std::to_string(s.value) + s.unit;
  c.sentence = "문장 " + c.quote + " 입니다.";
  c.published = published;
  // Subject and metric as the key names them (lexicon ids, no text).
  if (std::size_t slash = s.key.find('/'); slash != std::string::npos) {
    std::size_t second = s.key.find('/', slash + 1);
    c.subject = Entity{s.key.substr(0, slash), ""};
    c.metric = Entity{s.key.substr(slash + 1, second - slash - 1), ""};
  }
  return c;
}

TEST(ExchangeRatesTest, LoadsTheRuleFile) {
  const ExchangeRates& r = Rates();
  EXPECT_DOUBLE_EQ(r.KrwPer("KRW", 2024), 1);
  EXPECT_DOUBLE_EQ(r.KrwPer("USD", 2024), 1364);
  EXPECT_DOUBLE_EQ(r.KrwPer("USD", 2040), r.KrwPer("USD", 2026));  // nearest year
  EXPECT_DOUBLE_EQ(r.KrwPer("USD", 1990), r.KrwPer("USD", 2015));
  EXPECT_DOUBLE_EQ(r.KrwPer("XYZ", 2024), 0);
  EXPECT_GT(r.KrwPer("JPY", 2024), 5);
  EXPECT_GT(r.KrwPer("EUR", 2024), r.KrwPer("CNY", 2024));
  EXPECT_DOUBLE_EQ(r.tolerance(), 0.15);
  EXPECT_NEAR(r.DaysPer("개월", ""), 30.44, 0.01);
  EXPECT_DOUBLE_EQ(r.DaysPer("주", ""), 7);
  EXPECT_DOUBLE_EQ(r.DaysPer("", "duration:week"), 7);
  EXPECT_DOUBLE_EQ(r.DaysPer("분기", ""), 0);
  EXPECT_EQ(r.LatestYear(), 2026);
}

TEST(ExchangeRatesTest, BadFilesNameFileAndLine) {
  struct Case { const char* name; const char* text; const char* error; };
  const Case cases[] = {
      {"bad currency", "rate\tUSDX\t2024\t1\n", ":1: currency must be an ISO 4217 code"},
      {"bad year", "# h\nrate\tUSD\t20x4\t1\n", ":2: year must be"},
      {"negative", "rate\tUSD\t2024\t-3\n", ":1: value must be a positive number"},
      {"duplicate", "rate\tUSD\t2024\t1\nrate\tUSD\t2024\t2\n", ":2: duplicate rate for USD 2024"},
      {"unknown kind", "speed\tUSD\t-\t1\n", ":1: unknown kind 'speed'"},
      {"unknown setting", "setting\tfoo\t-\t0.1\n", ":1: unknown setting 'foo'"},
      {"tolerance too big", "setting\ttolerance\t-\t1.5\n", ":1: a tolerance must be below 1"},
      {"three fields", "rate\tUSD\t2024\n", ":1: expected 4"},
  };
  for (const Case& c : cases) {
    std::string path = testing::TempDir() + "/rates_bad.tsv";
    std::ofstream(path) << c.text;
    Result<ExchangeRates> r = ExchangeRates::Load(path);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_NE(r.status().message().find(path + c.error), std::string::npos)
        << c.name << ": " << r.status().message();
  }
  EXPECT_FALSE(ExchangeRates::Load("/nonexistent/rates.tsv").ok());
}

TEST(FormatNumberTest, Readable) {
  EXPECT_EQ(FormatNumber(54560000), "54,560,000");
  EXPECT_EQ(FormatNumber(72.9), "72.9");
  EXPECT_EQ(FormatNumber(-0.3), "-0.3");
  EXPECT_EQ(FormatNumber(100000), "100,000");
  EXPECT_EQ(FormatNumber(1364), "1,364");
  EXPECT_EQ(FormatNumber(999.5), "999.5");
  EXPECT_EQ(FormatNumber(9888999999999.0), "9,889,000,000,000");
  EXPECT_EQ(FormatNumber(27321500, 7), "27,321,500");
  EXPECT_EQ(FormatNumber(1145500, 15), "1,145,500");
  EXPECT_EQ(FormatNumber(2.665, 3), "2.67");
}

struct PairCase {
  const char* name;
  Spec a, b;
  const char* kind;      // expected conflict kind, "" for none
  const char* severity;  // expected severity when kind is set
  std::string pub_b = "2024-04-17";
};

const Spec kPct{"MK/answer/-", 0};

Spec Pct(const std::string& key, double v, double res = 0.1, const char* ql = "exact") {
  return Spec{key, v, UnitKind::kPercent, "%", "", ql, res};
}
Spec Money(const std::string& key, double v, const char* cur, const char* unit, double res,
           const char* ql = "exact") {
  return Spec{key, v, UnitKind::kCurrency, unit, cur, ql, res};
}
Spec Count(const std::string& key, double v, double res = 1, double basis = 0, const char* ql = "exact",
           UnitKind k = UnitKind::kCount) {
  return Spec{key, v, k, k == UnitKind::kCount ? "명" : "", "", ql, res, basis};
}
Spec Dur(const std::string& key, double v, const char* unit, const char* ql = "exact",
         std::optional<double> vmax = std::nullopt) {
  return Spec{key, v, UnitKind::kDuration, unit, "", ql, 1, 0, vmax};
}
Spec Rank(const std::string& key, double v) { return Spec{key, v, UnitKind::kRank, "위", "", "exact", 1}; }

TEST(FindConflictsTest, Pairs) {
  const std::string K = "KR/inv/2023";
  const PairCase cases[] = {
      {"rounding: 13억 covers 13억3000만", Money(K, 13e8, "KRW", "원", 1e8), Money(K, 13.3e8, "KRW", "원", 1e7), "", ""},
      {"72.9% vs 72.4%", Pct(K, 72.9), Pct(K, 72.4), "value_mismatch", "medium"},
      {"44% vs 46.7%", Pct(K, 44, 1), Pct(K, 46.7), "value_mismatch", "high"},
      {"72.9% vs 72.9%", Pct(K, 72.9), Pct(K, 72.9), "", ""},
      {"approx 73% covers 72.4%", Pct(K, 73, 1, "approx"), Pct(K, 72.4), "", ""},
      {"109 vs 110", Count(K, 109), Count(K, 110), "value_mismatch", "medium"},
      {"rank 1 vs rank 2", Rank(K, 1), Rank(K, 2), "value_mismatch", "high"},
      {"basis: same figure per 100k and per 10k", Count(K, -0.3, 0.1, 1e5),
       Count(K, -0.3, 0.1, 1e4, "exact", UnitKind::kIndex), "basis_mismatch", "high"},
      {"basis: -0.3 per 10k is about -3 per 100k", Count(K, -0.3, 0.1, 1e4), Count(K, -3, 1, 1e5, "approx"), "", ""},
      {"basis: different values on different bases", Count(K, 5, 1, 1e4), Count(K, 9, 1, 1e5), "value_mismatch", "high"},
      {"durations: 10~12개월 vs approx 52주", Dur(K, 10, "개월", "range", 12), Dur(K, 52, "주", "approx"), "", ""},
      {"durations: nearly 1년 vs 52주", Dur(K, 1, "년", "nearly"), Dur(K, 52, "주"), "", ""},
      {"durations: 12개월 vs 2년", Dur(K, 12, "개월"), Dur(K, 2, "년"), "value_mismatch", "high"},
      {"currency: 72억5,000만 달러 vs 10조1,202억원", Money(K, 7.25e9, "USD", "달러", 1e7),
       Money(K, 10.1202e12, "KRW", "원", 1e8), "", ""},
      {"currency: 72억5,000만 달러 vs approx 10조원", Money(K, 7.25e9, "USD", "달러", 1e7),
       Money(K, 10e12, "KRW", "원", 1e12, "approx"), "", ""},
      {"currency: 1억9140만달러 vs approx 2600억원", Money(K, 1.914e8, "USD", "달러", 1e4),
       Money(K, 2.6e11, "KRW", "원", 1e8, "approx"), "", ""},
      {"currency: 100억달러 vs 10조원", Money(K, 1e10, "USD", "달러", 1e8),
       Money(K, 1e13, "KRW", "원", 1e12), "value_mismatch", "high"},
      {"currency: same USD, different years", Money(K, 5e9, "USD", "달러", 1e8),
       Money(K, 5e9, "USD", "달러", 1e8), "", "", "2016-01-01"},
      {"bound: nearly 5000만원 vs more than 4만 달러", Money(K, 5e7, "KRW", "원", 1e7, "nearly"),
       Money(K, 4e4, "USD", "달러", 1e4, "more_than"), "bound_mismatch", "medium"},
      {"bound: nearly 5000만원 vs more than 3만 달러", Money(K, 5e7, "KRW", "원", 1e7, "nearly"),
       Money(K, 3e4, "USD", "달러", 1e4, "more_than"), "", ""},
      {"bound: more than 100억달러 covers 139억7000만달러", Money(K, 1e10, "USD", "달러", 1e9, "more_than"),
       Money(K, 13.97e9, "USD", "달러", 1e7), "", ""},
      {"bound: at most 10 vs 12", Count(K, 10, 1, 0, "at_most"), Count(K, 12), "bound_mismatch", "medium"},
      {"count and index of one metric compare", Count(K, 3), Count(K, 4, 1, 0, "exact", UnitKind::kIndex),
       "value_mismatch", "high"},
      {"percent vs percent point never compare", Pct(K, 3), Spec{K, 5, UnitKind::kPercentPoint, "%p"}, "", ""},
      {"different subjects", Pct("KR/x/2023", 10), Pct("US/x/2023", 20), "", ""},
      {"different metrics", Pct("KR/x/2023", 10), Pct("KR/y/2023", 20), "", ""},
      {"unknown subject", Pct("-/x/2023", 10), Pct("-/x/2023", 20), "", ""},
      {"unknown metric", Pct("KR/-/2023", 10), Pct("KR/-/2023", 20), "", ""},
      {"a series: different years, different values", Pct("KR/x/2022", 10), Pct("KR/x/2023", 20), "", ""},
      {"one period unknown: lower severity", Pct("KR/x/2023", 10), Pct("KR/x/-", 20), "value_mismatch", "medium"},
      {"unknown period published years after the known one", Pct("KR/x/2018", 10), Pct("KR/x/-", 20), "", ""},
      {"unknown periods published years apart", Pct("KR/x/-", 10), Pct("KR/x/-", 20), "", "", "2021-03-01"},
      // Inferred periods are "around publication": two days, two facts.
      {"unknown periods published a year apart", Pct("KR/x/-", 10), Pct("KR/x/-", 20), "", "", "2023-12-30"},
      {"unknown periods published the same day", Pct("KR/x/-", 10), Pct("KR/x/-", 20), "value_mismatch", "high"},
      {"ranges overlap", Spec{K, 30, UnitKind::kScore, "점", "", "range", 1, 0, 40},
       Spec{K, 38, UnitKind::kScore, "점"}, "", ""},
  };
  for (const PairCase& c : cases) {
    std::vector<Claim> claims = {Make(c.a, "A", 10), Make(c.b, "B", 20, c.pub_b)};
    std::vector<Conflict> out = FindConflicts(claims, Rates());
    if (std::string(c.kind).empty()) {
      EXPECT_TRUE(out.empty()) << c.name << ": " << (out.empty() ? "" : out[0].explanation);
      continue;
    }
    ASSERT_EQ(out.size(), 1u) << c.name;
    EXPECT_EQ(out[0].kind, c.kind) << c.name << ": " << out[0].explanation;
    EXPECT_EQ(out[0].severity, c.severity) << c.name << ": " << out[0].explanation;
    EXPECT_EQ(out[0].claims, (std::vector<std::string>{"A#10", "B#20"})) << c.name;
    EXPECT_FALSE(out[0].explanation.empty()) << c.name;
  }
}

// Former bugs.
TEST(FindConflictsTest, AnExplanationTellsTheEndsOfAnIntervalApart) {
  // "'2732만2000명' = 27,320,000 to 27,320,000": four digits hid the interval.
  std::vector<Claim> claims = {Make(Count("KR/emp/2019", 27322000, 1000), "A", 10),
                               Make(Count("KR/emp/2019", 27232000, 1000), "B", 20)};
  std::vector<Conflict> out = FindConflicts(claims, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].explanation.find("27,321,500 to 27,322,500"), std::string::npos) << out[0].explanation;
}

// "실업자는 112만4000명으로 1년 전보다 2만1000명 늘었다" against 114만5000명:
// the explanation says which side printed the level before the change.
TEST(FindConflictsTest, AnExplanationNamesALevelBeforeItsChange) {
  Claim a = Make(Count("KR/unemployed/2019", 1124000, 1000), "A", 10);
  Claim b = Make(Count("KR/unemployed/2019", 1145000, 1000), "B", 20);
  a.quote = "112만4000명", b.quote = "114만5000명";
  a.change_beside = 21000;
  std::vector<Conflict> out = FindConflicts({a, b}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].explanation.find("'112만4000명' of A is '114만5000명' of B less the change stated beside the "
                                    "former (+21,000)"),
            std::string::npos)
      << out[0].explanation;
  a.change_beside.reset();
  out = FindConflicts({a, b}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].explanation.find("less the change"), std::string::npos) << out[0].explanation;
  // The change stated beside the other side explains it just as well.
  b.change_beside = 21000;
  out = FindConflicts({a, b}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].explanation.find("less the change stated beside the latter (+21,000)"), std::string::npos)
      << out[0].explanation;
}

// "자살률 26.6%" against "인구 10만명당 26.6명": the same digits with a
// percent sign are a rate printed as a share; other digits may be another
// fact, and a share with a basis of its own is no such slip.
TEST(FindConflictsTest, ARateOfTheSameDigitsPrintedAsAShare) {
  struct Row {
    const char* name;
    double share, rate;
    bool flagged;
  } rows[] = {
      {"same digits", 26.6, 26.6, true},
      {"other digits", 4.5, 26.6, false},
  };
  for (const Row& r : rows) {
    std::vector<Claim> claims = {Make(Pct("KR/suicide_rate_percent/2018", r.share), "A", 10),
                                 Make(Count("KR/suicide_rate/2018", r.rate, 0.1, 1e5), "B", 20)};
    std::vector<Conflict> out = FindConflicts(claims, Rates());
    ASSERT_EQ(out.size(), r.flagged ? 1u : 0u) << r.name;
    if (!r.flagged) continue;
    EXPECT_EQ(out[0].kind, "unit_mismatch");
    EXPECT_EQ(out[0].sides.size(), 2u);
    EXPECT_NE(out[0].explanation.find("per 100,000"), std::string::npos) << out[0].explanation;
  }
}

TEST(FindConflictsTest, QuestionsAndSameClaimAreNotCompared) {
  Claim a = Make(Pct("KR/x/2023", 10), "A", 1), b = Make(Pct("KR/x/2023", 20), "B", 1);
  b.question = true;
  EXPECT_TRUE(FindConflicts({a, b}, Rates()).empty());
  Claim dup = Make(Pct("KR/x/2023", 20), "A", 1);  // same article and offset
  EXPECT_TRUE(FindConflicts({a, dup}, Rates()).empty());
}

TEST(FindConflictsTest, OneDisagreementIsOneConflictWithEveryClaim) {
  // C1: -0.3 per 100,000 in one article, per 10,000 in two others.
  std::vector<Claim> claims = {Make(Count("KR/mig/2023", -0.3, 0.1, 1e5), "000", 5),
                               Make(Count("KR/mig/-", -0.3, 0.1, 1e4, "exact", UnitKind::kIndex), "001", 7),
                               Make(Count("KR/mig/2023", -0.3, 0.1, 1e4, "exact", UnitKind::kIndex), "004", 9)};
  std::vector<Conflict> out = FindConflicts(claims, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "basis_mismatch");
  EXPECT_EQ(out[0].key, "KR/mig/2023");
  EXPECT_EQ(out[0].severity, "high");
  EXPECT_EQ(out[0].claims, (std::vector<std::string>{"000#5", "001#7", "004#9"}));
  EXPECT_NE(out[0].explanation.find("per 100,000"), std::string::npos) << out[0].explanation;
  EXPECT_NE(out[0].explanation.find("per 10,000"), std::string::npos) << out[0].explanation;
  EXPECT_NE(out[0].explanation.find("-3 per 100,000"), std::string::npos) << out[0].explanation;
}

TEST(FindConflictsTest, ExplanationStatesValuesAndTolerance) {
  Claim a = Make(Pct("S/answer/-", 72.9), "003", 1), b = Make(Pct("S/answer/-", 72.4), "003", 900);
  a.quote = "72.9%", b.quote = "72.4%", a.headline = true;
  std::vector<Conflict> out = FindConflicts({a, b}, Rates());
  ASSERT_EQ(out.size(), 1u);
  const std::string& e = out[0].explanation;
  for (const char* s : {"'72.9%'", "'72.4%'", "±0.05", "003 (headline)"})
    EXPECT_NE(e.find(s), std::string::npos) << s << " in " << e;
  EXPECT_DOUBLE_EQ(out[0].tolerance, 0.05);
  EXPECT_EQ(e.find("approximate"), std::string::npos) << e;
  b.q.qualifier = "approx", b.q.value = 60, b.quote = "60%";
  out = FindConflicts({a, b}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].explanation.find("approximate figures ± max(5%, one unit)"), std::string::npos)
      << out[0].explanation;
  Claim usd = Make(Money("K/p/-", 4e4, "USD", "달러", 1e4, "more_than"), "003", 5);
  Claim krw = Make(Money("K/p/-", 5e7, "KRW", "원", 1e7, "nearly"), "003", 50);
  out = FindConflicts({usd, krw}, Rates());
  ASSERT_EQ(out.size(), 1u);
  for (const char* s : {"more than 54,560,000 KRW", "1,364 KRW/USD (2024)", "45,000,000 to 50,000,000", "±5%"})
    EXPECT_NE(out[0].explanation.find(s), std::string::npos) << s << " in " << out[0].explanation;
  EXPECT_DOUBLE_EQ(out[0].tolerance, 0.05);
}

TEST(FindConflictsTest, PeriodMismatch) {
  // The same rank for two years in one article, one a headline.
  Claim head = Make(Rank("KR/pat_rank/2023", 1), "001", 10);
  head.headline = true;
  Claim body = Make(Rank("KR/pat_rank/2022", 1), "001", 500);
  std::vector<Conflict> out = FindConflicts({head, body}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "period_mismatch");
  EXPECT_EQ(out[0].severity, "medium");
  // A headline's year inside the body's span of years: the same time
  // ("8년간 ..." for "2005년 3월부터", published 2013).
  Claim span = Make(Rank("KR/pat_rank/2016-2023", 1), "001", 500);
  EXPECT_TRUE(FindConflicts({head, span}, Rates()).empty());
  // The same in two articles, no headline or relative year: a series.
  Claim x = Make(Rank("KR/pat_rank/2023", 1), "001", 10), y = Make(Rank("KR/pat_rank/2022", 1), "002", 10);
  EXPECT_TRUE(FindConflicts({x, y}, Rates()).empty());
  // A relative year (작년) counts like a headline.
  x.period = Period{2023, 2023, "작년"};
  y.article = "001", y.id = "001#99";
  y.period = Period{2022, 2022, "2022년"};
  // Two body years of one article fall below the default confidence.
  EXPECT_TRUE(FindConflicts({x, y}, Rates()).empty());
  out = FindConflicts({x, y}, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].severity, "low");
  // S1: the headline's rank for 2023, the ranked figure only for 2022.
  Claim fig = Make(Count("KR/pat/2022", 10.26, 0.01, 1e5, "exact", UnitKind::kIndex), "001", 600);
  Claim rep = Make(Rank("KR/pat_rank/2023", 1), "001", 300);  // body repeat, no year word
  out = FindConflicts({head, rep, fig}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "period_mismatch");
  EXPECT_EQ(out[0].claims, (std::vector<std::string>{"001#10", "001#600"}));
  // A figure for the rank's own year: no conflict.
  Claim fig23 = Make(Count("KR/pat/2023", 9.1, 0.01, 1e5, "exact", UnitKind::kIndex), "001", 700);
  EXPECT_TRUE(FindConflicts({head, fig, fig23}, Rates()).empty());
}

TEST(FindConflictsTest, DerivedConversionsAreCheckedAgainstTheirSource) {
  Claim usd = Make(Money("G/cost/-", 1.914e8, "USD", "달러", 1e4), "001", 10);
  Claim krw = Make(Money("G/cost/-", 2.6e11, "KRW", "원", 1e8, "approx"), "001", 30);
  krw.derived_from = usd.id;
  EXPECT_TRUE(FindConflicts({usd, krw}, Rates()).empty());
  krw.q.value = 2.6e10;  // a digit lost in the conversion
  std::vector<Conflict> out = FindConflicts({usd, krw}, Rates());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "unit_mismatch");
  EXPECT_EQ(out[0].severity, "high");
  // A derived figure does not compete with other claims of its key.
  Claim other = Make(Money("G/cost/-", 1.9e8, "USD", "달러", 1e7), "002", 10);
  krw.q.value = 2.6e11;
  EXPECT_TRUE(FindConflicts({usd, krw, other}, Rates()).empty());
}

TEST(FindConflictsTest, DeterministicAndStableIds) {
  std::vector<Claim> claims;
  for (int i = 0; i < 40; ++i)
    claims.push_back(Make(Pct("KR/m" + std::to_string(i % 7) + "/2023", 10 + (i % 3) * 5, 1), "a" + std::to_string(i), i));
  std::vector<Conflict> first = FindConflicts(claims, Rates());
  ASSERT_FALSE(first.empty());
  std::mt19937 rng(7);
  std::shuffle(claims.begin(), claims.end(), rng);
  std::vector<Conflict> second = FindConflicts(claims, Rates());
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].id, second[i].id);
    EXPECT_EQ(first[i].claims, second[i].claims);
    EXPECT_EQ(first[i].explanation.size(), second[i].explanation.size());
    EXPECT_EQ(first[i].id.size(), 13u);
    EXPECT_EQ(first[i].id[0], 'K');
  }
  std::set<std::string> ids;
  for (const Conflict& c : first) ids.insert(c.id);
  EXPECT_EQ(ids.size(), first.size());
}

// ---- the gold seed claims, turned into Claims as a correct extractor would ----

using testing_gold::GoldClaims;


TEST(FindConflictsTest, GoldSeeds) {
  std::vector<Claim> claims = GoldClaims();
  ASSERT_EQ(claims.size(), 137u);
  std::vector<Conflict> out = FindConflicts(claims, Rates());
  std::ifstream f(testing_gold::kSeedGold + ".conflicts.json");
  nlohmann::json gold = nlohmann::json::parse(f);
  auto found = [&](const nlohmann::json& g) -> const Conflict* {
    for (const Conflict& c : out)
      if (std::all_of(g["sides"].begin(), g["sides"].end(), [&](const nlohmann::json& s) {
            return std::count(c.claims.begin(), c.claims.end(), s.get<std::string>()) > 0;
          }))
        return &c;
    return nullptr;
  };
  for (const nlohmann::json& g : gold["conflicts"]) {
    const Conflict* c = found(g);
    ASSERT_NE(c, nullptr) << g["id"];
    EXPECT_EQ(c->kind, g["kind"]) << g["id"] << ": " << c->explanation;
  }
  // Stretch goals: S1 (a headline's year) is found; S2 compares two
  // inferred periods published a year apart, which the same-fact decision
  // holds apart on purpose. A found stretch conflict has the right kind.
  for (const nlohmann::json& g : gold["stretch"])
    if (const Conflict* c = found(g)) {
      EXPECT_EQ(c->kind, g["kind"]) << g["id"];
    }
  EXPECT_NE(found(gold["stretch"][0]), nullptr) << "S1";
  std::map<std::string, std::string> fact;
  for (const Claim& c : claims) fact[c.id] = c.key;
  std::set<std::string> consistent;
  for (const nlohmann::json& n : gold["consistent"])
    for (const nlohmann::json& k : n["facts"]) consistent.insert(k);
  for (const Conflict& c : out) {
    if (c.kind == "period_mismatch") continue;  // S1 names a figure of N3
    for (const std::string& id : c.claims)
      EXPECT_EQ(consistent.count(fact[id]), 0u) << c.kind << " " << c.explanation;
  }
  EXPECT_EQ(out.size(), 4u);  // exactly C1-C3 and S1
}

TEST(FindConflictsTest, HundredThousandClaims) {
  // 9,000 groups of 10 agreeing claims, 1,000 of which get one outlier, and
  // one group of 10,000 (the sweep path) with a single outlier.
  std::vector<Claim> claims;
  claims.reserve(100001);
  for (int g = 0; g < 9000; ++g)
    for (int i = 0; i < 10; ++i) {
      double v = (g % 9 == 0 && i == 9) ? 60 : 50;
      claims.push_back(Make(Pct("S" + std::to_string(g) + "/m/2023", v, 1), "a" + std::to_string(i), g * 10 + i));
    }
  for (int i = 0; i < 10000; ++i)
    claims.push_back(Make(Count("BIG/m/2023", 1000 + (i % 5) * 0.1, 0.1, 0, "approx"), "b" + std::to_string(i), i));
  claims.push_back(Make(Count("BIG/m/2023", 5000), "outlier", 1));
  std::vector<Conflict> out = FindConflicts(claims, Rates());
  ASSERT_EQ(out.size(), 1001u);
  long with_outlier = 0;
  for (const Conflict& c : out) {
    EXPECT_EQ(c.kind, "value_mismatch");
    if (c.key == "BIG/m/2023") {
      EXPECT_EQ(std::count(c.claims.begin(), c.claims.end(), "outlier#1"), 1);
      ++with_outlier;
    } else {
      EXPECT_EQ(c.claims.size(), 10u);
    }
  }
  EXPECT_EQ(with_outlier, 1);
}

// Former bugs.

TEST(FindConflictsTest, FormerBugs) {
  // Touching intervals of whole counts (1.5) must not count as agreement.
  EXPECT_EQ(FindConflicts({Make(Rank("K/r/-", 1), "A", 1), Make(Rank("K/r/-", 2), "B", 1)}, Rates()).size(), 1u);
  // Intervals of large exact amounts (139억7000만 ±0.5) were judged apart
  // from "more than 100억" by an epsilon relative to the amount.
  EXPECT_TRUE(FindConflicts({Make(Money("K/i/2018", 13.97e9, "USD", "달러", 1), "A", 1),
                             Make(Money("K/i/2018", 1e10, "USD", "달러", 1, "more_than"), "A", 9)},
                            Rates()).empty());
  // An amount left at the default resolution 1 lost its rounding: 13억
  // against 13억3000만 was a conflict.
  EXPECT_TRUE(FindConflicts({Make(Money("K/a/-", 13e8, "KRW", "원", 1), "A", 1),
                             Make(Money("K/a/-", 13.3e8, "KRW", "원", 1), "B", 1)}, Rates()).empty());
  // A default resolution of 1 on 72.9 must not hide the 72.9 / 72.4 gap.
  EXPECT_EQ(FindConflicts({Make(Pct("K/p/-", 72.9, 1), "A", 1), Make(Pct("K/p/-", 72.4, 1), "B", 1)}, Rates()).size(), 1u);
}

}  // namespace
}  // namespace suchi
