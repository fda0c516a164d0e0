// Loading of the number grammar's rule tables (rules/numbers/*.tsv), and
// the numeral reader: digits with commas and decimals, signs, Hangul
// Sino-Korean and native numerals, scale words (만 억 조), spoken decimals
// and fractions, each read in one left-to-right pass.
//
// Each file is a self-documenting TAB-separated table read with
// ReadRuleFile; a bad value is an error naming file:line. The skip patterns
// are compiled into one RE2 alternation so a sentence is searched once.
#include "numbers_tables.h"

#include <re2/re2.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "currencies.h"
#include "numbers.h"
#include "rulefile.h"

namespace suchi {
namespace {

Result<double> ParseNumberField(const RuleRow& row, std::size_t col) {
  const std::string& f = row.Field(col);
  char* end = nullptr;
  double v = std::strtod(f.c_str(), &end);
  if (f.empty() || end != f.c_str() + f.size())
    return RuleError(row, "column " + std::to_string(col + 1) + ": not a number: '" + f + "'");
  return v;
}

Result<UnitKind> ParseKind(const RuleRow& row, const std::string& s) {
  static const UnitKind kAll[] = {
      UnitKind::kCurrency, UnitKind::kPercent, UnitKind::kPercentPoint, UnitKind::kCount,
      UnitKind::kScore,    UnitKind::kRank,    UnitKind::kRankChange,   UnitKind::kRatio,
      UnitKind::kDuration, UnitKind::kIndex,   UnitKind::kMeasure,      UnitKind::kTime};
  for (UnitKind k : kAll)
    if (s == UnitKindName(k)) return k;
  return RuleError(row, "unknown kind '" + s + "'");
}

Status LoadNumerals(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/numerals.tsv", 3, 3);
  if (!rows.ok()) return rows.status();
  static const std::pair<const char*, NumeralClass> kClasses[] = {
      {"sino", NumeralClass::kSino},         {"small", NumeralClass::kSmall},
      {"big", NumeralClass::kBig},           {"native", NumeralClass::kNative},
      {"ten", NumeralClass::kTen},           {"ordinal", NumeralClass::kOrdinal},
      {"half", NumeralClass::kHalf},         {"point", NumeralClass::kPoint},
      {"minus", NumeralClass::kMinus},       {"fraction", NumeralClass::kFraction}};
  for (const RuleRow& r : *rows) {
    NumeralRow n;
    n.text = r.Field(0);
    auto v = ParseNumberField(r, 1);
    if (!v.ok()) return v.status();
    n.value = *v;
    bool found = false;
    for (auto& [name, cls] : kClasses)
      if (r.Field(2) == name) n.cls = cls, found = true;
    if (!found) return RuleError(r, "unknown numeral class '" + r.Field(2) + "'");
    t.numerals.push_back(std::move(n));
  }
  return Status();
}

Result<HangulUse> ParseHangulUse(const RuleRow& r, const std::string& s) {
  if (s == "any") return HangulUse::kAny;
  if (s == "multi") return HangulUse::kMulti;
  if (s == "whole") return HangulUse::kWhole;
  if (s == "no") return HangulUse::kNo;
  return RuleError(r, "hangul must be any, multi, whole or no, not '" + s + "'");
}

Status LoadUnits(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/units.tsv", 8, 8);
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  for (const RuleRow& r : *rows) {
    UnitRow u;
    u.id = r.Field(0);
    u.text = r.Field(1);
    if (r.Field(2) == "basis") {
      u.basis = true;
    } else if (r.Field(2) == "label") {
      u.label = true;
    } else {
      auto k = ParseKind(r, r.Field(2));
      if (!k.ok()) return k.status();
      u.kind = *k;
    }
    u.unit_id = r.Field(3);
    if (u.kind == UnitKind::kCurrency) u.currency = u.unit_id;
    auto f = ParseNumberField(r, 4);
    if (!f.ok()) return f.status();
    u.factor = *f;
    auto h = ParseHangulUse(r, r.Field(5));
    if (!h.ok()) return h.status();
    u.hangul = *h;
    if (r.Field(6) != "yes" && r.Field(6) != "no") return RuleError(r, "spaced must be yes or no");
    u.spaced = r.Field(6) == "yes";
    if (r.Field(7) != "prefix" && r.Field(7) != "suffix")
      return RuleError(r, "position must be prefix or suffix");
    u.prefix = r.Field(7) == "prefix";
    if (u.text.empty()) return RuleError(r, "empty unit text");
    t.units.push_back(std::move(u));
  }
  return Status();
}

Status LoadQualifiers(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/qualifiers.tsv", 4, 4);
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  static const char* kQuals[] = {"exact",     "approx",   "nearly",   "more_than",
                                 "at_least",  "less_than", "at_most", "range"};
  for (const RuleRow& r : *rows) {
    QualifierRow q{r.Field(0), r.Field(1), r.Field(2), QualPos::kBefore};
    bool ok = false;
    for (const char* k : kQuals) ok |= q.qualifier == k;
    if (!ok) return RuleError(r, "unknown qualifier '" + q.qualifier + "'");
    const std::string& p = r.Field(3);
    if (p == "glued") q.pos = QualPos::kGlued;
    else if (p == "after") q.pos = QualPos::kAfter;
    else if (p == "follow") q.pos = QualPos::kFollow;
    else if (p != "before") return RuleError(r, "position must be before, glued, after or follow");
    t.qualifiers.push_back(std::move(q));
  }
  return Status();
}

Status LoadBases(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/basis.tsv", 6, 6);
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  for (const RuleRow& r : *rows) {
    BasisRow b;
    b.id = r.Field(0);
    b.text = r.Field(1);
    if (r.Field(2) != "with_number" && r.Field(2) != "word")
      return RuleError(r, "form must be with_number or word");
    b.with_number = r.Field(2) == "with_number";
    auto per = ParseNumberField(r, 3);
    if (!per.ok()) return per.status();
    b.per = *per;
    std::string_view list = r.Field(4);
    while (!list.empty()) {
      std::size_t comma = list.find(',');
      auto k = ParseKind(r, std::string(list.substr(0, comma)));
      if (!k.ok()) return k.status();
      b.applies.push_back(*k);
      list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
    }
    b.prefix = r.Field(5);
    t.bases.push_back(std::move(b));
  }
  return Status();
}

Status LoadWords(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/words.tsv", 3, 3);
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  static const char* kKinds[] = {"guard",    "product", "glued_prefix",  "particle",
                                 "money",    "unit_block", "duration_mark", "dae_attr", "half_follow", "band_follow",
                                 "age_title", "copula", "label_follow", "label_before", "clock_before",
                                 "between_link", "between_close", "bound_link", "rate_link"};
  static_assert(std::size(kKinds) == kWordKinds);
  for (const RuleRow& r : *rows) {
    std::size_t kind = 0;
    while (kind < kWordKinds && r.Field(1) != kKinds[kind]) ++kind;
    if (kind == kWordKinds) return RuleError(r, "unknown word kind '" + r.Field(1) + "'");
    if (r.Field(2).empty()) return RuleError(r, "empty word");
    t.words.push_back({r.Field(0), r.Field(1), r.Field(2), static_cast<WordKind>(kind)});
  }
  return Status();
}

Status LoadPhrases(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/phrases.tsv", 5, 5);
  if (!rows.ok()) return rows.status();
  for (const RuleRow& r : *rows) {
    PhraseRow p;
    p.id = r.Field(0);
    p.text = r.Field(1);
    auto v = ParseNumberField(r, 2);
    if (!v.ok()) return v.status();
    p.value = *v;
    for (const UnitRow& u : t.units)
      if (u.id == r.Field(3)) p.unit = &u;
    if (p.unit == nullptr) return RuleError(r, "unknown unit row '" + r.Field(3) + "'");
    if (r.Field(4) != "any" && r.Field(4) != "whole") return RuleError(r, "context must be any or whole");
    p.whole_only = r.Field(4) == "whole";
    t.phrases.push_back(std::move(p));
  }
  return Status();
}

Status LoadSkip(const std::string& dir, NumberTables& t) {
  auto rows = ReadRuleFile(dir + "/skip.tsv", 3, 3);
  if (!rows.ok()) return rows.status();
  std::string joined;
  for (const RuleRow& r : *rows) {
    Result<NeedSet> needs = NeedSet::Parse(r, r.Field(1));
    if (!needs.ok()) return needs.status();
    if (joined.empty()) t.skip_needs = std::move(*needs);
    else t.skip_needs.Merge(*needs);
    RE2 one(r.Field(2));
    if (!one.ok()) return RuleError(r, "bad RE2 pattern: " + one.error());
    if (!joined.empty()) joined += "|";
    joined += "(" + r.Field(2) + ")";
    t.skip_ids.push_back(r.Field(0));
  }
  if (joined.empty()) return Status();
  t.skip = std::make_shared<RE2>(joined);
  if (!t.skip->ok()) return Status::Error(dir + "/skip.tsv: joined pattern: " + t.skip->error());
  return Status();
}


// ---- lookups derived from the rows ----

// Sets the bit of the Hangul syllable that `text` starts with, if any.
void NoteOpener(const std::string& text, NumberTables::Syllables& set) {
  std::size_t n;
  char32_t c = DecodeAt(text, 0, &n);
  if (n == 3 && IsHangul(c)) set.set(c - 0xAC00);
}

// The rows the scanner looks up at a word start (Scanner::Step: NoteWord,
// PhraseAt, MayStart); a syllable none of them starts with is skipped.
void BuildWordOpeners(NumberTables& t) {
  for (const NumeralRow& r : t.numerals) NoteOpener(r.text, t.numeral_openers);
  for (const PhraseRow& r : t.phrases) NoteOpener(r.text, t.phrase_openers);
  for (const WordRow& r : t.words)
    if (r.kind_id == WordKind::kMoney) NoteOpener(r.text, t.context_openers);
  for (const BasisRow& r : t.bases)
    if (!r.with_number) NoteOpener(r.text, t.context_openers);
  t.word_openers = t.numeral_openers | t.phrase_openers | t.context_openers;
}

// Builds the prefix indexes, per kind and class, and the row lists.
void BuildLookups(NumberTables& t) {
  t.numeral_index.Build(&t.numerals);
  t.unit_index.Build(&t.units, [](const UnitRow& u) { return !u.prefix; });  // suffix units
  t.qualifier_index.Build(&t.qualifiers);
  t.basis_index.Build(&t.bases);
  t.phrase_index.Build(&t.phrases);
  for (std::size_t k = 0; k < kWordKinds; ++k) {
    auto kind = static_cast<WordKind>(k);
    t.word_index[k].Build(&t.words, [&](const WordRow& w) { return w.kind_id == kind; });
    for (const WordRow& w : t.words)
      if (w.kind_id == kind) t.words_of[k].push_back(&w);
  }
  for (std::size_t c = 0; c < kNumeralClasses; ++c) {
    auto cls = static_cast<NumeralClass>(c);
    t.numeral_class_index[c].Build(&t.numerals, [&](const NumeralRow& n) { return n.cls == cls; });
  }
  for (const UnitRow& u : t.units)
    if (u.prefix) {
      t.prefix_units.push_back(&u);
      t.prefix_unit_ends[static_cast<unsigned char>(u.text.back())] = true;
    }
  for (const QualifierRow& q : t.qualifiers)
    if (q.pos == QualPos::kBefore) t.before_qualifiers.push_back(&q);
    else if (q.pos == QualPos::kFollow) t.follow_qualifiers.push_back(&q);
  for (const QualifierRow* q : t.follow_qualifiers) {
    std::uint32_t k = LeadKey(q->text);
    auto g = std::find_if(t.follow_groups.begin(), t.follow_groups.end(), [&](const auto& e) { return e.first == k; });
    if (g == t.follow_groups.end()) g = t.follow_groups.insert(g, {k, {}});
    g->second.push_back(q);
  }
  BuildWordOpeners(t);
}

// ---- the numeral reader ----

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::string_view kYeo = "\xEC\x97\xAC";  // 여

// State of a compound number being read (3만8천, 이천칠백사십오억).
struct Compound {
  double total = 0, group = 0, res = 1;
  double last_big = kInf, last_small = kInf;
  double Limit() const { return last_small < kInf ? last_small : last_big; }
};

// One piece of a compound: coefficient, small scale, big scale.
struct Piece {
  std::size_t end = 0, big_begin = kNpos;
  double coef = 1, cres = 1;
  bool has_coef = false, dec = false, comma = false, yeo = false;
  int digits = 0, syllables = 0;
  const NumeralRow* small = nullptr;
  const NumeralRow* big = nullptr;
};

class NumeralReader {
 public:
  NumeralReader(std::string_view s, const NumberTables& t, bool whole) : s_(s), t_(t), whole_(whole) {}
  bool ReadNumber(std::size_t p, Num* n) const;

