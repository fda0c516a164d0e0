// Tests of the extract stage: claim attribution from hand-made sentences
// and quantities, so they do not depend on the segmenter or the number
// grammar. Each case lists sentences (with their quantities, as the number
// stage would report them) and the claims expected: subject, key, flags.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract.h"
#include "lexicon.h"
#include "normalize.h"
#include "numbers.h"
#include "period.h"
#include "punctuation.h"

namespace suchi {
namespace {

const std::string kRules = std::string(SUCHI_SOURCE_DIR) + "/rules";

// A quantity given by its text: the first occurrence of `quote` in the
// sentence (after `skip` earlier ones).
struct Q {
  Q(std::string quote, double value, UnitKind kind = UnitKind::kCount, std::string unit = "",
    std::string currency = "", int year = 0, int year_end = 0, double resolution = 1,
    std::string basis = "")
      : quote(std::move(quote)), value(value), kind(kind), unit(std::move(unit)),
        currency(std::move(currency)), year(year), year_end(year_end), resolution(resolution),
        basis(std::move(basis)) {}
  std::string quote;
  double value = 0;
  UnitKind kind = UnitKind::kCount;
  std::string unit;
  std::string currency;
  int year = 0, year_end = 0;
  double resolution = 1;
  std::string basis;    // a per-unit basis ("인구 10만명당"), read as per 1
  std::string unit_id;  // the unit's canonical id, when a rule reads it ("year")
  int skip = 0;
};

struct S {
  S(std::string text, std::vector<Q> qs, SentenceKind kind = SentenceKind::kBody,
    int paragraph = 0)
      : text(std::move(text)), qs(std::move(qs)), kind(kind), paragraph(paragraph) {}
  std::string text;
  std::vector<Q> qs;
  SentenceKind kind = SentenceKind::kBody;
  int paragraph = 0;
};

struct Want {
  Want(std::string quote, std::string subject, std::string key, int skip = 0,
       bool negated = false, bool question = false, bool quoted = false, bool derived = false,
       double value = -12345)
      : quote(std::move(quote)), subject(std::move(subject)), key(std::move(key)), skip(skip),
        negated(negated), question(question), quoted(quoted), derived(derived), value(value) {}
  std::string quote;
  std::string subject;  // "" = none
  std::string key;
  int skip = 0;
  bool negated = false, question = false, quoted = false, derived = false;
  double value = -12345;  // checked unless -12345
};

Quantity Make(const std::string& sentence, const Q& q) {
  Quantity out;
  std::size_t at = sentence.find(q.quote);
  for (int i = 0; i < q.skip && at != std::string::npos; ++i) at = sentence.find(q.quote, at + 1);
  EXPECT_NE(at, std::string::npos) << q.quote << " not in " << sentence;
  out.begin = at;
  out.end = at + q.quote.size();
  out.value = q.value;
  out.kind = q.kind;
  out.unit_text = q.unit;
  out.currency = q.currency;
  out.year = q.year;
  out.year_end = q.year_end;
  out.resolution = q.resolution;
  out.unit_id = q.unit_id;
  if (!q.basis.empty()) out.basis_per = 1, out.basis_text = q.basis;
  return out;
}

struct Extraction {
  Article article;
  std::vector<Claim> claims;
};

Extraction Extract(const std::vector<S>& sentences, const std::string& published) {
  static const Result<ExtractRules> rules = ExtractRules::Load(kRules);
  EXPECT_TRUE(rules.ok()) << rules.status().message();
  Extraction run;
  run.article.id = "t";
  run.article.meta.published = published;
  std::vector<Sentence> sents;
  std::vector<std::vector<Quantity>> qs;
  for (const S& s : sentences) {
    if (!run.article.text.empty()) run.article.text += '\n';
    Sentence se;
    se.start = se.norm_begin = run.article.text.size();
    run.article.text += s.text;
    se.end = se.norm_end = run.article.text.size();
    se.paragraph = s.paragraph;
    se.kind = s.kind;
    se.text = s.text;
    sents.push_back(se);
    qs.emplace_back();
    for (const Q& q : s.qs) qs.back().push_back(Make(s.text, q));
  }
  NormalizedText norm = Normalize(run.article.text);
  EXPECT_EQ(norm.text, run.article.text) << "test sentences must be normalized already";
  CodePointIndex cps(run.article.text);
  run.claims = ExtractClaims(run.article, norm, cps, sents, qs, *rules);
  return run;
}

const Claim* Find(const Extraction& run, const std::string& quote, int skip) {
  for (const Claim& c : run.claims)
    if (c.quote == quote && skip-- == 0) return &c;
  return nullptr;
}

struct Case {
  std::string name;
  std::string published;
  std::vector<S> sentences;
  std::vector<Want> want;  // exactly the claims expected
};

constexpr UnitKind kCount = UnitKind::kCount, kPct = UnitKind::kPercent, kRank = UnitKind::kRank,
                   kCur = UnitKind::kCurrency, kIdx = UnitKind::kIndex, kTime = UnitKind::kTime,
                   kDur = UnitKind::kDuration, kScore = UnitKind::kScore;

std::vector<Case> Cases() {
  return {
      {"entity_paren_and_relative_year", "2024-04-17",
       {{"지난해 파운데이션 모델을 가장 많이 개발한 국가는 미국(109개)이었다.",
         {{"109개", 109, kCount, "개"}}}},
       {{"109개", "US", "US/foundation_models/2023"}}},
      {"each_list", "",
       {{"미국과 중국은 각각 50%·40%를 점유하고 있다.",
         {{"50%", 50, kPct, "%"}, {"40%", 40, kPct, "%"}}}},
       {{"50%", "US", "US/market_share/-"}, {"40%", "CN", "CN/market_share/-"}}},
      {"rank_entity_and_period_carry", "",
       {{"한국은 2022년 기준 인구 10만명당 AI 특허 수가 10.26으로 가장 많았다.",
         {{"2022년", 0, kTime, "년", "", 2022}, {"10.26", 10.26, kIdx}}},
        {"3위 미국(4.23)과 4위 일본(2.53)을 크게 앞질렀다.",
         {{"3위", 3, kRank, "위"}, {"4.23", 4.23, kIdx}, {"4위", 4, kRank, "위"},
          {"2.53", 2.53, kIdx}}}},
       {{"10.26", "KR", "KR/patents/2022"},
        {"3위", "US", "US/patents_rank/2022"},
        {"4.23", "US", "US/patents/2022"},
        {"4위", "JP", "JP/patents_rank/2022"},
        {"2.53", "JP", "JP/patents/2022"}}},
      {"hanja_subject", "",
       {{"韓 수출 6000억달러 돌파", {{"6000억달러", 6e11, kCur, "억달러", "USD"}},
         SentenceKind::kHeadline}},
       {{"6000억달러", "KR", "KR/exports/-"}}},
      {"negation_to_zero", "2024-04-17",
       {{"지난해 파운데이션 모델을 개발한 한국 기업이 한 곳도 없다.", {{"한 곳", 1, kCount, "곳"}}}},
       {{"한 곳", "KR", "KR/foundation_models/2023", 0, true, false, false, false, 0}}},
      {"negation_after_counted_noun", "2016-10-05",
       {{"한국은 한 명의 수상자도 배출하지 못했다.", {{"한 명", 1, kCount, "명"}}}},
       {{"한 명", "KR", "KR/수상자/-", 0, true, false, false, false, 0}}},
      {"question_flag", "",
       {{"AI 기반 기술 '파운데이션 모델' 0개?", {{"0개", 0, kCount, "개"}},
         SentenceKind::kHeadline}},
       {{"0개", "", "", 0, false, true}}},
      {"quoted_speech", "",
       {{"그는 \"연봉이 20억에 달한다\"고 말했다.", {{"20억", 2e9, kCur, "억", "KRW"}}}},
       {{"20억", "", "", 0, false, false, true}}},
      {"derived_conversion", "",
       {{"구글의 제미나이 울트라 훈련 비용은 1억9140만달러(약 2600억원)였다.",
         {{"1억9140만달러", 1.914e8, kCur, "달러", "USD"},
          {"2600억원", 2.6e11, kCur, "억원", "KRW"}}}},
       {{"1억9140만달러", "GEMINI_ULTRA", "GEMINI_ULTRA/training_cost/-"},
        {"2600억원", "GEMINI_ULTRA", "GEMINI_ULTRA/training_cost/-", 0, false, false, false,
         true}}},
      {"fallback_metric_noun", "",
       {{"이어 노동시간 단축 14.3%, 실직 증가 8.6%라는 답이 뒤를 이었다.",
         {{"14.3%", 14.3, kPct, "%"}, {"8.6%", 8.6, kPct, "%"}}}},
       {{"14.3%", "", ""}, {"8.6%", "", ""}}},
      {"generic_quantities_dropped", "",
       {{"미국, 중국이라는 AI 2대 강국으로 모든 자원과 관심이 집중된다.",
         {{"2대", 2, kCount, "대"}}},
        {"AI에 10년간 10조원 투자한 우리나라", {{"10년간", 10, kDur, "년간"},
                                              {"10조원", 1e13, kCur, "조원", "KRW"}},
         SentenceKind::kHeadline, 1},
        {"단 1명이라도 독보적인 개발 역량을 가진 사람을 보유했느냐가 중요하다.",
         {{"1명", 1, kCount, "명"}}, SentenceKind::kBody, 2},
        {"미·중 틈바구니에서 3위라도 달성해야 한다.", {{"3위", 3, kRank, "위"}}, SentenceKind::kBody, 3}},
       {{"10조원", "KR", "KR/investment/-"}}},
      {"set_total_has_no_subject", "",
       {{"HAI가 주목할 만한 머신러닝 모델로 선정한 108개 중 미국이 61개, 중국 15개가 꼽혔다.",
         {{"108개", 108, kCount, "개"}, {"61개", 61, kCount, "개"}, {"15개", 15, kCount, "개"}}}},
       {{"108개", "", ""},
        {"61개", "US", "US/notable_ml_models/-"},
        {"15개", "CN", "CN/notable_ml_models/-"}}},
      {"headline_takes_body_key", "2024-04-17",
       {{"10조원 쏟아부은 한국 AI 시장의 한계", {{"10조원", 1e13, kCur, "조원", "KRW", 0, 0, 1e12}},
         SentenceKind::kHeadline, 0},
        {"지난 10년(2013~2023년) 동안 국내 기업의 AI 관련 투자액은 72억5,000만 달러(약 "
         "10조1,202억원)로 세계 9위 수준이다.",
         {{"2013~2023년", 0, kTime, "년", "", 2013, 2023},
          {"72억5,000만 달러", 7.25e9, kCur, "달러", "USD"},
          {"10조1,202억원", 1.01202e13, kCur, "억원", "KRW"},
          {"9위", 9, kRank, "위"}},
         SentenceKind::kBody, 1}},
       {{"10조원", "KR", "KR/investment/2013-2023"},
        {"72억5,000만 달러", "KR", "KR/investment/2013-2023"},
        {"10조1,202억원", "KR", "KR/investment/2013-2023", 0, false, false, false, true},
        {"9위", "KR", "KR/investment_rank/2013-2023"}}},
      {"comparison_base_is_not_subject", "",
       {{"한국 AI 실력 미국 대비 47%", {{"47%", 47, kPct, "%"}}, SentenceKind::kHeadline}},
       {{"47%", "KR", ""}}},
      {"report_date_is_not_period_title_year_is", "2025-02-09",
       {{"HAI가 지난해 발간한 'AI 인덱스 2024'에 따르면 한국의 AI 인재 집중도가 0.79%로 "
         "이스라엘(1.13%) 다음으로 높았다.",
         {{"0.79%", 0.79, kPct, "%"}, {"1.13%", 1.13, kPct, "%"}}}},
       {{"0.79%", "KR", "KR/ai_talent_concentration/2023"},
        {"1.13%", "IL", "IL/ai_talent_concentration/2023"}}},
      {"span_until_year", "",
       {{"2023년까지 10년간 출원된 생성형 AI 관련 특허는 우리나라가 4천100건으로 1위 "
         "중국(3만8천건)에는 못 미친다.",
         {{"2023년", 0, kTime, "년", "", 2023}, {"10년간", 10, kDur, "년간"},
          {"4천100건", 4100, kCount, "건"}, {"1위", 1, kRank, "위"},
          {"3만8천건", 38000, kCount, "건"}}}},
       {{"4천100건", "KR", "KR/patents/2014-2023"},
        {"1위", "CN", "CN/patents_rank/2014-2023"},
        {"3만8천건", "CN", "CN/patents/2014-2023"}}},
      {"unknown_period_stays_unknown", "",
       {{"지난해 H100 가격은 개당 4만 달러를 웃돈다.", {{"4만 달러", 4e4, kCur, "달러", "USD"}}}},
       {{"4만 달러", "NVIDIA_H100", "NVIDIA_H100/unit_price/-"}}},
      {"quarters_are_parts_of_a_year", "2019-11-10",
       {{"네이버는 2019년 3분기 매출 1조6648억원, 2분기 매출 1조6303억원을 기록했다.",
         {{"2019년", 0, kTime, "년", "", 2019}, {"1조6648억원", 1.6648e12, kCur, "억원", "KRW"},
          {"1조6303억원", 1.6303e12, kCur, "억원", "KRW"}}},
        {"올 상반기 영업이익은 2천억원이다.", {{"2천억원", 2e11, kCur, "억원", "KRW"}}}},
       {{"1조6648억원", "NAVER", "NAVER/revenue/2019.Q3"},
        {"1조6303억원", "NAVER", "NAVER/revenue/2019.Q2"},
        {"2천억원", "NAVER", "NAVER/operating_profit/2019.H1"}}},  // 올 상반기: this year's
      // A part of the year without a year: this year's when it has begun by
      // publication, else unknown (it may be last year's).
      {"a_begun_part_of_the_year_is_this_years", "2019-10-31",
       {{"네이버의 3분기 매출은 1조6648억원이다.", {{"1조6648억원", 1.6648e12, kCur, "억원", "KRW"}}},
        {"네이버의 11월 매출은 6000억원이다.", {{"6000억원", 6e11, kCur, "억원", "KRW"}}}},
       {{"1조6648억원", "NAVER", "NAVER/revenue/2019.Q3"}, {"6000억원", "NAVER", "NAVER/revenue/-.M11"}}},
      // A headline's statement after an ellipsis names its own subject: the
      // streak before it keeps the article's (통계청: KR).
      {"a_headline_statement_after_an_ellipsis_is_its_own", "2019-06-12",
       {{"제조업 취업자 15개월째 감소…보건·복지는 12만6천명 늘어", {{"15개월째", 15, kDur, "개월"}}, SentenceKind::kHeadline},
        {"통계청이 12일 발표한 고용동향을 보면 제조업 취업자는 7만3천명 줄었다.", {{"7만3천명", 73000, kCount, "명"}}}},
       {{"15개월째", "KR", "KR/제조업.employment.감소_duration/-"}, {"7만3천명", "KR", "KR/제조업.employment/-"}}},
      // Glued, the basis of accounts narrows no metric.
      {"consolidated_basis_is_no_segment", "2019-08-15",
       {{"카카오는 2분기 연결기준 매출이 7330억원이다.", {{"7330억원", 7.33e11, kCur, "억원", "KRW"}}}},
       {{"7330억원", "KAKAO", "KAKAO/revenue/2019.Q2"}}},
      {"this_year_and_chrome", "2025-02-10",
       {{"올해 한국의 수출은 6838억달러로 집계됐다.", {{"6838억달러", 6.838e11, kCur, "억달러", "USD"}}},
        {"많이 본 뉴스 1위 기사", {{"1위", 1, kRank, "위"}}, SentenceKind::kChrome, 1}},
       {{"6838억달러", "KR", "KR/exports/2025"}}},
      {"metric_and_subject_carry_in_paragraph", "2024-04-17",
       {{"인재 이동 지표는 룩셈부르크(3.67) 순으로 높았다.", {{"3.67", 3.67, kIdx}}},
        {"미국은 0.40이었다.", {{"0.40", 0.4, kIdx}}},
        {"그 뒤로 1.1이 뒤를 이었다.", {{"1.1", 1.1, kIdx}}}},
       {{"3.67", "LU", "LU/ai_talent_net_migration/-"},
        {"0.40", "US", "US/ai_talent_net_migration/-"},
        {"1.1", "US", "US/ai_talent_net_migration/-"}}},

      {"unresolved_relative_year_blocks_carry", "",
       {{"2015년 매출은 10조원이었다.", {{"2015년", 0, kTime, "년", "", 2015},
                                        {"10조원", 1e13, kCur, "조원", "KRW"}}},
        {"올해 매출은 12조원이다.", {{"12조원", 1.2e13, kCur, "조원", "KRW"}}}},
       {{"10조원", "", ""}, {"12조원", "", ""}}},
      {"compound_organisation_name", "",
       {{"카카오페이는 가입자 2천300만명을 확보했다.", {{"2천300만명", 2.3e7, kCount, "명"}}}},
       {{"2천300만명", "카카오페이", "카카오페이/users/-"}}},

      {"zero_anaphora_only_for_known_metrics", "2024-04-17",
       {{"한국 AI 인재 유출 심각", {}, SentenceKind::kHeadline, 0},
        {"지난해 인재 유출은 -0.3을 기록했다.", {{"-0.3", -0.3, kIdx}}, SentenceKind::kBody, 1},
        {"서울에서 부산까지 3시간이 걸린다.", {{"3시간", 3, kDur, "시간"}}, SentenceKind::kBody, 2}},
       {{"-0.3", "KR", "KR/ai_talent_net_migration/2023"}, {"3시간", "", ""}}},

      {"a_count_after_a_list_is_its_size", "",
       {{"대상 지역은 한국, 중국, 러시아, 베트남, 태국 등 5개국이다.", {{"5개국", 5, kCount, "개국"}}}},
       {{"5개국", "", ""}}},
      {"editions_generations_and_memorials_are_names", "",
       {{"제18회 아시안게임을 후원했다.", {{"18회", 18, kCount, "회"}}},
        {"6세대 그랜저의 페이스리프트 모델이다.", {{"6세대", 6, kCount, "세대"}}},
        {"600주년기념관에서 열렸다.", {{"600주년", 600, kDur, "주년"}}},
        {"이날 쪽방촌 20세대를 찾았다.", {{"20세대", 20, kCount, "세대"}}}},
       {{"20세대", "", ""}}},
      {"paragraph_topic_carries_only_where_no_agent_is_named", "",
       {{"카카오는 매출 3조원을 기록했다.", {{"3조원", 3e12, kCur, "조원", "KRW"}}},
        {"영업이익은 5000억원이다.", {{"5000억원", 5e11, kCur, "억원", "KRW"}}},
        {"단말기 개통이 되지 않은 피해자들이 500명에 이른다.", {{"500명", 500, kCount, "명"}}}},
       {{"3조원", "KAKAO", "KAKAO/revenue/-"},
        {"5000억원", "KAKAO", "KAKAO/operating_profit/-"},
        {"500명", "", ""}}},
      {"a_change_between_two_dated_figures_spans_their_years", "",
       {{"삼성전자의 직원 수는 2011년 6만226명에서 2018년 3만7천829명으로 2만2천397명 줄었다.",
         {{"2011년", 0, kTime, "년", "", 2011}, {"6만226명", 60226, kCount, "명"},
          {"2018년", 0, kTime, "년", "", 2018}, {"3만7천829명", 37829, kCount, "명"},
          {"2만2천397명", 22397, kCount, "명"}}}},
       {{"6만226명", "SAMSUNG", "SAMSUNG/직원수/2011"}, {"3만7천829명", "SAMSUNG", "SAMSUNG/직원수/2018"},
        {"2만2천397명", "SAMSUNG", "SAMSUNG/직원수/2011-2018"}}},
      {"a_sentence_pointing_back_keeps_the_last_figure_s_subject", "",
       {{"삼성전자는 신제품을 내놨다. 애플의 점유율은 20%다.", {{"20%", 20, kPct, "%"}}},
        {"이는 지난해 25%보다 낮다.", {{"25%", 25, kPct, "%"}}}},
       {{"20%", "APPLE", "APPLE/market_share/-"}, {"25%", "APPLE", "APPLE/market_share/-"}}},
      {"a_province_before_a_city_names_the_city", "",
       {{"경남 경주시 남남서쪽 9km 지역에서 지진이 발생했다.", {{"9km", 9, UnitKind::kMeasure, "km"}}}},
       {{"9km", "경남경주시", "경남경주시/지역_measure/-"}}},
      {"a_deficit_of_a_profit_is_its_negative", "",
       {{"보험영업이익은 6161억원 적자를 기록했다.", {{"6161억원", 6.161e11, kCur, "억원", "KRW"}}},
        {"무역 적자폭은 100억원이다.", {{"100억원", 1e10, kCur, "억원", "KRW"}}}},
       {{"6161억원", "", "", 0, false, false, false, false, -6.161e11},
        {"100억원", "", "", 0, false, false, false, false, 1e10}}},
      {"a_national_agency_speaks_for_its_country", "",
       {{"통계청은 출생아 수가 30만3100명이라고 밝혔다.", {{"30만3100명", 303100, kCount, "명"}}}},
       {{"30만3100명", "KR", "KR/births/-"}}},
      {"a_country_before_an_agency_makes_it_that_country_s", "",
       {{"일본 국세청은 실업자가 160만명이라고 밝혔다.", {{"160만명", 1.6e6, kCount, "명"}}}},
       {{"160만명", "JP", "JP/unemployed/-"}}},
      {"a_sentence_opening_on_the_same_period_is_about_it", "2019-07-25",
       {{"카카오는 2분기 매출 7330억원을 기록했다.", {{"7330억원", 7.33e11, kCur, "억원", "KRW"}}},
        {"같은 기간 영업이익은 405억원이다.", {{"405억원", 4.05e10, kCur, "억원", "KRW"}}}},
       {{"7330억원", "KAKAO", "KAKAO/revenue/2019.Q2"}, {"405억원", "KAKAO", "KAKAO/operating_profit/2019.Q2"}}},
      {"a_base_written_after_its_own_period_is_that_period_s_level", "2019-03-27",
       {{"삼성전자의 1분기 영업이익은 지난해 1분기 15조6400억원보다 적다.",
         {{"15조6400억원", 1.564e13, kCur, "억원", "KRW"}}}},
       {{"15조6400억원", "SAMSUNG", "SAMSUNG/operating_profit/2018.Q1"}}},
      // Former bugs.
      // A narrowed metric takes its own metric's unit kinds: no "_percent".
      {"a_narrowed_metric_is_stated_as_its_own_is", "",
       {{"한국의 청년층 실업률은 9.9%다.", {{"9.9%", 9.9, kPct, "%"}}}},
       {{"9.9%", "KR", "KR/청년층.unemployment_rate/-"}}},
      {"an_agency_s_name_inside_a_word_is_no_agency", "",
       {{"산업부문 매출은 500억원이다.", {{"500억원", 5e10, kCur, "억원", "KRW"}}}},
       {{"500억원", "", ""}}},
      {"an_agency_whose_count_a_figure_follows_is_no_subject", "",
       {{"자산 규모는 10조원(2018년 공정위 기준)이다.", {{"10조원", 1e13, kCur, "조원", "KRW"}}}},
       {{"10조원", "", ""}}},
      // A region glued to 대 is its university: 서울대 is no 서울 (KR-11).
      {"a_region_s_university_is_no_region", "",
       {{"서울대의 신입생은 3400명이다.", {{"3400명", 3400, kCount, "명"}}}},
       {{"3400명", "SNU", "SNU/신입생/-"}}},
      // A country qualifying a noun ("국내 병원에서", "국내 환자를") is no
      // mention in the article's vote: the figure keeps no subject, not KR.
      {"a_country_qualifying_a_noun_is_no_article_subject", "",
       {{"국내 병원에서 임상시험을 마쳤다.", {}},
        {"국내 환자를 대상으로 했다.", {}},
        {"폐암 사망자는 100만명이다.", {{"100만명", 1e6, kCount, "명"}}}},
       {{"100만명", "", ""}}},
      // A country the body names often but no headline names is where the
      // story happens, not whom its figures are about; in a headline, it is.
      {"a_country_only_the_body_names_is_no_article_subject", "",
       {{"중소기업 매출 늘어", {}, SentenceKind::kHeadline},
        {"중소기업 매출이 크게 늘었다.", {}, SentenceKind::kBody, 1},
        {"한국은 수출이 늘었다.", {}, SentenceKind::kBody, 1},
        {"한국은 내수도 살아났다.", {}, SentenceKind::kBody, 1},
        {"매출은 100억원이다.", {{"100억원", 1e10, kCur, "억원", "KRW"}}, SentenceKind::kBody, 2}},
       {{"100억원", "", ""}}},
      // A rate per head is a statistic of a population: the country of the
      // body's vote.
      {"a_rate_per_head_is_the_voted_country_s", "",
       {{"중소기업 매출 늘어", {}, SentenceKind::kHeadline},
        {"중소기업 매출이 크게 늘었다.", {}, SentenceKind::kBody, 1},
        {"한국은 수출이 늘었다.", {}, SentenceKind::kBody, 1},
        {"한국은 내수도 살아났다.", {}, SentenceKind::kBody, 1},
        {"인구 10만명당 특허 수는 10.26이다.", {{"10.26", 10.26, kIdx, "", "", 0, 0, 0.01, "인구 10만명당"}},
         SentenceKind::kBody, 2}},
       {{"10.26", "KR", "KR/patents/-"}}},
      {"a_country_a_headline_names_is_the_article_subject", "",
       {{"한국 수출 늘어", {}, SentenceKind::kHeadline},
        {"중소기업 매출이 크게 늘었다.", {}, SentenceKind::kBody, 1},
        {"한국은 수출이 늘었다.", {}, SentenceKind::kBody, 1},
        {"한국은 내수도 살아났다.", {}, SentenceKind::kBody, 1},
        {"매출은 100억원이다.", {{"100억원", 1e10, kCur, "억원", "KRW"}}, SentenceKind::kBody, 2}},
       {{"100억원", "KR", "KR/revenue/-"}}},
      // An item of an enumeration after the figure is no subject of it.
      {"an_enumerated_name_after_the_figure_is_no_subject", "",
       {{"현재 50여 개의 계열사를 두고 미국·중국 등에 법인을 두고 있다.", {{"50여 개", 50, kCount, "개"}}}},
       {{"50여 개", "", ""}}},
      {"a_name_after_the_figure_is_its_subject", "",
       {{"현재 50여 개의 계열사를 둔 중국 DJI는 드론을 만든다.", {{"50여 개", 50, kCount, "개"}}}},
       {{"50여 개", "CN", "CN/계열사/-"}}},
      {"a_dateline_is_no_subject", "",
       {{"【서울=뉴시스】 E1이 35년 무재해 기록을 세웠다.", {{"35년", 35, kDur, "년"}}}},
       {{"35년", "E1", "E1/무재해_duration/-"}}},
      {"a_latin_name_of_two_letters_takes_particles", "",
       {{"KT가 3분기 영업이익 4000억원을 기록했다.", {{"4000억원", 4e11, kCur, "억원", "KRW"}}}},
       {{"4000억원", "KT", "KT/operating_profit/-.Q3"}}},
      {"a_dates_determiner_is_no_relative_clause", "",
       {{"IBS가 오는 21일 개원 5주년을 맞는다.", {{"5주년", 5, kCount, "주년"}}}},
       {{"5주년", "IBS", "IBS/개원/-"}}},
      {"a_name_with_also_stands_for_its_topic", "",
       {{"교보생명도 2854억원으로 54% 급증했다.", {{"2854억원", 2.854e11, kCur, "억원", "KRW"}, {"54%", 54, kPct, "%"}}}},
       {{"2854억원", "교보생명", ""}, {"54%", "교보생명", ""}}},
      {"a_kind_with_also_is_counted_not_someone", "",
       {{"초빙교수도 4329명에서 4676명으로 늘었다.", {{"4329명", 4329, kCount, "명"}, {"4676명", 4676, kCount, "명"}}}},
       {{"4329명", "", ""}, {"4676명", "", ""}}},
      {"a_person_reporting_a_figure_is_its_speaker", "",
       {{"박 의원은 이행률이 4.8%에 불과하다고 지적했다.", {{"4.8%", 4.8, kPct, "%"}}}},
       {{"4.8%", "", ""}}},
      {"stacked_particle_is_stripped_from_the_metric", "",
       {{"메타는 GPU 구매에만 약 60억 달러를 쓴 셈이다.", {{"60억 달러", 6e9, kCur, "달러", "USD"}}}},
       {{"60억 달러", "META", ""}}},
      {"one_syllable_before_the_figure_is_no_metric", "",
       {{"이는 '인재 육성(22.9%)'의 두배에 달한다.", {{"22.9%", 22.9, kPct, "%"}, {"두배", 2, UnitKind::kRatio, "배"}}}},
       {{"22.9%", "", ""}, {"두배", "", ""}}},
      {"blocked_cue_investor_is_no_investment", "",
       {{"외국인 투자자들은 삼성전자 주식을 매수하며 1350원이나 주가를 올렸다.",
         {{"1350원", 1350, kCur, "원", "KRW"}}}},
       {{"1350원", "SAMSUNG", "SAMSUNG/stock_price/-"}}},
      {"relative_clause_agent_is_not_subject", "",
       {{"H100은 엔비디아가 개발한 고성능의 GPU로 가격은 개당 4만 달러를 웃돈다.",
         {{"4만 달러", 4e4, kCur, "달러", "USD"}}}},
       {{"4만 달러", "NVIDIA_H100", "NVIDIA_H100/unit_price/-"}}},
      {"each_list_skips_possessive_owner", "",
       {{"구글의 제미나이 울트라와 오픈AI의 GPT-4는 각각 59.40%와 56.80%의 정답률을 나타냈다.",
         {{"59.40%", 59.4, kPct, "%"}, {"56.80%", 56.8, kPct, "%"}}}},
       {{"59.40%", "GEMINI_ULTRA", "GEMINI_ULTRA/accuracy/-"},
        {"56.80%", "GPT4", "GPT4/accuracy/-"}}},
      {"noun_before_paren_beats_carried_metric", "",
       {{"응답자의 절반에 해당하는 46.7%가 'AI 관련 예산 증액'을 꼽았다.", {{"46.7%", 46.7, kPct, "%"}}},
        {"이는 'AI 인재 육성 영입과 지원(22.9%)'의 두배다.",
         {{"22.9%", 22.9, kPct, "%"}, {"두배", 2, UnitKind::kRatio, "배"}}}},
       // "이는" points back: the respondents' figures go on.
       {{"46.7%", "RESPONDENTS", "RESPONDENTS/budget_percent/-"},
        {"22.9%", "RESPONDENTS", "RESPONDENTS/지원_percent/-"}, {"두배", "RESPONDENTS", ""}}},
      {"count_before_business_is_kept", "",
       {{"매일경제가 59개 인공지능 기업·교육기관 105명을 상대로 설문을 실시했다.",
         {{"59개", 59, kCount, "개"}, {"105명", 105, kCount, "명"}}}},
       {{"59개", "MK", "MK/인공지능기업·교육기관/-"}, {"105명", "MK", ""}}},
      {"possessive_share_base", "",
       {{"한국의 AI 기술은 미국의 47% 수준이다.", {{"47%", 47, kPct, "%"}}}},
       {{"47%", "KR", "KR/AI기술_percent/-"}}},
      {"possessive_rank_is_subject", "",
       {{"카카오뱅크의 1위 사례는 자체 성과로 보기 어렵다.", {{"1위", 1, kRank, "위"}}}},
       {{"1위", "KAKAOBANK", ""}}},
      {"kind_time_is_never_a_claim", "",
       {{"2020년에는 0.3이었다.", {{"2020년", 0, kTime, "년", "", 2020}, {"0.3", 0.3, kIdx}}}},
       {{"0.3", "", ""}}},
      {"scale_maximum_is_its_own_fact", "",
       {{"미국을 10점 만점으로 놓고 한국은 평균 4.7점이라고 자평했다.",
         {{"10점", 10, kScore, "점"}, {"4.7점", 4.7, kScore, "점"}}}},
       {{"10점", "KR", ""}, {"4.7점", "KR", ""}}},
  };
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class ExtractCaseTest : public testing::TestWithParam<Case> {};

TEST_P(ExtractCaseTest, Attributes) {
  const Case& c = GetParam();
  Extraction run = Extract(c.sentences, c.published);
  EXPECT_EQ(run.claims.size(), c.want.size());
  for (const Want& w : c.want) {
    const Claim* claim = Find(run, w.quote, w.skip);
    ASSERT_NE(claim, nullptr) << "no claim " << w.quote;
    SCOPED_TRACE(w.quote + " in: " + claim->sentence);
    EXPECT_EQ(claim->subject ? claim->subject->id : "", w.subject);
    // "{id}" stands for the claim's id: an unknown metric keys one claim only.
    std::string key = w.key;
    if (std::size_t at = key.find("{id}"); at != std::string::npos) key.replace(at, 4, claim->id);
    EXPECT_EQ(claim->key, key);
    EXPECT_EQ(claim->negated, w.negated);
    EXPECT_EQ(claim->question, w.question);
    EXPECT_EQ(claim->quoted, w.quoted);
    EXPECT_EQ(!claim->derived_from.empty(), w.derived);
    if (w.value != -12345) {
      EXPECT_DOUBLE_EQ(claim->q.value, w.value);
    }
    EXPECT_EQ(claim->id, "t#" + std::to_string(claim->start));
    EXPECT_EQ(claim->quote, run.article.text.substr(claim->start, claim->end - claim->start));
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ExtractCaseTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

// A comparison base is the earlier state ("from") unless it is written
// right after its own period, which makes it that period's level: a
// result, whatever the sentence forecasts, when that period is past.
TEST(ExtractTest, ABaseAfterItsOwnPeriodIsALevel) {
  struct Row {
    const char* sentence;
    Q figure;
    const char* change;
    const char* status = "";
  } rows[] = {
      {"영업이익은 지난해 1분기 15조6400억원보다 적다.", {"15조6400억원", 1.564e13, kCur, "억원", "KRW"}, ""},
      {"영업이익은 지난해 1분기(15조600억원) 대비 낮다.", {"15조600억원", 1.506e13, kCur, "억원", "KRW"}, ""},
      {"영업이익은 전년 동기 1조5000억원보다 적다.", {"1조5000억원", 1.5e12, kCur, "억원", "KRW"}, "from"},
      {"영업이익 컨센서스는 지난해 1분기(15조600억원) 대비 47% 낮다.",
       {"15조600억원", 1.506e13, kCur, "억원", "KRW"}, ""},
      {"영업이익은 내년 1분기(9조원) 대비 낮을 전망이다.", {"9조원", 9e12, kCur, "조원", "KRW"}, "", "estimate"},
  };
  for (const Row& r : rows) {
    Extraction run = Extract({{r.sentence, {r.figure}}}, "2019-03-27");
    const Claim* c = Find(run, r.figure.quote, 0);
    ASSERT_NE(c, nullptr) << r.sentence;
    EXPECT_EQ(c->change, r.change) << r.sentence;
    EXPECT_EQ(c->status, r.status) << r.sentence;
  }
}

// An article timed by the clock is a market report whose figures move
// within the day; a figure of a past year in it is no moment of the day.
TEST(ExtractTest, AFigureOfAPastYearIsNeverIntraday) {
  Extraction run = Extract({{"삼성전자 주가는 오전 9시 10분 현재 4만4450원이다.", {{"4만4450원", 44450, kCur, "만원", "KRW"}}},
                            {"지난해 1분기 영업이익은 15조6400억원이었다.", {{"15조6400억원", 1.564e13, kCur, "억원", "KRW"}}}},
                           "2019-03-27");
  const Claim* price = Find(run, "4만4450원", 0);
  const Claim* profit = Find(run, "15조6400억원", 0);
  ASSERT_NE(price, nullptr);
  ASSERT_NE(profit, nullptr);
  EXPECT_TRUE(price->intraday);
  EXPECT_FALSE(profit->intraday);
}

// A clause that names only another place goes on with the metric of the
// sentence's figures of its kind, past a figure of another kind; a change
// whose clause names no base has the base of the change before it.
TEST(ExtractTest, AParallelClauseGoesOnWithTheSentence) {
  Extraction run = Extract(
      {{"수도권 대학에서는 시간강사가 3만명에서 2만명으로 36% 줄었고, 지방 대학에서는 2만5천명에서 1만5천명으로 감소했다.",
        {{"3만명", 30000, kCount, "명"}, {"2만명", 20000, kCount, "명"}, {"36%", 36, kPct, "%"},
         {"2만5천명", 25000, kCount, "명"}, {"1만5천명", 15000, kCount, "명"}}},
       {"전년 동기 대비 매출은 19.1% 늘고, 영업이익은 8.9% 줄었다.", {{"19.1%", 19.1, kPct, "%"}, {"8.9%", 8.9, kPct, "%"}}}},
      "2019-03-27");
  const Claim* local = Find(run, "2만5천명", 0);
  ASSERT_NE(local, nullptr);
  ASSERT_TRUE(local->metric.has_value());
  EXPECT_EQ(local->metric->text, "시간강사");
  const Claim* revenue = Find(run, "19.1%", 0);
  const Claim* profit = Find(run, "8.9%", 0);
  ASSERT_NE(revenue, nullptr);
  ASSERT_NE(profit, nullptr);
  EXPECT_EQ(revenue->change, "increase:yoy");
  EXPECT_EQ(profit->change, "decrease:yoy");
}

// A length of time before now ("1억3300만 년 전에") dates nothing: no
// period, not even the publication's; 전 as part of a word (전년) is not ago.
TEST(ExtractTest, ATimeBeforeNowIsNoPeriod) {
  struct Row {
    const char* sentence;
    Q figure;
    bool period;
  } rows[] = {
      {"공룡은 1억3300만 년 전에 살았다.", {"1억3300만 년", 1.33e8, UnitKind::kDuration, "년"}, false},
      {"그는 10년 전에 떠났다.", {"10년", 10, UnitKind::kDuration, "년"}, false},
      {"E1은 35년 무재해 기록을 세웠다.", {"35년", 35, UnitKind::kDuration, "년"}, true},
      {"계약은 3년 전년과 같다.", {"3년", 3, UnitKind::kDuration, "년"}, true},
  };
  for (const Row& r : rows) {
    Extraction run = Extract({{r.sentence, {r.figure}}}, "2019-03-27");
    const Claim* c = Find(run, r.figure.quote, 0);
    ASSERT_NE(c, nullptr) << r.sentence;
    EXPECT_EQ(c->period.has_value(), r.period) << r.sentence;
  }
}

// A report of a national agency's release, naming no other country, is
// about the agency's country: its figures without a subject of their own
// take it (inferred).
TEST(ExtractTest, AReleaseOfANationalAgencyIsAboutItsCountry) {
  Extraction run = Extract({{"5월 실업률 4.0%", {{"4.0%", 4.0, kPct, "%"}}, SentenceKind::kHeadline, 0},
                            {"통계청이 12일 발표한 고용동향에 따르면 실업률은 4.0%였다.", {{"4.0%", 4.0, kPct, "%"}},
                             SentenceKind::kBody, 1},
                            {"실업자는 112만4000명이었다.", {{"112만4000명", 1124000, kCount, "명"}}, SentenceKind::kBody, 2}},
                           "2019-06-12");
  const Claim* c = Find(run, "112만4000명", 0);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->subject.has_value());
  EXPECT_EQ(c->subject->id, "KR");
  EXPECT_TRUE(c->subject_inferred);
}

// "1984년 운영을 시작한 후 35년 간", published in 2019: a length of years
// from the year it started to publication spans them.
TEST(ExtractTest, YearsFromAStartToPublicationAreTheSpan) {
  struct Row {
    const char* sentence;
    Q year, figure;
    int start, end;
  } rows[] = {
      {"E1은 1984년 운영을 시작한 후 35년 간 무재해를 이어왔다.", {"1984년", 1984, kTime, "년", "", 1984},
       {"35년", 35, kDur, "년"}, 1984, 2019},
      // Not when the start and the length do not reach publication.
      {"그는 1990년 입사해 10년 간 일했다.", {"1990년", 1990, kTime, "년", "", 1990}, {"10년", 10, kDur, "년"},
       1990, 1990},
  };
  for (Row& r : rows) {
    r.figure.unit_id = "year";
    Extraction run = Extract({{r.sentence, {r.year, r.figure}}}, "2019-12-18");
    const Claim* c = Find(run, r.figure.quote, 0);
    ASSERT_NE(c, nullptr) << r.sentence;
    ASSERT_TRUE(c->period.has_value()) << r.sentence;
    EXPECT_EQ(c->period->start, r.start) << r.sentence;
    EXPECT_EQ(c->period->end, r.end) << r.sentence;
  }
}

// "지난 2010년 11월부터 운행하며", published in 2013: the month read with
// its year is that year's, and a start with no end named runs to
// publication.
TEST(ExtractTest, AStartWithNoEndRunsToPublication) {
  Extraction run = Extract({{"민원전철은 지난 2010년 11월부터 왕복 4회 운행한다.",
                             {{"2010년 11월", 2010, kTime, "년", "", 2010}, {"4회", 4, kCount, "회"}}}},
                           "2013-05-01");
  const Claim* c = Find(run, "4회", 0);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->period.has_value());
  EXPECT_EQ(c->period->start, 2010);
  EXPECT_EQ(c->period->end, 2013);
}

// A window of N years dated by the year written before it: the figures
// after it are over the N years that end in that year, or that start there
// when the year is a start ("이후", "부터").
TEST(ExtractTest, AWindowOfYearsDatedByItsYear) {
  struct Row {
    const char* sentence;
    Q year, window, figure;
    int start, end;
  } rows[] = {
      {"2019년 공개된 보고서에 따르면 3년간 누적 건수는 3,702건이다.", {"2019년", 2019, kTime, "년", "", 2019},
       {"3년간", 3, kDur, "년간"}, {"3,702건", 3702, kCount, "건"}, 2016, 2019},
      {"강사법이 2011년 통과한 이후 7년간 강사 자리 2만2천개가 사라졌다.", {"2011년", 2011, kTime, "년", "", 2011},
       {"7년간", 7, kDur, "년간"}, {"2만2천개", 22000, kCount, "개"}, 2011, 2018},
  };
  for (Row& r : rows) {
    r.window.unit_id = "year";
    Extraction run = Extract({{r.sentence, {r.year, r.window, r.figure}}}, "2019-12-18");
    const Claim* c = Find(run, r.figure.quote, 0);
    ASSERT_NE(c, nullptr) << r.sentence;
    ASSERT_TRUE(c->period.has_value()) << r.sentence;
    EXPECT_EQ(c->period->start, r.start) << r.sentence;
    EXPECT_EQ(c->period->end, r.end) << r.sentence;
  }
}

// A period written in a comparison base or a past state that a figure
// closes ("지난해의 210만 톤보다", "2009년 … 450명이었던") dates that figure
// only; the figures after it take the sentence's own period. A period
// followed by "까지" and later than publication runs from publication.
TEST(ExtractTest, APeriodOfABaseOrAPastStateDatesItOnly) {
  const UnitKind kMeas = UnitKind::kMeasure;
  struct Row {
    const char* sentence;
    std::vector<Q> qs;
    const char* figure;
    int start, end;
  } rows[] = {
      {"올해 생산량은 지난해의 210만 톤보다 30만 톤 감소한 180만 톤이다.",
       {{"210만 톤", 2.1e6, kMeas, "톤"}, {"30만 톤", 3e5, kMeas, "톤"}, {"180만 톤", 1.8e6, kMeas, "톤"}},
       "180만 톤", 2019, 2019},
      {"올해 생산량은 지난해의 210만 톤보다 30만 톤 감소한 180만 톤이다.",
       {{"210만 톤", 2.1e6, kMeas, "톤"}, {"30만 톤", 3e5, kMeas, "톤"}, {"180만 톤", 1.8e6, kMeas, "톤"}},
       "210만 톤", 2018, 2018},
      {"2009년 영업개시 초기 450명이었던 설계사 수는 1만4319명으로 확대됐다.",
       {{"2009년", 2009, kTime, "년", "", 2009}, {"450명", 450, kCount, "명"}, {"1만4319명", 14319, kCount, "명"}},
       "1만4319명", 2019, 2019},
      {"2009년 영업개시 초기 450명이었던 설계사 수는 1만4319명으로 확대됐다.",
       {{"2009년", 2009, kTime, "년", "", 2009}, {"450명", 450, kCount, "명"}, {"1만4319명", 14319, kCount, "명"}},
       "450명", 2009, 2009},
      // A topic between: the period is the sentence's.
      {"2018년 매출은 경쟁사의 1조원보다 10% 많은 1조1000억원이다.",
       {{"2018년", 2018, kTime, "년", "", 2018}, {"1조원", 1e12, kCur, "조원", "KRW"},
        {"10%", 10, UnitKind::kPercent, "%"}, {"1조1000억원", 1.1e12, kCur, "억원", "KRW"}},
       "1조1000억원", 2018, 2018},
      // Another figure of the period first: the period is the sentence's.
      {"올해 매출은 1조원으로 지난해 8000억원보다 25% 늘었다.",
       {{"1조원", 1e12, kCur, "조원", "KRW"}, {"8000억원", 8e11, kCur, "억원", "KRW"},
        {"25%", 25, UnitKind::kPercent, "%"}},
       "25%", 2019, 2019},
      // "(P 기준)" right after the figure or the noun it counts dates it.
      {"전국 약 2800개(지난해 기준) 충전소를 점검했다.", {{"2800개", 2800, kCount, "개"}}, "2800개", 2018, 2018},
      {"올해 총 21개 지원 분야(2012년 기준) 중 네 개 분야가 선정됐다.",
       {{"21개", 21, kCount, "개"}, {"2012년", 2012, kTime, "년", "", 2012}, {"네 개", 4, kCount, "개"}}, "21개",
       2012, 2012},
      {"발행금리는 2021년까지 1%를 유지한다.",
       {{"2021년", 2021, kTime, "년", "", 2021}, {"1%", 1, UnitKind::kPercent, "%"}}, "1%", 2019, 2021},
      {"2016년부터 2021년까지 1%를 유지했다.",
       {{"2016년", 2016, kTime, "년", "", 2016}, {"2021년", 2021, kTime, "년", "", 2021},
        {"1%", 1, UnitKind::kPercent, "%"}},
       "1%", 2016, 2021},
  };
  for (Row& r : rows) {
    Extraction run = Extract({{"제목", {}, SentenceKind::kHeadline}, {r.sentence, r.qs}}, "2019-12-18");
    const Claim* c = Find(run, r.figure, 0);
    ASSERT_NE(c, nullptr) << r.sentence << " " << r.figure;
    ASSERT_TRUE(c->period.has_value()) << r.sentence << " " << r.figure;
    EXPECT_EQ(c->period->start, r.start) << r.sentence << " " << r.figure;
    EXPECT_EQ(c->period->end, r.end) << r.sentence << " " << r.figure;
  }
}

// A title about last year ("작년 …", published in February) dates the
// body's undated figures by that year, not by publication; their key keeps
// the period unknown.
TEST(ExtractTest, ATitleAboutLastYearDatesTheUndatedFigures) {
  Extraction run = Extract({{"작년 삼성화재 당기순이익 1조571억원", {{"1조571억원", 1.0571e12, kCur, "억원", "KRW"}},
                             SentenceKind::kHeadline},
                            {"원수보험료는 18조2340억원으로 비슷했다.", {{"18조2340억원", 1.8234e13, kCur, "억원", "KRW"}}}},
                           "2019-02-20");
  const Claim* c = Find(run, "18조2340억원", 0);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->period.has_value());
  EXPECT_EQ(c->period->start, 2018);
  // Without such a title, publication dates it.
  run = Extract({{"삼성화재 당기순이익 1조571억원", {{"1조571억원", 1.0571e12, kCur, "억원", "KRW"}},
                  SentenceKind::kHeadline},
                 {"원수보험료는 18조2340억원으로 비슷했다.", {{"18조2340억원", 1.8234e13, kCur, "억원", "KRW"}}}},
                "2019-02-20");
  c = Find(run, "18조2340억원", 0);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->period.has_value());
  EXPECT_EQ(c->period->start, 2019);
}

// A name no lexicon holds that a sentence opens on as its topic is what
// the known statistics after it are about; not a speaker's, nor a pair's.
TEST(ExtractTest, AnOpeningTopicCarriesToTheStatisticsAfterIt) {
  struct Row {
    const char* opening;
    const char* subject;  // "" for none
  } rows[] = {
      {"E1는 3월 13일 7만800원에 거래되고 있다.", "E1"},
      {"하나금융투자는 영업이익이 늘 것이라고 예상했다.", ""},
      {"성균관대·홍익대는 1일 등록금을 올렸다.", ""},
  };
  for (const Row& r : rows) {
    std::vector<Q> first;
    if (std::string(r.opening).find("7만800원") != std::string::npos) first = {{"7만800원", 70800, kCur, "원", "KRW"}};
    // (After a lead that names no one, so that the lead's subject is none.)
    Extraction run = Extract({{"오늘의 시장", {}, SentenceKind::kHeadline},
                              {"장은 조용했다.", {}},
                              {r.opening, first},
                              {"시가총액은 4239억원으로 283위다.", {{"4239억원", 4.239e11, kCur, "억원", "KRW"}}}},
                             "2019-03-13");
    const Claim* c = Find(run, "4239억원", 0);
    ASSERT_NE(c, nullptr) << r.opening;
    EXPECT_EQ(c->subject ? c->subject->text : "", r.subject) << r.opening;
  }
}

// The size of a listed set ("X 등 4명") is about the clause's named topic,
// never about an item of the list.
TEST(ExtractTest, ASetSizeIsAboutItsNamedTopic) {
  Extraction run = Extract({{"넥슨코리아는 강대현 부사장 등 4명을 등기이사로 선임했다.", {{"4명", 4, kCount, "명"}}}},
                           "2019-09-02");
  const Claim* c = Find(run, "4명", 0);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->subject.has_value());
  EXPECT_EQ(c->subject->text, "넥슨코리아");
  // A common noun there is what is counted, not someone.
  run = Extract({{"부채비율이 감소한 업종은 건설, 광업 등 10개에 불과했다.", {{"10개", 10, kCount, "개"}}}},
                "2019-09-02");
  c = Find(run, "10개", 0);
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->subject.has_value());
}

