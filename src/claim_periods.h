// Claim periods: passes over the claims of one sentence or one article that
// turn the single year a figure was dated by into the span its text means.
// Extraction (extract.cc) dates each figure by the nearest period mention;
// these passes then read the shape around it:
//   SplitSpanEnds    "(2011~2018년) A에서 B로": A is of 2011, B of 2018;
//   SpanChanges      "2011년 A에서 2018년 B로 C 줄었다": C is over 2011-2018;
//   WindowSpans      "2019년 ... 3년간 N건": N is over 2016-2019, and
//                    "2011년 ... 이후 7년간": over 2011-2018;
//   YearsAfter       "2년 5개월 만인 1970년": 1968-1970;
//   YearsSinceStart  "1984년 ... 후 35년", published 2019: 1984-2019;
//   SpansFromNow     "68년 만에" with no year written: the years to publication;
//   DateUndated      a figure no time word dates: the year its report is
//                    about ("작년 삼성화재 당기순이익…" in the lead), else the
//                    year of publication.
// Each updates the claim's period and its period key (`period_keys`, one
// per claim, PeriodKey form) together.
#ifndef SUCHI_CLAIM_PERIODS_H_
#define SUCHI_CLAIM_PERIODS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "period.h"
#include "types.h"

namespace suchi {

// Claims [first, end) are one sentence's, in text order: a from-figure and
// the to-figure after it dated by one span are of its first and last years;
// a later pair dated by the last year of an earlier pair is of its years.
void SplitSpanEnds(std::vector<Claim>& claims, std::vector<std::string>& period_keys, std::size_t first);

// Claims [first, end) are one sentence's, in text order; a change after a
// from-figure and a to-figure of two years spans them.
void SpanChanges(std::vector<Claim>& claims, std::vector<std::string>& period_keys, std::size_t first);

// Claims [first, end) are one sentence's and `qs` its quantities: figures
// after a window of N years ("N년간", "N년 동안") dated by a year written
// before the window are over the N years ending there (or starting there
// after 이후, 후, 부터, 이래).
void WindowSpans(const std::vector<Quantity>& qs, std::vector<Claim>& claims,
                 std::vector<std::string>& period_keys, std::size_t first);

// Claims [first, end) are one sentence's and `qs` its quantities: a length
// of N years "만에" (만인, 만의) ends in the year written right after it
// ("만인 1970년"); dated by a year written before, it starts there when
// that ends by `published`, else it ends there. "N년 연속" ends in the year
// that dates it, or starts there after 이후.
void YearsAfter(const std::vector<Quantity>& qs, std::vector<Claim>& claims,
                std::vector<std::string>& period_keys, std::size_t first, int published);

// A length of N years dated by the single year Y it started, where Y + N is
// the publication year give or take one, spans [Y, min(Y + N, published)].
void YearsSinceStart(std::vector<Claim>& claims, std::vector<std::string>& period_keys, int published);

// Adds to `years` the single years that the period mentions of a lead
// sentence (the title) date it by: "지난해",
// "작년", "2018년", "2018년 4분기"; not a year that starts a span ("1948년
// 이후", "2010년부터") or a bare year naming an event ("2020 도쿄올림픽").
void AddLeadYears(std::string_view sentence, const std::vector<PeriodMention>& mentions,
                  std::vector<int>* years);

// The year an article's report is about: the one year its title names (AddLeadYears), when that is the year before publication (annual
// results, last year's statistics published this year); else 0.
int ReportYear(const std::vector<int>& lead_years, int published);

// Dates every claim that has no period and no period key by `report_year`,
// else by `published` (news reports the present). Returns, per claim,
// whether it was dated so: its key then keeps the period unknown ("-").
std::vector<char> DateUndated(std::vector<Claim>& claims, const std::vector<std::string>& period_keys,
                              int published, int report_year);

// A length of years dated by publication only (`inferred`, DateUndated)
// reaches back from then ("68년 만에", "3년 사이", "35년 넘게"; "7분기
// 연속" ends then), or forward ("18년 후에"; "향후 10년간" from the next
// year). The key keeps the period unknown.
void SpansFromNow(std::vector<Claim>& claims, const std::vector<char>& inferred);

}  // namespace suchi

#endif  // SUCHI_CLAIM_PERIODS_H_
