// Claim periods (claim_periods.h): the spans a figure's text means, read
// after extraction dated it by one year.
#include "claim_periods.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "period.h"
#include "text_scan.h"

namespace suchi {

// "2011년 6만226명에서 2018년 3만7천829명으로 2만2천397명(37.2%)
// 줄어들었다": a change stated after a from-figure and a to-figure of two
// years is a change over the span between them. Claims [first, end) are one
// sentence's.
void SpanChanges(std::vector<Claim>& claims, std::vector<std::string>& period_keys, std::size_t first) {
  std::optional<Period> from, to;
  for (std::size_t k = first; k < claims.size(); ++k) {
    Claim& c = claims[k];
    if (c.change == "from") {
      from = c.period, to.reset();
      continue;
    }
    if (c.change.empty()) {
      if (from) to = c.period;
      continue;
    }
    if (!from || !to || !from->start || !to->end || to->end <= from->start) continue;
    if (c.period && (c.period->start != to->start || c.period->end != to->end)) continue;
    c.period = Period{from->start, to->end, from->text + "~" + to->text};
    period_keys[k] = PeriodKey(c.period);
  }
}

// The text between the last writing of claim c's period before byte
// `anchor` of its sentence and `anchor`; nullopt when it is not written
// before it (or c has no period text).
std::optional<std::string_view> AfterPeriodText(const Claim& c, std::size_t anchor) {
  if (!c.period || c.period->text.empty()) return std::nullopt;
  std::string_view t = c.sentence;
  const std::string& text = c.period->text;
  std::size_t at = t.rfind(text, anchor);
  if (at == std::string_view::npos || at + text.size() > anchor) return std::nullopt;
  return t.substr(at + text.size(), anchor - at - text.size());
}

// True when the sentence writes claim c's period right before it ("2018년
// 2만2천9명"), not earlier in the sentence or paragraph.
bool OwnPeriodBefore(const Claim& c) {
  std::optional<std::string_view> between = AfterPeriodText(c, c.q.begin);
  return between && between->find_first_not_of(' ') == std::string_view::npos;
}

// From-figures and to-figures of a span: "(2011~2018년) 4천329명에서
// 4천676명으로" are of its first and last years; in "2011년 3만4천464명에서
// 2018년 2만2천9명으로 줄었고, … 2만5천762명에서 1만5천820명으로", the second
// pair is of the first pair's years. Claims [first, end) are one sentence's.
void SplitSpanEnds(std::vector<Claim>& claims, std::vector<std::string>& period_keys, std::size_t first) {
  std::optional<Period> pair;  // the years of the last pair of two single years
  for (std::size_t k = first; k + 1 < claims.size(); ++k) {
    Claim& from = claims[k];
    Claim& to = claims[k + 1];
    if (from.change != "from" || !to.change.empty() || !from.period || !to.period) continue;
    Period& f = *from.period;
    Period& e = *to.period;
    if (f.start == e.start && f.end == e.end && f.start < f.end) {
      int a = f.start, b = f.end;
      f.start = f.end = a, e.start = e.end = b;
      period_keys[k] = PeriodKey(from.period);
      period_keys[k + 1] = PeriodKey(to.period);
    } else if (pair && f.start == f.end && e.start == e.end && f.start == pair->end && e.start == pair->end &&
               !OwnPeriodBefore(from)) {
      f.start = f.end = pair->start;
      period_keys[k] = PeriodKey(from.period);
    }
    if (f.start == f.end && e.start == e.end && f.start < e.start) pair = Period{f.start, e.start, ""};
  }
}

// Where the year that dates claim c stands against byte `anchor` of its
// sentence: -1 when its text is not written before it, 1 when a word of a
// start stands between ("2011년말 ... 통과한 이후 7년간", "1984년 … 후
// 35년"), else 0 (the span ends in that year).
int YearBefore(const Claim& c, std::size_t anchor) {
  std::optional<std::string_view> between = AfterPeriodText(c, anchor);
  if (!between) return -1;
  for (std::string_view word : {"이후", "후 ", "부터", "이래"})
    if (between->find(word) != std::string_view::npos) return 1;
  return 0;
}

// "2019년 9월 공개된 보고서에 따르면 3년간 누적 ... 3,702건": figures
// after a window of N years ("N년간", "N년 동안") dated by the single year
// Y it ends in are over [Y - N, Y]. Claims [first, end) are one sentence's.
void WindowSpans(const std::vector<Quantity>& qs, std::vector<Claim>& claims,
                 std::vector<std::string>& period_keys, std::size_t first) {
  for (const Quantity& w : qs) {
    if (w.kind != UnitKind::kDuration || w.unit_id != "year" || w.value < 2 || w.value != std::floor(w.value))
      continue;
    bool window = w.unit_text == "년간" || (first < claims.size() &&
                                            StartsWith(claims[first].sentence, SkipSpaces(claims[first].sentence, w.end), "동안"));
    if (!window) continue;
    for (std::size_t k = first; k < claims.size(); ++k) {
      Claim& c = claims[k];
      if (c.q.begin < w.begin || !c.period || c.period->start != c.period->end) continue;
      if (c.period->text.find_first_of("0123456789") == std::string::npos) continue;  // a stated year
      // The year is written before the window: "2019년 ... 3년간" ends in
      // it, "2011년말 ... 통과한 이후 7년간" starts there.
      int where = YearBefore(c, w.begin);
      if (where < 0) continue;
      int y = c.period->end, n = static_cast<int>(w.value);
      c.period = where == 1 ? Period{y, y + n, c.period->text} : Period{y - n, y, c.period->text};
      period_keys[k] = PeriodKey(c.period);
    }
  }
}

// The length of `q` in whole years (rounded; 2년 5개월 is 2), or 0 when it
// is not a length of at least one year.
int WholeYears(const Quantity& q) {
  double years = q.unit_id == "year"      ? q.value
                 : q.unit_id == "month"   ? q.value / 12
                 : q.unit_id == "quarter" ? q.value / 4
                                          : 0;
  return years >= 1 && !q.value_max ? static_cast<int>(std::lround(years)) : 0;
}

// "착공 후 2년 5개월 만인 1970년에", "2015년 개통한 … 3년 만에",
// "지난 2017년, 9년 만에": the N years ending in the year written after
// "만인", else those that start in the year written before, when they end
// by publication, else those that end in it.
void YearsAfter(const std::vector<Quantity>& qs, std::vector<Claim>& claims,
                std::vector<std::string>& period_keys, std::size_t first, int published) {
  for (std::size_t k = first; k < claims.size(); ++k) {
    Claim& c = claims[k];
    int n = c.q.kind == UnitKind::kDuration ? WholeYears(c.q) : 0;
    if (n == 0) continue;
    std::string_view t = c.sentence;
    std::size_t at = SkipSpaces(t, c.q.end);
    // "올해로 3년 연속": the N years ending in the year that dates it;
    // "2008년 2월 … 획득한 이후 12년 연속": starting there.
    if (StartsWith(t, at, "연속") && c.period && c.period->start == c.period->end && c.period->start > 0) {
      if (YearBefore(c, c.q.begin) == 1) c.period->end += n - 1;
      else c.period->start -= n - 1;
      period_keys[k] = PeriodKey(c.period);
      continue;
    }
    if (!StartsWith(t, at, "만에") && !StartsWith(t, at, "만인") && !StartsWith(t, at, "만의")) continue;
    std::size_t next = SkipSpaces(t, at + std::string_view("만에").size());
    auto year_after = std::find_if(qs.begin(), qs.end(), [&](const Quantity& y) {
      return y.kind == UnitKind::kTime && y.year > 0 && y.begin == next;
    });
    if (year_after != qs.end()) {
      c.period = Period{year_after->year - n, year_after->year, c.period ? c.period->text : ""};
    } else {
      if (!c.period || c.period->start != c.period->end) continue;
      if (c.period->text.find_first_of("0123456789") == std::string::npos) continue;  // a stated year
      int y = c.period->start;
      c.period = published > 0 && y + n <= published ? Period{y, y + n, c.period->text}
                                                     : Period{y - n, y, c.period->text};
    }
    period_keys[k] = PeriodKey(c.period);
  }
}

// "1984년 3월 운영을 시작한 후 35년 간", published in 2019: a length of N
// years dated by the single year Y it started in, where Y + N is the year
// of publication (give or take one), is the span from Y to Y + N, and never
// past publication ("2008년 ... 12년째", published 2019: 2008-2019).
void YearsSinceStart(std::vector<Claim>& claims, std::vector<std::string>& period_keys, int published) {
  if (published <= 0) return;
  for (std::size_t k = 0; k < claims.size(); ++k) {
    Claim& c = claims[k];
    if (c.q.kind != UnitKind::kDuration || c.q.unit_id != "year" || !c.period) continue;
    if (c.period->start != c.period->end || c.q.value < 2 || c.q.value != std::floor(c.q.value)) continue;
    int end = c.period->start + static_cast<int>(c.q.value);
    if (std::abs(end - published) > 1) continue;
    c.period = Period{c.period->start, std::min(end, published), c.period->text};
    period_keys[k] = PeriodKey(c.period);
  }
}

void SpansFromNow(std::vector<Claim>& claims, const std::vector<char>& inferred) {
  for (std::size_t k = 0; k < claims.size() && k < inferred.size(); ++k) {
    Claim& c = claims[k];
    int n = WholeYears(c.q);
    if (!inferred[k] || !c.period || n == 0 || c.period->start != c.period->end) continue;
    std::string_view t = c.sentence;
    std::size_t at = SkipSpaces(t, c.q.end);
    int now = c.period->end;
    bool ago = false, ahead = false, streak = false;
    // (Not "N년간" or "N년 동안" alone: "5년간 보유하기로" is to come.)
    for (std::string_view w : {"만에", "만의", "만인", "사이", "넘게"}) ago = ago || StartsWith(t, at, w);
    // "14개월째", "7분기 연속": the current one is the last.
    streak = StartsWith(t, at, "연속") || StartsWith(t, at, "째") ||
             std::string_view(c.quote).ends_with("째");
    for (std::string_view w : {"후", "뒤"}) ahead = ahead || StartsWith(t, at, w);
    // "향후 10년간": the years to come, from next year.
    std::size_t b = c.q.begin;
    bool coming = b >= 7 && t.substr(b - 7, 6) == "향후";
    if (coming) c.period = Period{now + 1, now + n, c.period->text};
    else if (ahead) c.period = Period{now, now + n, c.period->text};
    else if (streak) c.period = Period{now - n + 1, now, c.period->text};
    else if (ago) c.period = Period{now - n, now, c.period->text};
  }
}

void AddLeadYears(std::string_view sentence, const std::vector<PeriodMention>& mentions,
                  std::vector<int>* years) {
  for (const PeriodMention& m : mentions) {
    if (!m.resolved || m.period.start <= 0 || m.period.start != m.period.end) continue;
    // "2020 도쿄올림픽": a bare year names an event, not the report's year.
    if (m.explicit_year && m.period.text.find("년") == std::string::npos) continue;
    std::size_t after = SkipSpaces(sentence, m.end);
    bool starts_span = false;
    for (std::string_view w : {"이래", "이후", "부터", "후", "전", "만에", "만의"})
      starts_span = starts_span || StartsWith(sentence, after, w);
    if (!starts_span) years->push_back(m.period.start);
  }
}

int ReportYear(const std::vector<int>& lead_years, int published) {
  if (lead_years.empty() || published <= 0) return 0;
  for (int y : lead_years)
    if (y != lead_years.front()) return 0;
  return lead_years.front() == published - 1 ? lead_years.front() : 0;
}

std::vector<char> DateUndated(std::vector<Claim>& claims, const std::vector<std::string>& period_keys,
                              int published, int report_year) {
  std::vector<char> dated(claims.size(), 0);
  int year = report_year > 0 ? report_year : published;
  if (year <= 0) return dated;
  for (std::size_t k = 0; k < claims.size(); ++k)
    if (!claims[k].period && period_keys[k].empty()) {
      claims[k].period = Period{year, year, ""};
      dated[k] = 1;
    }
  return dated;
}

}  // namespace suchi