TEST(ExtractTest, DerivedClaimNamesTheClaimItConverts) {
  Extraction run = Extract({{"훈련에는 1억9140만달러(약 2600억원)가 들었다.",
                      {{"1억9140만달러", 1.914e8, kCur, "달러", "USD"},
                       {"2600억원", 2.6e11, kCur, "억원", "KRW"}}}},
                    "");
  ASSERT_EQ(run.claims.size(), 2u);
  EXPECT_EQ(run.claims[1].derived_from, run.claims[0].id);
}

TEST(ExtractTest, ClaimCarriesPublicationAndHeadlineFlag) {
  Extraction run = Extract({{"미국이 109개 파운데이션 모델 개발할 동안 한국은 '0개'",
                      {{"109개", 109, kCount, "개"}, {"0개", 0, kCount, "개"}},
                      SentenceKind::kHeadline}},
                    "2024-04-17");
  ASSERT_EQ(run.claims.size(), 2u);
  EXPECT_TRUE(run.claims[0].headline);
  EXPECT_EQ(run.claims[0].published, "2024-04-17");
  EXPECT_EQ(run.claims[0].key, "US/foundation_models/-");
  EXPECT_EQ(run.claims[1].key, "KR/foundation_models/-");
}

TEST(ExtractTest, UnknownMetricsNeverShareAKey) {
  Extraction run = Extract({{"전체 1위는 미국(672억달러)이 차지했다.",
                             {{"672억달러", 6.72e10, kCur, "억달러", "USD"}}},
                            {"미국(알파벳 순) 5개국을 선도국가로 분류했다.",
                             {{"5개국", 5, kCount, "개국"}}, SentenceKind::kBody, 1}},
                           "");
  ASSERT_EQ(run.claims.size(), 2u);
  EXPECT_EQ(run.claims[0].subject->id, "US");
  EXPECT_NE(run.claims[0].key, run.claims[1].key);
}

