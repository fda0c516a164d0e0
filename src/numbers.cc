// The scanner of the Korean number grammar (see numbers.h).
//
// One left-to-right pass over the sentence. It steps over the characters at
// which nothing can happen (most Hangul) with a byte test and a bit per
// syllable derived from the tables. At each possible number start
// (a digit, a sign, a Hangul numeral at a word start) the scanner reads a
// number (digits, Hangul numerals, scale words), a unit written before or
// after it, the second end of a range, and qualifier words around it. Each
// read looks at a bounded neighbourhood and the scan resumes after what it
// read, so a sentence is scanned in linear time. Every word list comes from
// rules/numbers/*.tsv (numbers_tables.h).
#include "numbers.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

#include "numbers_join.h"
#include "numbers_tables.h"

namespace suchi {
namespace {


// A quantity being assembled.
struct Reading {
  Num num;
  std::size_t begin = 0, end = 0;
  const UnitRow* unit = nullptr;
  const UnitRow* prefix = nullptr;
  std::size_t unit_begin = 0, unit_end = 0;
  double extra = 0, extra_res = 0;  // 달러 + 센트, 시간 + 반
  bool yeo = false;                 // 10여 개국
  const BasisRow* basis = nullptr;  // a basis marker (10만명당), not a figure
  std::size_t basis_end = 0;
};

enum class Outcome { kNone, kFound, kSkipToken };

struct ActiveBasis {
  const BasisRow* row = nullptr;
  double per = 1;
  std::string text;
};

class Scanner {
 public:
  Scanner(std::string_view s, const NumberTables& t, const ScanOptions& o) : s_(s), t_(t), o_(o) {}
  std::vector<Quantity> Run();

 private:
  std::string_view At(std::size_t i) const { return i < s_.size() ? s_.substr(i) : std::string_view(); }
  char32_t Char(std::size_t i) const {
    std::size_t n;
    return DecodeAt(s_, i, &n);
  }
  std::size_t CharLen(std::size_t i) const {
    std::size_t n;
    DecodeAt(s_, i, &n);
    return n == 0 ? 1 : n;
  }
  bool WordStart(std::size_t i) const { return !IsWordChar(CharBefore(s_, i)); }
  bool EndsWithAt(std::size_t end, std::string_view w) const {
    if (end < w.size() || end > s_.size()) return false;
    return w.empty() || (s_[end - 1] == w.back() &&  // most rows differ in the last byte
                         std::equal(w.begin(), w.end() - 1, s_.begin() + (end - w.size())));
  }

  bool ReadNumber(std::size_t p, Num* n) const { return ReadNumeral(s_, p, t_, o_.whole_input, n); }

  // Units and names.
  bool HangulOk(const Num& n, const UnitRow& u, bool spaced) const;
  bool UnitEndOk(const UnitRow& u, std::size_t b, std::size_t e, bool spaced) const;
  const UnitRow* SuffixUnit(const Num& n, std::size_t q, std::size_t* b) const;
  const UnitRow* PrefixUnit(std::size_t p, std::size_t* b) const;
  bool NameBefore(std::size_t p) const;
  bool GuardHit(const Reading& r) const;
  bool MoneyWordAfter(std::size_t e) const {
    return e < s_.size() && s_[e] == ' ' && t_.Word(At(e + 1), WordKind::kMoney) != nullptr;
  }
  bool AgeInParens(std::size_t b, std::size_t e, double value) const;
  const UnitRow* Disambiguate(const Num& n, const UnitRow* u) const;
  bool Attributive(std::size_t e) const;
  bool LabelAfter(const Reading& r) const;
  bool WordBefore(std::size_t b, WordKind kind) const;
  bool DurationMarkAt(std::size_t e) const;
  const UnitRow* RateFor(const UnitRow& prefix, const UnitRow* unit) const;
  Outcome ReadCore(std::size_t p, Reading* r) const;
  void ReadBasisSuffix(Reading* r) const;
  void ReadUnitTail(Reading* r) const;

  // Whole quantities.
  bool TryRange(Reading* r, Reading* second) const;
  void Classify(const Reading& r, const Reading* second, Quantity* q) const;
  void SetUnit(const Reading& r, Quantity* q, double* value, double* res) const;
  void ExtendTime(Quantity* q) const;
  void Qualify(const Reading& r, bool range, Quantity* q) const;
  const QualifierRow* FollowQualifier(std::size_t e) const;
  void ApplyBand(Quantity* q) const;
  Outcome Read(std::size_t p, Quantity* q, Reading* r);
  bool MayStart(std::size_t i, char32_t c, bool word_start) const;
  void NoteWord(std::size_t i);
  const PhraseRow* PhraseAt(std::size_t i) const;
  Quantity PhraseQuantity(std::size_t i, const PhraseRow& ph) const;
  void ApplyBasis(Quantity* q) const;
  void ComputeSkips();
  std::size_t TokenEnd(std::size_t i) const;
  bool SentenceEnd(std::size_t i, char32_t c) const;
  bool AfterSyllable(std::size_t i) const;
  std::size_t NextCandidate(std::size_t i, std::size_t limit) const;
  bool Step(std::size_t& i, std::size_t& last_end, std::vector<Quantity>& out);

