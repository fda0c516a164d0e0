// Joins of adjacent quantities that state one figure (see numbers_join.h).
// The words that link them are words.tsv rows: between_link and
// between_close (10과 15 사이), bound_link (the ending after a first bound:
// 높고, 이상이고) and rate_link (한시간에 30km).
#include "numbers_join.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace suchi {
namespace {

std::string_view At(std::string_view s, std::size_t p) { return p < s.size() ? s.substr(p) : std::string_view(); }

std::size_t SkipSpace(std::string_view s, std::size_t p) { return p < s.size() && s[p] == ' ' ? p + 1 : p; }

// Returns the end of the word row of `kind` starting at p, or kNpos.
std::size_t WordEnd(std::string_view s, std::size_t p, const NumberTables& t, WordKind kind) {
  const WordRow* w = t.Word(At(s, p), kind);
  return w != nullptr ? p + w->text.size() : kNpos;
}

bool Unitless(const Quantity& q) { return q.kind == UnitKind::kNone && q.unit_id.empty(); }
bool SameUnit(const Quantity& a, const Quantity& b) {
  return a.kind == b.kind && a.unit_id == b.unit_id && a.currency == b.currency;
}
bool Lower(const Quantity& q) { return q.qualifier == "at_least" || q.qualifier == "more_than"; }
bool Upper(const Quantity& q) { return q.qualifier == "at_most" || q.qualifier == "less_than"; }

// "10과 15 사이", "30에서 40 사이", "10%와 15% 사이".
bool Between(std::string_view s, const NumberTables& t, const Quantity& a, const Quantity& b) {
  if (a.value_max || b.value_max || a.kind == UnitKind::kTime || b.kind == UnitKind::kTime) return false;
  if (!SameUnit(a, b) && !(Unitless(a) && (b.value < 100 * a.value || Unitless(b)))) return false;
  std::size_t p = WordEnd(s, a.end, t, WordKind::kBetweenLink);
  if (p == kNpos || SkipSpace(s, p) != b.begin) return false;
  return WordEnd(s, SkipSpace(s, b.end), t, WordKind::kBetweenClose) != kNpos && a.value < b.value;
}

// "50명 이상 100명 이하", "40%보다 높고 60%보다 낮은", "5000만원을 넘고 1억원 미만".
bool Interval(std::string_view s, const NumberTables& t, const Quantity& a, const Quantity& b) {
  if (!Lower(a) || !Upper(b) || a.value_max || b.value_max || !SameUnit(a, b) || a.value > b.value)
    return false;
  if (SkipSpace(s, a.end) == b.begin) return true;  // 50명이상 100명이하: the words are in the spans
  std::size_t p = a.end, len = 0;
  if (FollowQualifierAt(s, p, t, &len) != nullptr) {
    p += len;
  } else {
    if (const WordRow* pt = t.Word(At(s, p), WordKind::kParticle)) p += pt->text.size();
    p = SkipSpace(s, p);
    const QualifierRow* q = t.qualifier_index.Longest(
        At(s, p), [](const QualifierRow& r) { return r.pos == QualPos::kAfter; });
    if (q == nullptr) return false;
    p += q->text.size();
  }
  if (std::size_t e = WordEnd(s, p, t, WordKind::kBoundLink); e != kNpos) p = e;
  if (p < s.size() && s[p] == ',') ++p;
  return p > a.end && SkipSpace(s, p) == b.begin;
}

// "한시간에 최고 30km": one unit of time, a link, at most one word, a length.
// Returns the per-unit suffix of the rate ("/h"), or "".
std::string_view Rate(std::string_view s, const NumberTables& t, const Quantity& a, const Quantity& b) {
  if (a.kind != UnitKind::kDuration || a.value != 1 || a.value_max || b.kind != UnitKind::kMeasure) return "";
  if (b.unit_id != "km" && b.unit_id != "m" && b.unit_id != "mile") return "";
  std::string_view per = a.unit_id == "hour" ? "/h" : a.unit_id == "minute" ? "/min"
                       : a.unit_id == "second" ? "/s" : "";
  std::size_t p = WordEnd(s, a.end, t, WordKind::kRateLink);
  if (per.empty() || p == kNpos) return "";
  p = SkipSpace(s, p);
  if (p == b.begin) return per;
  std::size_t e = p;
  while (e < b.begin && e - p <= 12 && s[e] != ' ' && !IsDigit(s[e])) ++e;
  return e > p && e - p <= 12 && SkipSpace(s, e) == b.begin ? per : "";
}

// "3년 9개월", "17시간 30분": one length in the smaller unit (45 months,
// 1050 minutes). Returns how many of b's units one of a's is, or 0.
double Compound(std::string_view s, const Quantity& a, const Quantity& b) {
  if (a.kind != UnitKind::kDuration || b.kind != UnitKind::kDuration || a.value_max || b.value_max ||
      SkipSpace(s, a.end) != b.begin)
    return 0;
  static constexpr struct { std::string_view big, small; double per; } kSteps[] = {
      {"year", "month", 12}, {"day", "hour", 24}, {"hour", "minute", 60}, {"minute", "second", 60}};
  for (const auto& st : kSteps)
    if (a.unit_id == st.big && b.unit_id == st.small && b.value < st.per) return st.per;
  return 0;
}

Quantity Joined(const Quantity& a, const Quantity& b, const char* rule) {
  Quantity q = b;
  q.begin = a.begin;
  q.value = a.value;
  q.value_max = b.value;
  q.resolution = std::min(a.resolution, b.resolution);
  q.qualifier = "range";
  q.rule = rule;
  return q;
}

}  // namespace

