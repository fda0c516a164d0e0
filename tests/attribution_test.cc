// Tests of attribution: the subject and metric of one figure from its
// clause, with lexicon spans given by hand (so the tests do not depend on
// the entity and metric lexicons).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "attribution.h"
#include "word_lexicon.h"

namespace suchi {
namespace {

using testing_words::Lexicon;

struct Span {
  const char* text;
  const char* id;
  bool country = false;
};

struct Case {
  const char* sentence;
  const char* figure;  // its first occurrence
  UnitKind kind;
  std::vector<Span> entities, metrics;
  const char* subject;  // text, "" for none
  const char* metric;   // id, "" for none
  const char* unit_id = "";  // the figure's canonical unit, when it matters
  // The sentence's other figures (their first occurrence and kind).
  std::vector<std::pair<const char*, UnitKind>> others = {};
  bool headline = false;  // the sentence is a title or subheading
  const char* unit_text = "";  // the unit as written, when it matters
};

FigureFrame Run(const Case& c, std::string& t, SentenceParse& parse, std::vector<Quantity>& qs) {
  t = c.sentence;
  Quantity q;
  q.begin = t.find(c.figure);
  q.end = q.begin + std::string(c.figure).size();
  q.kind = c.kind;
  q.unit_id = c.unit_id;
  q.unit_text = c.unit_text;
  qs = {q};
  for (const auto& [text, kind] : c.others) {
    Quantity o;
    o.begin = t.find(text);
    o.end = o.begin + std::string(text).size();
    o.kind = kind;
    qs.push_back(o);
  }
  std::sort(qs.begin(), qs.end(), [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
  std::size_t figure = 0;
  while (qs[figure].begin != q.begin) ++figure;
  parse = ParseClauses(t, AnalyzeWords(t, qs, Lexicon()));
  AttributionInput in;
  in.text = t;
  in.parse = &parse;
  in.words = &Lexicon();
  in.quantities = &qs;
  in.figure = figure;
  in.headline = c.headline;
  for (const Span& s : c.entities) {
    std::size_t at = t.find(s.text);
    in.entities.push_back({at, at + std::string(s.text).size(), s.id, s.country});
  }
  for (const Span& s : c.metrics) {
    std::size_t at = t.find(s.text);
    in.metrics.push_back({at, at + std::string(s.text).size(), s.id});
  }
  return AttributeFigure(in);
}

void Check(const Case& c) {
  std::string t;
  SentenceParse parse;
  std::vector<Quantity> qs;
  FigureFrame f = Run(c, t, parse, qs);
  EXPECT_EQ(f.subject ? f.subject->entity.text : "", c.subject) << c.sentence;
  EXPECT_EQ(f.metric ? f.metric->entity.id : "", c.metric)
      << c.sentence << " (rule " << (f.metric ? f.metric->rule : "-") << ")";
}

const UnitKind kCount = UnitKind::kCount, kCur = UnitKind::kCurrency, kPct = UnitKind::kPercent;

TEST(AttributionTest, Metric) {
  const Case cases[] = {
      // The counted noun after a count.
      {"이 행성계는 5개의 행성을 거느린다.", "5개", kCount, {}, {}, "행성계", "행성"},
      {"미국이 109개 파운데이션 모델을 개발했다.", "109개", kCount, {{"미국", "US", true}},
       {{"파운데이션 모델", "foundation_models"}}, "미국", "foundation_models"},
      // The bare phrase before the figure.
      {"지난해 매출 8조원, 순이익 3511억원을 기록했다.", "8조원", kCur, {}, {{"매출", "revenue"}}, "", "revenue"},
      // The measure a figure is stated by ("X 기준 N").
      {"현대중공업은 수주잔량 기준 451만CGT를 기록했다.", "451만CGT", UnitKind::kMeasure, {}, {}, "현대중공업",
       "수주잔량"},
      // An anniversary counts itself.
      {"올해 10주년을 맞은 법인은 도약을 준비한다.", "10주년", UnitKind::kDuration, {}, {}, "", "anniversary", "year",
       {}, false, "주년"},
      // A measure a relative clause describes is still the measure.
      {"응답한 비율은 7%에 그쳤다.", "7%", kPct, {}, {}, "", "비율"},
      // A word of approximation after the figure is no metric.
      {"동쪽 하늘 고도 32도 부근에서 볼 수 있다.", "32도", UnitKind::kMeasure, {}, {}, "", "동쪽하늘고도"},
      // The noun a parenthetical glosses narrows the cue after it.
      {"낸드플래시(128Gb MLC) 가격은 4.22달러까지 떨어졌다.", "4.22달러", kCur, {}, {{"가격", "unit_price"}}, "",
       "낸드플래시.unit_price"},
      // The topic head.
      {"KAIST의 정원은 20명이다.", "20명", kCount, {{"KAIST", "KAIST"}}, {}, "KAIST", "정원"},
      // A measurement's topic is its metric when it is a dimension; else it
      // is what has the measure.
      {"신장은 남성은 168.9㎝였다.", "168.9㎝", UnitKind::kMeasure, {}, {}, "남성", "신장"},
      {"폭은 3m다.", "3m", UnitKind::kMeasure, {}, {}, "", "폭"},
      {"또 다른 공장은 정상 가동에 1만 톤이 필요하다.", "1만 톤", UnitKind::kMeasure, {}, {}, "공장", ""},
      // A predicate the metric lexicon names.
      {"사고로 2명이 숨졌다.", "2명", kCount, {}, {{"숨졌", "deaths"}}, "", "deaths"},
      // The object after the figure.
      {"80여명이 부상을 입었다.", "80여명", kCount, {}, {}, "", "부상"},
      // A noun + light verb right after a bare figure is its predicate.
      {"96명이 탑승한 여객기가 추락했다.", "96명", kCount, {}, {}, "", "탑승"},
      // A streak of a statistic's event is that statistic's; a headline's
      // bare verbal noun ending its phrase is the event, not one opening a
      // longer phrase.
      {"제조업 취업자는 7만3000명 줄어 14개월 연속 감소했다.", "14개월", UnitKind::kDuration, {},
       {{"취업자", "employment"}}, "", "제조업.employment.감소", "", {{"7만3000명", kCount}}},
      {"제조업 취업자 15개월째 감소…보건·복지는 늘어", "15개월째", UnitKind::kDuration, {}, {{"취업자", "employment"}},
       "", "제조업.employment.감소", "", {}, true},
      {"SK하이닉스는 3일 연속 동반 하락세를 보였다.", "3일", UnitKind::kDuration, {}, {}, "SK하이닉스", "연속동반하락세"},
      // A streak measures the event after it: "14개월째 감소했다".
      {"제조업 취업자는 14개월 연속 감소했다.", "14개월", UnitKind::kDuration, {}, {}, "제조업 취업자", "감소"},
      {"제조업 취업자는 14개월째 감소했다.", "14개월째", UnitKind::kDuration, {}, {}, "제조업 취업자", "감소"},
      {"시는 인턴(3개월) 채용할 방침이다.", "3개월", UnitKind::kDuration, {}, {}, "인턴", "채용"},
      // "X 등": the example is what is measured.
      {"지진으로 20명 부상 등의 피해가 났다.", "20명", kCount, {}, {}, "", "부상"},
      // A qualifier written apart belongs to the figure ("매출 약 10억").
      {"매출 약 10억 달러를 올렸다.", "10억 달러", kCur, {}, {{"매출", "revenue"}}, "", "revenue"},
      {"직원 총 300명이 일한다.", "300명", kCount, {}, {}, "", "직원"},
      {"납부기한은 최장 9개월 연장된다.", "9개월", UnitKind::kDuration, {}, {}, "", "납부기한"},
      // A value spaced over words is read from its first word.
      {"정비비 2억 8000만원을 들였다.", "2억 8000만원", kCur, {}, {}, "", "정비비"},
      // Respectively-lists.
      {"매출과 영업이익은 각각 1조원과 2021억원을 기록했다.", "2021억원", kCur, {},
       {{"매출", "revenue"}, {"영업이익", "operating_profit"}}, "", "operating_profit"},
      {"매출, 영업이익은 전년 대비 각각 3.1%, 4.2% 증가했다.", "3.1%", kPct, {},
       {{"매출", "revenue"}, {"영업이익", "operating_profit"}}, "", "revenue"},
      // The figures after 각각 follow the phrases of the figures before it.
      {"매출이 7330억원, 영업이익이 405억원으로 전년 대비 각각 24.5%, 46.5%가 늘었다.", "24.5%", kPct, {},
       {{"매출", "revenue"}, {"영업이익", "operating_profit"}}, "", "revenue"},
      {"매출이 7330억원, 영업이익이 405억원으로 전년 대비 각각 24.5%, 46.5%가 늘었다.", "46.5%", kPct, {},
       {{"매출", "revenue"}, {"영업이익", "operating_profit"}}, "", "operating_profit"},
      // A measuring head takes the cue of the noun it measures.
      {"중국은 투자 규모가 139억달러로 늘었다.", "139억달러", kCur, {{"중국", "CN", true}},
       {{"투자", "investment"}}, "중국", "investment"},
      {"한국의 파운데이션 모델 개발 사례는 한 건도 없었다.", "한 건", kCount, {{"한국", "KR", true}},
       {{"파운데이션 모델", "foundation_models"}}, "한국", "foundation_models"},
      // A rank's field says among whom, not what is ranked.
      {"한국의 자살률은 OECD 회원국 중 2위다.", "2위", UnitKind::kRank, {{"한국", "KR", true}, {"OECD", "OECD"}},
       {}, "한국", "자살률"},
      // A length of time measures the event named after it.
      {"E1이 35년 무재해 기록을 세웠다.", "35년", UnitKind::kDuration, {}, {}, "E1", "무재해"},
      {"이번 검사는 4년만의 부활이다.", "4년", UnitKind::kDuration, {}, {}, "검사", "부활"},
      {"김씨는 46일만에 단식을 멈췄다.", "46일", UnitKind::kDuration, {}, {}, "김씨", "단식"},
      {"E1은 5거래일 연속 상승세를 기록했다.", "5거래일", UnitKind::kDuration, {}, {}, "E1", "연속상승세"},
      // A label inside the figure's own parenthesis, over a lexicon metric
      // outside it.
      {"누적 사망자는 773명(치명률 1.41%)이다.", "1.41%", kPct, {}, {{"사망자", "deaths"}}, "", "치명률", "",
       {{"773명", kCount}}},
      // A rate word says how a figure is counted, not what it counts.
      {"5년 동안 하루 100회 접었다.", "100회", kCount, {}, {}, "", ""},
      // The set a study or survey covers: "N을 대상으로".
      {"보고서는 73개국을 대상으로 평가한 결과다.", "73개국", kCount, {}, {}, "보고서", "평가대상"},
      {"동시에 600명을 대상으로 교육을 진행할 수 있다.", "600명", kCount, {}, {}, "", "교육대상"},
      {"성인 1000명을 대상으로 한 설문조사다.", "1000명", kCount, {}, {}, "", "대상"},
      // Not the phrase of the next figure.
      {"5년 동안 하루 100회 접었다.", "5년", UnitKind::kDuration, {}, {}, "", ""},
      // A phrase cue of the clause: whole words with their particle.
      {"주문에서 배송까지 10개월이 걸린다.", "10개월", UnitKind::kDuration, {},
       {{"배송까지", "lead_time"}}, "", "lead_time"},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, Subject) {
  const Case cases[] = {
      {"뉴호라이즌호는 약 10년을 날았다.", "10년", UnitKind::kDuration, {}, {}, "뉴호라이즌호", ""},
      {"삼성전자의 매출은 3조원이다.", "3조원", kCur, {{"삼성전자", "SAMSUNG"}}, {{"매출", "revenue"}},
       "삼성전자", "revenue"},
      // A topic reporting the clause yields to the name it makes its subject.
      {"기상청은 태풍 산바가 시속 79km로 북상하고 있다고 밝혔다.", "시속 79km", UnitKind::kMeasure, {}, {},
       "태풍 산바", "북상", "km/h"},
      {"삼성전자는 영업이익이 7조원이라고 밝혔다.", "7조원", kCur, {{"삼성전자", "SAMSUNG"}},
       {{"영업이익", "operating_profit"}}, "삼성전자", "operating_profit"},
      // A forecast of a measure (컨센서스, 전망치) is that measure, never a
      // subject (the caller's nearest entity names 삼성전자).
      {"삼성전자 1분기 영업이익 컨센서스는 7조원이다.", "7조원", kCur, {{"삼성전자", "SAMSUNG"}},
       {{"영업이익", "operating_profit"}}, "", "operating_profit"},
      // A respectively-list past the time and the base between it and 각각;
      // each kind of figure runs over the list again.
      {"SK가스와 E1은 지난해 전년 동기보다 각각 17.9%와 85.0% 감소했다.", "17.9%", kPct, {}, {}, "SK가스", "",
       "", {{"85.0%", kPct}}},
      {"SK가스와 E1은 각각 17.9%와 85.0% 감소한 1029억원과 140억원의 영업이익을 올렸다.", "1029억원", kCur, {},
       {{"영업이익", "operating_profit"}}, "SK가스", "operating_profit", "",
       {{"17.9%", kPct}, {"85.0%", kPct}, {"140억원", kCur}}},
      {"SK가스와 E1은 각각 17.9%와 85.0% 감소한 1029억원과 140억원의 영업이익을 올렸다.", "140억원", kCur, {},
       {{"영업이익", "operating_profit"}}, "E1", "operating_profit", "",
       {{"17.9%", kPct}, {"85.0%", kPct}, {"1029억원", kCur}}},
      // Owners of the metric in a list before 각각 ("A과 B의 영업이익은").
      {"올 상반기 E1과 SK가스의 영업이익은 각각 597억원과 349억원으로 늘었다.", "597억원", kCur, {},
       {{"영업이익", "operating_profit"}}, "E1", "operating_profit", "", {{"349억원", kCur}}},
      {"올 상반기 E1과 SK가스의 영업이익은 각각 597억원과 349억원으로 늘었다.", "349억원", kCur, {},
       {{"영업이익", "operating_profit"}}, "SK가스", "operating_profit", "", {{"597억원", kCur}}},
      // An officer's organisation: a lexicon entity or a Latin name before
      // the title, never the officer's name nor an anonymous initial.
      {"구자용 E1 회장은 무재해 35년을 달성했다.", "35년", UnitKind::kDuration, {}, {}, "E1", "무재해"},
      {"이건희 삼성전자 회장은 3조원을 투자했다.", "3조원", kCur, {{"삼성전자", "SAMSUNG"}}, {}, "삼성전자", "투자"},
      {"성균관대 A 교수는 3억원을 받았다.", "3억원", kCur, {}, {}, "성균관대 A 교수", ""},
      // X(N).
      {"미국(4.23)이 뒤를 이었다.", "4.23", UnitKind::kIndex, {{"미국", "US", true}}, {}, "미국", ""},
      // A list item: the bare entity before the figure.
      {"미국이 61개, 중국 15개가 꼽혔다.", "15개", kCount, {{"미국", "US", true}, {"중국", "CN", true}}, {},
       "중국", ""},
      // A country before a common noun stands for it.
      {"한국 정부는 예산을 16.6% 삭감했다.", "16.6%", kPct, {{"한국", "KR", true}}, {{"예산", "budget"}},
       "한국 정부", "budget"},
      // A product inside the metric's phrase is more specific than its owner.
      {"구글의 제미나이 울트라 훈련 비용은 1억달러였다.", "1억달러", kCur,
       {{"구글", "GOOGLE"}, {"제미나이 울트라", "GEMINI_ULTRA"}}, {{"훈련 비용", "training_cost"}},
       "제미나이 울트라", "training_cost"},
      // An item of a segmented enumeration: the bare phrase is its segment.
      {"지역별로는 서울 373명, 경기 310명 등으로 확진자가 나왔다.", "310명", kCount, {},
       {{"확진자", "confirmed_cases"}}, "경기", "confirmed_cases"},
      {"용도별로 산업용 6.4%, 주택용 2.7%가 인상됐다.", "6.4%", kPct, {}, {}, "산업용", "인상"},
      // Without a distributive word, the bare phrase is the metric.
      {"매출 8조원, 순이익 3511억원을 기록했다.", "8조원", kCur, {}, {}, "", "매출"},
      // The example before a class noun: "X과 같은 Y", "X 등 Y".
      {"H100과 같은 부품은 가격이 5000만원이다.", "5000만원", kCur, {{"H100", "NVIDIA_H100"}},
       {{"가격", "unit_price"}}, "H100", "unit_price"},
      {"카카오뱅크 등 일부 국내 기업은 리더보드에서 1위를 차지했다.", "1위", UnitKind::kRank,
       {{"카카오뱅크", "KAKAOBANK"}}, {{"리더보드", "leaderboard"}}, "카카오뱅크", "leaderboard"},
      // A counted set is what the clause's other figures are about: the
      // topic "20개 센터는", the owner "사립대 152곳의".
      {"선정된 20개 센터는 6년간 연 3억원을 지원받는다.", "3억원", kCur, {}, {}, "20개 센터", "지원",
       "", {{"20개", kCount}, {"6년간", UnitKind::kDuration}}},
      {"4년제 사립대 152곳의 시간강사 수는 6만226명이다.", "6만226명", kCount, {}, {}, "사립대 152곳",
       "시간강사수", "", {{"152곳", kCount}}},
      // Not a length of time before a measure ("1개월 수익률").
      {"최근 1개월 수익률이 2.66%다.", "2.66%", kPct, {}, {}, "", "수익률", "",
       {{"1개월", UnitKind::kDuration}}},
      // A quoted name right before the metric is whose figure it is.
      {"추천 기능인 'AI템즈' 이용률이 80%까지 확대됐다.", "80%", kPct, {}, {}, "AI템즈", "이용률"},
      // A name glossed in parentheses takes the particle after them.
      {"기상청은 태풍 '산바(SANBA)'가 시속 79km로 북상하고 있다고 밝혔다.", "시속 79km", UnitKind::kMeasure,
       {}, {}, "산바", "북상", "km/h"},
      // The speaker outside a quotation is not what a quoted figure is about.
      {"교육부는 \"연구소 4곳은 예산 자율성을 갖는다\"고 밝혔다.", "4곳", kCount, {}, {}, "", "연구소"},
      // A respectively-list of names before the metric: the i-th figure is
      // the i-th name's.
      {"혼다와 폭스바겐그룹은 판매량이 각각 7.6%, 5.7% 늘었다.", "5.7%", kPct, {}, {{"판매량", "sales_volume"}},
       "폭스바겐그룹", "sales_volume", "", {{"7.6%", kPct}}},
      {"현대자동차, 르노삼성자동차, 한국지엠은 각각 2.1%, 4.7%, 22.7%의 감소세를 보였다.", "4.7%", kPct,
       {{"현대자동차", "HYUNDAI"}, {"르노삼성자동차", "RENAULT_SAMSUNG"}, {"한국지엠", "GM_KOREA"}}, {},
       "르노삼성자동차", "", "", {{"2.1%", kPct}, {"22.7%", kPct}}},
      // A survey's figures are about the set it asked, not who asked.
      {"알바천국은 전국 대학생 1448명을 대상으로 조사한 결과 72.8%가 그렇다고 답했다.", "72.8%", kPct, {}, {},
       "전국 대학생", "", "", {{"1448명", kCount}}},
      {"두잇서베이는 일반시민 4117명을 대상으로 설문조사를 실시한 결과 65.8%가 반대했다.", "65.8%", kPct, {}, {},
       "일반시민", "반대", "", {{"4117명", kCount}}},
      // ... but "대상으로" without a survey names no respondents.
      {"카카오M은 배우 23명을 대상으로 278억원 규모의 유상증자를 했다.", "278억원", kCur, {}, {}, "카카오M", "",
       "", {{"23명", kCount}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(KeyPartTest, EscapesWhatCouldForgeAKey) {
  EXPECT_EQ(KeyPart("KR"), "KR");
  EXPECT_EQ(KeyPart("한국 정부"), "한국%20정부");
  EXPECT_EQ(KeyPart("a/b"), "a%2Fb");
  EXPECT_EQ(KeyPart("50%"), "50%25");
  EXPECT_EQ(KeyPart("x#1?"), "x%231%3F");
  EXPECT_NE(KeyPart("x/y"), KeyPart("x") + "/" + KeyPart("y"));
}

// Former bugs.
TEST(AttributionTest, FormerBugs) {
  const Case cases[] = {
      // A field or a time ("대학 중에서는", "양산때는") is no subject.
      {"개별 대학 중에서는 성균관대 시간강사가 96% 줄었다.", "96%", kPct, {}, {}, "", "성균관대시간강사"},
      {"1차 양산때는 100대를 생산했다.", "100대", kCount, {}, {}, "", "생산"},
      // A common-noun topic with a figure of its own measures that figure;
      // it is not whom the sentence's later figures are about.
      {"위중증 환자는 311명이며, 사망자는 17명이다.", "17명", kCount, {}, {{"사망자", "deaths"}}, "", "deaths",
       "", {{"311명", kCount}}},
      {"과학기술부 출신은 11명, ICT 출신 9명이었다.", "9명", kCount, {}, {}, "", "ICT출신", "",
       {{"11명", kCount}}},
      // A person reporting a figure is its speaker, titles of office
      // included ("방송통신위원").
      {"김경진 국회 방송통신위원(국민의당)은 고위공무원 27명 중 8명이 줄었다고 지적했다.", "8명", kCount, {}, {},
       "", "", "", {{"27명", kCount}}},
      // A measure after the comma that ends the figure's item, with a figure
      // of its own, labels that figure, not this one.
      {"E1은 전년보다 8.7%, 영업이익은 140억원으로 85.0% 감소했다.", "8.7%", kPct, {},
       {{"영업이익", "operating_profit"}}, "E1", "", "", {{"140억원", kCur}, {"85.0%", kPct}}},
      // A place as topic ("지방 대학에서는") says where, not what is measured.
      {"지방 대학에서는 2만5천명에서 1만5천명으로 감소했다.", "2만5천명", kCount, {}, {}, "지방 대학", "", "",
       {{"1만5천명", kCount}}},
      // A verb or connective next to the number is never the metric.
      {"9월 동안 2번이나 방문했다.", "2번", kCount, {}, {}, "", "방문"},
      // A cue inside a compound is no metric: 홍수주의보 is no 수주.
      {"홍수주의보가 3건 내려졌다.", "3건", kCount, {}, {{"수주", "orders"}}, "", "홍수주의보"},
      // The subject of a relative clause is no subject of the figure.
      {"엔비디아가 개발한 GPU는 4만 달러다.", "4만 달러", kCur, {{"엔비디아", "NVIDIA"}}, {}, "GPU", ""},
      // A statistic as a topic is the metric, never the subject.
      {"매출은 7천억원, 영업이익은 405억원이다.", "405억원", kCur, {},
       {{"매출", "revenue"}, {"영업이익", "operating_profit"}}, "", "operating_profit"},
      // A kind described by a relative clause names no measure.
      {"모델을 가장 많이 개발한 국가는 미국(109개)이었다.", "109개", kCount, {{"미국", "US", true}},
       {{"모델", "foundation_models"}}, "미국", "foundation_models"},
      // Counted nouns stop at a comma: the next label labels the next figure.
      {"매출 8조원, 당기순이익 3511억원이다.", "8조원", kCur, {},
       {{"매출", "revenue"}, {"당기순이익", "net_profit"}}, "", "revenue"},
      // A parallel item (X도) stops the topic's metric: 71.9% is the
      // general insurance's, not the car insurance's loss ratio.
      {"자동차보험 손해율은 83.1%, 일반보험도 71.9%를 기록했다.", "71.9%", kPct, {}, {}, "", ""},
      {"자동차보험 손해율은 83.1%, 일반보험도 71.9%를 기록했다.", "83.1%", kPct, {}, {}, "",
       "자동차보험손해율"},
      // "높이 5.1m의 방파제": the dimension before "N의" is the metric; 높이
      // reads as an adverb in the dictionary, but before a measure it is
      // the noun.
      {"높이 5.1m의 방파제가 무너졌다.", "5.1m", UnitKind::kMeasure, {}, {}, "", "높이"},
      // The object right before a figure is what it measures.
      {"연구소가 연예산을 600억원 정도 쓴다.", "600억원", kCur, {}, {}, "연구소", "연예산"},
      // A measure with 도 opening the clause is the figure's metric.
      {"전체 교원 중 시간강사 비율도 2011년 45.3%에서 줄었다.", "45.3%", kPct, {}, {}, "", "시간강사비율"},
      // A name with 도 opening the clause is its subject ...
      {"교보생명도 2854억원으로 54% 급증했다.", "2854억원", kCur, {}, {}, "교보생명", ""},
      // An age measures the person it follows.
      {"장피에르 소바주 교수(72)가 받았다.", "72", UnitKind::kMeasure, {}, {}, "장피에르 소바주 교수", "age", "age"},
      // ... a person before a reported clause is its speaker.
      {"박 의원은 이행률이 4.8%에 불과하다고 지적했다.", "4.8%", kPct, {}, {}, "", "이행률"},
      // ... but a bare name with its age speaks no clause, even in a
      // sentence that reports one ("선정했다고 발표했다").
      {"위원회는 장피에르 소바주 교수(72)와 스토더트 교수(74)를 선정했다고 발표했다.", "72", UnitKind::kMeasure,
       {}, {}, "장피에르 소바주 교수", "age", "age", {{"74", UnitKind::kMeasure}}},
      // A dimension alone as a topic, or with 도, before its measurement
      // is what it measures; a qualifier (약, 연) or a base (보다도) is not.
      {"차체는 7m이고 폭은 3m다.", "3m", UnitKind::kMeasure, {}, {}, "", "폭", "", {{"7m", UnitKind::kMeasure}}},
      {"최고속도는 시속 50km, 항속거리도 450km이다.", "450km", UnitKind::kMeasure, {}, {}, "", "항속거리", "",
       {{"시속 50km", UnitKind::kMeasure}}},
      {"사용량은 연 200만t에 못 미쳤다.", "200만t", UnitKind::kMeasure, {}, {}, "", "사용량"},
      {"이는 갤럭시S10 플러스보다도 400mAh 더 많다.", "400mAh", UnitKind::kMeasure, {}, {}, "", ""},
      // A headline opening on a name and a comma is about that name; a
      // list of names is not, nor a body sentence.
      {"폐렴, 사망원인 2위로…고령화의 그늘", "2위", UnitKind::kRank, {}, {}, "폐렴", "사망원인", "", {}, true},
      {"E1, 5거래일 연속 상승", "5거래일", UnitKind::kDuration, {}, {}, "E1", "상승", "", {}, true},
      {"삼성, LG 나란히 3% 상승", "3%", kPct, {{"삼성", "SAMSUNG"}, {"LG", "LG"}}, {}, "", "", "", {}, true},
      {"폐렴, 사망원인 2위로 올랐다.", "2위", UnitKind::kRank, {}, {}, "", "사망원인"},
      // A byline or caption label in square brackets is about no figure.
      {"[한국경제TV 기자][그림 1] 수익률은 5거래일 연속 상승했다.", "5거래일", UnitKind::kDuration, {}, {}, "", "상승"},
      // A date after a topic is no figure of its own: the topic stays whom
      // the later figure is about ("폐렴은 2004년 10위에서 … 3위").
      {"폐렴은 2004년 10위에서 올라 사망원인 3위를 유지하고 있다.", "3위", UnitKind::kRank, {}, {}, "폐렴", "사망원인",
       "", {{"2004년", UnitKind::kTime}, {"10위", UnitKind::kRank}}},
      // Examples before a count ("X 등 4명") are who is counted, no measure.
      {"넥슨코리아는 강대현 부사장 등 4명을 등기이사로 선임했다.", "4명", kCount, {}, {}, "넥슨코리아", "선임"},
  };
  for (const Case& c : cases) Check(c);
}

}  // namespace
}  // namespace suchi