  std::string_view s_;
  const NumberTables& t_;
  ScanOptions o_;
  std::vector<std::pair<std::size_t, std::size_t>> skips_;
  ActiveBasis basis_;
  bool money_ = false;
};

// ---- units and names ----

bool Scanner::HangulOk(const Num& n, const UnitRow& u, bool spaced) const {
  if (n.ordinal_only && u.kind != UnitKind::kRank) return false;
  if (!n.hangul) return true;
  if (n.half) return o_.whole_input && u.hangul != HangulUse::kNo;
  if (n.native && u.kind == UnitKind::kCurrency) return false;  // 열원, 한원
  bool money = u.kind == UnitKind::kCurrency;
  // 백사장, 백일장: a glued Sino compound before a counter is a word; before
  // a currency it is an amount (이십유로).
  if (!o_.whole_input && !n.native && n.syllables > 1 && n.top_big == 0 && !spaced &&
      u.hangul == HangulUse::kMulti && !money)
    return false;
  // 백유로, 천달러: one scale syllable is an amount; one digit syllable is
  // too often a word (이유로).
  if (money && n.SingleSino() && !spaced && u.hangul == HangulUse::kMulti && n.value >= 10) return true;
  // 백 번째, 천 명: one scale syllable before a space is a number; glued it
  // is often a word (천명하다).
  bool single = n.SingleSino() && !(spaced && n.value >= 100);
  switch (u.hangul) {
    case HangulUse::kNo: return false;
    case HangulUse::kWhole: return o_.whole_input;
    case HangulUse::kAny: return o_.whole_input || !(single && spaced);
    case HangulUse::kMulti: return o_.whole_input || !single;
  }
  return false;
}

bool Scanner::UnitEndOk(const UnitRow& u, std::size_t b, std::size_t e, bool spaced) const {
  const WordRow* block = t_.Word(At(b), WordKind::kUnitBlock);
  if (block != nullptr && block->text.size() > u.text.size()) return false;
  char32_t last = CharBefore(s_, e), next = Char(e);
  if (IsAlpha(last) && (IsAlpha(next) || IsDigit(next))) return false;
  // A one-syllable unit glued to more Hangul is often a word (3인터넷,
  // 1207번지), and one glued to digits a code (2018도14303, 2대2).
  bool syllable = e - b == 3 && IsHangul(last) && u.kind != UnitKind::kTime;
  if (syllable && IsDigit(next)) return false;
  if ((spaced || syllable) && IsHangul(next)) {
    return t_.Word(At(e), WordKind::kParticle) != nullptr ||
           t_.qualifier_index.Longest(At(e), [](const QualifierRow& q) { return q.pos == QualPos::kGlued; });
  }
  return true;
}

const UnitRow* Scanner::SuffixUnit(const Num& n, std::size_t q, std::size_t* b) const {
  for (int spaced = 0; spaced < 2; ++spaced) {
    std::size_t p = q + spaced;
    if (spaced && (q >= s_.size() || s_[q] != ' ')) break;
    const UnitRow* u = t_.unit_index.Longest(At(p), [&](const UnitRow& r) {
      return !r.prefix && !r.basis && (!spaced || r.spaced) && HangulOk(n, r, spaced);
    });
    if (u != nullptr && UnitEndOk(*u, p, p + u->text.size(), spaced)) {
      *b = p;
      return u;
    }
  }
  return nullptr;
}

const UnitRow* Scanner::PrefixUnit(std::size_t p, std::size_t* b) const {
  for (int spaced = 0; spaced < 2; ++spaced) {
    std::size_t e = p - spaced;
    if (spaced && (p == 0 || s_[p - 1] != ' ')) break;
    const UnitRow* best = nullptr;
    if (e == 0 || !t_.prefix_unit_ends[static_cast<unsigned char>(s_[e - 1])]) continue;
    for (const UnitRow* row : t_.prefix_units) {
      const UnitRow& u = *row;
      if ((spaced && !u.spaced) || !EndsWithAt(e, u.text)) continue;
      std::size_t start = e - u.text.size();
      bool bounded = !IsWordChar(Char(start)) || WordStart(start);
      if (bounded && (best == nullptr || u.text.size() > best->text.size())) best = &u;
    }
    if (best != nullptr) {
      *b = e - best->text.size();
      return best;
    }
  }
  return nullptr;
}

bool Scanner::NameBefore(std::size_t p) const {
  char32_t prev = CharBefore(s_, p);
  if (IsAlpha(prev) || prev == '_') return true;
  if (prev == '-' || prev == '.') {
    char32_t prev2 = CharBefore(s_, p - 1);
    return IsAlpha(prev2) || (prev == '.' && IsDigit(prev2));
  }
  if (IsHangul(prev)) {
    // 11월19일, 9시14분: a date or time written without spaces.
    const UnitRow* u = t_.unit_index.Longest(At(p - 3));
    if (u != nullptr && u->kind == UnitKind::kTime && u->text.size() == 3 &&
        IsDigit(CharBefore(s_, p - 3)))
      return false;
    for (const WordRow* w : t_.words_of[static_cast<std::size_t>(WordKind::kGluedPrefix)])
      if (EndsWithAt(p, w->text) && WordStart(p - w->text.size())) return false;
    return true;
  }
  if (prev != ' ' || p < 2) return false;
  std::size_t e = p - 1, b = e;
  while (b > 0 && e - b < 48 && IsWordChar(CharBefore(s_, b))) b -= CharBefore(s_, b) < 0x80 ? 1 : 3;
  const WordRow* w = t_.Word(s_.substr(b, e - b), WordKind::kProduct);
  return w != nullptr && w->text.size() == e - b;
}

bool Scanner::GuardHit(const Reading& r) const {
  if (!r.num.hangul) return false;
  const WordRow* g = t_.Word(At(r.num.begin), WordKind::kGuard);
  std::size_t len = (r.unit != nullptr ? r.unit_end : r.num.end) - r.num.begin;
  return g != nullptr && g->text.size() >= len;
}

// 주 is weeks (52주) or shares (1252만4223주): thousands of weeks are not
// written, so a large or scaled number takes the share reading.
// "강대현(38) 부사장", "교수(72)와", "정모(40)씨": a whole number of 1 to
// 119 alone in parentheses right after a person is that person's age, as
// Korean news writes it. A person is a word of three Hangul syllables (a
// name), a title of words.tsv (age_title), or two syllables ending in 모
// (정모); other words are too often places or companies ("서울(12)",
// "한화생명(32)").
bool Scanner::AgeInParens(std::size_t b, std::size_t e, double value) const {
  if (value < 1 || value > 119 || b == 0 || s_[b - 1] != '(' || e >= s_.size()) return false;
  if (s_[e] != ')' && s_[e] != ',' && s_.substr(e, 2) != "\xC2\xB7") return false;
  std::size_t syllables = 0, i = b - 1;
  while (i >= 3) {
    auto u = [&](std::size_t k) { return static_cast<unsigned char>(s_[k]); };
    char32_t c = (u(i - 3) & 0x0F) << 12 | (u(i - 2) & 0x3F) << 6 | (u(i - 1) & 0x3F);
    if ((u(i - 3) & 0xF0) != 0xE0 || c < 0xAC00 || c > 0xD7A3) break;
    ++syllables, i -= 3;
  }
  bool word_start = i == 0 || s_[i - 1] == ' ' || s_[i - 1] == '\n';
  if (!word_start || syllables < 2 || syllables > 4) return false;
  std::string_view word = s_.substr(i, b - 1 - i);
  const WordRow* title = t_.Word(word, WordKind::kAgeTitle);
  return syllables == 3 || (title && title->text == word) || (syllables == 2 && word.substr(3) == "모");
}

const UnitRow* Scanner::Disambiguate(const Num& n, const UnitRow* u) const {
  if (u->id != "unit.dur_week" || (n.value < 1000 && n.top_big == 0)) return u;
  for (const UnitRow& alt : t_.units)
    if (alt.id == "unit.count_share") return &alt;
  return u;
}

// "3대 AI 지수", "40대 남성": N대 before a noun is "the top N" or an age
// group, not a count of machines (차량 3대를).
bool Scanner::Attributive(std::size_t e) const {
  char32_t next = Char(e);
  if (next == ' ') return IsHangul(Char(e + 1)) || IsAlpha(Char(e + 1));
  return IsHangul(next) && t_.Word(At(e), WordKind::kDaeAttr) == nullptr;
}

// "1번 염색체", "3번 출구": a count before one of words.tsv's label_follow
// nouns names the thing; it counts nothing.
bool Scanner::LabelAfter(const Reading& r) const {
  std::size_t e = r.unit_end;
  if (e + 1 >= s_.size() || s_[e] != ' ' || r.unit->kind != UnitKind::kCount || r.unit->id != "unit.count_times")
    return false;
  return t_.Word(At(e + 1), WordKind::kLabelFollow) != nullptr;
}

// Returns true when a word of `kind` ends right before byte b (one space
// between them allowed) and starts a word (후반 11분, 연장 후반 11분).
bool Scanner::WordBefore(std::size_t b, WordKind kind) const {
  std::size_t e = b > 0 && s_[b - 1] == ' ' ? b - 1 : b;
  for (const WordRow* w : t_.words_of[static_cast<std::size_t>(kind)])
    if (EndsWithAt(e, w->text) && WordStart(e - w->text.size())) return true;
  return false;
}

// Returns true when a duration mark (동안, 간, 만에) follows byte e, after
// at most one space.
bool Scanner::DurationMarkAt(std::size_t e) const {
  std::size_t p = e < s_.size() && s_[e] == ' ' ? e + 1 : e;
  return t_.Word(At(p), WordKind::kDurationMark) != nullptr;
}

// Returns the rate prefix row of `prefix`'s text that applies to `unit`
// (시속 to km, 연 to %), or null: then the word is no part of the quantity.
const UnitRow* Scanner::RateFor(const UnitRow& prefix, const UnitRow* unit) const {
  if (unit == nullptr) return nullptr;
  for (const UnitRow* row : t_.prefix_units)
    if (row->Rate() && row->kind == unit->kind && row->text == prefix.text) return row;
  return nullptr;
}

void Scanner::ReadBasisSuffix(Reading* r) const {
  for (int spaced = 0; spaced < 2; ++spaced) {
    std::size_t p = r->num.end + spaced;
    if (spaced && (r->num.end >= s_.size() || s_[r->num.end] != ' ')) break;
    const BasisRow* b =
        t_.basis_index.Longest(At(p), [](const BasisRow& row) { return row.with_number; });
    if (b != nullptr) {
      r->basis = b;
      r->basis_end = p + b->text.size();
      return;
    }
  }
}

void Scanner::ReadUnitTail(Reading* r) const {
  std::size_t e = r->unit_end;
  if (r->unit->currency == "USD" && r->unit->factor == 1) {
    Num cents;  // 4달러 75센트, 4 달러 75 센트
    std::size_t c = e + 1 < s_.size() && s_[e] == ' ' && IsDigit(s_[e + 1]) ? e + 1 : e;
    if (c < s_.size() && ReadNumber(c, &cents) && !cents.ordinal_only) {
      std::size_t b;
      const UnitRow* u = SuffixUnit(cents, cents.end, &b);
      if (u != nullptr && u->factor != 1 && u->currency == "USD") {
        r->extra = cents.value * u->factor;
        r->extra_res = cents.resolution * u->factor;
        r->unit_end = b + u->text.size();
      }
    }
  } else if (r->unit->kind == UnitKind::kDuration) {
    std::size_t p = e < s_.size() && s_[e] == ' ' ? e + 1 : e;
    const NumeralRow* h = t_.Numeral(At(p), NumeralClass::kHalf);
    if (h != nullptr && h->text.size() == 3 &&
        (!IsHangul(Char(p + 3)) || t_.Word(At(p + 3), WordKind::kHalfFollow) != nullptr)) {
      r->extra = 0.5;
      r->extra_res = 0.5;
      r->unit_end = p + 3;
    }
  }
}

Outcome Scanner::ReadCore(std::size_t p, Reading* r) const {
  if (!ReadNumber(p, &r->num)) return Outcome::kNone;
  r->begin = r->num.begin;
  bool digits = !r->num.hangul;
  std::size_t pb;
  if (digits) {
    r->prefix = PrefixUnit(p, &pb);
    if (r->prefix != nullptr) r->begin = pb;
    else if (NameBefore(p)) return Outcome::kSkipToken;
  }
  std::size_t q = r->num.end;
  if (At(q).substr(0, 3) == "\xEC\x97\xAC") {  // 여: 10여 개국
    std::size_t b;
    if (SuffixUnit(r->num, q + 3, &b) != nullptr) r->yeo = true, q += 3;
  }
  if (!r->yeo) ReadBasisSuffix(r);
  if (r->basis != nullptr) return Outcome::kFound;
  r->unit = SuffixUnit(r->num, q, &r->unit_begin);
  if (r->unit != nullptr) {
    r->unit = Disambiguate(r->num, r->unit);
    r->unit_end = r->unit_begin + r->unit->text.size();
    ReadUnitTail(r);
  }
  r->end = r->unit != nullptr ? r->unit_end : r->num.end;
  if (GuardHit(*r)) return Outcome::kNone;
  if (r->unit != nullptr && (r->unit->label || LabelAfter(*r))) return Outcome::kSkipToken;
  // "3대 강국" is attributive (see Attributive); "50만 대 규모" is not; "2 대 1로"
  // is a score.
  if (r->unit != nullptr && r->unit->id == "unit.count_machine" &&
      (r->unit_begin > q ? IsDigit(Char(r->unit_end + 1)) : Attributive(r->unit_end)))
    return Outcome::kSkipToken;
  // 제1조, 제7호: an article of a law, a number of a series.
  bool scale_last = r->num.big_begin != kNpos && r->num.big_begin + 3 == r->num.end;
  bool series = r->unit != nullptr && r->unit->kind == UnitKind::kRank && r->unit->id == "unit.rank_number";
  if (((r->unit == nullptr && scale_last) || series) &&
      WordBefore(r->begin, WordKind::kLabelBefore))
    return Outcome::kSkipToken;
  if (r->num.hangul && r->unit == nullptr && r->prefix == nullptr) {
    bool alone = !IsHangul(Char(r->num.end));
    bool half_word = r->num.half && r->num.end - r->num.begin > 3;
    // 삼백만이다: a Sino amount with a scale word before a copula.
    bool copula = !r->num.native && !r->num.half && r->num.syllables >= 2 &&
                  (r->num.top_big > 0 || r->num.syllables >= 3) &&
                  t_.Word(At(r->num.end), WordKind::kCopula) != nullptr;
    if (!(half_word || copula || r->num.fraction || (o_.whole_input && alone && !r->num.ordinal_only)))
      return Outcome::kNone;
  }
  if (digits && r->unit == nullptr) {
    char32_t next = Char(r->num.end);
    if (IsAlpha(next)) return Outcome::kSkipToken;
    if (IsClosingQuote(next) && CharBefore(s_, r->begin) == ' ') return Outcome::kSkipToken;
  }
  return Outcome::kFound;
}


// ---- whole quantities ----

bool Scanner::TryRange(Reading* r, Reading* second) const {
  if (r->num.ordinal_only) return false;
  bool eseo = false;
  std::size_t next = RangeNext(s_, r->end, &eseo);
  if (next == kNpos || next >= s_.size() || (eseo && r->unit == nullptr)) return false;
  Reading b;
  if (ReadCore(next, &b) != Outcome::kFound || b.basis != nullptr) return false;
  if (b.num.hangul && !WordStart(next)) return false;
  if (r->unit != nullptr && (b.unit == nullptr || b.unit->unit_id != r->unit->unit_id)) return false;
  if (eseo) {
    std::string_view after = At(b.end);
    if (after.substr(0, 3) == "\xEB\xA1\x9C" || after.substr(0, 6) == "\xEC\x9C\xBC\xEB\xA1\x9C")
      return false;  // 에서 ... 로: a change, not a range
  }
  double first = r->num.value;
  if (r->unit == nullptr && b.unit != nullptr && r->num.top_big == 0 && b.num.top_big > 0)
    first *= b.num.top_big;
  if (first > b.num.value + b.extra) return false;
  if (r->unit == nullptr && b.unit != nullptr) {
    r->num.resolution *= first / (r->num.value == 0 ? 1 : r->num.value);
    r->num.value = first;
    r->unit = b.unit;
    r->unit_begin = b.unit_begin;
    r->unit_end = b.unit_end;
  }
  if (r->prefix == nullptr) r->prefix = b.prefix;
  *second = b;
  return true;
}

void Scanner::SetUnit(const Reading& r, Quantity* q, double* value, double* res) const {
  const UnitRow* eff = r.unit;
  if (r.prefix != nullptr && (eff == nullptr || eff->unit_id == "degree")) eff = r.prefix;
  q->kind = eff->kind;
  q->unit_id = eff->unit_id;
  q->currency = eff->currency;
  q->rule = eff->id;
  if (r.prefix != nullptr && r.prefix->Rate()) q->unit_id += r.prefix->unit_id;  // km/h
  double factor = eff->factor;
  if (r.prefix != nullptr && r.prefix != eff && r.prefix->factor < 0) factor = -factor;
  *value *= factor;
  *res *= std::fabs(factor);
  if (r.unit == nullptr) {
    q->unit_text = r.prefix->text;
  } else if (r.num.big_begin != kNpos && r.unit_begin == r.num.end) {
    q->unit_text = std::string(s_.substr(r.num.big_begin, r.unit_end - r.num.big_begin));
  } else {
    q->unit_text = r.unit->text;
  }
}

// Returns v rounded to a whole multiple of its resolution, undoing the
// binary error of scaling (1,128.6억: 1128.6 * 1e8 = 112859999999.99998).
double SnapToResolution(double v, double res) {
  if (!(res > 0) || !std::isfinite(v) || std::fabs(v / res) > 9e15) return v;
  if (res >= 1) return std::round(v / res) * res;
  double inv = std::round(1 / res);  // 100 for 0.01
  return std::fabs(inv * res - 1) < 1e-9 ? std::round(v * inv) / inv : v;
}

void Scanner::Classify(const Reading& r, const Reading* second, Quantity* q) const {
  q->begin = r.begin;
  q->end = second != nullptr ? second->end : r.end;
  double value = r.num.value + r.extra, res = r.num.resolution;
  if (r.extra_res > 0) res = std::min(res, r.extra_res);
  std::optional<double> vmax;
  double res2 = res;
  if (second != nullptr) {
    vmax = second->num.value + second->extra;
    res2 = second->num.resolution;
  }
  if (r.unit != nullptr || r.prefix != nullptr) {
    double f = 1;
    SetUnit(r, q, &value, &res);
    if (vmax) SetUnit(r, q, &*vmax, &f), res2 *= f;
  } else if (r.num.half) {
    q->rule = "numeral.half";
  } else if (r.num.slash_date) {
    q->kind = UnitKind::kTime;
    q->rule = "time.slash_date";
  } else if (r.num.fraction) {
    q->kind = UnitKind::kRatio;
    q->rule = "numeral.fraction";
  } else if (r.num.top_big > 0 && (money_ || MoneyWordAfter(q->end))) {
    q->kind = UnitKind::kCurrency;
    q->unit_id = q->currency = "KRW";
    q->rule = "bare.money_context";
  } else if (r.num.decimal && !r.num.hangul) {
    q->kind = UnitKind::kIndex;
    q->rule = "bare.decimal";
  } else if (r.num.plain_int && !r.num.hangul && !second && AgeInParens(q->begin, q->end, value)) {
    q->kind = UnitKind::kMeasure;  // as "31세" (units.tsv unit.age)
    q->unit_id = "age";
    q->rule = "bare.age_in_parens";
  } else {
    q->rule = "bare.number";
  }
  // A range is a span of years only when both ends are years.
  auto is_year = [](double v) { return v >= 1900 && v <= 2099; };
  bool year_like = r.num.plain_int && r.num.digits == 4 && is_year(value) && !r.yeo &&
                   (!vmax || is_year(*vmax));
  bool years = q->unit_id == "year" && (q->kind == UnitKind::kDuration || q->kind == UnitKind::kTime);
  // 1452년, (1000년 ...): four digits before 년 from 1000 are a year, unless
  // a round number of centuries or followed by a duration mark (800년 동안).
  bool old_year = r.num.plain_int && r.num.digits == 4 && !vmax && value >= 1000 && value < 1900 &&
                  q->rule == "unit.dur_year" && !DurationMarkAt(q->end) &&
                  (std::fmod(value, 100) != 0 || CharBefore(s_, q->begin) == '(');
  if ((year_like && (years || q->kind == UnitKind::kNone)) || old_year) {
    q->rule = q->kind == UnitKind::kNone ? "time.bare_year" : "time.year";
    q->kind = UnitKind::kTime;
    q->year = static_cast<int>(value);
    q->year_end = vmax ? static_cast<int>(*vmax) : q->year;
  }
  // '13년, ’98년: an apostrophe before two digits and 년 writes a year of
  // its century (2013, 1998), as tables and press releases do.
  char32_t mark = CharBefore(s_, q->begin);
  if (r.num.plain_int && r.num.digits == 2 && !vmax && q->rule == "unit.dur_year" &&
      (mark == '\'' || mark == U'\u2019' || mark == U'\u2018')) {
    q->rule = "time.short_year";
    q->kind = UnitKind::kTime;
    q->year = static_cast<int>(value) + (value < 50 ? 2000 : 1900);
    q->year_end = q->year;
  }
  // 후반 11분, 전반 23분: a minute of a match is a point in time.
  if (q->kind == UnitKind::kDuration && (q->unit_id == "minute" || q->unit_id == "second") &&
      WordBefore(q->begin, WordKind::kClockBefore)) {
    q->kind = UnitKind::kTime;
    q->rule = "time.match_clock";
  }
  if (q->kind == UnitKind::kTime && (q->unit_id == "day" || q->unit_id == "quarter") && !vmax) {
    std::size_t p = q->end < s_.size() && s_[q->end] == ' ' ? q->end + 1 : q->end;
    if (t_.Word(At(p), WordKind::kDurationMark) != nullptr) q->kind = UnitKind::kDuration;
  }
  q->value = SnapToResolution(value, res);
  q->value_max = vmax ? std::optional<double>(SnapToResolution(*vmax, res2)) : std::nullopt;
  q->resolution = std::min(res, res2);
}

void Scanner::ExtendTime(Quantity* q) const {
  static constexpr std::string_view kParts[] = {"\xEC\x9B\x94", "\xEC\x9D\xBC"};  // 월, 일
  for (std::string_view part : kParts) {
    std::size_t p = q->end < s_.size() && s_[q->end] == ' ' ? q->end + 1 : q->end;
    std::size_t d = p;
    while (d < s_.size() && d - p < 2 && IsDigit(s_[d])) ++d;
    if (d == p || At(d).substr(0, 3) != part) continue;
    if (t_.unit_index.Longest(At(d))->text.size() != 3) continue;  // 일간, 월간
    q->end = d + 3;
  }
}

const QualifierRow* Scanner::FollowQualifier(std::size_t e) const {
  std::size_t len;
  return FollowQualifierAt(s_, e, t_, &len);
}

void Scanner::Qualify(const Reading& r, bool range, Quantity* q) const {
  std::size_t b = q->begin > 0 && s_[q->begin - 1] == ' ' ? q->begin - 1 : q->begin;
  for (const QualifierRow* row : t_.before_qualifiers)
    if (EndsWithAt(b, row->text) && WordStart(b - row->text.size())) q->qualifier = row->qualifier;
  if (r.yeo || r.num.yeo) q->qualifier = "approx";
  auto glued = [](const QualifierRow& row) { return row.pos == QualPos::kGlued; };
  for (int k = 0; k < 2; ++k) {
    const QualifierRow* g = t_.qualifier_index.Longest(At(q->end), glued);
    if (g == nullptr) break;
    q->qualifier = g->qualifier;
    q->end += g->text.size();
  }
  std::size_t p = q->end;
  if (const QualifierRow* f = FollowQualifier(q->end)) {
    q->qualifier = f->qualifier;
    p = s_.size();  // no "after" word then
  }
  if (const WordRow* pt = t_.Word(At(p), WordKind::kParticle)) p += pt->text.size();
  if (p < s_.size() && s_[p] == ' ') ++p;
  if (p > q->end && p < s_.size()) {
    const QualifierRow* a = t_.qualifier_index.Longest(
        At(p), [](const QualifierRow& row) { return row.pos == QualPos::kAfter; });
    if (a != nullptr) q->qualifier = a->qualifier;
  }
  if (range) q->qualifier = "range";
}

void Scanner::ApplyBasis(Quantity* q) const {
  if (basis_.row == nullptr) return;
  if (q->kind == UnitKind::kNone && q->rule == "bare.number" && basis_.row->Applies(UnitKind::kIndex))
    q->kind = UnitKind::kIndex;
  if (!basis_.row->Applies(q->kind)) return;
  q->basis_per = basis_.per;
  q->basis_text = basis_.text;
}

Outcome Scanner::Read(std::size_t p, Quantity* q, Reading* r) {
  Outcome o = ReadCore(p, r);
  if (o != Outcome::kFound) return o;
  if (r->basis != nullptr) {
    std::size_t b = r->begin;
    const std::string& pre = r->basis->prefix;
    std::size_t pb = b > 0 && s_[b - 1] == ' ' ? b - 1 : b;
    if (!pre.empty() && EndsWithAt(pb, pre) && WordStart(pb - pre.size())) b = pb - pre.size();
    basis_ = {r->basis, r->num.value, std::string(s_.substr(b, r->basis_end - b))};
    return o;
  }
  Reading second;
  bool range = TryRange(r, &second);
  if (r->prefix != nullptr && r->prefix->Rate()) {
    r->prefix = RateFor(*r->prefix, r->unit);
    if (r->prefix == nullptr) r->begin = r->num.begin;
  }
  Classify(*r, range ? &second : nullptr, q);
  Qualify(*r, range, q);
  if (!range && (q->kind == UnitKind::kCurrency || q->kind == UnitKind::kPercent)) ApplyBand(q);
  if (q->kind == UnitKind::kTime && q->unit_id == "year" && !range) ExtendTime(q);
  ApplyBasis(q);
  return o;
}

// "4000만원대", "110만원 대로", "30%대로": an amount or a share followed by
// 대 is a band from it to it plus one unit of its last non-zero digit.
void Scanner::ApplyBand(Quantity* q) const {
  std::size_t p = q->end < s_.size() && s_[q->end] == ' ' ? q->end + 1 : q->end;
  if (At(p).substr(0, 3) != "\xEB\x8C\x80") return;  // 대
  if (IsHangul(Char(p + 3)) && t_.Word(At(p + 3), WordKind::kBandFollow) == nullptr) return;
  if (!(q->value > 0) || q->value > 1e18) return;
  double step = 1;
  while (step < 1e17 && std::fmod(q->value, step * 10) == 0) step *= 10;
  if (std::fmod(q->value, step) != 0) return;  // not a whole number of units
  q->value_max = q->value + step;
  q->qualifier = "range";
}

bool Scanner::MayStart(std::size_t i, char32_t c, bool word_start) const {
  if (IsDigit(c)) return true;
  if (c == '-' || c == '+') return IsDigit(Char(i + 1)) && !IsWordChar(CharBefore(s_, i));
  if (!IsHangul(c) || !word_start || !NumberTables::Opens(t_.numeral_openers, c)) return false;
  const NumeralRow* r = t_.numeral_index.Longest(At(i));
  return r != nullptr && r->cls != NumeralClass::kPoint && r->cls != NumeralClass::kFraction;
}

void Scanner::NoteWord(std::size_t i) {
  if (t_.Word(At(i), WordKind::kMoney) != nullptr) money_ = true;
  const BasisRow* b = t_.basis_index.Longest(At(i), [](const BasisRow& r) { return !r.with_number; });
  if (b != nullptr && !IsHangul(Char(i + b->text.size()))) basis_ = {b, b->per, b->text};
}

const PhraseRow* Scanner::PhraseAt(std::size_t i) const {
  const PhraseRow* ph = t_.phrase_index.Longest(At(i));
  if (ph == nullptr || (ph->whole_only && !o_.whole_input)) return nullptr;
  std::size_t e = i + ph->text.size();  // 일주일이, 이틀간: a particle may follow
  if (IsHangul(Char(e)) && t_.Word(At(e), WordKind::kParticle) == nullptr) return nullptr;
  return ph;
}

Quantity Scanner::PhraseQuantity(std::size_t i, const PhraseRow& ph) const {
  Quantity q;
  q.begin = i;
  q.end = i + ph.text.size();
  q.value = ph.value;
  q.resolution = ph.value;
  q.kind = ph.unit->kind;
  q.unit_id = ph.unit->unit_id;
  q.unit_text = ph.text;
  q.rule = ph.id;
  return q;
}

void Scanner::ComputeSkips() {
  if (!t_.skip || !t_.skip_needs.Admits(s_)) return;
  re2::StringPiece text(s_.data(), s_.size()), m;
  std::size_t pos = 0;
  while (pos < s_.size() && t_.skip->Match(text, pos, s_.size(), RE2::UNANCHORED, &m, 1)) {
    std::size_t b = m.data() - s_.data(), e = b + m.size();
    if (e > b) skips_.emplace_back(b, e);
    pos = e > b ? e : b + 1;
  }
}

std::size_t Scanner::TokenEnd(std::size_t i) const {
  while (i < s_.size()) {
    char32_t c = Char(i);
    bool joiner = (c == '.' || c == ',' || c == '-' || c == '/') && i + 1 < s_.size() &&
                  (IsDigit(s_[i + 1]) || IsAlpha(s_[i + 1]));
    if (!IsWordChar(c) && !joiner) break;
    i += CharLen(i);
  }
  return i;
}

bool Scanner::SentenceEnd(std::size_t i, char32_t c) const {
  if (c == '\n') return true;
  if (c != '.' && c != '?' && c != '!') return false;
  return !(IsDigit(CharBefore(s_, i)) && IsDigit(Char(i + 1)));
}

// The ASCII bytes at which Run may act: digits and signs start numbers,
// sentence ends reset the context (when there is one to reset). Other
// ASCII characters start nothing.
constexpr bool AsciiMayAct(unsigned char b, bool context) {
  if ((b >= '0' && b <= '9') || b == '+' || b == '-') return true;
  return context && (b == '\n' || b == '.' || b == '?' || b == '!');
}

// Returns true when a well-formed Hangul syllable ends right before byte i
// (then i is no word start), without CharBefore's backward walk.
bool Scanner::AfterSyllable(std::size_t i) const {
  if (i < 3 || (s_[i - 3] & 0xF0) != 0xE0) return false;
  if ((s_[i - 2] & 0xC0) != 0x80 || (s_[i - 1] & 0xC0) != 0x80) return false;
  return IsHangul((s_[i - 3] & 0x0F) << 12 | (s_[i - 2] & 0x3F) << 6 | (s_[i - 1] & 0x3F));
}

// Returns the first position from i, stepping as Run does, where Run may act
// (see AsciiMayAct; a syllable that opens a table row at a word start), or
// the first position at or past `limit`. Every other position is a no-op.
std::size_t Scanner::NextCandidate(std::size_t i, std::size_t limit) const {
  bool context = basis_.row != nullptr || money_;
  while (i < limit) {
    unsigned char b = s_[i];
    if (b < 0x80) {
      if (AsciiMayAct(b, context)) return i;
      ++i;
      continue;
    }
    std::size_t n = 3;
    char32_t c;
    if ((b & 0xF0) == 0xE0 && i + 3 <= s_.size())  // DecodeAt, inline for Hangul
      c = (b & 0x0F) << 12 | (s_[i + 1] & 0x3F) << 6 | (s_[i + 2] & 0x3F);
    else
      c = DecodeAt(s_, i, &n);
    if (IsHangul(c) && t_.OpensWord(c) && !AfterSyllable(i) && WordStart(i)) return i;
    i += n;
  }
  return i;
}

// Acts at position i: a sentence end, a context word, a phrase or a number.
// Returns true when it moved i itself.
bool Scanner::Step(std::size_t& i, std::size_t& last_end, std::vector<Quantity>& out) {
  char32_t c = Char(i);
  if (SentenceEnd(i, c)) basis_ = ActiveBasis(), money_ = false;
  bool ws = WordStart(i);
  if (ws && IsHangul(c)) {
    if (NumberTables::Opens(t_.context_openers, c)) NoteWord(i);
    const PhraseRow* ph = NumberTables::Opens(t_.phrase_openers, c) ? PhraseAt(i) : nullptr;
    if (ph != nullptr) {
      out.push_back(PhraseQuantity(i, *ph));
      i = last_end = out.back().end;
      return true;
    }
  }
  if (!MayStart(i, c, ws)) return false;
  Quantity q;
  Reading r;
  Outcome o = Read(i, &q, &r);
  if (o == Outcome::kFound) {
    if (r.basis == nullptr) {
      q.begin = std::max(q.begin, last_end);
      out.push_back(std::move(q));
    }
    i = last_end = std::max(i + 1, r.basis != nullptr ? r.basis_end : q.end);
    return true;
  }
  if (o == Outcome::kSkipToken) {
    i = std::max(TokenEnd(i), i + CharLen(i));  // always advance
    return true;
  }
  return false;
}

std::vector<Quantity> Scanner::Run() {
  ComputeSkips();
  std::vector<Quantity> out;
  std::size_t i = 0, k = 0, last_end = 0;
  while (i < s_.size()) {
    while (k < skips_.size() && skips_[k].second <= i) ++k;
    if (k < skips_.size() && skips_[k].first <= i) {
      i = skips_[k].second;
      continue;
    }
    std::size_t limit = k < skips_.size() ? skips_[k].first : s_.size();
    i = NextCandidate(i, limit);
    if (i >= limit) continue;
    if (!Step(i, last_end, out)) i += CharLen(i);
  }
  return out;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view sentence, const NumberRules& rules) {
  return FindQuantities(sentence, rules, ScanOptions());
}

std::vector<Quantity> FindQuantities(std::string_view sentence, const NumberRules& rules,
                                     const ScanOptions& options) {
  Scanner scanner(sentence, rules.tables(), options);
  std::vector<Quantity> out = scanner.Run();
  JoinQuantities(sentence, rules.tables(), &out);
  return out;
}

}  // namespace suchi
