// Human-readable reports of the conflicts, for review at corpus scale.
//
// report.html is one self-contained page (no network): a triage view of
// the conflicts, ranked cross-article first, then by same-fact confidence,
// then by the number of articles, with a search box, filters (kind,
// severity, outlet, subject, cross/same article, verdict), cards rendered
// incrementally, sides expandable, long sentences clipped around the
// figure, and a per-article view of each article's text with every claim
// marked at its own start/end offsets. Claims name their article's title,
// outlet and date and link to its URL. Reviewers mark verdicts on the page
// and export them as JSON Lines (review.h). Words, explanation templates
// and the page template come from rules/report/ (report_locale.h).
//
// report.md holds the same findings in the same order for terminals and
// pull requests, capped at max_markdown_cards with a count of the rest.
//
// Article text is escaped everywhere: HtmlEscape in markup, and the data
// the page script renders is JSON with every '<', '>' and '&' written as
// \u escapes (ScriptJson in report_model.h), so no text closes the
// <script> that carries it; the script puts text into the page only as
// text nodes.
#ifndef SUCHI_REPORT_H_
#define SUCHI_REPORT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "review.h"
#include "store.h"
#include "types.h"

namespace suchi {

// Returns `s` with & < > " ' escaped for HTML text and attributes.
std::string HtmlEscape(std::string_view s);

class ReportLocale;

// What a report shows besides the conflicts and their claims.
struct ReportOptions {
  const ReportLocale* locale = nullptr;  // required: words, templates, page
  std::string title;                     // "" = the locale's report_title
  std::size_t max_claims_per_card = 12;  // Markdown: the rest of a card counted
  std::size_t max_markdown_cards = 50;   // Markdown: the rest of the cards counted
  // Totals of what was checked ("N articles, M claims": articles with
  // claims, and claims), when the claims given are only those the conflicts
  // name (the store's counts); -1: count the claims given.
  long total_articles = -1, total_claims = -1;
  // The articles the claims come from (title, url, text), when known: the
  // per-article view and the sentences around each figure read their text.
  const std::vector<StoredArticle>* articles = nullptr;
  // Every stored claim's span per article id, to mark them all in the
  // per-article view (else only the claims given are marked).
  const std::map<std::string, std::vector<ClaimSpan>>* spans = nullptr;
  // The verdicts that hold (review.h): dismissed conflicts are hidden by
  // default, every verdict is counted.
  const AppliedReviews* reviews = nullptr;
};

// Returns the HTML report for `conflicts` over `claims` (the claims the
// conflicts' ids refer to).
std::string RenderHtmlReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                             const ReportOptions& options);

// Returns the Markdown report with the same findings in the same order.
std::string RenderMarkdownReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                                 const ReportOptions& options);

}  // namespace suchi

#endif  // SUCHI_REPORT_H_