 private:
  std::string_view At(std::size_t i) const { return i < s_.size() ? s_.substr(i) : std::string_view(); }
  std::size_t DigitLiteral(std::size_t p, Piece* pc) const;
  bool ReadPiece(std::size_t q, bool hangul, const Compound& st, Piece* pc) const;
  bool StartsPiece(std::size_t q, bool hangul) const;
  bool ReadCompound(std::size_t p, bool hangul, Num* n) const;
  bool ReadNative(std::size_t p, Num* n) const;
  void ReadHangulDecimal(Num* n) const;
  void ReadFraction(Num* n) const;
  bool RunningTextOk(std::size_t q, const Num& n) const;
  bool SpacedScale(std::size_t q, double coef) const;
  // 여 and a unit, glued or after a space, at q (12만 5000여 명).
  bool YeoUnitAt(std::size_t q) const {
    if (At(q).substr(0, 3) != kYeo) return false;
    return UnitAt(q + 3) || (q + 4 < s_.size() && s_[q + 3] == ' ' && UnitAt(q + 4));
  }
  bool UnitOver(std::size_t q, const NumeralRow& scale) const {
    const UnitRow* u = t_.unit_index.Longest(At(q));
    return u != nullptr && !u->prefix && u->text.size() > scale.text.size();
  }
  bool UnitAt(std::size_t q) const {
    const UnitRow* u = t_.unit_index.Longest(At(q));
    return u != nullptr && !u->prefix && !u->basis;
  }

