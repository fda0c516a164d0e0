// Tests of the same-fact decision: frames read from the words around a
// figure, and the confidence that two claims of one group state one fact.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <optional>
#include <string>

#include "samefact.h"

namespace suchi {
namespace {

const SameFactRules& Rules() {
  static const Result<std::shared_ptr<const SameFactRules>> r =
      SameFactRules::Load(std::string(SUCHI_SOURCE_DIR) + "/rules/samefact.tsv");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return **r;
}

// A claim of quote `quote` in `sentence`, with the frame detected.
Claim C(const std::string& sentence, const std::string& quote, UnitKind kind = UnitKind::kPercent,
        const std::string& article = "a", const std::string& published = "2019-10-31",
        const std::string& key = "NAVER/revenue/2019.Q3") {
  Claim c;
  c.article = article;
  c.sentence = sentence;
  c.quote = quote;
  c.q.begin = sentence.find(quote);
  c.q.end = c.q.begin + quote.size();
  c.q.kind = kind;
  c.q.value = 1;
  c.key = key;
  c.published = published;
  c.subject = Entity{"NAVER", "네이버"};
  c.metric = Entity{"revenue", "매출"};
  c.period = Period{2019, 2019, "3분기"};
  Rules().DetectFrame(c);
  return c;
}

TEST(SameFactTest, Frames) {
  struct Row {
    const char* sentence;
    const char* quote;
    UnitKind kind;
    const char* change;
    const char* status;
  };
  const Row rows[] = {
      {"매출은 1조6648억원이다.", "1조6648억원", UnitKind::kCurrency, "", ""},
      {"매출은 전년 동기 대비 19.1% 증가했다.", "19.1%", UnitKind::kPercent, "increase:yoy", ""},
      {"전분기 대비 2.1% 늘었다.", "2.1%", UnitKind::kPercent, "increase:qoq", ""},
      {"영업이익은 20.8% 줄어든 수치다.", "20.8%", UnitKind::kPercent, "decrease", ""},
      {"전년 대비 19.6%를 기록했다.", "19.6%", UnitKind::kPercent, "change:yoy", ""},
      {"매출이 7억원에서 22억원으로 늘었다.", "7억원", UnitKind::kCurrency, "from", ""},
      // The later state is a level, dated or not.
      {"매출이 7억원에서 22억원으로 늘었다.", "22억원", UnitKind::kCurrency, "", ""},
      {"매출은 2016년 1조원에서 2018년 2조원으로 늘었다.", "2조원", UnitKind::kCurrency, "", ""},
      {"전임교원은 4만7801명(35.9%)에서 5만4153명으로 늘었다.", "4만7801명", UnitKind::kCount, "from", ""},
      {"3분기 매출은 1조6600억원으로 전망된다.", "1조6600억원", UnitKind::kCurrency, "", "estimate"},
      {"잠정 집계된 수출은 500억달러다.", "500억달러", UnitKind::kCurrency, "", "provisional"},
      {"올해 누적 수주는 7척이다.", "7척", UnitKind::kCount, "", "cumulative"},
      // The base value itself is the earlier state.
      {"지난해 같은 기간 1328억원보다 82.52% 줄었다.", "1328억원", UnitKind::kCurrency, "from", ""},
      // A base in parentheses is the base too ("전일(44,850원) 대비").
      {"전일(44,850원) 대비 350원 내린 44,500원에 거래를 시작했다.", "44,850원", UnitKind::kCurrency, "from", ""},
      // Listed figures share their clause's base.
      {"전년 대비 각각 24.5%, 46.5%가 늘었다.", "46.5%", UnitKind::kPercent, "increase:yoy", ""},
      {"전년 대비 각각 24.5%, 46.5%, 11.2%가 대폭 늘었다.", "11.2%", UnitKind::kPercent, "increase:yoy", ""},
      {"영업이익은 전년 대비 46.5%가 대폭 늘었다.", "46.5%", UnitKind::kPercent, "increase:yoy", ""},
      {"영업이익은 전년 대비 46.5%가 넘는 기업이 늘었다.", "46.5%", UnitKind::kPercent, "change:yoy", ""},
      // "같은 기간" opening a sentence says when, not against what.
      {"같은 기간 영업이익은 46.6% 늘어난 405억원을 기록했다.", "46.6%", UnitKind::kPercent, "increase", ""},
      // The level a change reached is a level.
      {"자동차보험 손해율은 전년동기 0.2%p 상승한 83.1%를 기록했다.", "83.1%", UnitKind::kPercent, "", ""},
      {"자동차보험 손해율은 전년도 80.6%에서 85.3%로 증가했다.", "85.3%", UnitKind::kPercent, "", ""},
      // A change noun right before the figure names it a change.
      {"취업자 증가 폭이 약 26만명으로 회복했다.", "26만명", UnitKind::kCount, "increase", ""},
      {"전년 동월 대비 취업자 증가폭은 25만9000명이다.", "25만9000명", UnitKind::kCount, "increase:yoy", ""},
      {"제조업 취업자 감소 폭은 7만3000명이었다.", "7만3000명", UnitKind::kCount, "decrease", ""},
      // ... not a change noun with another word or figure between.
      {"증가 폭이 컸던 업종은 보건업으로 12만6000명이다.", "12만6000명", UnitKind::kCount, "", ""},
      // "1년 전보다" names the base of a change as 전년 does.
      {"실업자는 1년 전보다 2만1000명 늘었다.", "2만1000명", UnitKind::kCount, "increase:yoy", ""},
  };
  for (const Row& r : rows) {
    Claim c = C(r.sentence, r.quote, r.kind);
    EXPECT_EQ(c.change, r.change) << r.sentence;
    EXPECT_EQ(c.status, r.status) << r.sentence;
  }
}

TEST(SameFactTest, Confidence) {
  const std::string s1 = "네이버는 3분기 매출 1조6648억원을 기록했다.";
  const std::string s2 = "네이버의 3분기 매출은 1조6548억원이다.";
  struct Row {
    const char* name;
    Claim a, b;
    bool compared;
  };
  Claim head = C("네이버 3분기 매출 1조6648억", "1조6648억", UnitKind::kCurrency);
  head.headline = true;
  Claim later = C(s2, "1조6548억원", UnitKind::kCurrency, "b", "2019-11-20");
  later.key = "NAVER/revenue/-";
  Claim same_day = C("네이버는 3분기 매출 1조6548억원을 기록했다고 밝혔다.", "1조6548억원",
                     UnitKind::kCurrency, "b", "2019-10-31", "NAVER/revenue/-");
  Claim other = C(s1, "1조6648억원", UnitKind::kCurrency, "b");
  Claim intraday = other;
  intraday.intraday = true;
  Claim estimate = C("매출은 1조6600억원으로 전망된다.", "1조6600억원", UnitKind::kCurrency, "b");
  Row rows[] = {
      {"two articles, the same statement", C(s1, "1조6648억원", UnitKind::kCurrency), C(s2, "1조6548억원", UnitKind::kCurrency, "b"), true},
      {"a headline against its own body", head, C(s2, "1조6548억원", UnitKind::kCurrency), true},
      {"one sentence never restates itself", C(s1, "1조6648억원", UnitKind::kCurrency), C(s1, "1조6648억원", UnitKind::kCurrency), false},
      {"an inferred period published days apart", C(s1, "1조6648억원", UnitKind::kCurrency, "a", "2019-10-31", "NAVER/revenue/-"), later, false},
      {"an inferred period published the same day", C(s1, "1조6648억원", UnitKind::kCurrency, "a", "2019-10-31", "NAVER/revenue/-"), same_day, true},
      {"an intraday report", C(s1, "1조6648억원", UnitKind::kCurrency), intraday, false},
      {"an estimate against a result", C(s1, "1조6648억원", UnitKind::kCurrency), estimate, false},
      {"a change against a level", C("매출은 19.1% 증가했다.", "19.1%"), C("매출 비중은 19.1%다.", "19.1%", UnitKind::kPercent, "b"), false},
      {"year-on-year against quarter-on-quarter", C("매출은 전년 동기 대비 19.1% 증가했다.", "19.1%"),
       C("매출은 전분기 대비 2.1% 증가했다.", "2.1%", UnitKind::kPercent, "b"), false},
  };
  for (const Row& r : rows) {
    double conf = Rules().Confidence(r.a, r.b);
    EXPECT_EQ(conf >= Rules().min_confidence(), r.compared) << r.name << ": " << conf;
    EXPECT_DOUBLE_EQ(conf, Rules().Confidence(r.b, r.a)) << r.name << ": symmetric";
  }
}

TEST(SameFactTest, FramesAgree) {
  struct Row {
    const char *a, *b;
    bool agree;
  } rows[] = {
      {"", "", true},
      {"increase:yoy", "increase:yoy", true},
      {"decrease", "decrease:yoy", true},    // a headline names no base
      {"change:yoy", "increase:yoy", true},  // a share after a base, no verb
      {"increase", "decrease", false},
      {"increase:yoy", "increase:qoq", false},
      {"", "increase", false},  // a level is no change
      {"from", "increase", false},
      {"from", "", false},
      {"from", "from", true},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(FramesAgree(r.a, r.b), r.agree) << r.a << " / " << r.b;
    EXPECT_EQ(FramesAgree(r.b, r.a), r.agree) << r.b << " / " << r.a;
  }
}

// The shape of a disagreement: one digit replaced or dropped is a typo's
// and raises the confidence; amounts apart by more than a factor of two
// otherwise lower it; percentages keep it.
TEST(SameFactTest, TheShapeOfTheDisagreement) {
  auto conf = [&](const std::string& qa, double va, const std::string& qb, double vb, UnitKind kind) {
    Claim a = C("암 사망자는 " + qa + "이었다.", qa, kind);
    Claim b = C("암 사망자는 " + qb + "으로 집계됐다.", qb, kind, "b");
    a.q.value = va, b.q.value = vb;
    return Rules().Confidence(a, b);
  };
  double base = conf("8만1203명", 81203, "8만1213명", 81213, UnitKind::kCount) - Rules().weight("one_digit_apart");
  EXPECT_NEAR(conf("8만1203명", 81203, "8만4203명", 84203, UnitKind::kCount), base + Rules().weight("one_digit_apart"), 1e-9);
  EXPECT_NEAR(conf("15조6400억원", 1.564e13, "15조600억원", 1.506e13, UnitKind::kCount), base + Rules().weight("one_digit_apart"), 1e-9);
  EXPECT_NEAR(conf("8만1203명", 81203, "8만1277명", 81277, UnitKind::kCount), base, 1e-9);
  EXPECT_NEAR(conf("8만1203명", 81203, "1만5000명", 15000, UnitKind::kCount), base + Rules().weight("values_far"), 1e-9);
  EXPECT_NEAR(conf("8.1%", 8.1, "3.5%", 3.5, UnitKind::kPercent), conf("8.1%", 8.1, "8.3%", 8.3, UnitKind::kPercent),
              1e-9);
  EXPECT_GT(Rules().weight("one_digit_apart"), 0);
  EXPECT_LT(Rules().weight("values_far"), 0);
}

// "실업자는 112만4000명으로 1년 전보다 2만1000명 늘었다" against "114만5000
// 명": the level plus the change beside it is the other side's level, last
// year's figure printed for this year's; the pair is trusted more.
// Figures listed before one change verb share its direction; a figure of
// a statement of its own, or of another kind, does not.
TEST(SameFactTest, ListedFiguresShareTheirVerbsDirection) {
  struct Row {
    const char* sentence;
    const char* first;
    const char* second;
    UnitKind first_kind;
    const char* want;  // the first figure's change after sharing
  } rows[] = {
      {"전년 대비 각각 24.5%, 46.5%가 대폭 늘었다.", "24.5%", "46.5%", UnitKind::kPercent, "increase:yoy"},
      {"매출과 영업이익은 각각 3%, 5% 감소했다.", "3%", "5%", UnitKind::kPercent, "decrease"},
      {"매출과 영업이익은 각각 3%와 5% 감소했다.", "3%", "5%", UnitKind::kPercent, "decrease"},
      {"A는 3%, B는 5% 감소했다.", "3%", "5%", UnitKind::kPercent, ""},
      {"매출 3억원, 5% 감소했다.", "3억원", "5%", UnitKind::kCurrency, ""},
  };
  for (const Row& r : rows) {
    std::vector<Claim> claims = {C(r.sentence, r.first, r.first_kind), C(r.sentence, r.second)};
    ShareListedDirections(claims, 0);
    EXPECT_EQ(claims[0].change, r.want) << r.sentence;
  }
}

TEST(SameFactTest, ALevelBeforeItsChangeIsLastPeriodsFigure) {
  struct Row {
    const char* sentence;
    std::vector<std::pair<const char*, double>> figures;  // in text order
    std::optional<double> beside;                          // the first figure's
  } rows[] = {
      {"실업자는 112만4000명으로 1년 전보다 2만1000명 늘었다.", {{"112만4000명", 1124000}, {"2만1000명", 21000}}, 21000},
      {"취업자는 2732만명으로 7만명 줄었다.", {{"2732만명", 27320000}, {"7만명", 70000}}, -70000},
      // No change after it, or two: no one change beside it.
      {"실업자는 112만4000명이다.", {{"112만4000명", 1124000}}, std::nullopt},
      {"실업자는 112만명으로 2만명 늘었고 청년은 1만명 늘었다.", {{"112만명", 1120000}, {"2만명", 20000}, {"1만명", 10000}},
       std::nullopt},
  };
  for (const Row& r : rows) {
    std::vector<Claim> claims;
    for (const auto& [quote, value] : r.figures) {
      claims.push_back(C(r.sentence, quote, UnitKind::kCount));
      claims.back().q.value = value;
    }
    MarkChangesBeside(claims, 0);
    EXPECT_EQ(claims[0].change_beside, r.beside) << r.sentence;
  }
  Claim a = C("실업자는 112만4000명으로 1년 전보다 2만1000명 늘었다.", "112만4000명", UnitKind::kCount);
  Claim b = C("실업자는 114만5000명으로 집계됐다.", "114만5000명", UnitKind::kCount, "b");
  a.q.value = 1124000, b.q.value = 1145000, a.q.resolution = b.q.resolution = 1000;
  double before = Rules().Confidence(a, b);
  a.change_beside = 21000;
  EXPECT_TRUE(LevelBeforeChange(a, b));
  EXPECT_TRUE(LevelBeforeChange(b, a));
  EXPECT_NEAR(Rules().Confidence(a, b), std::min(1.0, before + Rules().weight("level_before_change")), 1e-9);
  EXPECT_GT(Rules().Confidence(a, b), before);
  a.change_beside = 30000;  // the change explains no other level
  EXPECT_FALSE(LevelBeforeChange(a, b));
  EXPECT_GT(Rules().weight("level_before_change"), 0);
}

// A subject taken from the article on both sides (zero anaphora) is a
// guess twice over: the pair is trusted less, by the rules' weight; once
// is not enough to lower it.
TEST(SameFactTest, InferredSubjectsOnBothSidesLowerTheConfidence) {
  const std::string s1 = "네이버는 3분기 매출 1조6648억원을 기록했다.";
  const std::string s2 = "네이버의 3분기 매출은 1조6548억원이다.";
  Claim a = C(s1, "1조6648억원", UnitKind::kCurrency), b = C(s2, "1조6548억원", UnitKind::kCurrency, "b");
  double named = Rules().Confidence(a, b);
  a.subject_inferred = true;
  EXPECT_DOUBLE_EQ(Rules().Confidence(a, b), named);
  b.subject_inferred = true;
  EXPECT_NEAR(Rules().Confidence(a, b), named + Rules().weight("inferred_subject"), 1e-9);
  EXPECT_LT(Rules().weight("inferred_subject"), 0);
}

// A bare common noun as the metric ("대학", "지원") is shared by figures of
// many kinds: the pair is trusted less, by the rules' weight.
TEST(SameFactTest, ABareMetricLowersTheConfidence) {
  const std::string s1 = "네이버는 3분기 매출 1조6648억원을 기록했다.";
  const std::string s2 = "네이버의 3분기 매출은 1조6548억원이다.";
  Claim a = C(s1, "1조6648억원", UnitKind::kCurrency), b = C(s2, "1조6548억원", UnitKind::kCurrency, "b");
  a.metric = b.metric = Entity{"대학정원", "대학정원"};
  double phrase = Rules().Confidence(a, b);
  a.metric = Entity{"대학", "대학"};
  EXPECT_NEAR(Rules().Confidence(a, b), phrase + Rules().weight("bare_metric"), 1e-9);
  EXPECT_LT(Rules().weight("bare_metric"), 0);
}

// A measure with its modifiers that no lexicon names ("자동차보험 손해율")
// is one statistic: two articles sharing it are trusted more; not within
// one article, and not for counts or ranks, which list things.
TEST(SameFactTest, ASpecificMetricRaisesTheConfidenceAcrossArticles) {
  const std::string s1 = "자동차보험 손해율은 전년동기 0.2%p 상승한 83.1%를 기록했다.";
  const std::string s2 = "자동차보험 손해율은 85.3%로 4.7%포인트 올랐다.";
  Claim a = C(s1, "83.1%", UnitKind::kPercent), b = C(s2, "85.3%", UnitKind::kPercent, "b");
  a.metric = b.metric = Entity{"자동차보험손해율", "자동차보험손해율"};
  double one_word = Rules().Confidence(a, b);
  a.metric = b.metric = Entity{"자동차보험손해율", "자동차보험 손해율"};
  EXPECT_NEAR(Rules().Confidence(a, b), one_word + Rules().weight("specific_metric"), 1e-9);
  EXPECT_GT(Rules().weight("specific_metric"), 0);
  a.q.kind = b.q.kind = UnitKind::kCount;  // "삼성전자 임직원 18명"
  a.metric = b.metric = Entity{"삼성전자임직원", "삼성전자 임직원"};
  double listed = Rules().Confidence(a, b);
  a.metric = b.metric = Entity{"삼성전자임직원", "삼성전자임직원"};
  EXPECT_NEAR(Rules().Confidence(a, b), listed, 1e-9);
}

TEST(MaskedSimilarityTest, Table) {
  EXPECT_DOUBLE_EQ(MaskedSimilarity("매출 19.6% 증가", "매출 20% 증가"), 1.0);
  EXPECT_DOUBLE_EQ(MaskedSimilarity("", ""), 1.0);
  EXPECT_LT(MaskedSimilarity("매출 19.6% 증가", "사망자 3명"), 0.1);
  double mid = MaskedSimilarity("응답자 절반에 가까운 44%가 예산 증액을 꼽았다",
                                "응답자의 절반에 해당하는 46.7%가 예산 증액을 꼽았다");
  EXPECT_GT(mid, 0.5);
  EXPECT_LT(mid, 1.0);
}

TEST(SameFactRulesTest, BadRowsNameTheLine) {
  namespace fs = std::filesystem;
  const std::pair<const char*, const char*> bad[] = {
      {"weight\tbase\tmuch\n", ":1"},
      {"threshold\tmin_confidence\t0.6\nthreshold\tnonsense\t1\n", ":2"},
      {"weight\tbase\t0.3\nstatus\t잠정\tmaybe\n", ":2"},
  };
  for (const auto& [text, where] : bad) {
    fs::path p = fs::path(testing::TempDir()) / "samefact_bad.tsv";
    std::ofstream(p) << text;
    auto r = SameFactRules::Load(p.string());
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.status().message().find(std::string("samefact_bad.tsv") + where), std::string::npos)
        << r.status().message();
  }
}

// Former bugs.
TEST(SameFactTest, FormerBugs) {
  // A syndicated sentence printed twice: its list items at different places
  // are different facts ("삼성그룹 79억 원, SK그룹 43억 원").
  const std::string list = "삼성그룹 79억 원, SK그룹 43억 원을 냈다.";
  Claim a = C(list, "79억 원", UnitKind::kCurrency, "a"), b = C(list, "43억 원", UnitKind::kCurrency, "b");
  EXPECT_EQ(Rules().Confidence(a, b), 0);
  // The same place of a near copy is compared (a real discrepancy).
  Claim c = C("쉐보레 스파크도 3계단 하락한 83위였다.", "83위", UnitKind::kRank, "a");
  Claim d = C("쉐보레 스파크도 3계단 하락한 82위에 그쳤다.", "82위", UnitKind::kRank, "b");
  EXPECT_GE(Rules().Confidence(c, d), Rules().min_confidence());
  // Teams and people are other counts ("78팀(총 375명)").
  Claim teams = C("78팀(총 375명)이 참가했다.", "78팀", UnitKind::kCount, "a");
  Claim people = C("78팀(총 375명)이 참가한다.", "375명", UnitKind::kCount, "b");
  teams.q.unit_id = "count:팀", people.q.unit_id = "count:명";
  EXPECT_EQ(Rules().Confidence(teams, people), 0);
  // Two days of the month stated: two moments.
  Claim e = C("27일 삼성화재우는 205,000원에 거래되고 있다.", "205,000원", UnitKind::kCurrency, "a");
  Claim f = C("26일 삼성화재우는 204,000원에 거래되고 있다.", "204,000원", UnitKind::kCurrency, "b");
  EXPECT_EQ(Rules().Confidence(e, f), 0);
}

}  // namespace
}  // namespace suchi
