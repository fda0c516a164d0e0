// The data model of the reports (report.h): the conflicts in review order
// with their claims, sides, articles, localized explanations and verdicts,
// and the counts the reports state. Both report.html and report.md render
// from it, so they agree on order and numbers.
//
// Order: cross-article conflicts first, then by same-fact confidence
// (higher first), then by the number of articles, then severity, then id.
// Counts: `shown` conflicts are those not dismissed; the articles and claims
// "taking part" are those of the shown conflicts.
#ifndef SUCHI_REPORT_MODEL_H_
#define SUCHI_REPORT_MODEL_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "report.h"
#include "report_locale.h"

namespace suchi {

struct ModelClaim {
  const Claim* c = nullptr;
  int article = -1;       // index into ReportModel::articles
  std::string pre, post;  // the figure's sentence before and after the quote
};

struct ModelSide {
  std::string label;         // the first claim's quote
  std::vector<int> claims;   // indexes into ReportModel::claims
  double canonical = 0;      // the side's value in its canonical unit
  std::string unit;          // canonical unit
};

struct ModelConflict {
  const Conflict* k = nullptr;
  std::vector<ModelSide> sides;
  std::string explanation;   // from the locale's template of its kind
  std::string claims_hash;   // review.h
  std::string verdict, note; // the verdict that holds, if any
  std::string stale_verdict; // a verdict given before its claims changed
  std::string subject, metric;
  std::vector<std::string> outlets;  // distinct, in claim order
  bool chart = false;        // the sides share one canonical unit
};

struct ModelMark {
  std::size_t begin = 0, end = 0;  // UTF-16 code units of the article text
  int claim = -1;                  // index into claims, or -1 (a claim of no conflict)
  std::string id;                  // claim id
};

struct ModelArticle {
  std::string id, title, outlet, published, url;
  const std::string* text = nullptr;  // null when the text is not known
  std::vector<ModelMark> marks;       // by begin, not overlapping
};

struct ReportModel {
  std::string lang, title;
  std::vector<ModelConflict> conflicts;  // in review order
  std::vector<ModelClaim> claims;
  std::vector<ModelArticle> articles;
  long total_articles = 0, total_claims = 0;  // checked
  bool articles_known = false;  // total_articles was given (the store's), not guessed
  long shown = 0, dismissed = 0, confirmed = 0, needs_check = 0, unreviewed = 0, stale = 0;
  long articles_taking_part = 0, claims_taking_part = 0, cross_article = 0;
  std::map<std::string, int> by_kind, by_severity;  // of the shown conflicts
};

// Returns the model; options.locale must be set.
ReportModel BuildReportModel(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                             const ReportOptions& options);

// Returns the claims hash of each of `conflicts` (review.h), same order.
std::vector<std::string> ClaimsHashes(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts);

// Returns the page data of `m` as JSON safe inside <script>: '<', '>', '&'
// and U+2028/U+2029 written as \u escapes. The articles' texts and marks
// are apart (ArticlesJson: parsed when an article is opened, not at load).
std::string PageJson(const ReportModel& m, const ReportLocale& locale);
// Returns [{"text": ..., "m": [[begin, end, claim, id], ...]} or null, ...]
// by article index, script-safe like PageJson.
std::string ArticlesJson(const ReportModel& m);
// Returns `json` with those characters escaped (valid JSON in, same value out).
std::string ScriptJson(std::string_view json);

// Returns the sentence around [start, end) of `text`: the bytes from the
// sentence's start to `start`, and from `end` to the sentence's end. A
// sentence ends at a line break or at . ? ! followed by a space; at most
// `limit` bytes are taken each way (cut at a character boundary).
std::pair<std::string, std::string> SentenceAround(std::string_view text, std::size_t start, std::size_t end,
                                                   std::size_t limit = 1500);

// Returns the UTF-16 offsets of the UTF-8 byte offsets `bytes` (sorted
// ascending) in `text`; an offset inside a character counts from its start.
std::vector<std::size_t> Utf16Offsets(std::string_view text, const std::vector<std::size_t>& bytes);

}  // namespace suchi

#endif  // SUCHI_REPORT_MODEL_H_