struct PeriodCase {
  std::string text;
  int published;
  int start, end;  // of the first mention; 0 = none expected
};

TEST(PeriodTest, FindsExplicitRelativeAndSpanPeriods) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const std::vector<PeriodCase> cases = {
      {"작년 특허 글로벌 1위", 2024, 2023, 2023},
      {"올해 다시 감소했다", 2024, 2024, 2024},
      {"재작년 수출은", 2024, 2022, 2022},
      {"지난 10년 동안 투자액은", 2024, 2014, 2023},
      {"전년 대비 16.6% 삭감", 2024, 0, 0},
      {"지난해 발간한 보고서", 2025, 0, 0},
      // 올 is this year only before a part of the year.
      {"올 2월에는 5.13달러로", 2019, 2019, 2019},
      {"올 1분기 매출은", 2019, 2019, 2019},
      {"주가가 올라 3만원이 됐다", 2019, 0, 0},
      {"올림픽 개막 첫날", 2019, 0, 0},
  };
  for (const PeriodCase& c : cases) {
    std::vector<PeriodMention> m = FindPeriods(c.text, {}, c.published, **lex);
    if (c.start == 0) {
      EXPECT_TRUE(m.empty()) << c.text;
    } else {
      ASSERT_FALSE(m.empty()) << c.text;
      EXPECT_EQ(m[0].period.start, c.start) << c.text;
      EXPECT_EQ(m[0].period.end, c.end) << c.text;
    }
  }
}

