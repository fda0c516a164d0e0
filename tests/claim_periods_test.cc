// Tests of the claim-period passes (claim_periods.h): one sentence's claims,
// dated by one year each, and the spans their text means.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_periods.h"

namespace suchi {
namespace {

// A claim of `quote` in `sentence`, dated by the single year `year`
// written as `year_text` (empty: inferred from publication).
Claim C(const std::string& sentence, const std::string& quote, UnitKind kind, int year,
        const std::string& year_text, const std::string& unit_id = "") {
  Claim c;
  c.sentence = sentence;
  c.quote = quote;
  c.q.begin = sentence.find(quote);
  c.q.end = c.q.begin + quote.size();
  c.q.kind = kind;
  c.q.unit_id = unit_id;
  c.period = Period{year, year, year_text};
  return c;
}

Quantity Window(const std::string& sentence, const std::string& quote, double years, const char* unit_text) {
  Quantity q;
  q.begin = sentence.find(quote);
  q.end = q.begin + quote.size();
  q.kind = UnitKind::kDuration;
  q.unit_id = "year";
  q.unit_text = unit_text;
  q.value = years;
  return q;
}

TEST(ClaimPeriodsTest, WindowSpans) {
  struct Row {
    const char* sentence;
    const char* window;
    double years;
    const char* figure;
    int year;
    const char* year_text;
    int start, end;
  } rows[] = {
      // A window ending in the year written before it.
      {"2019년 공개된 보고서에 따르면 3년간 누적 3,702건이다.", "3년간", 3, "3,702건", 2019, "2019년", 2016, 2019},
      // ... starting there after 이후.
      {"2011년 통과한 이후 7년간 2만2천개가 사라졌다.", "7년간", 7, "2만2천개", 2011, "2011년", 2011, 2018},
      // A year written after the window dates its own figure only.
      {"10년간 925건이고, 2017년 한해 588건이다.", "10년간", 10, "588건", 2017, "2017년", 2017, 2017},
      // An inferred year is not a written one.
      {"3년간 누적 3,702건이다.", "3년간", 3, "3,702건", 2019, "", 2019, 2019},
  };
  for (const Row& r : rows) {
    std::vector<Claim> claims = {C(r.sentence, r.figure, UnitKind::kCount, r.year, r.year_text)};
    std::vector<std::string> keys(1);
    WindowSpans({Window(r.sentence, r.window, r.years, "년간")}, claims, keys, 0);
    EXPECT_EQ(claims[0].period->start, r.start) << r.sentence;
    EXPECT_EQ(claims[0].period->end, r.end) << r.sentence;
  }
}

TEST(ClaimPeriodsTest, YearsSinceStart) {
  struct Row {
    double years;
    int year, published, start, end;
  } rows[] = {
      {35, 1984, 2019, 1984, 2019},  // 1984년 ... 후 35년, published 2019
      {12, 2008, 2019, 2008, 2019},  // one past publication: never past it
      {10, 1990, 2019, 1990, 1990},  // does not reach publication: a year
      {1, 2018, 2019, 2018, 2018},   // one year: no span
  };
  for (const Row& r : rows) {
    Claim c = C("그 후 N년", "N년", UnitKind::kDuration, r.year, "Y년", "year");
    c.q.value = r.years;
    std::vector<Claim> claims = {c};
    std::vector<std::string> keys(1);
    YearsSinceStart(claims, keys, r.published);
    EXPECT_EQ(claims[0].period->start, r.start) << r.years;
    EXPECT_EQ(claims[0].period->end, r.end) << r.years;
  }
}

TEST(ClaimPeriodsTest, SpanChanges) {
  std::string t = "2011년 6만226명에서 2018년 3만7천829명으로 2만2천397명 줄었다.";
  std::vector<Claim> claims = {C(t, "6만226명", UnitKind::kCount, 2011, "2011년"),
                               C(t, "3만7천829명", UnitKind::kCount, 2018, "2018년"),
                               C(t, "2만2천397명", UnitKind::kCount, 2018, "2018년")};
  claims[0].change = "from";
  claims[2].change = "decrease";
  std::vector<std::string> keys(3);
  SpanChanges(claims, keys, 0);
  EXPECT_EQ(claims[2].period->start, 2011);
  EXPECT_EQ(claims[2].period->end, 2018);
  EXPECT_EQ(keys[2], "2011-2018");
  EXPECT_EQ(claims[1].period->start, 2018);  // the to-figure stays a level of its year
}

TEST(ClaimPeriodsTest, YearsAfter) {
  struct Row {
    const char* sentence;
    const char* figure;
    double value;
    const char* unit_id;
    int year;
    const char* year_text;
    const char* year_after;  // a year written after the figure, or ""
    int published, start, end;
  } rows[] = {
      // "만인" and a year after it: the N years ending there.
      {"착공후 2년 5개월만인 1970년에 개통했다.", "2년 5개월", 29, "month", 1967, "1967년", "1970년", 2020, 1968, 1970},
      {"진출 7년만인 2016년 흑자로 전환했다.", "7년", 7, "year", 2009, "2009년", "2016년", 2019, 2009, 2016},
      // A year before: the start, when the span ends by publication ...
      {"2015년 개통한 구간에서 3년 만에 침하가 생겼다.", "3년", 3, "year", 2015, "2015년", "", 2020, 2015, 2018},
      // ... else the end.
      {"지난 2017년, 9년 만에 정권을 뒤집었다.", "9년", 9, "year", 2017, "2017년", "", 2020, 2008, 2017},
      // "N년 연속" ends in its year, or starts there after 이후.
      {"올해로 일본이 3년 연속 수상했다.", "3년", 3, "year", 2016, "올해", "", 2016, 2014, 2016},
      {"2008년 획득한 이후 12년 연속 유지하고 있다.", "12년", 12, "year", 2008, "2008년", "", 2019, 2008, 2019},
      // An inferred year is not a written one; no 만에, no span.
      {"3년 만에 처음이다.", "3년", 3, "year", 2019, "", "", 2019, 2019, 2019},
      {"2015년 계약한 3년 계약이다.", "3년", 3, "year", 2015, "2015년", "", 2020, 2015, 2015},
  };
  for (const Row& r : rows) {
    std::string t = r.sentence;
    Claim c = C(t, r.figure, UnitKind::kDuration, r.year, r.year_text, r.unit_id);
    c.q.value = r.value;
    std::vector<Quantity> qs;
    if (*r.year_after) {
      Quantity y;
      y.kind = UnitKind::kTime;
      y.begin = t.find(r.year_after);
      y.end = y.begin + std::string(r.year_after).size();
      y.year = std::stoi(r.year_after);
      qs.push_back(y);
    }
    std::vector<Claim> claims = {c};
    std::vector<std::string> keys(1);
    YearsAfter(qs, claims, keys, 0, r.published);
    EXPECT_EQ(claims[0].period->start, r.start) << r.sentence;
    EXPECT_EQ(claims[0].period->end, r.end) << r.sentence;
  }
}

// A length of years dated by publication only reaches back from it, or
// forward; a length alone ("5년간 보유하기로") stays the year.
TEST(ClaimPeriodsTest, SpansFromNow) {
  struct Row {
    const char* sentence;
    const char* figure;
    double value;
    const char* unit_id;
    const char* unit_text;
    int start, end;
  } rows[] = {
      {"68년만에 지구에 가장 근접한다.", "68년", 68, "year", "년", 1948, 2016},
      {"3년 사이 30%의 인상은 부적절하다.", "3년", 3, "year", "년", 2013, 2016},
      {"35년 넘게 무재해를 이어왔다.", "35년", 35, "year", "년", 1981, 2016},
      {"18년 후에나 다시 볼 수 있다.", "18년", 18, "year", "년", 2016, 2034},
      {"향후 10년간 공휴일이 늘어난다.", "10년간", 10, "year", "년간", 2017, 2026},
      {"네이버가 8분기 만에 반등했다.", "8분기", 8, "quarter", "분기", 2014, 2016},
      {"7분기 연속 감소했다.", "7분기", 7, "quarter", "분기", 2015, 2016},
      {"제조업 취업자는 24개월째 감소했다.", "24개월째", 24, "month", "개월", 2015, 2016},
      {"지분을 5년간 보유하기로 했다.", "5년간", 5, "year", "년간", 2016, 2016},
      {"4개월 만에 돌아왔다.", "4개월", 4, "month", "개월", 2016, 2016},  // under a year
  };
  for (const Row& r : rows) {
    Claim c = C(r.sentence, r.figure, UnitKind::kDuration, 2016, "", r.unit_id);
    c.q.value = r.value;
    c.q.unit_text = r.unit_text;
    std::vector<Claim> claims = {c};
    SpansFromNow(claims, {1});
    EXPECT_EQ(claims[0].period->start, r.start) << r.sentence;
    EXPECT_EQ(claims[0].period->end, r.end) << r.sentence;
    // A stated year is not publication's: nothing changes.
    claims = {c};
    SpansFromNow(claims, {0});
    EXPECT_EQ(claims[0].period->start, 2016) << r.sentence;
  }
}

TEST(ClaimPeriodsTest, SplitSpanEnds) {
  // A pair dated by one span: its first and last years.
  std::string t = "초빙교수도 4천329명에서 4천676명으로 347명 늘었다.";
  std::vector<Claim> claims = {C(t, "4천329명", UnitKind::kCount, 2011, "2011년~2018년"),
                               C(t, "4천676명", UnitKind::kCount, 2011, "2011년~2018년"),
                               C(t, "347명", UnitKind::kCount, 2011, "2011년~2018년")};
  for (Claim& c : claims) c.period->end = 2018;
  claims[0].change = "from";
  claims[2].change = "increase";
  std::vector<std::string> keys(3);
  SplitSpanEnds(claims, keys, 0);
  EXPECT_EQ(claims[0].period->start, 2011);
  EXPECT_EQ(claims[0].period->end, 2011);
  EXPECT_EQ(claims[1].period->start, 2018);
  EXPECT_EQ(keys[1], "2018");
  EXPECT_EQ(claims[2].period->start, 2011);  // the change keeps the span
  EXPECT_EQ(claims[2].period->end, 2018);
  // A second pair dated by the first pair's last year: of its years; one
  // with a year of its own written before it keeps it.
  for (const char* second : {"2만5천762명에서 1만5천820명으로", "2018년 2만5천762명에서 2019년 1만5천820명으로"}) {
    std::string u = std::string("2011년 3만4천464명에서 2018년 2만2천9명으로 줄었고, 지방은 ") + second + " 줄었다.";
    bool own = std::string(second).find("2018년") == 0;
    std::vector<Claim> cs = {C(u, "3만4천464명", UnitKind::kCount, 2011, "2011년"),
                             C(u, "2만2천9명", UnitKind::kCount, 2018, "2018년"),
                             C(u, "2만5천762명", UnitKind::kCount, 2018, "2018년"),
                             C(u, "1만5천820명", UnitKind::kCount, own ? 2019 : 2018, own ? "2019년" : "2018년")};
    cs[0].change = cs[2].change = "from";
    std::vector<std::string> ks(4);
    SplitSpanEnds(cs, ks, 0);
    EXPECT_EQ(cs[2].period->start, own ? 2018 : 2011) << second;
    EXPECT_EQ(cs[3].period->start, own ? 2019 : 2018) << second;
  }
}

// A mention of `text` in `sentence` dating year `year`.
PeriodMention Mention(const std::string& sentence, const std::string& text, int year, bool explicit_year) {
  PeriodMention m;
  m.begin = sentence.find(text);
  m.end = m.begin + text.size();
  m.period = Period{year, year, text};
  m.explicit_year = explicit_year;
  return m;
}

TEST(ClaimPeriodsTest, ReportYearOfTheTitle) {
  struct Row {
    const char* title;
    const char* mention;
    int year;
    bool explicit_year;
    int published, report;
  } rows[] = {
      // Annual results published the next year.
      {"작년 삼성화재 당기순이익 1조571억원…전년比 1.4%↑", "작년", 2018, false, 2019, 2018},
      {"현대중공업 2018년 당기순이익 3511억원 달성", "2018년", 2018, true, 2019, 2018},
      {"삼성전자, 지난해 4분기 D램 점유율 39.9%", "지난해", 2018, false, 2019, 2018},
      // The year of publication, or older: publication dates the rest.
      {"올해 수출 5천억달러 돌파", "올해", 2019, false, 2019, 0},
      {"2010년 지진 42회 발생", "2010년", 2010, true, 2019, 0},
      // A span's start and an event's name are not the report's year.
      {"2018년 이후 1만명 늘어", "2018년", 2018, true, 2019, 0},
      {"2018년부터 3년간 투자", "2018년", 2018, true, 2019, 0},
      {"2020 도쿄올림픽, 드디어 개막", "2020", 2020, true, 2021, 0},
  };
  for (const Row& r : rows) {
    std::vector<int> years;
    AddLeadYears(r.title, {Mention(r.title, r.mention, r.year, r.explicit_year)}, &years);
    EXPECT_EQ(ReportYear(years, r.published), r.report) << r.title;
  }
  // Two years named: no one year of the report.
  EXPECT_EQ(ReportYear({2018, 2017}, 2019), 0);
  EXPECT_EQ(ReportYear({}, 2019), 0);
}

TEST(ClaimPeriodsTest, DateUndated) {
  std::string t = "원수보험료는 18조2340억원, 2017년 18조원이다.";
  std::vector<Claim> claims = {C(t, "18조2340억원", UnitKind::kCurrency, 0, ""),
                               C(t, "18조원", UnitKind::kCurrency, 2017, "2017년")};
  claims[0].period.reset();
  std::vector<std::string> keys = {"", "2017"};
  std::vector<char> dated = DateUndated(claims, keys, 2019, 2018);
  EXPECT_EQ(claims[0].period->start, 2018);  // the report's year
  EXPECT_EQ(claims[1].period->start, 2017);  // its own year
  EXPECT_EQ(dated, (std::vector<char>{1, 0}));
  claims[0].period.reset();
  DateUndated(claims, keys, 2019, 0);
  EXPECT_EQ(claims[0].period->start, 2019);  // no report year: publication
  claims[0].period.reset();
  EXPECT_EQ(DateUndated(claims, keys, 0, 0), (std::vector<char>{0, 0}));  // no date at all
  EXPECT_FALSE(claims[0].period);
}

// Former bugs.
TEST(ClaimPeriodsTest, FormerBugs) {
  // A window with no claim after it changes nothing (and reads no claim).
  std::vector<Claim> none;
  std::vector<std::string> keys;
  WindowSpans({Window("3년간", "3년간", 3, "년간")}, none, keys, 0);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace suchi
