// Claim periods (claim_periods.h): the spans a figure's text means, read
// after extraction dated it by one year.
#include "claim_periods.h"

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
      std::string_view t = c.sentence;
      std::size_t at = t.rfind(c.period->text, w.begin);
      if (at == std::string_view::npos || at + c.period->text.size() > w.begin) continue;
      std::string_view between = t.substr(at + c.period->text.size(), w.begin - at - c.period->text.size());
      bool starts = false;
      for (std::string_view word : {"이후", "후 ", "부터", "이래"})
        starts = starts || between.find(word) != std::string_view::npos;
      int y = c.period->end, n = static_cast<int>(w.value);
      c.period = starts ? Period{y, y + n, c.period->text} : Period{y - n, y, c.period->text};
      period_keys[k] = PeriodKey(c.period);
    }
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