// "지난달" is the month before the publication month, across a year's
// end; without a publication month it is unresolved.
TEST(PeriodTest, RelativeMonthsTakeThePublicationMonth) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  struct Row {
    const char* text;
    const char* published;
    const char* key;  // MentionKey of the first mention, "" = none
  } rows[] = {
      {"지난달 취업자는 2732만명이다", "2019-06-12", "2019.M05"},
      {"지난 달 수출은", "2019-01-05", "2018.M12"},
      {"이달 들어 수출은", "2019-01-05", "2019.M01"},
      {"다음 달 시행될 규제", "2019-12-30", "2020.M01"},
      {"지난달 취업자는", "2019", "?지난달@a"},  // a year without a month
      {"지난달엔 수출이", "2019-06-12", "2019.M05"},  // a particle glued
      {"전달된 수출이", "2019-06-12", ""},          // no month word
  };
  for (const Row& r : rows) {
    std::vector<PeriodMention> m =
        FindPeriods(r.text, {}, PublishedYear(r.published), **lex, PublishedMonth(r.published));
    if (!*r.key) {
      EXPECT_TRUE(m.empty()) << r.text;
      continue;
    }
    ASSERT_FALSE(m.empty()) << r.text;
    EXPECT_EQ(MentionKey(m[0], "a"), r.key) << r.text << " " << r.published;
  }
  EXPECT_EQ(PublishedMonth("2019-06-12"), 6);
  EXPECT_EQ(PublishedMonth("2019-13-01"), 0);
  EXPECT_EQ(PublishedMonth("2019"), 0);
}

