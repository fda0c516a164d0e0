// Tables of the number grammar, loaded from rules/numbers/*.tsv.
//
// Every table row is kept with its id so a quantity can name the rule that
// read it. PrefixIndex finds the longest row whose text starts at a given
// position in constant time per candidate row sharing the first character.
#ifndef SUCHI_NUMBERS_TABLES_H_
#define SUCHI_NUMBERS_TABLES_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "status.h"
#include "types.h"

namespace re2 {
class RE2;
}

namespace suchi {

enum class NumeralClass { kSino, kSmall, kBig, kNative, kTen, kOrdinal, kHalf, kPoint, kMinus, kFraction };
struct NumeralRow {
  std::string text;
  double value = 0;
  NumeralClass cls = NumeralClass::kSino;
};

enum class HangulUse { kAny, kMulti, kWhole, kNo };
struct UnitRow {
  std::string id, text;
  UnitKind kind = UnitKind::kNone;
  bool basis = false;  // kind "basis": 10만명당
  std::string unit_id, currency;
  double factor = 1;
  HangulUse hangul = HangulUse::kNo;
  bool spaced = false, prefix = false;
};

enum class QualPos { kBefore, kGlued, kAfter };
struct QualifierRow {
  std::string id, text, qualifier;
  QualPos pos = QualPos::kBefore;
};

struct BasisRow {
  std::string id, text;
  bool with_number = false;
  double per = 1;
  std::vector<UnitKind> applies;
  std::string prefix;
  bool Applies(UnitKind k) const;
};

struct WordRow {
  std::string id, kind, text;
};

struct PhraseRow {
  std::string id, text;
  double value = 0;
  const UnitRow* unit = nullptr;
  bool whole_only = false;
};

// Longest-prefix lookup over rows with a `text` member. A bit per hashed
// first character answers most lookups (a space, a digit, a syllable no row
// starts with) without touching the map.
template <typename Row>
class PrefixIndex {
 public:
  void Build(const std::vector<Row>* rows);
  // Returns the row with the longest text that `s` starts with, or null.
  // When `filter` is given, only rows for which it returns true count.
  template <typename F>
  const Row* Longest(std::string_view s, F filter) const;
  const Row* Longest(std::string_view s) const {
    return Longest(s, [](const Row&) { return true; });
  }

 private:
  // The first character's bytes packed into an integer: no string per lookup.
  static std::uint32_t FirstKey(std::string_view s, std::size_t n) {
    std::uint32_t k = 0;
    for (std::size_t i = 0; i < n; ++i) k = (k << 8) | static_cast<unsigned char>(s[i]);
    return k;
  }
  static std::size_t Bit(std::uint32_t key) { return (key * 0x9E3779B1u) >> 16; }
  const std::vector<Row>* rows_ = nullptr;
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_first_;  // longest first
  std::bitset<0x10000> first_bits_;  // Bit(key) of every key of by_first_
};

struct NumberTables {
  std::vector<NumeralRow> numerals;
  std::vector<UnitRow> units;
  std::vector<QualifierRow> qualifiers;
  std::vector<BasisRow> bases;
  std::vector<WordRow> words;
  std::vector<PhraseRow> phrases;
  PrefixIndex<NumeralRow> numeral_index;
  PrefixIndex<UnitRow> unit_index;
  PrefixIndex<QualifierRow> qualifier_index;
  PrefixIndex<BasisRow> basis_index;
  PrefixIndex<WordRow> word_index;
  PrefixIndex<PhraseRow> phrase_index;
  std::shared_ptr<re2::RE2> skip;  // alternation of skip.tsv, or null
  std::vector<std::string> skip_ids;
  std::vector<const UnitRow*> prefix_units;             // units with prefix set
  std::vector<const QualifierRow*> before_qualifiers;  // qualifiers at kBefore
  // The Hangul syllables (bit c - U+AC00) that begin a numeral, a phrase, a
  // money word or a word-form basis: the rows the scanner looks up at a word
  // start. Any other syllable lets the scanner step on. Derived at load.
  std::bitset<0xD7A4 - 0xAC00> word_openers;
  bool OpensWord(char32_t c) const { return word_openers[c - 0xAC00]; }
  // Returns the word row of `kind` that `s` starts with (longest), or null.
  const WordRow* Word(std::string_view s, std::string_view kind) const;
  // Returns a numeral row of class `cls` that `s` starts with, or null.
  const NumeralRow* Numeral(std::string_view s, NumeralClass cls) const;
};

// Returns the tables read from `dir`, or an error naming file:line.
Result<std::shared_ptr<const NumberTables>> LoadNumberTables(const std::string& dir);

// Returns the byte length of the UTF-8 sequence starting with byte `c` (1 for
// invalid bytes, so scanning always advances).
inline std::size_t Utf8Len(unsigned char c) {
  return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
}

template <typename Row>
void PrefixIndex<Row>::Build(const std::vector<Row>* rows) {
  rows_ = rows;
  by_first_.clear();
  first_bits_.reset();
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const std::string& t = (*rows)[i].text;
    if (t.empty()) continue;
    std::size_t n = Utf8Len(t[0]);
    if (n > t.size()) continue;
    by_first_[FirstKey(t, n)].push_back(i);
    first_bits_.set(Bit(FirstKey(t, n)));
  }
  for (auto& [k, v] : by_first_)
    std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
      return (*rows)[a].text.size() > (*rows)[b].text.size();
    });
}

