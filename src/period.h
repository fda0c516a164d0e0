// Periods: the years a figure is for. Finds the period mentions of one
// sentence: explicit years and ranges (kind time quantities of the number
// stage: 2022년, 2013~2023년), spans ending at a year (2023년까지 10년간),
// spans ending last year (지난 10년) and relative words (지난해, 작년,
// 올해) resolved against the publication year. Comparison bases (전년 대비)
// and report dates (지난해 발간한) are not periods. Words live in
// rules/periods.tsv. Also carries keys from body figures to the headline
// figures that restate them, where headlines omit the period.
#ifndef SUCHI_PERIOD_H_
#define SUCHI_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "types.h"

namespace suchi {

struct PeriodMention {
  std::size_t begin = 0, end = 0;  // bytes in the sentence text
  Period period;
  bool explicit_year = false;  // written as a year, not a relative word
  // False for a relative word when the publication year is unknown: the
  // sentence states a period nobody can resolve (period.start = end = 0).
  bool resolved = true;
  // A part of the year ("3분기" -> "Q3"), joined to the year before it
  // ("2019년 3분기"); alone, period.start = end = 0.
  std::string sub;
};

// Returns the year of a "YYYY-MM-DD" (or "YYYY...") date, or 0 if unknown.
int PublishedYear(std::string_view published);
// Returns the month (1-12) of a "YYYY-MM..." date, or 0 if it has none.
int PublishedMonth(std::string_view published);

// Returns the period mentions of `text` in text order. `quantities` are
// the sentence's quantities (kTime ones are read); relative words are
// resolved against `published_year`, or returned unresolved when it is 0;
// relative months ("지난달") against `published_month` too (unresolved
// when either is 0): the month before a June 2019 article is 2019.M05.
std::vector<PeriodMention> FindPeriods(std::string_view text,
                                       const std::vector<Quantity>& quantities,
                                       int published_year, const Lexicons& lex,
                                       int published_month = 0);
// The same, given the period words of `text` (lex.period_matcher's
// matches, as Lexicons::Scan finds them).
std::vector<PeriodMention> FindPeriods(std::string_view text,
                                       const std::vector<Quantity>& quantities,
                                       int published_year, const Lexicons& lex,
                                       const std::vector<PhraseMatch>& words,
                                       int published_month = 0);

// Returns the key part of a period: "2023", "2013-2023", or "-" if unknown.
std::string PeriodKey(const std::optional<Period>& p);

// Returns the key part of the period a mention states: PeriodKey plus "."
// and the part of the year ("2019.Q3", "-.H1"); for a relative word that
// cannot be resolved, "?" + the word + "@" + `article` (the same word means
// the same year within one article only), the word and the article id
// escaped (/ % # ? @ . and controls as %XX) so that no id forges a key.
std::string MentionKey(const PeriodMention& m, const std::string& article);

// Headline figures restate body figures: gives each headline claim the
// subject, metric and period of the body claim of the same article with the
// same value (within the headline's rounding), unit kind and subject, and
// no other known metric; failing that, the period shared by all body claims
// of its metric.
void AdoptBodyKeys(std::vector<Claim>& claims, const Lexicons& lex);

}  // namespace suchi

#endif  // SUCHI_PERIOD_H_