TEST(PeriodTest, RelativeWordWithoutPublicationDateIsUnresolved) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  std::vector<PeriodMention> m = FindPeriods("지난해 매출은", {}, 0, **lex);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].resolved);
  EXPECT_EQ(m[0].period.start, 0);
}

TEST(PeriodTest, ExplicitRangeShadowsSpan) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  std::string text = "지난 10년(2013~2023년) 동안";
  Quantity q;
  q.kind = UnitKind::kTime;
  q.begin = text.find("2013");
  q.end = text.find(")");
  q.year = 2013;
  q.year_end = 2023;
  std::vector<PeriodMention> m = FindPeriods(text, {q}, 2024, **lex);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].period.start, 2013);
  EXPECT_EQ(m[0].period.end, 2023);
}

// "2016년부터 2018년까지": two years joined by 부터 are one span; two years
// otherwise joined stay two.
TEST(PeriodTest, FromYearToYearIsOneSpan) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  struct Row {
    std::string text;
    std::size_t mentions;
    int start, end;
  } rows[] = {
      {"2016년부터 2018년까지 발행했다", 1, 2016, 2018},
      {"2016년부터 2018년에 걸쳐 발행했다", 1, 2016, 2018},
      {"2016년 1조원에서 2018년 2조원으로", 2, 2016, 2016},
      {"2018년부터 2016년까지", 2, 2018, 2018},  // backwards: not a span
  };
  for (const Row& r : rows) {
    std::vector<Quantity> qs;
    for (std::size_t at = r.text.find("20"); at != std::string::npos; at = r.text.find("20", at + 7)) {
      Quantity q;
      q.kind = UnitKind::kTime;
      q.begin = at;
      q.end = at + std::string("2016년").size();
      q.year = std::stoi(r.text.substr(at, 4));
      qs.push_back(q);
    }
    std::vector<PeriodMention> m = FindPeriods(r.text, qs, 2019, **lex);
    ASSERT_EQ(m.size(), r.mentions) << r.text;
    EXPECT_EQ(m[0].period.start, r.start) << r.text;
    EXPECT_EQ(m[0].period.end, r.end) << r.text;
  }
}

