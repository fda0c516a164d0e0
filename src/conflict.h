// Conflict detection: claims whose keys match (same subject, metric and a
// compatible period) are compared, and disagreements are classified as
// value_mismatch (beyond rounding tolerance derived from how each number is
// written), basis_mismatch, period_mismatch, bound_mismatch (qualifiers
// that cannot both hold) or unit_mismatch (a stated conversion that does
// not fit the dated exchange rates of rules/exchange_rates.tsv).
#ifndef SUCHI_CONFLICT_H_
#define SUCHI_CONFLICT_H_

#include <optional>
#include <string>
#include <vector>

#include "samefact.h"
#include "status.h"
#include "types.h"

namespace suchi {

// Dated exchange rates: KRW per one unit of a currency, by year.
class ExchangeRates {
 public:
  // Returns the table from `path` (rules/exchange_rates.tsv) or an error
  // naming file:line.
  static Result<ExchangeRates> Load(const std::string& path);
  // Returns KRW per unit of `currency` in `year` (nearest year known), or 0
  // when unknown. KRW itself is 1.
  double KrwPer(const std::string& currency, int year) const;
  // Relative tolerance allowed when comparing converted amounts.
  double tolerance() const { return tolerance_; }

  // Returns days per one duration unit as written ("개월", "52주" -> 7) or
  // as a canonical id ("duration:month"), the longest matching key; 0 when
  // unknown.
  double DaysPer(const std::string& unit_text, const std::string& unit_id) const;
  // Returns the latest year of the rate table, or 0 when it is empty.
  int LatestYear() const;
  // Relative slack on a converted amount when a bound qualifier takes part.
  double bound_tolerance() const { return bound_tolerance_; }
  // Widening of an approximate figure, as a fraction of its value.
  double approx() const { return approx_; }
  // Width below the value of a "nearly" figure, as a fraction.
  double nearly() const { return nearly_; }

  struct Row { std::string currency; int year; double krw; };
  std::vector<Row> rows;
  struct Duration { std::string key; double days; };
  std::vector<Duration> durations;
  double tolerance_ = 0.15;
  double bound_tolerance_ = 0.05;
  double approx_ = 0.05;
  double nearly_ = 0.10;
};

// A claim's value in a canonical unit: KRW for a currency with a known
// rate (at the claim's rate year), days for a duration with a known unit,
// otherwise as written. `unit` names it ("KRW", "days", "%", "USD" ...).
struct CanonicalValue {
  bool converted = false;  // true when a rate or day factor was applied
  double value = 0, value_max = 0;
  double factor = 1;  // canonical units per written unit
  std::string unit;
};
// Returns the canonical value of `c` (value_max = value without a range).
CanonicalValue ToCanonical(const Claim& c, const ExchangeRates& rates);

// Returns the year whose rate converts `c`: the publication year, else the
// end of the period, else 0: unverifiable (the amount is not converted).
int RateYear(const Claim& c, const ExchangeRates& rates);

// Returns `v` for people: four significant digits, thousands separators
// (54,560,000; 72.9; -0.3), "∞" for infinity.
std::string FormatNumber(double v);
// The same with `digits` significant digits (1..15).
std::string FormatNumber(double v, int digits);

// Returns the conflicts among `claims` (from one or many articles), in a
// deterministic order, each with an
// explanation stating the values, tolerance and the reason. Conflict::
// tolerance is the relative exchange-rate slack when amounts in different
// currencies were compared, else the largest rounding half-width (in the
// written unit). Question claims, claims without a known subject or metric
// and kTime quantities are never compared; derived claims (derived_from)
// are only checked against their source (unit_mismatch).
// Each pair is first put to the same-fact decision (samefact.h): only pairs
// whose confidence reaches `min_confidence` (negative: the rules' own
// threshold) are compared. Conflicts come cross-article first, then by
// confidence; each lists its sides (the claims stating one figure).
std::vector<Conflict> FindConflicts(const std::vector<Claim>& claims, const ExchangeRates& rates,
                                    const SameFactRules& same_fact = SameFactRules::Default(),
                                    double min_confidence = -1);

// Returns the conflicts among `group`, claims of one stream group
// (StreamGroup) in the order FindConflicts would see them (by article, then
// start), unsorted: FindConflicts over many groups is the concatenation of
// this over each, then SortConflicts. The conflict check of a batch of any
// size runs group by group with it, so its memory follows the largest group.
std::vector<Conflict> FindGroupConflicts(const std::vector<Claim>& group, const ExchangeRates& rates,
                                         const SameFactRules& same_fact = SameFactRules::Default(),
                                         double min_confidence = -1);
// Sorts conflicts into FindConflicts' order (a total order: the same
// conflicts give the same bytes, whatever order they were found in).
void SortConflicts(std::vector<Conflict>& conflicts);

// Returns the stream group of `c`: the unit of the conflict check, and the
// shuffle key of a distributed run. It is ComparedGroup, a rank's group
// ("KR/gdp_rank") folded into its metric's ("KR/gdp"), as ranks are checked
// against the figures of their metric. Nullopt: `c` is never compared.
// (StreamGroupOfKey of its key; a question has none.)
std::optional<std::string> StreamGroup(const Claim& c);

// Returns the group within which FindConflicts may compare `c`: the
// subject/metric part of its key ("KR/ai_investment" of
// "KR/ai_investment/2023"), or nullopt for a claim it never compares (a
// question; an unknown subject or metric). Claims of different groups are
// never in one conflict, except a derived claim and its source, which come
// from one article.
std::optional<std::string> ComparedGroup(const Claim& c);

}  // namespace suchi

#endif  // SUCHI_CONFLICT_H_