std::size_t RangeNext(std::string_view s, std::size_t e, bool* eseo) {
  std::size_t p = e;
  bool sp = p < s.size() && s[p] == ' ';
  if (sp) ++p;
  static constexpr std::string_view kDash[] = {"~", "\u223C", "\uFF5E", "\u301C", "-", "\u2013"};
  for (std::string_view d : kDash) {
    if (s.substr(p, d.size()) != d) continue;
    p += d.size();
    bool sp_after = p < s.size() && s[p] == ' ';
    // "0.1 -0.76": a space before a hyphen and none after is a sign.
    if (sp && !sp_after && d == "-") return kNpos;
    if (sp_after) ++p;
    *eseo = false;
    return p;
  }
  if (!sp && s.substr(p, 7) == "\xEC\x97\x90\xEC\x84\x9C ") {  // "에서 "
    *eseo = true;
    return p + 7;
  }
  return kNpos;
}

std::size_t LooseMatch(std::string_view s, std::size_t p, std::string_view row) {
  std::size_t i = SkipSpace(s, p);
  for (char c : row) {
    if (c == ' ') i = SkipSpace(s, i);
    else if (i < s.size() && s[i] == c) ++i;
    else return 0;
  }
  return i - p;
}

const QualifierRow* FollowQualifierAt(std::string_view s, std::size_t p, const NumberTables& t,
                                      std::size_t* len) {
  const QualifierRow* best = nullptr;
  *len = 0;
  std::uint32_t lead = LeadKey(At(s, SkipSpace(s, p)));  // most figures are followed by no comparison
  for (const auto& [key, rows] : t.follow_groups) {
    if (key != lead) continue;
    for (const QualifierRow* row : rows)
      if (std::size_t n = LooseMatch(s, p, row->text); n > *len) best = row, *len = n;
  }
  return best;
}

void JoinQuantities(std::string_view s, const NumberTables& t, std::vector<Quantity>* qs) {
  std::vector<Quantity>& v = *qs;
  if (v.size() < 2) return;
  std::size_t w = 0;  // v[0, w] are the quantities kept so far
  for (std::size_t i = 1; i < v.size(); ++i) {
    Quantity& a = v[w];
    Quantity& b = v[i];
    // Every join links neighbours within a few words (40%보다 높고 60%).
    bool near = b.begin >= a.end && b.begin - a.end <= 48;
    if (near && Between(s, t, a, b)) {
      a = Joined(a, b, "join.between");
    } else if (near && Interval(s, t, a, b)) {
      a = Joined(a, b, "join.interval");
    } else if (double per = near ? Compound(s, a, b) : 0; per > 0) {
      double value = a.value * per + b.value, res = std::min(b.resolution, a.resolution * per);
      std::string qualifier = a.qualifier != "exact" ? a.qualifier : b.qualifier;  // 약 3년 9개월
      std::size_t begin = a.begin;
      a = std::move(b);
      a.begin = begin, a.value = value, a.resolution = res, a.qualifier = qualifier;
      a.rule = "join.compound_duration";
    } else if (std::string_view per = near ? Rate(s, t, a, b) : ""; !per.empty()) {
      std::size_t begin = a.begin;
      a = std::move(b);
      a.begin = begin;
      a.unit_id += per;
      a.rule = "join.rate";
    } else if (++w != i) {
      v[w] = std::move(b);
    }
  }
  v.resize(w + 1);
}

}  // namespace suchi