TEST(PeriodTest, PublishedYear) {
  EXPECT_EQ(PublishedYear("2024-04-17"), 2024);
  EXPECT_EQ(PublishedYear(""), 0);
  EXPECT_EQ(PublishedYear("20x4"), 0);
}

// Copies the rule files to a temporary directory, replacing `file` by
// `text`, and returns the load error.
std::string LoadErrorWith(const std::string& file, const std::string& text) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(testing::TempDir()) / ("extract_rules_" + file);
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* f : {"entities.tsv", "metrics.tsv", "periods.tsv", "sources.tsv",
                        "claim_filters.tsv", "particles.tsv", "words.tsv", "samefact.tsv", "countries.tsv"})
    fs::copy_file(fs::path(kRules) / f, dir / f);
  std::ofstream(dir / file, std::ios::trunc) << text;
  Result<ExtractRules> r = ExtractRules::Load(dir.string());
  return r.ok() ? "" : r.status().message();
}

TEST(ExtractRulesTest, BadRuleFilesNameFileAndLine) {
  EXPECT_NE(LoadErrorWith("entities.tsv", "# doc\nKR\tnation\t한국\n").find("entities.tsv:2"),
            std::string::npos);
  EXPECT_NE(LoadErrorWith("metrics.tsv", "x\tpercentage\t수출\n").find("metrics.tsv:1"),
            std::string::npos);
  EXPECT_NE(LoadErrorWith("claim_filters.tsv", "a\tdrop\t*\t*\t*\t(\t*\n")
                .find("claim_filters.tsv:1"),
            std::string::npos);
  EXPECT_NE(LoadErrorWith("periods.tsv", "relative\t지난해\tx\n").find("periods.tsv:1"),
            std::string::npos);
  EXPECT_NE(LoadErrorWith("particles.tsv", "subjekt\t은\n").find("particles.tsv:1"),
            std::string::npos);
  EXPECT_NE(LoadErrorWith("words.tsv", "particle\t은\tsubjekt\n").find("words.tsv:1"),
            std::string::npos);
  EXPECT_NE(LoadErrorWith("samefact.tsv", "weight\tbase\tmuch\n").find("samefact.tsv:1"),
            std::string::npos);
  // An emptied table is an error naming the file, unless it says it may be empty.
  EXPECT_NE(LoadErrorWith("sources.tsv", "# none\n").find("sources.tsv: no rules"), std::string::npos);
  EXPECT_NE(LoadErrorWith("metrics.tsv", "").find("metrics.tsv: no rules"), std::string::npos);
  EXPECT_EQ(LoadErrorWith("sources.tsv", "# none\n#! may-be-empty\n"), "");
  Result<ExtractRules> missing = ExtractRules::Load("/nonexistent-dir");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("entities.tsv"), std::string::npos);
}