  std::string_view s_;
  const NumberTables& t_;
  bool whole_;
};


// Returns the value of `text` (digits with at most one '.', `decimals`
// digits after it), as std::from_chars reads it. Up to 15 digits the
// integer and its power of ten are exact doubles, so one division gives the
// same correctly rounded value without the general parser.
double ParseDecimal(std::string_view text, int decimals) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  std::size_t digits = text.size() - (decimals > 0 ? 1 : 0);
  if (digits > 15) {
    double v = kInf;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
  }
  std::uint64_t m = 0;
  for (char c : text)
    if (c != '.') m = m * 10 + static_cast<std::uint64_t>(c - '0');
  return static_cast<double>(m) / kPow10[decimals];
}

std::size_t NumeralReader::DigitLiteral(std::size_t p, Piece* pc) const {
  char buf[64];
  std::size_t nb = 0, q = p;
  bool overflow = false;
  auto put = [&](char c) {
    if (nb < sizeof buf) buf[nb++] = c;
    else overflow = true;
  };
  auto three_digits = [&](std::size_t k) {
    return k + 3 <= s_.size() && IsDigit(s_[k]) && IsDigit(s_[k + 1]) && IsDigit(s_[k + 2]) &&
           (k + 3 == s_.size() || !IsDigit(s_[k + 3]));
  };
  while (q < s_.size()) {
    if (IsDigit(s_[q])) {
      put(s_[q++]);
      ++pc->digits;
    } else if (s_[q] == ',' && three_digits(q + 1)) {
      pc->comma = true;
      ++q;
    } else {
      break;
    }
  }
  int decimals = 0;
  if (q + 1 < s_.size() && s_[q] == '.' && IsDigit(s_[q + 1])) {
    put(s_[q++]);
    while (q < s_.size() && IsDigit(s_[q])) put(s_[q++]), ++decimals;
    pc->dec = true;
  }
  pc->coef = kInf;
  if (!overflow) pc->coef = ParseDecimal(std::string_view(buf, nb), decimals);
  pc->cres = decimals == 0 ? 1 : std::pow(10.0, -decimals);
  pc->has_coef = true;
  return q;
}

// Returns true when a space at q is followed by a scale word (만 억 조 천
// 백) that ends there or is followed by a unit or a larger scale (7 억 원,
// 3 천명, 5 천만), so that the space is inside the number; the digits
// before it, `coef`, must be fewer than the scale's own (2024 천만 is not).
bool NumeralReader::SpacedScale(std::size_t q, double coef) const {
  if (q + 1 >= s_.size() || s_[q] != ' ') return false;
  const NumeralRow* r = t_.numeral_index.Longest(At(q + 1));
  if (r == nullptr || (r->cls != NumeralClass::kBig && r->cls != NumeralClass::kSmall)) return false;
  if (coef >= (r->cls == NumeralClass::kBig ? 1e4 : 10)) return false;  // 2024 천만 관객
  std::size_t e = q + 1 + r->text.size(), n;
  if (!IsHangul(DecodeAt(s_, e, &n))) return true;
  const NumeralRow* big = t_.Numeral(At(e), NumeralClass::kBig);
  if (big != nullptr && big->value > r->value) return true;
  // A unit glued to the scale word ends the word or takes a particle (3 천명,
  // 7 억원은), or the scale word starts a word (1 백사장, 3.1 만세운동).
  const UnitRow* u = t_.unit_index.Longest(At(e));
  if (u == nullptr || u->basis) return false;
  const WordRow* block = t_.Word(At(e), WordKind::kUnitBlock);
  std::size_t ue = e + u->text.size();
  return (block == nullptr || block->text.size() <= u->text.size()) &&
         (!IsHangul(DecodeAt(s_, ue, &n)) || t_.Word(At(ue), WordKind::kParticle) != nullptr);
}

bool NumeralReader::ReadPiece(std::size_t q, bool hangul, const Compound& st, Piece* pc) const {
  if (q < s_.size() && IsDigit(s_[q])) {
    if (hangul) return false;
    q = DigitLiteral(q, pc);
  } else if (hangul) {
    const NumeralRow* r = t_.Numeral(At(q), NumeralClass::kSino);
    if (r != nullptr && t_.numeral_index.Longest(At(q)) == r) {
      pc->coef = r->value;
      pc->has_coef = true;
      ++pc->syllables;
      q += r->text.size();
    }
  }
  // "7 억 원", "1 조 2천 억 원": digits and a scale word may stand apart.
  std::size_t unspaced = q;
  if (!hangul && pc->has_coef && SpacedScale(q, pc->coef)) ++q;
  const NumeralRow* sm = t_.Numeral(At(q), NumeralClass::kSmall);
  if (sm != nullptr && sm->value < st.last_small) {  // 3.4천, 1.8백만
    pc->small = sm;
    ++pc->syllables;
    q += sm->text.size();
    unspaced = q;
    if (!hangul && SpacedScale(q, 1)) ++q;
  }
  // 8500여만: 여 before a scale word (see Num::yeo).
  std::size_t before_yeo = q;
  if (!hangul && pc->has_coef && At(q).substr(0, 3) == kYeo && t_.Numeral(At(q + 3), NumeralClass::kBig)) q += 3;
  const NumeralRow* bg = t_.Numeral(At(q), NumeralClass::kBig);
  // 9경기: a unit that starts with the scale word (경기, games) wins.
  if (bg != nullptr && bg->value < st.last_big && !UnitOver(q, *bg)) {
    pc->big = bg;
    pc->big_begin = q;
    ++pc->syllables;
    pc->yeo = q != before_yeo;
    q += bg->text.size();
    unspaced = q;
  } else {
    q = before_yeo;
  }
  pc->end = unspaced;
  return pc->has_coef || pc->small != nullptr || pc->big != nullptr;
}

bool NumeralReader::StartsPiece(std::size_t q, bool hangul) const {
  if (q >= s_.size()) return false;
  if (IsDigit(s_[q])) return !hangul;
  if (!hangul) return t_.Numeral(At(q), NumeralClass::kSmall) || t_.Numeral(At(q), NumeralClass::kBig);
  const NumeralRow* r = t_.numeral_index.Longest(At(q));
  return r != nullptr && (r->cls == NumeralClass::kSino || r->cls == NumeralClass::kSmall ||
                          r->cls == NumeralClass::kBig);
}

bool NumeralReader::ReadCompound(std::size_t p, bool hangul, Num* n) const {
  Compound st;
  std::size_t q = p, end = p;
  bool any = false, after_space = false;
  while (true) {
    Piece pc;
    if (!ReadPiece(q, hangul, st, &pc)) break;
    bool scaled = pc.small != nullptr || pc.big != nullptr;
    if (hangul && any && !scaled && t_.Word(At(q), WordKind::kCopula)) break;  // 삼백만이다: 이 is the copula
    // "4만 5250원": after a space, a bare coefficient ends the number only
    // when a unit follows it at once.
    if (after_space && !scaled && (st.last_big == kInf || pc.coef >= st.last_big ||
                                   !(UnitAt(pc.end) || YeoUnitAt(pc.end))))
      break;
    if (!scaled && any && pc.coef >= st.Limit()) break;
    if (!any) {
      n->plain_int = !hangul && !pc.dec && !pc.comma && !scaled;
      n->digits = pc.digits;
    }
    n->decimal |= pc.dec;
    n->yeo |= pc.yeo;
    if (pc.small != nullptr) {
      st.group += pc.coef * pc.small->value;
      st.res = pc.cres * pc.small->value;
      st.last_small = pc.small->value;
    } else if (pc.has_coef) {
      st.group += pc.coef;
      st.res = pc.cres;
      st.last_small = 1;
    }
    n->big_begin = kNpos;
    if (pc.big != nullptr) {
      if (!pc.has_coef && pc.small == nullptr) st.group = 1, st.res = 1;
      st.total += st.group * pc.big->value;
      st.res *= pc.big->value;
      st.group = 0;
      st.last_big = pc.big->value;
      st.last_small = kInf;
      n->top_big = std::max(n->top_big, pc.big->value);
      n->big_begin = pc.big_begin;
    }
    n->syllables += pc.syllables;
    any = true;
    end = q = pc.end;
    if (pc.dec || !scaled) break;
    after_space = false;
    if (q + 1 < s_.size() && s_[q] == ' ' && StartsPiece(q + 1, hangul)) {
      ++q;
      after_space = true;
    } else if (!StartsPiece(q, hangul)) {
      break;
    }
  }
  if (!any) return false;
  n->value = st.total + st.group;
  n->resolution = st.res;
  n->end = end;
  n->hangul = hangul;
  return true;
}

bool NumeralReader::ReadNative(std::size_t p, Num* n) const {
  std::size_t q = p;
  double v = 0;
  const NumeralRow* ten = t_.Numeral(At(q), NumeralClass::kTen);
  if (ten != nullptr) v += ten->value, q += ten->text.size(), ++n->syllables;
  const NumeralRow* unit = t_.Numeral(At(q), NumeralClass::kNative);
  if (unit != nullptr) v += unit->value, q += unit->text.size(), ++n->syllables;
  if (ten == nullptr && unit == nullptr) {
    const NumeralRow* ord = t_.Numeral(At(q), NumeralClass::kOrdinal);
    if (ord == nullptr) return false;
    v = ord->value;
    q += ord->text.size();
    n->ordinal_only = true;
  }
  n->value = v;
  n->resolution = 1;
  n->end = q;
  n->hangul = n->native = true;
  return true;
}

void NumeralReader::ReadHangulDecimal(Num* n) const {
  const NumeralRow* pt = t_.Numeral(At(n->end), NumeralClass::kPoint);
  if (pt == nullptr) return;
  std::size_t q = n->end + pt->text.size();
  double scale = 1, frac = 0;
  while (const NumeralRow* d = t_.Numeral(At(q), NumeralClass::kSino)) {
    if (t_.numeral_index.Longest(At(q)) != d) break;
    scale /= 10;
    frac += d->value * scale;
    q += d->text.size();
  }
  if (scale == 1) return;
  n->value += frac;
  n->resolution = scale;
  n->decimal = true;
  n->end = q;
}

void NumeralReader::ReadFraction(Num* n) const {
  std::size_t q = n->end;
  if (n->hangul || (!n->decimal && !n->fraction)) {  // 사분의 삼, 3분의 1, 10억분의 1
    if (q + 1 < s_.size() && s_[q] == ' ' && t_.Numeral(At(q + 1), NumeralClass::kFraction)) ++q;  // 5만 분의 1
    const NumeralRow* f = t_.Numeral(At(q), NumeralClass::kFraction);
    if (f == nullptr || n->value == 0) return;
    q += f->text.size();
    if (q < s_.size() && s_[q] == ' ') ++q;
    Num top;
    bool hangul = q < s_.size() && !IsDigit(s_[q]);
    if (!ReadCompound(q, hangul, &top)) return;
    n->resolution = 1 / n->value;
    n->value = top.value / n->value;
    n->end = top.end;
    n->plain_int = false;
    n->decimal = n->fraction = true;
    n->syllables += top.syllables + 1;
  }
}

// In running text a Hangul Sino numeral may not start with a zero (영원,
// 공원) or a bare scale above 만 (경영권, 조사), nor use 조/경 at all (구조):
// news writes such amounts in digits.
bool NumeralReader::RunningTextOk(std::size_t q, const Num& n) const {
  if (!n.hangul || n.native || n.half) return true;
  const NumeralRow* first = t_.numeral_index.Longest(At(q));
  if (first == nullptr) return false;
  if (first->cls == NumeralClass::kSino && first->value == 0) return false;
  if (first->cls == NumeralClass::kBig && first->value > 1e4) return false;
  return n.top_big < 1e12;
}

bool NumeralReader::ReadNumber(std::size_t p, Num* n) const {
  double sign = 1;
  std::size_t q = p;
  if (s_[q] == '-' || s_[q] == '+') {
    sign = s_[q] == '-' ? -1 : 1;
    ++q;
  } else if (const NumeralRow* m = t_.Numeral(At(q), NumeralClass::kMinus)) {
    q += m->text.size();
    if (q < s_.size() && s_[q] == ' ') ++q;
    sign = -1;
  }
  bool ok = false;
  if (q < s_.size() && IsDigit(s_[q])) {
    ok = ReadCompound(q, false, n);
    if (ok && n->plain_int && n->end + 1 < s_.size() && s_[n->end] == '/' && IsDigit(s_[n->end + 1])) {
      Piece den;
      std::size_t e = DigitLiteral(n->end + 1, &den);
      bool fraction = whole_ || (n->value < den.coef && den.coef <= 10);
      bool date = !fraction && n->value >= 1 && n->value <= 12 && den.coef >= 1 && den.coef <= 31;
      if (den.coef > 0 && !den.dec && (e >= s_.size() || (s_[e] != '/' && s_[e] != '.')) &&
          (fraction || date)) {
        n->slash_date = date;
        if (fraction) n->value /= den.coef, n->resolution = 1 / den.coef;
        n->end = e;
        n->plain_int = false;
        n->decimal = n->fraction = fraction;
      }
    }
  } else {
    const NumeralRow* r = t_.numeral_index.Longest(At(q));
    if (r == nullptr) return false;
    if (r->cls == NumeralClass::kHalf) {
      n->value = r->value, n->resolution = 0.5, n->end = q + r->text.size();
      n->hangul = n->half = true;
      n->syllables = 1;
      ok = true;
    } else if (r->cls == NumeralClass::kTen || r->cls == NumeralClass::kNative ||
               r->cls == NumeralClass::kOrdinal) {
      ok = ReadNative(q, n);
    } else if (r->cls == NumeralClass::kSino || r->cls == NumeralClass::kSmall ||
               r->cls == NumeralClass::kBig) {
      ok = ReadCompound(q, true, n);
      if (ok) ReadHangulDecimal(n);
      if (ok && whole_ && !n->decimal && std::fmod(n->value, 10) == 0) {
        if (const NumeralRow* u = t_.Numeral(At(n->end), NumeralClass::kNative)) {
          n->value += u->value;
          n->end += u->text.size();
          n->resolution = 1;
        }
      }
    }
  }
  if (!ok || (!whole_ && !RunningTextOk(q, *n))) return false;
  ReadFraction(n);
  n->begin = p;
  n->value *= sign;
  return true;
}

}  // namespace

bool ReadNumeral(std::string_view s, std::size_t p, const NumberTables& t, bool whole, Num* n) {
  return NumeralReader(s, t, whole).ReadNumber(p, n);
}

bool BasisRow::Applies(UnitKind k) const {
  for (UnitKind a : applies)
    if (a == k) return true;
  return false;
}


Result<std::shared_ptr<const NumberTables>> LoadNumberTables(const std::string& dir) {
  auto t = std::make_shared<NumberTables>();
  for (auto* load : {LoadNumerals, LoadUnits, LoadIcuCurrencies, LoadQualifiers, LoadBases, LoadWords,
                     LoadPhrases, LoadSkip})
    if (Status s = load(dir, *t); !s.ok()) return s;
  BuildLookups(*t);
  return std::shared_ptr<const NumberTables>(std::move(t));
}

Result<NumberRules> NumberRules::Load(const std::string& dir) {
  auto t = LoadNumberTables(dir);
  if (!t.ok()) return t.status();
  NumberRules r;
  r.tables_ = *t;
  return r;
}

}  // namespace suchi
