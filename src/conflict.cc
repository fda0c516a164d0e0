// Conflict detection (see conflict.h).
//
// Every comparable claim becomes an Item: an interval in a canonical unit
// (KRW at the publication year's rate, days, or as written) that covers the
// rounding of the figure as written and its qualifier (approx widens it,
// nearly and more_than make it one-sided). Items are grouped by
// subject/metric with a hash map; within a group, items with an equal
// period, or one unknown period (lower severity), are compared pairwise
// when the set is small and by a sorted interval sweep otherwise, so the
// work is O(n log n). Pairwise findings of one kind are merged into one
// conflict per connected set of claims (union-find), so a figure repeated
// by two articles and contradicted by a third is one conflict.
#include "conflict.h"
#include "samefact.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "rulefile.h"

namespace suchi {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kPairwiseMax = 48;  // larger sets are swept

std::optional<double> ParseNumber(const std::string& s) {
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool IsCurrencyCode(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

Status LoadRow(const RuleRow& row, ExchangeRates& r, std::set<std::pair<std::string, int>>& seen) {
  const std::string& kind = row.Field(0);
  const std::string& key = row.Field(1);
  const std::string& year = row.Field(2);
  std::optional<double> v = ParseNumber(row.Field(3));
  if (!v || *v <= 0) return RuleError(row, "value must be a positive number, found '" + row.Field(3) + "'");
  if (kind == "rate") {
    std::optional<double> y = ParseNumber(year);
    if (!IsCurrencyCode(key)) return RuleError(row, "currency must be an ISO 4217 code, found '" + key + "'");
    if (!y || *y != std::floor(*y) || *y < 1900 || *y > 2100)
      return RuleError(row, "year must be 1900..2100, found '" + year + "'");
    if (!seen.insert({key, static_cast<int>(*y)}).second)
      return RuleError(row, "duplicate rate for " + key + " " + year);
    r.rows.push_back({key, static_cast<int>(*y), *v});
    return Status();
  }
  if (year != "-") return RuleError(row, "year must be '-' for kind '" + kind + "'");
  if (kind == "duration") {
    if (key.empty()) return RuleError(row, "empty duration unit");
    r.durations.push_back({key, *v});
    return Status();
  }
  if (kind != "setting") return RuleError(row, "unknown kind '" + kind + "' (rate, duration, setting)");
  if (*v >= 1) return RuleError(row, "a tolerance must be below 1, found '" + row.Field(3) + "'");
  if (key == "tolerance") r.tolerance_ = *v;
  else if (key == "bound_tolerance") r.bound_tolerance_ = *v;
  else if (key == "approx") r.approx_ = *v;
  else if (key == "nearly") r.nearly_ = *v;
  else return RuleError(row, "unknown setting '" + key + "'");
  return Status();
}

}  // namespace

Result<ExchangeRates> ExchangeRates::Load(const std::string& path) {
  Result<std::vector<RuleRow>> rows = ReadRuleFile(path, 4, 4);
  if (!rows.ok()) return rows.status();
  ExchangeRates r;
  std::set<std::pair<std::string, int>> seen;
  for (const RuleRow& row : *rows)
    if (Status s = LoadRow(row, r, seen); !s.ok()) return s;
  return r;
}

double ExchangeRates::KrwPer(const std::string& currency, int year) const {
  if (currency == "KRW") return 1;
  double best = 0;
  int best_dist = std::numeric_limits<int>::max();
  for (const Row& row : rows) {
    if (row.currency != currency) continue;
    int d = std::abs(row.year - year);
    if (d < best_dist) best_dist = d, best = row.krw;
  }
  return best;
}

double ExchangeRates::DaysPer(const std::string& unit_text, const std::string& unit_id) const {
  std::string_view id = unit_id;
  if (std::size_t colon = id.rfind(':'); colon != std::string_view::npos) id.remove_prefix(colon + 1);
  double best = 0;
  std::size_t best_len = 0;
  for (const Duration& d : durations) {
    bool match = unit_text.compare(0, d.key.size(), d.key) == 0 || id == d.key;
    if (match && d.key.size() > best_len) best_len = d.key.size(), best = d.days;
  }
  return best;
}

int ExchangeRates::LatestYear() const {
  int y = 0;
  for (const Row& row : rows) y = std::max(y, row.year);
  return y;
}

namespace {

// Returns the last year of a key's period part ("2013-2023" -> 2023), or 0.
int PeriodEndOf(std::string_view period) {
  if (std::size_t dash = period.rfind('-'); dash != std::string_view::npos && dash > 0)
    period.remove_prefix(dash + 1);
  int y = 0;
  auto [p, ec] = std::from_chars(period.data(), period.data() + period.size(), y);
  return ec == std::errc() && p == period.data() + period.size() ? y : 0;
}

}  // namespace

int RateYear(const Claim& c, const ExchangeRates& rates) {
  int y = 0;
  if (c.published.size() >= 4) std::from_chars(c.published.data(), c.published.data() + 4, y);
  if (y > 0) return y;  // (the same parse as PublishedYear below)
  if (c.period && c.period->end > 0) return c.period->end;
  if (std::size_t slash = c.key.rfind('/'); slash != std::string::npos)
    if (int e = PeriodEndOf(std::string_view(c.key).substr(slash + 1)); e > 0) return e;
  return 0;  // unverifiable: never the table's latest year
}

CanonicalValue ToCanonical(const Claim& c, const ExchangeRates& rates) {
  CanonicalValue v;
  v.value = c.q.value;
  v.value_max = c.q.value_max.value_or(c.q.value);
  v.unit = c.q.unit_text;
  double f = 0;
  if (c.q.kind == UnitKind::kCurrency && !c.q.currency.empty()) {
    int year = RateYear(c, rates);
    f = c.q.currency == "KRW" ? 1 : year > 0 ? rates.KrwPer(c.q.currency, year) : 0;
    v.unit = f > 0 ? "KRW" : c.q.currency;
    v.converted = f > 0 && c.q.currency != "KRW";
  } else if (c.q.kind == UnitKind::kDuration) {
    f = rates.DaysPer(c.q.unit_text, c.q.unit_id);
    if (f > 0) v.unit = "days", v.converted = true;
  } else if (c.q.kind == UnitKind::kPercent) {
    v.unit = "%";
  } else if (c.q.kind == UnitKind::kPercentPoint) {
    v.unit = "%p";
  }
  if (f > 0) v.factor = f, v.value *= f, v.value_max *= f;
  return v;
}

namespace {

enum Kind { kValue, kBasis, kBound, kPeriod, kUnit, kRateAsShare, kKinds };
const char* const kKindNames[kKinds] = {"value_mismatch", "basis_mismatch", "bound_mismatch",
                                        "period_mismatch", "unit_mismatch", "unit_mismatch"};
enum Severity { kHigh, kMedium, kLow };
const char* const kSeverityNames[] = {"high", "medium", "low"};

struct Interval {
  double lo = 0, hi = 0;
};

// Returns the place value of the last non-zero digit of `v` (72.9 -> 0.1,
// 1.33e9 -> 1e7), or infinity for 0.
double DecimalResolution(double v) {
  double a = std::fabs(v);
  if (a == 0 || !std::isfinite(a)) return kInf;
  for (double p = std::pow(10.0, std::floor(std::log10(a))); p >= 1e-6; p /= 10) {
    double k = a / p;
    if (std::fabs(k - std::round(k)) < 1e-6 * std::max(1.0, k)) return p;
  }
  return 1e-6;
}

// Returns the rounding unit: the written resolution, refined by the digits
// of the value (a value 72.9 cannot have been written to whole units). The
// default 1 on an amount of 10,000 or more is taken as unset, and the place
// of the last non-zero digit is used (13억 -> 1e8).
double Resolution(const Quantity& q) {
  // "5300대", "400대": two trailing zeros read as rounding, whatever the size.
  bool round = std::fabs(q.value) >= 100 && std::fmod(std::fabs(q.value), 100) == 0;
  bool unset = q.resolution <= 0 || (q.resolution == 1 && (std::fabs(q.value) >= 1e4 || round));
  double r = unset ? kInf : q.resolution;
  r = std::min({r, DecimalResolution(q.value),
                q.value_max ? DecimalResolution(*q.value_max) : kInf});
  return std::isfinite(r) ? r : 1;
}

bool IsBound(const std::string& q) {
  return q == "nearly" || q == "more_than" || q == "at_least" || q == "less_than" ||
         q == "at_most";
}

// Returns the interval a written figure stands for, in written units.
Interval WrittenInterval(const Quantity& q, const ExchangeRates& r) {
  double res = Resolution(q);
  double v = q.value, vmax = q.value_max.value_or(q.value);
  if (vmax < v) std::swap(v, vmax);
  const std::string& ql = q.qualifier;
  if (ql == "more_than" || ql == "at_least") return {v, kInf};
  if (ql == "less_than" || ql == "at_most") return {-kInf, vmax};
  if (ql == "nearly") return {v - std::max(r.nearly() * std::fabs(v), res / 2), v};
  Interval i{v - res / 2, vmax + res / 2};
  if (ql == "approx") {
    double w = std::max(r.approx() * std::max(std::fabs(v), std::fabs(vmax)), res);
    i.lo -= w, i.hi += w;
  }
  return i;
}

// One comparable claim.
struct Item {
  std::size_t idx = 0;  // into the claims
  const Claim* c = nullptr;
  std::string_view group, period;  // "SUBJECT/METRIC" and "2023" / "-"
  std::string dim;                 // what can be compared with what
  int dim_id = 0;                  // dim, interned
  Interval written, canon;
  double half = 0;   // rounding half-width as written
  double basis = 0;  // 0 when none
  double rate = 0;   // KRW per unit for converted currencies
  int year = 0;      // the rate's year
  int published = 0;               // publication year, 0 when unknown
  int period_start = 0, period_end = 0;  // from the key, 0 for "-"
  bool unknown = false;            // period == "-"
  bool bound = false, money = false;  // money: converted from another currency
  // A headline figure its own article's body states too (within rounding):
  // it is that figure, not another body figure of its group.
  bool restated = false;
};

int PublishedYear(const Claim& c) {
  int y = 0;
  if (c.published.size() >= 4) std::from_chars(c.published.data(), c.published.data() + 4, y);
  return y;
}

// An unknown period ("-") is read as "around publication": a year or two
// before it. Returns false when two items cannot be about the same time:
// an unknown period published after the other side's known period ended,
// or two unknown periods published more than a year apart (a series, N8).
bool PlausiblySameTime(const Item& a, const Item& b) {
  bool ua = a.unknown, ub = b.unknown;
  if (!ua && !ub) return true;
  if (ua && ub) return !a.published || !b.published || std::abs(a.published - b.published) <= 1;
  const Item& u = ua ? a : b;
  const Item& k = ua ? b : a;
  if (!u.published || !k.period_end) return true;
  return k.period_end >= u.published - 1 && k.period_start <= u.published;
}

// Splits a key into group and period; false for unknown subject/metric.

std::string Dim(const Claim& c, const CanonicalValue& cv) {
  switch (c.q.kind) {
    case UnitKind::kCurrency:
      return cv.unit == "KRW" ? "currency" : "currency:" + (c.q.currency.empty() ? c.q.unit_text : c.q.currency);
    case UnitKind::kDuration: return cv.converted ? "duration" : "duration:" + c.q.unit_text;
    case UnitKind::kCount: case UnitKind::kIndex: case UnitKind::kRatio: case UnitKind::kNone:
      return "number";
    case UnitKind::kMeasure: return "measure:" + c.q.unit_id;
    case UnitKind::kTime: return "";
    default: return UnitKindName(c.q.kind);
  }
}

std::optional<Item> MakeItem(const Claim& c, std::size_t idx, const ExchangeRates& rates) {
  Item it;
  if (c.question || !SplitClaimKey(c.key, it.group, it.period)) return std::nullopt;
  CanonicalValue cv = ToCanonical(c, rates);
  it.dim = Dim(c, cv);
  if (it.dim.empty()) return std::nullopt;
  it.idx = idx, it.c = &c;
  it.written = WrittenInterval(c.q, rates);
  it.canon = {it.written.lo * cv.factor, it.written.hi * cv.factor};
  it.half = Resolution(c.q) / 2;
  it.basis = c.q.basis_per.value_or(0) > 0 ? *c.q.basis_per : 0;
  it.bound = IsBound(c.q.qualifier);
  it.money = c.q.kind == UnitKind::kCurrency && cv.converted;
  if (it.money) it.rate = cv.factor, it.year = RateYear(c, rates);
  it.published = PublishedYear(c);
  it.unknown = it.period == "-";
  if (!it.unknown) {
    it.period_end = PeriodEndOf(it.period);
    std::from_chars(it.period.data(), it.period.data() + it.period.size(), it.period_start);
  }
  return it;
}

bool Overlap(Interval a, Interval b) {
  double scale = 1e-300;
  for (double x : {a.lo, a.hi, b.lo, b.hi})
    if (std::isfinite(x)) scale = std::max(scale, std::fabs(x));
  return std::min(a.hi, b.hi) - std::max(a.lo, b.lo) > 1e-12 * scale;  // touching is apart
}

Interval Widen(Interval i, double t) {
  return {std::isfinite(i.lo) ? i.lo - t * std::fabs(i.lo) : i.lo,
          std::isfinite(i.hi) ? i.hi + t * std::fabs(i.hi) : i.hi};
}

Interval PerBasis(Interval i, double basis) { return basis > 0 ? Interval{i.lo / basis, i.hi / basis} : i; }

double Mid(Interval i) {
  if (!std::isfinite(i.lo)) return i.hi;
  if (!std::isfinite(i.hi)) return i.lo;
  return (i.lo + i.hi) / 2;
}

struct Finding {
  Kind kind;
  std::size_t a, b;  // claim indexes
  Severity severity;
  double tolerance;
  double confidence;  // that a and b state the same fact (samefact.h)
};

Severity Weaker(Severity s) { return s == kHigh ? kMedium : kLow; }

// Pairwise findings, merged as they arrive: one union-find forest per kind
// over claim indexes, keeping the strongest severity and the largest
// tolerance of each set, so memory does not grow with the number of pairs.
class Findings {
 public:
  explicit Findings(std::size_t n) : n_(n) {}

  void Add(const Finding& f) {
    Forest& fo = forests_[f.kind];
    if (fo.parent.empty()) {
      fo.parent.resize(n_);
      for (std::size_t i = 0; i < n_; ++i) fo.parent[i] = i;
      fo.sev.assign(n_, kLow), fo.tol.assign(n_, 0), fo.conf.assign(n_, 0), fo.touched.assign(n_, 0);
    }
    for (std::size_t x : {f.a, f.b})
      if (!fo.touched[x]) fo.touched[x] = 1, fo.members.push_back(x);
    std::size_t ra = Find(fo, f.a), rb = Find(fo, f.b);
    std::size_t r = std::min(ra, rb), o = std::max(ra, rb);
    if (r != o) {
      fo.parent[o] = r;
      fo.sev[r] = std::min(fo.sev[r], fo.sev[o]), fo.tol[r] = std::max(fo.tol[r], fo.tol[o]);
      fo.conf[r] = std::max(fo.conf[r], fo.conf[o]);
    }
    fo.sev[r] = std::min(fo.sev[r], f.severity), fo.tol[r] = std::max(fo.tol[r], f.tolerance);
    fo.conf[r] = std::max(fo.conf[r], f.confidence);
  }

  struct Set {
    std::vector<std::size_t> members;
    Severity severity;
    double tolerance;
    double confidence;  // the strongest pair's
  };
  // Returns the connected sets of claims of one kind.
  std::vector<Set> Sets(int kind) {
    Forest& fo = forests_[kind];
    std::vector<Set> out;
    std::unordered_map<std::size_t, std::size_t> slot;
    for (std::size_t m : fo.members) {
      std::size_t r = Find(fo, m);
      auto [it, fresh] = slot.try_emplace(r, out.size());
      if (fresh) out.push_back({{}, fo.sev[r], fo.tol[r], fo.conf[r]});
      out[it->second].members.push_back(m);
    }
    return out;
  }

 private:
  struct Forest {
    std::vector<std::size_t> parent, members;
    std::vector<Severity> sev;
    std::vector<double> tol, conf;
    std::vector<char> touched;
  };
  static std::size_t Find(Forest& fo, std::size_t x) {
    while (fo.parent[x] != x) x = fo.parent[x] = fo.parent[fo.parent[x]];
    return x;
  }
  std::size_t n_;
  Forest forests_[kKinds];
};

// The intervals two items are compared on, and the relative slack.
void ComparisonIntervals(const Item& a, const Item& b, const ExchangeRates& r, Interval& ia,
                         Interval& ib, double& t) {
  t = 0;
  if (a.c->q.kind == UnitKind::kCurrency && a.c->q.currency == b.c->q.currency) {
    ia = a.written, ib = b.written;  // same currency: no rate in between
    return;
  }
  ia = a.canon, ib = b.canon;
  if (a.money || b.money) {
    t = a.bound || b.bound ? r.bound_tolerance() : r.tolerance();
    if (a.money) ia = Widen(ia, t);
    if (b.money) ib = Widen(ib, t);
  }
}

// Returns the finding for two items of one group, or nullopt if they agree.
std::optional<Finding> Compare(const Item& a, const Item& b, bool weak, const ExchangeRates& r,
                               const SameFactRules& sf, double min_confidence) {
  if (a.dim_id != b.dim_id || (a.c->start == b.c->start && a.c->article == b.c->article) ||
      !PlausiblySameTime(a, b))
    return std::nullopt;
  if (a.c->article == b.c->article && (a.restated || b.restated)) return std::nullopt;
  Interval ia, ib;
  double t;
  ComparisonIntervals(a, b, r, ia, ib, t);
  if (Overlap(ia, ib) && !(a.basis > 0 && b.basis > 0 && a.basis != b.basis)) return std::nullopt;
  // The same fact? Only then is a difference a conflict.
  double conf = sf.Confidence(*a.c, *b.c);
  if (conf < min_confidence || conf <= 0) return std::nullopt;
  Finding f{kValue, a.idx, b.idx, kMedium, t > 0 ? t : std::max(a.half, b.half), conf};
  bool raw = Overlap(ia, ib);
  if (a.basis > 0 && b.basis > 0 && a.basis != b.basis) {
    if (Overlap(PerBasis(ia, a.basis), PerBasis(ib, b.basis))) return std::nullopt;
    if (raw) f.kind = kBasis, f.severity = kHigh;
  } else {
    if (raw) return std::nullopt;
    if (a.basis > 0 || b.basis > 0) weak = true;  // one basis unknown
  }
  if (f.kind == kValue && (a.bound || b.bound)) {
    f.kind = kBound;
  } else if (f.kind == kValue) {
    double ma = Mid(PerBasis(ia, a.basis)), mb = Mid(PerBasis(ib, b.basis));
    double rel = std::fabs(ma - mb) / std::max({std::fabs(ma), std::fabs(mb), 1e-300});
    f.severity = rel >= 0.05 ? kHigh : kMedium;
  }
  if (weak) f.severity = Weaker(f.severity);
  return f;
}

using ItemList = std::vector<const Item*>;

class GroupComparer {
 public:
  GroupComparer(const ExchangeRates& r, const SameFactRules& sf, double min_confidence, Findings& out)
      : r_(r), sf_(sf), min_(min_confidence), out_(out) {}

  void Within(const ItemList& xs) {
    if (xs.size() <= kPairwiseMax) {
      for (std::size_t i = 0; i < xs.size(); ++i)
        for (std::size_t j = i + 1; j < xs.size(); ++j) Add(*xs[i], *xs[j], false);
    } else {
      Sweep(xs, false);
    }
  }

  void Across(const ItemList& xs, const ItemList& ys) {
    if (xs.size() * ys.size() <= kPairwiseMax * kPairwiseMax) {
      for (const Item* x : xs)
        for (const Item* y : ys) Add(*x, *y, true);
    } else {
      ItemList all = xs;
      all.insert(all.end(), ys.begin(), ys.end());
      Sweep(all, true);
    }
  }

 private:
  void Add(const Item& a, const Item& b, bool weak) {
    if (std::optional<Finding> f = Compare(a, b, weak, r_, sf_, min_)) out_.Add(*f);
  }

  // The interval an item has on the common scale of a sweep.
  Interval SweepInterval(const Item& it) const {
    return PerBasis(it.money ? Widen(it.canon, r_.tolerance()) : it.canon, it.basis);
  }

  // Sorts by (dim, lower end) and compares each item with the item of the
  // highest upper end before it: a gap there is a disagreement.
  void Sweep(ItemList xs, bool weak) {
    std::vector<std::pair<Interval, const Item*>> v;
    v.reserve(xs.size());
    for (const Item* x : xs) v.push_back({SweepInterval(*x), x});
    std::sort(v.begin(), v.end(), [](const auto& p, const auto& q) {
      if (p.second->dim_id != q.second->dim_id) return p.second->dim_id < q.second->dim_id;
      if (p.first.lo != q.first.lo) return p.first.lo < q.first.lo;
      return p.second->idx < q.second->idx;
    });
    std::size_t best = 0;
    for (std::size_t i = 1; i < v.size(); ++i) {
      if (v[i].second->dim_id != v[best].second->dim_id) {
        best = i;
        continue;
      }
      if (!Overlap(v[best].first, v[i].first)) Add(*v[best].second, *v[i].second, weak);
      if (v[i].first.hi > v[best].first.hi) best = i;
    }
  }

  const ExchangeRates& r_;
  const SameFactRules& sf_;
  double min_;
  Findings& out_;
};

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Confidences of the checks that compare figures of one article by form
// rather than by the same-fact decision: a headline's year against the
// body's is a likely slip; two body years, less so. A parenthesised
// conversion states one figure twice.
constexpr double kPeriodHeadlineConfidence = 0.7;
constexpr double kPeriodBodyConfidence = 0.45;
constexpr double kConversionConfidence = 0.9;
constexpr double kConversionFarConfidence = 0.6;

// A period stated by a headline or a relative word (작년, 올해: resolved,
// so its text has no digits) is the likelier place of a wrong year.
bool SoftPeriod(const Item& it) {
  return it.c->headline || (it.c->period && !it.c->period->text.empty() && !HasDigit(it.c->period->text));
}

// True when one period key lies inside the other ("2019" and "2019.Q1").
bool Nested(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return b.substr(0, a.size()) == a && b.size() > a.size() && b[a.size()] == '.';
}

// True when one period is a span of years holding the other ("2013" and
// "2005-2013": the headline's year is the span's last).
bool Spans(const Item& a, const Item& b) {
  if (a.period_start == a.period_end && b.period_start == b.period_end) return false;
  return a.period_start > 0 && b.period_start > 0 && a.period_start <= b.period_end &&
         b.period_start <= a.period_end;
}

// Same subject, metric and value in one article under different known
// years, one of them a headline or a relative year.
void SamePeriodFigures(const ItemList& items, Findings& out) {
  using Figure = std::tuple<std::string_view, int, std::string_view, double, double, double>;
  std::set<std::string_view> soft_articles;  // only their figures can take part
  for (const Item* it : items)
    if (it->period != "-" && SoftPeriod(*it)) soft_articles.insert(it->c->article);
  if (soft_articles.empty()) return;
  std::map<Figure, ItemList> buckets;
  for (const Item* it : items)
    if (it->period != "-" && soft_articles.count(it->c->article))
      buckets[{it->c->article, it->dim_id, it->c->q.currency, it->c->q.value,
               it->c->q.value_max.value_or(it->c->q.value), it->basis}]
          .push_back(it);
  for (const auto& [k, xs] : buckets)
    for (std::size_t i = 0; i < xs.size(); ++i)
      for (std::size_t j = i + 1; j < xs.size(); ++j)
        if (xs[i]->period != xs[j]->period && (SoftPeriod(*xs[i]) || SoftPeriod(*xs[j])) &&
            !Nested(xs[i]->period, xs[j]->period) && !Spans(*xs[i], *xs[j]) && xs[i]->period[0] != '-' &&
            xs[j]->period[0] != '-')
          out.Add({kPeriod, xs[i]->idx, xs[j]->idx,
                   xs[i]->c->headline || xs[j]->c->headline ? kMedium : kLow, 0,
                   xs[i]->c->headline || xs[j]->c->headline ? kPeriodHeadlineConfidence
                                                            : kPeriodBodyConfidence});
}

// A rank (metric "X_rank") stated by a headline or a relative year for a
// year in which its article gives no figure of X, while the article gives
// X for another year: the ranking was likely moved to the wrong year.
void RankWithoutFigure(const ItemList& ranks, const ItemList& base, Findings& out) {
  for (const Item* rk : ranks) {
    if (rk->period == "-" || !SoftPeriod(*rk)) continue;
    ItemList other;
    bool same_year = false;
    for (const Item* b : base) {
      if (b->c->article != rk->c->article || b->period == "-") continue;
      if (b->period == rk->period) same_year = true;
      else other.push_back(b);
    }
    if (same_year) continue;
    for (const Item* b : other)
      out.Add({kPeriod, rk->idx, b->idx, rk->c->headline ? kMedium : kLow, 0,
               rk->c->headline ? kPeriodHeadlineConfidence : kPeriodBodyConfidence});
  }
}

// "자살률 26.6%" against "인구 10만명당 26.6명": a rate per N of one
// subject and metric printed with the digits of the rate and a percent
// sign. Only the same written number counts: a share of other digits may
// be another fact.
void RateAsShare(const ItemList& shares, const ItemList& rates, const SameFactRules& sf,
                 double min_confidence, Findings& out) {
  for (const Item* p : shares) {
    if (p->c->q.kind != UnitKind::kPercent || p->basis > 0) continue;
    for (const Item* b : rates) {
      if (b->basis <= 0 || (b->c->q.kind != UnitKind::kCount && b->c->q.kind != UnitKind::kIndex)) continue;
      if (!Overlap(p->written, b->written) || !PlausiblySameTime(*p, *b)) continue;
      if (!p->unknown && !b->unknown && p->period != b->period) continue;
      double conf = sf.Confidence(*p->c, *b->c);
      if (conf <= 0) continue;
      conf = std::min(1.0, conf + sf.weight("rate_as_share"));
      if (conf >= min_confidence) out.Add({kRateAsShare, p->idx, b->idx, kHigh, b->half, conf});
    }
  }
}

// Checks each parenthesised conversion against its source claim.
void CheckDerived(const std::vector<const Claim*>& claims, const std::vector<std::optional<Item>>& items,
                  const ExchangeRates& r, Findings& out) {
  if (std::none_of(claims.begin(), claims.end(), [](const Claim* c) { return !c->derived_from.empty(); }))
    return;
  std::unordered_map<std::string_view, std::size_t> by_id;
  for (std::size_t i = 0; i < claims.size(); ++i) by_id.emplace(claims[i]->id, i);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& d = *claims[i];
    if (d.derived_from.empty() || !items[i]) continue;
    auto src = by_id.find(d.derived_from);
    if (src == by_id.end() || !items[src->second]) continue;
    const Item& a = *items[src->second];
    const Item& b = *items[i];
    if (a.dim_id != b.dim_id) continue;
    Interval ia, ib;
    double t;
    ComparisonIntervals(a, b, r, ia, ib, t);
    if (Overlap(ia, ib)) continue;
    double ma = Mid(ia), mb = Mid(ib);
    double ratio = ma != 0 ? mb / ma : kInf;
    bool far = !(ratio > 0.5 && ratio < 2);
    // A conversion checked at a known rate year is a sure comparison of one
    // figure with itself; far off, it is likelier a different figure.
    out.Add({kUnit, a.idx, b.idx, far ? kHigh : kMedium, t > 0 ? t : std::max(a.half, b.half),
             far ? kConversionFarConfidence : kConversionConfidence});
  }
}

// ---- explanations ----

std::string Commas(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
  std::string digits = buf, out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

}  // namespace

// Returns `v` with `digits` significant digits and thousands separators.
std::string FormatNumber(double v, int digits) {
  if (!std::isfinite(v)) return v > 0 ? "∞" : "-∞";
  double a = std::fabs(v);
  if (a >= 1000) {
    double mag = std::pow(10.0, std::floor(std::log10(a)) - (digits - 1));
    return Commas(mag < 1 ? v : std::round(v / mag) * mag);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", digits, v);
  return buf;
}

std::string FormatNumber(double v) { return FormatNumber(v, 4); }

namespace {

// "27,321,500 to 27,322,500", not "27,320,000 to 27,320,000": the ends of
// an interval with the digits that tell them apart.
std::string FormatInterval(double lo, double hi) {
  // Enough digits to tell the ends apart, and to write them exactly when a
  // few more do ("298,815 to 298,825", not "298,820 to 298,830").
  auto exact = [](double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return std::fabs(std::strtod(buf, nullptr) - v) <= 1e-9 * std::max(1.0, std::fabs(v));
  };
  int digits = 4;
  while (digits < 15 && FormatNumber(lo, digits) == FormatNumber(hi, digits)) ++digits;
  for (int more = digits; more < digits + 3 && more < 15; ++more)
    if (exact(lo, more) && exact(hi, more)) {
      digits = more;
      break;
    }
  return FormatNumber(lo, digits) + " to " + FormatNumber(hi, digits);
}

}  // namespace

namespace {

std::string Label(const Item& it) {
  const Claim& c = *it.c;
  std::string s = "'" + (c.quote.empty() ? FormatNumber(c.q.value) + c.q.unit_text : c.quote) + "'";
  if (c.q.qualifier != "exact" && c.q.qualifier != "range") s += " (" + c.q.qualifier + ")";
  return s;
}

std::string Where(const Item& it) {
  std::string s = it.c->article;
  if (it.c->headline) s += " (headline)";
  return s;
}

// "'4만 달러' (more_than) = more than 54,560,000 KRW at 1,364 KRW/USD (2024)".
std::string WithInterval(const Item& it, bool canonical) {
  Interval i = canonical ? it.canon : it.written;
  std::string unit = !canonical ? "" : it.dim == "currency" ? " KRW" : it.dim == "duration" ? " days" : "";
  std::string s = Label(it);
  if (!std::isfinite(i.hi)) s += " = more than " + FormatNumber(i.lo) + unit;
  else if (!std::isfinite(i.lo)) s += " = less than " + FormatNumber(i.hi) + unit;
  else s += " = " + FormatInterval(i.lo, i.hi) + unit;
  if (canonical && it.money)
    s += " at " + FormatNumber(it.rate) + " KRW/" + it.c->q.currency + " (" + std::to_string(it.year) + ")";
  return s;
}

// Returns "description in where" parts, merging equal descriptions:
// "'-0.3' in 001_x, 004_y".
std::vector<std::string> Merged(const std::vector<const Item*>& xs,
                                const std::function<std::string(const Item&)>& describe) {
  constexpr std::size_t kMaxDescribed = 64;  // explanations list a handful anyway
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, int>>>> seen;
  for (std::size_t n = 0; n < xs.size() && n < kMaxDescribed; ++n) {
    const Item* x = xs[n];
    std::string d = describe(*x), w = Where(*x);
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& p) { return p.first == d; });
    if (it == seen.end()) it = seen.insert(seen.end(), {d, {}});
    auto wt = std::find_if(it->second.begin(), it->second.end(), [&](const auto& p) { return p.first == w; });
    if (wt == it->second.end()) it->second.push_back({w, 1});
    else ++wt->second;
  }
  std::vector<std::string> out;
  for (const auto& [d, ws] : seen) {
    std::string s = d + " in ";
    for (std::size_t i = 0; i < ws.size(); ++i)
      s += (i ? ", " : "") + ws[i].first + (ws[i].second > 1 ? " (" + std::to_string(ws[i].second) + " times)" : "");
    out.push_back(s);
  }
  if (xs.size() > kMaxDescribed)
    out.push_back("(" + std::to_string(xs.size()) + " claims in all)");
  return out;
}

std::string JoinLimited(const std::vector<std::string>& parts, const char* sep, std::size_t max) {
  std::string s;
  for (std::size_t i = 0; i < parts.size() && i < max; ++i) s += (i ? sep : "") + parts[i];
  if (parts.size() > max) s += " and " + std::to_string(parts.size() - max) + " more";
  return s;
}

// " '112만4000명' of emp_008 is '114만5000명' of emp_001 less the change
// stated beside the former (+21,000): ..." when one side's level is the
// other's before its change (IsLevelBefore), else "".
std::string LevelBeforeChangeNote(const std::vector<const Item*>& xs) {
  constexpr std::size_t kMaxLooked = 64;
  for (std::size_t i = 0; i < xs.size() && i < kMaxLooked; ++i)
    for (std::size_t j = 0; j < xs.size() && j < kMaxLooked; ++j) {
      const Claim& a = *xs[i]->c;
      const Claim& b = *xs[j]->c;
      const Claim* with = i == j ? nullptr : LevelBeforeBy(a, b);
      if (!with) continue;
      return " " + Label(*xs[i]) + " of " + Where(*xs[i]) + " is " + Label(*xs[j]) + " of " + Where(*xs[j]) +
             " less the change stated beside " + (with == &a ? "the former" : "the latter") + " (" +
             (*with->change_beside > 0 ? "+" : "") + FormatNumber(*with->change_beside) +
             "): the level before the change, last period's figure, was likely printed for this one.";
    }
  return "";
}

std::string Explain(Kind kind, const std::vector<const Item*>& xs, double tolerance, const ExchangeRates& r) {
  bool money = std::any_of(xs.begin(), xs.end(), [](const Item* x) { return x->money; });
  bool mixed_currency = money && std::any_of(xs.begin(), xs.end(), [&](const Item* x) {
                          return x->c->q.currency != xs[0]->c->q.currency;
                        });
  bool canonical = mixed_currency || xs[0]->dim == "duration";
  std::vector<std::string> parts;
  std::string tol = mixed_currency ? "converted amounts ±" + FormatNumber(tolerance * 100) + "% for exchange rates"
                                   : "each figure ± half a unit of its last digit (±" +
                                         FormatNumber(tolerance) + ")";
  if (std::any_of(xs.begin(), xs.end(), [](const Item* x) { return x->c->q.qualifier == "approx"; }))
    tol += ", approximate figures ± max(" + FormatNumber(r.approx() * 100) + "%, one unit)";
  switch (kind) {
    case kValue:
    case kBound:
      parts = Merged(xs, [&](const Item& x) { return WithInterval(x, canonical); });
      return std::string(kind == kValue ? "The figures for the same fact disagree beyond rounding: "
                                        : "These bounds cannot both hold: ") +
             JoinLimited(parts, "; ", 5) + ". Tolerance: " + tol + "." +
             (kind == kValue ? LevelBeforeChangeNote(xs) : "");
    case kBasis: {
      std::map<double, std::vector<const Item*>> by_basis;
      for (const Item* x : xs) by_basis[x->basis].push_back(x);
      for (const auto& [b, ys] : by_basis)
        parts.push_back(JoinLimited(Merged(ys, Label), ", ", 4) +
                        (b > 0 ? " per " + FormatNumber(b) : " without a basis"));
      const Item& x = *xs[0];
      std::string s = "The same figure is given on different bases: " + JoinLimited(parts, " vs ", 4) +
                      ". At most one can hold";
      if (by_basis.size() >= 2 && by_basis.begin()->first > 0) {
        double b1 = by_basis.begin()->first, b2 = std::next(by_basis.begin())->first;
        s += ": " + FormatNumber(x.c->q.value) + " per " + FormatNumber(b1) + " is " +
             FormatNumber(x.c->q.value * b2 / b1) + " per " + FormatNumber(b2);
      }
      return s + " (tolerance ±" + FormatNumber(tolerance) + ").";
    }
    case kPeriod:
      parts = Merged(xs, [](const Item& x) { return Label(x) + " for " + std::string(x.period); });
      return "The same article ties this figure to different years: " + JoinLimited(parts, "; ", 5) +
             ". A headline or relative year (작년, 올해) was likely resolved to the wrong year.";
    case kRateAsShare: {
      parts = Merged(xs, [](const Item& x) {
        return Label(x) + (x.basis > 0 ? " (per " + FormatNumber(x.basis) + ")" : "");
      });
      return "A rate per head is printed as a percentage: " + JoinLimited(parts, "; ", 5) +
             ". The same digits with '%' state a share of 100, not a rate per the population given.";
    }
    case kUnit: {
      parts = Merged(xs, [](const Item& x) { return WithInterval(x, true); });
      return "A stated conversion does not fit the exchange rate: " + JoinLimited(parts, "; ", 4) +
             ". Tolerance: " + tol + ".";
    }
    default: return "";
  }
}

std::string ConflictId(const std::string& kind, const std::vector<std::string>& ids) {
  std::uint64_t h = 1469598103934665603ULL;
  auto mix = [&](std::string_view s) {
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ULL;
  };
  mix(kind);
  for (const std::string& id : ids) mix("|"), mix(id);
  char buf[32];
  std::snprintf(buf, sizeof buf, "K%012llx", static_cast<unsigned long long>(h >> 16));
  return buf;
}

// The key a conflict is about: the commonest key with a known period, a
// headline's key first among equals.
std::string ConflictKey(const std::vector<const Item*>& xs) {
  std::map<std::string, int> count;
  for (const Item* x : xs) count[x->c->key] += (x->period == "-" ? 1 : 1000) + (x->c->headline ? 10 : 0);
  return std::max_element(count.begin(), count.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

// The positions of a conflict: its claims grouped by the figure they state
// (value, range, unit, basis), largest canonical value first.
std::vector<ConflictSide> Sides(const std::vector<const Item*>& xs, const ExchangeRates& r,
                                bool by_period) {
  std::vector<ConflictSide> sides;
  for (const Item* x : xs) {
    const Quantity& q = x->c->q;
    // One figure however its unit is spaced ("7193억원", "7193억 원"); in a
    // period conflict, one figure for each period.
    auto same = [&](const ConflictSide& s) {
      bool same_period = !by_period || s.period == x->period;
      return s.value == q.value && s.value_max == q.value_max && s.kind == q.kind &&
             s.currency == q.currency && s.basis_per == q.basis_per && same_period;
    };
    auto it = std::find_if(sides.begin(), sides.end(), same);
    if (it == sides.end()) {
      CanonicalValue cv = ToCanonical(*x->c, r);
      it = sides.insert(sides.end(), ConflictSide{{}, q.value, q.value_max, q.kind, q.unit_text,
                                                  q.currency, q.basis_per, cv.value, cv.unit,
                                                  std::string(x->period)});
    }
    it->claims.push_back(x->c->id);
  }
  for (ConflictSide& s : sides) std::sort(s.claims.begin(), s.claims.end());
  return sides;
}

std::vector<Conflict> BuildConflicts(Findings& findings, const std::vector<std::optional<Item>>& items,
                                     const ExchangeRates& r) {
  std::vector<Conflict> out;
  for (int k = 0; k < kKinds; ++k) {
    for (const Findings::Set& set : findings.Sets(k)) {
      std::vector<const Item*> xs;
      for (std::size_t m : set.members) xs.push_back(&*items[m]);
      std::sort(xs.begin(), xs.end(), [](const Item* x, const Item* y) {
        double mx = Mid(x->canon), my = Mid(y->canon);
        return mx != my ? mx > my : x->c->id < y->c->id;
      });
      Conflict c;
      c.kind = kKindNames[k];
      c.key = ConflictKey(xs);
      for (const Item* x : xs) c.claims.push_back(x->c->id);
      std::sort(c.claims.begin(), c.claims.end());
      c.id = ConflictId(c.kind, c.claims);
      c.explanation = Explain(static_cast<Kind>(k), xs, set.tolerance, r);
      c.severity = kSeverityNames[set.severity];
      c.tolerance = set.tolerance;
      c.confidence = std::round(set.confidence * 1000) / 1000;
      c.sides = Sides(xs, r, k == kPeriod);
      std::set<std::string_view> arts;
      for (const Item* x : xs) arts.insert(x->c->article);
      c.articles = static_cast<int>(arts.size());
      if (c.sides.size() < 2) continue;  // one figure stated twice: nothing disagrees
      out.push_back(std::move(c));
    }
  }
  return out;
}

// Marks the headline items of each group that a body item of the same
// article states within rounding.
void MarkRestatedHeadlines(std::unordered_map<std::string_view, ItemList>& groups) {
  for (auto& [group, xs] : groups) {
    std::unordered_map<std::string_view, ItemList> body;
    for (const Item* x : xs)
      if (!x->c->headline) body[x->c->article].push_back(x);
    for (const Item* x : xs) {
      if (!x->c->headline) continue;
      auto it = body.find(x->c->article);
      if (it == body.end()) continue;
      for (const Item* b : it->second)
        if (b->dim_id == x->dim_id && Overlap(b->written, x->written)) {
          const_cast<Item*>(x)->restated = true;
          break;
        }
    }
  }
}

int SeverityRank(const std::string& s) { return s == "high" ? 0 : s == "medium" ? 1 : 2; }

// The conflicts among `claims`, all of one stream group, whose confidence
// reaches `min_confidence`, unsorted.
std::vector<Conflict> CheckGroup(const std::vector<const Claim*>& claims, const ExchangeRates& rates,
                                 const SameFactRules& same_fact, double min_confidence) {
  std::vector<std::optional<Item>> items(claims.size());
  std::unordered_map<std::string_view, ItemList> groups;  // competing claims by subject/metric
  std::unordered_map<std::string, int> dims;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    items[i] = MakeItem(*claims[i], i, rates);
    if (!items[i]) continue;
    items[i]->dim_id = dims.try_emplace(items[i]->dim, static_cast<int>(dims.size())).first->second;
    if (claims[i]->derived_from.empty()) groups[items[i]->group].push_back(&*items[i]);
  }
  MarkRestatedHeadlines(groups);
  Findings findings(claims.size());
  GroupComparer cmp(rates, same_fact, min_confidence, findings);
  for (const auto& [group, xs] : groups) {
    std::map<std::string_view, ItemList> by_period;
    for (const Item* x : xs) by_period[x->period].push_back(x);
    auto unknown = by_period.find("-");
    for (const auto& [p, list] : by_period) {
      cmp.Within(list);
      if (p != "-" && unknown != by_period.end()) cmp.Across(list, unknown->second);
    }
    SamePeriodFigures(xs, findings);
    constexpr std::string_view kRank = "_rank", kShare = "_percent";
    if (group.size() > kRank.size() && group.substr(group.size() - kRank.size()) == kRank)
      if (auto base = groups.find(group.substr(0, group.size() - kRank.size())); base != groups.end())
        RankWithoutFigure(xs, base->second, findings);
    if (group.size() > kShare.size() && group.substr(group.size() - kShare.size()) == kShare)
      if (auto base = groups.find(group.substr(0, group.size() - kShare.size())); base != groups.end())
        RateAsShare(xs, base->second, same_fact, min_confidence, findings);
  }
  CheckDerived(claims, items, rates, findings);
  std::vector<Conflict> out = BuildConflicts(findings, items, rates);
  // Form checks (periods, conversions) are held to the same threshold.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Conflict& c) { return c.confidence < min_confidence; }),
            out.end());
  return out;
}

}  // namespace

std::vector<Conflict> FindGroupConflicts(const std::vector<Claim>& group, const ExchangeRates& rates,
                                         const SameFactRules& same_fact, double min_confidence) {
  if (min_confidence < 0) min_confidence = same_fact.min_confidence();
  std::vector<const Claim*> claims;
  claims.reserve(group.size());
  for (const Claim& c : group) claims.push_back(&c);
  return CheckGroup(claims, rates, same_fact, min_confidence);
}

void SortConflicts(std::vector<Conflict>& out) {
  // Cross-article first, then by confidence, then by articles taking part.
  std::sort(out.begin(), out.end(), [](const Conflict& a, const Conflict& b) {
    if ((a.articles > 1) != (b.articles > 1)) return a.articles > 1;
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    if (a.articles != b.articles) return a.articles > b.articles;
    int sa = SeverityRank(a.severity), sb = SeverityRank(b.severity);
    if (sa != sb) return sa < sb;
    if (a.key != b.key) return a.key < b.key;
    if (a.claims != b.claims) return a.claims < b.claims;
    return a.kind < b.kind;
  });
}

std::vector<Conflict> FindConflicts(const std::vector<Claim>& claims, const ExchangeRates& rates,
                                    const SameFactRules& same_fact, double min_confidence) {
  if (min_confidence < 0) min_confidence = same_fact.min_confidence();
  // Stream group by stream group, the claims of each in their given order:
  // claims of two groups never meet in a conflict.
  std::map<std::string, std::vector<const Claim*>> groups;
  for (const Claim& c : claims)
    if (std::optional<std::string> g = StreamGroup(c)) groups[*g].push_back(&c);
  std::vector<Conflict> out;
  for (const auto& [group, members] : groups) {
    std::vector<Conflict> found = CheckGroup(members, rates, same_fact, min_confidence);
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  SortConflicts(out);
  return out;
}

std::optional<std::string> StreamGroup(const Claim& c) {
  std::string g = c.question ? "" : StreamGroupOfKey(c.key);
  if (g.empty()) return std::nullopt;
  return g;
}

std::optional<std::string> ComparedGroup(const Claim& c) {
  std::string_view group, period;
  if (c.question || !SplitClaimKey(c.key, group, period)) return std::nullopt;
  return std::string(group);
}

}  // namespace suchi