TEST(LexiconTest, SourceRulesRunOnlyWhereTheirCuesAre) {
  // The shipped rules: a cue-gated rule still finds its source.
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ((*lex)->FindSource("CLSA는 평가했다").text, "CLSA");
  EXPECT_EQ((*lex)->FindSource("'AI 인덱스 2024'에 따르면 한국은").year, 2023);
  EXPECT_EQ((*lex)->FindSource("CLSA는 3위").text, "");
  // A rule whose cue is absent does not run, even where its pattern matches.
  namespace fs = std::filesystem;
  fs::path dir = fs::path(testing::TempDir()) / "extract_rules_cues";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* f : {"entities.tsv", "metrics.tsv", "periods.tsv", "claim_filters.tsv", "particles.tsv", "countries.tsv"})
    fs::copy_file(fs::path(kRules) / f, dir / f);
  std::ofstream(dir / "sources.tsv") << "gated\t-\t([A-Z]+)는\t없는말\nopen\t-\t([A-Z]+)가\t-\n";
  Result<std::shared_ptr<const Lexicons>> cued = LoadLexicons(dir.string());
  ASSERT_TRUE(cued.ok()) << cued.status().message();
  EXPECT_EQ((*cued)->FindSource("CLSA는 말했다").text, "");
  EXPECT_EQ((*cued)->FindSource("CLSA는 없는말을 했다").text, "CLSA");
  EXPECT_EQ((*cued)->FindSource("BCG가 말했다").text, "BCG");
}

