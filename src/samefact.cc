// Same-fact decision (see samefact.h).
#include "samefact.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "rulefile.h"
#include "text_scan.h"

namespace suchi {
namespace {

// The end of the word after the one at i (the figure's word and the next).
std::size_t TwoWordsAfter(std::string_view t, std::size_t i) {
  for (int words = 0; words < 2 && i < t.size(); ++words) {
    std::size_t sp = t.find(' ', SkipSpaces(t, i));
    i = sp == std::string_view::npos ? t.size() : sp;
  }
  return i;
}

// Days since 0000-03-01 of "YYYY-MM-DD" (month and day default to 1), or -1.
long DayNumber(std::string_view d) {
  int y = 0, m = 1, day = 1;
  if (d.size() < 4 || std::from_chars(d.data(), d.data() + 4, y).ec != std::errc()) return -1;
  if (d.size() >= 7) std::from_chars(d.data() + 5, d.data() + 7, m);
  if (d.size() >= 10) std::from_chars(d.data() + 8, d.data() + 10, day);
  if (m < 1 || m > 12) m = 1;
  y -= m <= 2;
  long era = y / 400, yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

bool AsciiId(const std::optional<Entity>& e) {
  return e && !e->id.empty() &&
         std::all_of(e->id.begin(), e->id.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// True when the metric is one short common noun of no lexicon ("대학",
// "지원", "모델"): figures of many kinds share it.
bool Bare(const std::optional<Entity>& m) {
  return m && !AsciiId(m) && m->text.find(' ') == std::string::npos && m->text.size() <= 6;
}

// True when the metric is a measure with its modifiers that no lexicon
// names ("자동차보험 손해율", "D램 고정거래가격"): two articles that
// share it name one specific statistic.
bool Specific(const std::optional<Entity>& m) {
  return m && !AsciiId(m) && m->text.find(' ') != std::string::npos;
}

// True when the claim's key states a period (not "-": inferred from
// publication) that is no window back from publication ("최근 5일간",
// "지난 한달"), which moves with the publication date.
bool StatedPeriod(const Claim& c) {
  std::size_t slash = c.key.rfind('/');
  if (slash == std::string::npos || c.key.compare(slash + 1, std::string::npos, "-") == 0) return false;
  if (!c.period) return true;
  std::string_view t = c.period->text;
  for (std::string_view w : {"최근", "일간", "주간", "한달", "한 달", "개월간"})
    if (t.find(w) != std::string_view::npos) return false;
  return true;
}

// True when the claim's period text names a year, a quarter or a half.
bool YearOrQuarter(const Claim& c) {
  if (!c.period) return false;
  std::string_view t = c.period->text;
  int run = 0;
  for (char ch : t) {
    run = ch >= '0' && ch <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  for (std::string_view w : {"분기", "반기", "지난해", "작년", "올해", "전년", "내년"})
    if (t.find(w) != std::string_view::npos) return true;
  return false;
}

// The number of digit runs (figures) of a sentence.
int Figures(std::string_view t) {
  int n = 0;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (t[i] >= '0' && t[i] <= '9' && (i == 0 || t[i - 1] < '0' || t[i - 1] > '9')) ++n;
  return n;
}

// Code points of `s` with digit runs masked as one '#', spaces dropped.
std::vector<char32_t> Masked(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size() / 2);
  for (std::size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    char32_t c = b;
    std::size_t n = 1;
    if (b >= 0xF0 && i + 3 < s.size()) n = 4, c = (b & 7) << 18 | (s[i + 1] & 0x3F) << 12 | (s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F);
    else if (b >= 0xE0 && i + 2 < s.size()) n = 3, c = (b & 15) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
    else if (b >= 0xC0 && i + 1 < s.size()) n = 2, c = (b & 31) << 6 | (s[i + 1] & 0x3F);
    i += n;
    bool digit = c >= '0' && c <= '9';
    bool joiner = (c == '.' || c == ',') && !out.empty() && out.back() == '#';
    if (digit || joiner) {
      if (out.empty() || out.back() != '#') out.push_back('#');
    } else if (c != ' ') {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::uint64_t> Bigrams(std::string_view s) {
  std::vector<char32_t> m = Masked(s);
  std::vector<std::uint64_t> out;
  out.reserve(m.size());
  for (std::size_t i = 1; i < m.size(); ++i) out.push_back(static_cast<std::uint64_t>(m[i - 1]) << 32 | m[i]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The last four characters before the figure (its quote's first place in
// the sentence), numbers masked and spaces dropped: where in a sentence
// the figure stands ("총상금은" against "1등은").
std::string LeftContext(const Claim& c) {
  std::string_view t = c.sentence;
  std::size_t at = c.quote.empty() ? std::string_view::npos : t.find(c.quote);
  if (at == std::string_view::npos) return "?";
  std::string out;  // the last six characters, spaces dropped
  int chars = 0;
  for (std::size_t i = at; i > 0 && chars < 6;) {
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(t[j]) & 0xC0) == 0x80) --j;
    if (t[j] != ' ') out.insert(0, t.substr(j, i - j)), ++chars;
    i = j;
  }
  return out;
}

// The index of the figure among the figures of its sentence, or -1.
int FigureIndex(const Claim& c) {
  std::size_t at = c.quote.empty() ? std::string_view::npos : c.sentence.find(c.quote);
  return at == std::string_view::npos ? -1 : Figures(std::string_view(c.sentence).substr(0, at));
}

// The days of the month (1..31 before 일) and clock times (N시, N시 N분) a
// sentence states, as one string: "27일|12시08분".
std::string DayAndClock(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9' || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9')) continue;
    std::size_t j = i;
    while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
    std::string_view num = t.substr(i, j - i);
    std::string_view rest = t.substr(j);
    bool day = rest.substr(0, 3) == "일" && num.size() <= 2 && rest.substr(3, 3) != "간" &&
               rest.substr(3, 3) != "만";
    bool clock = rest.substr(0, 3) == "시" && num.size() <= 2 && rest.substr(3, 3) != "간";
    if (day || clock) out.append(num).append(rest.substr(0, 3)).append("|");
  }
  // Days named relative to publication count as days too ("전날까지").
  for (std::string_view w : {"전날", "이날", "어제", "오늘", "그제"})
    if (t.find(w) != std::string_view::npos) out.append(w).append("|");
  return out;
}

}  // namespace

// True when a comparison word follows byte i: "대비", "보다", "에 비해".
bool Compares(std::string_view t, std::size_t i) {
  i = SkipSpaces(t, i);
  for (std::string_view w : {"대비", "보다", "에 비해", "과 비교", "와 비교", "比"})
    if (StartsWith(t, i, w)) return true;
  return false;
}

double MaskedSimilarity(std::string_view a, std::string_view b) {
  std::vector<std::uint64_t> x = Bigrams(a), y = Bigrams(b);
  if (x.empty() && y.empty()) return 1;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) ++common, ++i, ++j;
    else if (x[i] < y[j]) ++i;
    else ++j;
  }
  return static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
}

// The digits of a figure as written ("8만8,271명" -> "88271").
std::string WrittenDigits(std::string_view quote) {
  std::string d;
  for (char c : quote)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

bool OneDigitApart(std::string_view a, std::string_view b) {
  std::string x = WrittenDigits(a), y = WrittenDigits(b);
  if (x.size() < y.size()) std::swap(x, y);
  if (y.size() < 3 || x == y || x.size() > y.size() + 1) return false;
  std::size_t i = 0;
  while (i < y.size() && x[i] == y[i]) ++i;
  // One digit replaced ("88271" / "85271") or one dropped ("156400" / "15600").
  if (x.size() == y.size()) return x.compare(i + 1, std::string::npos, y, i + 1) == 0;
  return x.compare(i + 1, std::string::npos, y, i) == 0;
}

void ShareListedDirections(std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t k = claims.size(); k > first + 1; --k) {
    Claim& prev = claims[k - 2];
    const Claim& next = claims[k - 1];
    std::size_t pc = prev.change.find(':'), nc = next.change.find(':');
    std::string_view pdir = std::string_view(prev.change).substr(0, pc);
    std::string_view ndir = std::string_view(next.change).substr(0, nc);
    std::string_view pbase = pc == std::string::npos ? "" : std::string_view(prev.change).substr(pc);
    std::string_view nbase = nc == std::string::npos ? "" : std::string_view(next.change).substr(nc);
    bool share = prev.q.kind == UnitKind::kPercent || prev.q.kind == UnitKind::kPercentPoint;
    bool open = pdir == "change" || (pdir.empty() && share);  // "각각 3%, 5% 감소했다"
    if (!open || (ndir != "increase" && ndir != "decrease") || pbase != nbase) continue;
    if (prev.q.kind != next.q.kind || prev.sentence != next.sentence || prev.q.end > next.q.begin) continue;
    std::string_view gap = std::string_view(prev.sentence).substr(prev.q.end, next.q.begin - prev.q.end);
    if (gap != "," && gap != ", " && gap != "와 " && gap != "과 ") continue;
    prev.change = std::string(ndir) + std::string(pbase);
  }
}

void MarkChangesBeside(std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t k = first; k < claims.size(); ++k) {
    Claim& level = claims[k];
    if (!level.change.empty() || !level.metric || !level.status.empty()) continue;
    const Claim* change = nullptr;
    int found = 0;
    for (std::size_t j = k + 1; j < claims.size(); ++j) {
      const Claim& c = claims[j];
      if (c.change.empty()) break;  // the next level starts its own statement
      bool signed_change = c.change.rfind("increase", 0) == 0 || c.change.rfind("decrease", 0) == 0;
      if (signed_change && c.metric && c.metric->id == level.metric->id && c.q.kind == level.q.kind &&
          c.q.unit_id == level.q.unit_id && c.q.currency == level.q.currency)
        change = &c, ++found;
    }
    if (found != 1) continue;
    double v = std::fabs(change->q.value);
    level.change_beside = change->change.rfind("decrease", 0) == 0 ? -v : v;
  }
}

const Claim* LevelBeforeBy(const Claim& x, const Claim& y) {
  if (!x.change.empty() || !y.change.empty()) return nullptr;
  double tol = std::max({0.5 * x.q.resolution, 0.5 * y.q.resolution, 1e-9 * std::fabs(y.q.value)});
  auto near = [&](double v, double w) { return std::fabs(v - w) <= tol; };
  if (x.change_beside && *x.change_beside != 0 && near(x.q.value + *x.change_beside, y.q.value)) return &x;
  if (y.change_beside && *y.change_beside != 0 && near(y.q.value - *y.change_beside, x.q.value)) return &y;
  return nullptr;
}

bool IsLevelBefore(const Claim& x, const Claim& y) { return LevelBeforeBy(x, y) != nullptr; }

bool LevelBeforeChange(const Claim& a, const Claim& b) { return IsLevelBefore(a, b) || IsLevelBefore(b, a); }

const SameFactRules& SameFactRules::Default() {
  static const SameFactRules* d = [] {
    auto* r = new SameFactRules;
    r->weights_ = {{"base", 0.35},           {"similarity", 0.4},        {"same_source", 0.1},
                   {"headline_body", 0.25},  {"explicit_periods", 0.1},  {"inferred_period", -0.1},
                   {"far_apart", -0.25},     {"lexicon_subject", 0.05},  {"lexicon_metric", 0.1},
                   {"inferred_subject", -0.15}, {"one_digit_apart", 0.2},  {"values_far", -0.15},
                   {"level_before_change", 0.3}};
    r->scanner_.Build({&r->status_matcher_, &r->before_matcher_, &r->after_matcher_});
    return r;
  }();
  return *d;
}

Result<std::shared_ptr<const SameFactRules>> SameFactRules::Load(const std::string& path) {
  auto rows = ReadRuleFile(path, 3, 3);
  if (!rows.ok()) return rows.status();
  auto r = std::make_shared<SameFactRules>();
  for (const RuleRow& row : *rows) {
    const std::string& type = row.Field(0);
    const std::string& name = row.Field(1);
    const std::string& value = row.Field(2);
    if (type == "threshold" || type == "weight") {
      double v = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (ec != std::errc() || p != value.data() + value.size() || !std::isfinite(v))
        return RuleError(row, "not a number: '" + value + "'");
      if (type == "weight") {
        r->weights_.push_back({name, v});
      } else if (name == "min_confidence") {
        r->min_confidence_ = v;
      } else if (name == "restate_similarity") {
        r->restate_similarity_ = v;
      } else if (name == "near_copy_similarity") {
        r->near_copy_similarity_ = v;
      } else if (name == "inferred_period_days") {
        r->inferred_period_days_ = static_cast<long>(v);
      } else {
        return RuleError(row, "unknown threshold '" + name + "'");
      }
    } else if (type == "change_after" && (value == "increase" || value == "decrease")) {
      r->change_after_.push_back({name, value});
    } else if (type == "change_before" && !value.empty()) {
      r->change_before_.push_back({name, value});
    } else if (type == "change_noun" && (value == "increase" || value == "decrease" || value == "change")) {
      r->change_nouns_.push_back({name, value});
      for (std::size_t b = 0; b < 256; ++b)  // an empty noun ends anywhere
        if (name.empty() || static_cast<unsigned char>(name.back()) == b) r->noun_end_bytes_[b] = true;
    } else if (type == "status" && (value == "provisional" || value == "estimate" ||
                                    value == "target" || value == "cumulative")) {
      r->status_words_.push_back({name, value});
    } else {
      return RuleError(row, "unknown row '" + type + "' with value '" + value + "'");
    }
  }
  if (r->weights_.empty()) return Status::Error(path + ": no weight rows");
  for (auto [list, matcher] : {std::pair{&r->change_after_, &r->after_matcher_},
                               std::pair{&r->change_before_, &r->before_matcher_},
                               std::pair{&r->status_words_, &r->status_matcher_}}) {
    for (std::size_t i = 0; i < list->size(); ++i)
      if (Status s = matcher->Add((*list)[i].text, static_cast<int>(i), path); !s.ok()) return s;
    if (Status s = matcher->Compile(path); !s.ok()) return s;
  }
  r->scanner_.Build({&r->status_matcher_, &r->before_matcher_, &r->after_matcher_});
  return std::shared_ptr<const SameFactRules>(std::move(r));
}

double SameFactRules::weight(std::string_view name) const {
  for (const auto& [n, w] : weights_)
    if (n == name) return w;
  return 0;
}

void SameFactRules::DetectFrame(Claim& c) const {
  std::string_view t = c.sentence;
  const Quantity& q = c.q;
  if (q.end > t.size() || q.begin > q.end) return;
  // The clause around the figure: between the commas before and after it.
  std::size_t cb = t.rfind(',', q.begin), ce = t.find(',', q.end);
  // "전년 대비 각각 24.5%, 46.5%가": a comma between listed figures
  // parts no clauses.
  constexpr std::size_t npos = std::string_view::npos;
  for (std::size_t item = q.begin;;) {
    std::size_t comma = item ? t.rfind(',', item - 1) : npos;
    if (comma == npos || comma == 0 || SkipSpaces(t, comma + 1) != item) break;
    std::size_t prev = t.find_last_not_of(' ', comma - 1);
    if (prev == npos || (t[prev] != '%' && (t[prev] < '0' || t[prev] > '9'))) break;
    std::size_t start = t.find_last_of(" ,", prev);
    item = start == npos ? 0 : start + 1;
    cb = item ? t.rfind(',', item - 1) : npos;
  }
  cb = cb == npos ? 0 : cb + 1;
  if (ce == std::string_view::npos) ce = t.size();
  // Status words anywhere in the sentence ("평균 추정 매출액 1조6532억원,
  // 영업이익 1855억원", "매출액은 1조6600억원, 영업이익은 1755억원으로
  // 전망된다"): a sentence of forecasts forecasts all its figures. The
  // claims of one sentence come one after another: the sentence is read
  // once, for its status and for every base and change word in it.
  thread_local std::string last_sentence, last_status;
  thread_local std::vector<PhraseMatch> befores, afters;
  if (t != last_sentence) {
    last_sentence.assign(t);
    last_status.clear();
    thread_local std::vector<char> present;
    present.assign(status_words_.size(), 0);
    thread_local std::vector<PhraseStarts> starts;
    scanner_.Scan(t, &starts);
    status_matcher_.MarkPresent(t, starts[0], &present);
    for (std::size_t i = 0; i < status_words_.size(); ++i)
      if (present[i]) {
        last_status = status_words_[i].value;
        break;
      }
    befores = before_matcher_.FindAll(t, false, starts[1]);
    afters = after_matcher_.FindAll(t, false, starts[2]);
  }
  c.status = last_status;
  std::size_t next = q.end;  // "4만7801명(35.9%)에서": past the parenthesis
  if (next < t.size() && t[next] == '(') {
    std::size_t close = t.find(')', next);
    if (close != std::string_view::npos) next = close + 1;
  }
  while (next < t.size() && (t[next] == ')' || t[next] == '\'')) ++next;
  if (StartsWith(t, next, "에서") && t.find("로", next) != std::string_view::npos) {
    c.change = "from";  // "7억원에서 22억원으로": the earlier state
    return;
  }
  // The base value itself ("1854억원보다", "전일(44,850원) 대비"): the
  // earlier state the sentence compares with, never a level of its own
  // period (its year is often the reported year's, written "지난해").
  std::size_t i = SkipSpaces(t, next);
  if (StartsWith(t, next, "보다") || StartsWith(t, i, "보다") || StartsWith(t, i, "대비")) {
    c.change = "from";
    return;
  }
  // The base named before the figure in its clause: the nearest one.
  std::string base;
  std::size_t base_at = 0;
  // The clause before the figure, and its word and the next after it.
  for (bool named : {true, false}) {  // a named base (전분기) before 대비 alone
    for (const PhraseMatch& m : befores) {
      if (m.begin < cb || m.end > q.begin) continue;
      if (m.begin == 0 && !Compares(t, m.end)) continue;  // "같은 기간 영업이익은": when, not a base
      const Word& w = change_before_[m.row];
      if ((w.value != "base") != named) continue;
      if (base.empty() || m.begin >= base_at) base = w.value, base_at = m.begin;
    }
    if (!base.empty()) break;
  }
  // "전년도 80.6%에서 85.3%로 증가했다": the state the earlier one went to
  // is a level.
  // "2016년 1조원에서 2018년 2조원으로": a year may date the later state.
  std::size_t before = q.begin;
  while (before > cb && t[before - 1] == ' ') --before;
  for (std::string_view w : {"년", "월"}) {
    std::size_t unit = before >= w.size() && t.substr(before - w.size(), w.size()) == w ? before - w.size() : 0;
    std::size_t digits = unit;
    while (digits > cb && t[digits - 1] >= '0' && t[digits - 1] <= '9') --digits;
    if (unit && digits < unit) {
      before = digits;
      while (before > cb && t[before - 1] == ' ') --before;
    }
  }
  if (before >= cb + 6 && t.substr(before - 6, 6) == "에서" &&
      (StartsWith(t, q.end, "로") || StartsWith(t, q.end, "으로")))
    return;
  // Two words after the figure; past its particle and an adverb ("46.5%가
  // 대폭 늘었다"), not past another figure ("2732만명으로 7만명 줄었다":
  // the level).
  std::size_t after_end = TwoWordsAfter(t, q.end);
  if (q.end < t.size() && t[q.end] != ' ') {
    std::size_t next = SkipSpaces(t, t.find(' ', q.end) == std::string_view::npos ? t.size() : t.find(' ', q.end));
    std::size_t next_end = std::min(t.find(' ', next), t.size());
    if (next < t.size() && t.substr(next, next_end - next).find_first_of("0123456789") == std::string_view::npos)
      after_end = TwoWordsAfter(t, next);
  }
  for (const PhraseMatch& m : afters) {
    if (m.begin < q.end || m.end > after_end) continue;
    c.change = change_after_[m.row].value + (base.empty() ? "" : ":" + base);
    return;
  }
  if (std::string_view noun = ChangeNounBefore(t, cb, q.begin); !noun.empty()) {
    c.change = std::string(noun) + (base.empty() ? "" : ":" + base);
    return;
  }
  // A share with a base and no verb is a change all the same ("전년 대비
  // 19.6%"); another figure only right after the base ("대비 96억원").
  bool share = q.kind == UnitKind::kPercent || q.kind == UnitKind::kPercentPoint;
  if (base.empty()) return;
  // The level a change reached is a level: "전년동기 0.2%p 상승한 83.1%"
  // (a change word ends in the two words before the figure).
  for (const PhraseMatch& m : afters)
    if (m.begin > base_at && m.end <= q.begin && TwoWordsAfter(t, m.begin) >= q.begin &&
        t.substr(base_at, m.begin - base_at).find_first_of("0123456789") != std::string_view::npos)
      return;
  if (share || q.begin - base_at <= 24) c.change = "change:" + base;
}

namespace {

// True when `gap` holds at most a particle and then a qualifier, with
// spaces around them: what may stand between a change noun and its figure.
bool OnlyParticleAndQualifier(std::string_view gap) {
  auto skip = [&gap](std::initializer_list<std::string_view> words) {
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    for (std::string_view w : words)
      if (gap.substr(0, w.size()) == w) {
        gap.remove_prefix(w.size());
        break;
      }
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  };
  skip({"이", "가", "은", "는", "도"});
  skip({"약", "모두", "총", "다시", "무려", "불과"});
  return gap.empty();
}

}  // namespace

// The direction of a change noun that names the figure ("증가 폭이 약
// 26만명", "감소폭은 3.2%"): the first noun of the list whose last
// occurrence in the 40 bytes before `figure` (within the clause from
// `clause`) ends with at most a particle and a qualifier between. Empty
// when none does. The ends are tried from the figure back, only where a
// noun's last byte stands (noun_end_bytes_), and the gap is checked once
// per end, not once per noun.
std::string_view SameFactRules::ChangeNounBefore(std::string_view t, std::size_t clause,
                                                 std::size_t figure) const {
  std::size_t from = figure > clause + 40 ? figure - 40 : clause;
  std::string_view window = t.substr(from, figure - from);
  std::size_t best = change_nouns_.size();
  for (std::size_t e = figure + 1; e-- > from;) {
    if (e > from && !noun_end_bytes_[static_cast<unsigned char>(t[e - 1])]) continue;
    if (!OnlyParticleAndQualifier(t.substr(e, figure - e))) continue;
    for (std::size_t i = 0; i < best; ++i) {
      const std::string& w = change_nouns_[i].text;
      if (e - from < w.size()) continue;
      std::size_t at = e - from - w.size();
      if (window.compare(at, w.size(), w) != 0) continue;
      if (window.find(w, at + 1) == std::string_view::npos) best = i;  // its last occurrence
    }
  }
  return best < change_nouns_.size() ? std::string_view(change_nouns_[best].value) : std::string_view();
}

// True when two change frames can state one change: the same direction
// (or one of unknown direction, "change"), and the same base or one not
// named ("3.1% 줄어" in a headline, "전년보다 3.1% 감소" in its body).
// Levels agree with levels only, a from-figure with a from-figure.
bool FramesAgree(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty() || a == "from" || b == "from") return false;
  auto split = [](std::string_view f, std::string_view& dir, std::string_view& base) {
    std::size_t colon = f.find(':');
    dir = f.substr(0, colon);
    base = colon == std::string_view::npos ? std::string_view() : f.substr(colon + 1);
  };
  std::string_view da, ba, db, bb;
  split(a, da, ba);
  split(b, db, bb);
  bool dir = da == db || da == "change" || db == "change";
  bool base = ba == bb || ba.empty() || bb.empty();
  return dir && base;
}

double SameFactRules::Confidence(const Claim& a, const Claim& b) const {
  // A headline verbalises its body's figure ("생산성 72.9% 높아져" for the
  // body's "생산성 향상 72.4%"): there, a change word against a level is no
  // other frame. Elsewhere frames must agree.
  // The same figure, that is: values within 5% of each other.
  bool headline_body = a.article == b.article && a.headline != b.headline;
  double va = std::fabs(a.q.value), vb = std::fabs(b.q.value);
  bool close = std::fabs(va - vb) <= 0.05 * std::max(va, vb);
  bool loose = headline_body && close && (a.change.empty() || b.change.empty()) &&
               a.change != "from" && b.change != "from";
  if ((!FramesAgree(a.change, b.change) && !loose) || a.status != b.status) return 0;
  // Counts of different counters count different things ("78팀(총 375명)").
  if (a.q.kind == UnitKind::kCount && b.q.kind == UnitKind::kCount && !a.q.unit_id.empty() &&
      !b.q.unit_id.empty() && a.q.unit_id != b.q.unit_id)
    return 0;
  // Forecasts and targets differ from forecaster to forecaster: only one
  // source's two statements can disagree.
  if ((a.status == "estimate" || a.status == "target") && (a.source.empty() || a.source != b.source))
    return 0;
  // One sentence never restates its own figure (lists, before/after pairs);
  // conversions of one figure are checked apart (derived_from).
  if (a.article == b.article && a.sentence == b.sentence) return 0;
  long da = DayNumber(a.published), db = DayNumber(b.published);
  bool dated = da >= 0 && db >= 0;
  // Market reports timed by the clock: their figures move within the day,
  // so two reports are two moments.
  if ((a.intraday || b.intraday) && a.article != b.article) return 0;
  // A change without a stated year or quarter is against the recent past
  // ("500원 내린", "4개월새 53.2% 급등"): two publication days, two changes.
  if ((!a.change.empty() || !b.change.empty()) && dated && da != db &&
      !(YearOrQuarter(a) && YearOrQuarter(b)))
    return 0;
  // One article restating a figure names its subject in both sentences; a
  // subject both took from the article (a byline, the headline) is no sign.
  if (a.article == b.article && a.headline == b.headline && a.subject && b.subject &&
      (a.sentence.find(a.subject->text) == std::string::npos ||
       b.sentence.find(b.subject->text) == std::string::npos))
    return 0;
  // An inferred period is "around publication": figures published days
  // apart (a stock's month, a running count) are different facts.
  bool stated = StatedPeriod(a) && StatedPeriod(b);
  if (!stated && dated && std::labs(da - db) > inferred_period_days_) return 0;
  double sim = MaskedSimilarity(a.sentence, b.sentence);
  // One sentence printed twice (syndication): figures at different places
  // of it are different list items; at the same place, a real discrepancy.
  if (a.article != b.article && sim >= near_copy_similarity_ &&
      (LeftContext(a) != LeftContext(b) || (sim >= 0.9 && FigureIndex(a) != FigureIndex(b))))
    return 0;
  // Days of the month or clock times stated on both sides that differ
  // ("26일 오후 2시" against "27일 12시"): a running figure at two moments.
  // A figure stamped with a clock time is intraday: never one without.
  std::string ta = DayAndClock(a.sentence), tb = DayAndClock(b.sentence);
  if (!ta.empty() && !tb.empty() && ta != tb) return 0;
  if ((ta.find("시|") != std::string::npos) != (tb.find("시|") != std::string::npos)) return 0;
  double conf = weight("base") + weight("similarity") * sim;
  if (a.article == b.article) {
    if (a.headline != b.headline) conf += weight("headline_body");
    else if (sim < restate_similarity_) return 0;  // two body figures that do not restate
    // Items of two enumerations (three figures or more each) are other facts.
    else if (Figures(a.sentence) >= 3 && Figures(b.sentence) >= 3) return 0;
  }
  if (!a.source.empty() && a.source == b.source) conf += weight("same_source");
  conf += stated ? weight("explicit_periods") : weight("inferred_period");
  if (dated && std::labs(da - db) > 60) conf += weight("far_apart");
  if (AsciiId(a.subject) && AsciiId(b.subject)) conf += weight("lexicon_subject");
  if (a.subject_inferred && b.subject_inferred) conf += weight("inferred_subject");
  if (AsciiId(a.metric) && AsciiId(b.metric)) conf += weight("lexicon_metric");
  if (Bare(a.metric) || Bare(b.metric)) conf += weight("bare_metric");
  // Across articles, and for measures (not what a count or a rank lists:
  // "삼성전자 임직원", "롱레인지 모델").
  bool listed = a.q.kind == UnitKind::kCount || a.q.kind == UnitKind::kRank;
  if (a.article != b.article && !listed && Specific(a.metric) && Specific(b.metric))
    conf += weight("specific_metric");
  // The shape of the disagreement: one digit off is how a figure is
  // mistyped (8만8271명 for 8만5271명); figures apart by more than a factor
  // of two that no slip of a digit explains are more often two facts (a
  // quarter and its year, a segment and the total); shares and changes
  // in percent range widely either way.
  bool share = a.q.kind == UnitKind::kPercent || a.q.kind == UnitKind::kPercentPoint;
  if (LevelBeforeChange(a, b)) conf += weight("level_before_change");
  else if (OneDigitApart(a.quote, b.quote)) conf += weight("one_digit_apart");
  else if (!share && a.q.unit_id == b.q.unit_id && a.q.currency == b.q.currency && va > 0 && vb > 0 &&
           std::max(va, vb) > 2 * std::min(va, vb))
    conf += weight("values_far");
  return std::clamp(conf, 0.0, 1.0);
}

}  // namespace suchi
