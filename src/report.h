// Human-readable reports of the conflicts: report.html (one self-contained
// page, no network, every article text HTML-escaped, cards sorted by
// severity and filterable by kind, with an inline SVG bar chart per
// conflict) and report.md (the same findings for terminals).
#ifndef SUCHI_REPORT_H_
#define SUCHI_REPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "types.h"

namespace suchi {

// Returns `s` with & < > " ' escaped for HTML text and attributes.
std::string HtmlEscape(std::string_view s);

class ExchangeRates;

// How reports present values. Without rates, amounts in different
// currencies are not put on one chart scale.
struct ReportOptions {
  const ExchangeRates* rates = nullptr;  // converts currencies for charts
  std::string title = "Conflicting figures";
  std::size_t max_claims_per_card = 12;  // the rest are counted, not shown
  // Totals for the summary ("N articles, M claims": articles with claims,
  // and claims) when the claims given are only part of those checked (the
  // store's counts); -1: count the claims given.
  long total_articles = -1, total_claims = -1;
};

// Returns the HTML report for `conflicts` over `claims` (the claims the
// conflicts' ids refer to; others are counted in the summary).
std::string RenderHtmlReport(const std::vector<Claim>& claims,
                             const std::vector<Conflict>& conflicts);
std::string RenderHtmlReport(const std::vector<Claim>& claims,
                             const std::vector<Conflict>& conflicts, const ReportOptions& options);

// Returns the Markdown report with the same findings.
std::string RenderMarkdownReport(const std::vector<Claim>& claims,
                                 const std::vector<Conflict>& conflicts);
std::string RenderMarkdownReport(const std::vector<Claim>& claims,
                                 const std::vector<Conflict>& conflicts, const ReportOptions& options);

}  // namespace suchi

#endif  // SUCHI_REPORT_H_