TEST(LexiconTest, EntityFormsNeedAWordStart) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  auto ids = [&](const std::string& text) {
    std::string out;
    for (const PhraseMatch& m : (*lex)->entity_matcher.FindAll(text, true))
      out += (*lex)->entities[m.row].id + " ";
    return out;
  };
  EXPECT_EQ(ids("인도네시아와 인도"), "ID IN ");
  EXPECT_EQ(ids("美中에 밀리는"), "US+CN ");
  EXPECT_EQ(ids("국내총생산(GDP)"), "- ");  // a 'none' row blocks 국내 -> KR
  EXPECT_EQ(ids("엔비디아 H100은"), "NVIDIA_H100 ");
  EXPECT_EQ(ids("제미나이 울트라"), "GEMINI_ULTRA ");
}

TEST(LexiconTest, OneScanFindsWhatEachTableFindsAlone) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  const Lexicons& l = **lex;
  auto same = [](const std::vector<PhraseMatch>& a, const std::vector<PhraseMatch>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].row != b[i].row) return false;
    return true;
  };
  SentencePhrases p;
  // Plain text, a cut last character, stray continuation and lead bytes.
  for (const std::string& text :
       {std::string("지난해 미국과 중국의 국내총생산(GDP) 성장률은 3분기에 따르면 평가"),
        std::string("올해 매출\xEA\xB0"), std::string("\x80\x80한국 \xEC인도 \xB0기준에서"),
        std::string("美中 AI 2024년 1분기"), std::string("")}) {
    l.Scan(text, &p);
    EXPECT_TRUE(same(p.entities, l.entity_matcher.FindAll(text, true))) << text;
    EXPECT_TRUE(same(p.cues, l.metric_matcher.FindAll(text, false))) << text;
    EXPECT_TRUE(same(p.periods, l.period_matcher.FindAll(text, false))) << text;
    // Cue presence is a substring test.
    for (const SourceRule& r : l.sources)
      for (std::size_t k = 0; k < r.cues.size(); ++k)
        EXPECT_EQ(p.source_cues[r.cue_ids[k]] != 0, text.find(r.cues[k]) != std::string::npos)
            << text << " / " << r.cues[k];
  }
  l.Scan("지난해 미국", &p);
  ASSERT_EQ(p.periods.size(), 1u);
  EXPECT_EQ(p.periods[0].begin, 0u);
  EXPECT_EQ(p.entities.size(), 1u);
}

// InsideQuotes: more “ than ” before the byte (a stray ” ignored), or an
// odd number of '"'.
// rules/claim_filters.tsv: a length of time that is a fact is a claim; a
// time relative to another ("10년 전") and the window a figure is counted
// over ("10년간 10조원") are not.
TEST(LexiconTest, DurationsThatAreFactsAreClaims) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  Result<NumberRules> numbers = NumberRules::Load(kRules + "/numbers");
  ASSERT_TRUE(numbers.ok());
  const std::pair<const char*, const char*> cases[] = {
      {"10초만에 변신한다", ""},        {"약 7개월간 머물렀다", ""},
      {"800년 동안 이어졌다", ""},      {"155일 만에 귀환했다", ""},
      {"약 170만년 전 인류", ""},       {"세월호 참사 135일째", ""},
      {"10년 전 일이다", "drop"},       {"3년 뒤 돌아왔다", "drop"},
      {"10년간 10조원 투자", "drop"},   {"2023년까지 10년간 출원된", "drop"},
      {"지난 10년간 늘었다", "drop"},   {"1년 전보다 늘었다", "drop"}};
  for (const auto& [text, want] : cases) {
    const Quantity* dur = nullptr;
    std::vector<Quantity> qs = FindQuantities(text, *numbers);
    for (const Quantity& q : qs)
      if (q.kind == UnitKind::kDuration && dur == nullptr) dur = &q;
    ASSERT_NE(dur, nullptr) << text;
    EXPECT_EQ((*lex)->FilterAction(text, *dur), want) << text;
  }
}

// "40대는 17만7천명 줄었다": an age bracket is who, not a count; forty
// vehicles stay a count (claim_filters.tsv age_bracket, a list of values).
TEST(LexiconTest, AgeBracketsAreNoCounts) {
  static const Result<std::shared_ptr<const Lexicons>> lex = LoadLexicons(kRules);
  ASSERT_TRUE(lex.ok());
  Result<NumberRules> numbers = NumberRules::Load(kRules + "/numbers");
  ASSERT_TRUE(numbers.ok());
  const std::pair<const char*, const char*> cases[] = {
      {"40대는 17만7천명 줄었다", "drop"}, {"30대도 줄었다", "drop"},   {"40대 17만7천명 줄고", "drop"},
      {"40대와 제조업", "drop"},           {"차량 40대가 섰다", ""},     {"버스 45대는 섰다", ""}};
  for (const auto& [text, want] : cases) {
    std::vector<Quantity> qs = FindQuantities(text, *numbers);
    ASSERT_FALSE(qs.empty()) << text;
    EXPECT_EQ((*lex)->FilterAction(text, qs[0]), want) << text;
  }
}

TEST(PunctuationTest, InsideQuotes) {
  const std::string t = "그는 “매출 3억” 또는 \"5억\"이라며 ” “10억";
  auto at = [&](const std::string& w) { return t.find(w); };
  EXPECT_FALSE(InsideQuotes(t, at("그는")));
  EXPECT_TRUE(InsideQuotes(t, at("3억")));
  EXPECT_FALSE(InsideQuotes(t, at("또는")));
  EXPECT_TRUE(InsideQuotes(t, at("5억")));
  EXPECT_FALSE(InsideQuotes(t, at("이라며")));
  EXPECT_TRUE(InsideQuotes(t, at("10억")));  // the stray ” closed nothing
  EXPECT_FALSE(InsideQuotes(t, 0));
  EXPECT_TRUE(InsideQuotes("\"a\xE2" "b", 2));     // a lone lead byte is no quote
}

}  // namespace
}  // namespace suchi