template <typename Row>
template <typename F>
const Row* PrefixIndex<Row>::Longest(std::string_view s, F filter) const {
  if (s.empty() || rows_ == nullptr) return nullptr;
  std::size_t n = Utf8Len(s[0]);
  if (n > s.size()) return nullptr;
  std::uint32_t key = FirstKey(s, n);
  if (!first_bits_[Bit(key)]) return nullptr;
  auto it = by_first_.find(key);
  if (it == by_first_.end()) return nullptr;
  for (std::size_t i : it->second) {
    const Row& r = (*rows_)[i];
    if (s.substr(0, r.text.size()) == r.text && filter(r)) return &r;
  }
  return nullptr;
}


// ---- UTF-8 and character classes shared by the number grammar ----

constexpr std::size_t kNpos = std::string_view::npos;

// Returns the code point at byte i (0 past the end); *len is its byte length.
inline char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return 0;
  }
  unsigned char c = s[i];
  std::size_t n = Utf8Len(c);
  if (i + n > s.size()) n = 1;
  *len = n;
  if (n == 1) return c;
  char32_t cp = c & (0xFF >> (n + 1));
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// Returns the code point ending right before byte i (0 at the start).
inline char32_t CharBefore(std::string_view s, std::size_t i) {
  if (i == 0 || i > s.size()) return 0;
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  std::size_t n;
  return DecodeAt(s, j, &n);
}

inline bool IsHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool IsAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsWordChar(char32_t c) { return IsHangul(c) || IsAlpha(c) || IsDigit(c) || c == '_'; }
inline bool IsClosingQuote(char32_t c) {
  return c == U'\u2019' || c == '\'' || c == U'\u201D' || c == '"' || c == U'\u300D' ||
         c == U'\u300F' || c == U'\u300B' || c == U'\u3009';
}

// A number as written, before its unit: digits, sign, Hangul numerals and
// scale words (72억5,000만, 이십오, 마이너스 3, 사분의삼).
struct Num {
  std::size_t begin = 0, end = 0;
  double value = 0, resolution = 1;
  double top_big = 0;             // largest big scale word (만 억 조), 0 if none
  std::size_t big_begin = kNpos;  // the big scale word the number ends with
  int syllables = 0;              // Hangul numeral syllables
  bool hangul = false, native = false, ordinal_only = false, half = false;
  bool decimal = false, plain_int = false, fraction = false;
  bool slash_date = false;  // 3/29 in running text
  int digits = 0;  // integer digits of a plain integer
  bool SingleSino() const { return hangul && !native && syllables == 1; }
};

// Reads the number starting at byte p of s. Returns false when none starts
// there. `whole` is ScanOptions::whole_input.
bool ReadNumeral(std::string_view s, std::size_t p, const NumberTables& t, bool whole, Num* n);

}  // namespace suchi
#endif  // SUCHI_NUMBERS_TABLES_H_
