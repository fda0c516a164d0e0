// Tables of the number grammar, loaded from rules/numbers/*.tsv.
//
// Every table row is kept with its id so a quantity can name the rule that
// read it. PrefixIndex finds the longest row whose text starts at a given
// position in constant time per candidate row sharing the first character.
// Lookups by word kind or numeral class, and the syllables that may open a
// word the scanner reacts to, are derived from the rows at load.
#ifndef SUCHI_NUMBERS_TABLES_H_
#define SUCHI_NUMBERS_TABLES_H_

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "needs.h"
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
  bool label = false;  // kind "label": a number that names, not counts (2호선)
  // A prefix whose unit_id starts with '/' is a rate (시속 -> "/h"): it
  // applies to a unit of its kind written after the number (시속 60km ->
  // km/h, 연 3.5% -> %/year).
  bool Rate() const { return prefix && !unit_id.empty() && unit_id[0] == '/'; }
};

enum class QualPos { kBefore, kGlued, kAfter, kFollow };
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

// The kinds of words.tsv rows (column 2), in the order of their names there.
enum class WordKind {
  kGuard, kProduct, kGluedPrefix, kParticle, kMoney,
  kUnitBlock, kDurationMark, kDaeAttr, kHalfFollow, kBandFollow, kAgeTitle,
  kCopula, kLabelFollow, kLabelBefore, kClockBefore, kBetweenLink, kBetweenClose, kBoundLink,
  kRateLink
};
constexpr std::size_t kWordKinds = 19;
constexpr std::size_t kNumeralClasses = 10;

struct WordRow {
  std::string id, kind, text;
  WordKind kind_id = WordKind::kGuard;  // `kind` as an enum
};

struct PhraseRow {
  std::string id, text;
  double value = 0;
  const UnitRow* unit = nullptr;
  bool whole_only = false;
};

// Longest-prefix lookup over rows with a `text` member. The rows are
// grouped by their first character in an open-addressing table, so a lookup
// is one hash probe (most often an empty slot: a space, a digit, a syllable
// no row starts with) and then the group's rows, longest first.
template <typename Row>
class PrefixIndex {
 public:
  // Indexes the rows for which `keep` returns true, or all rows.
  template <typename K>
  void Build(const std::vector<Row>* rows, K keep);
  void Build(const std::vector<Row>* rows) {
    Build(rows, [](const Row&) { return true; });
  }
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
    auto b = [&s](std::size_t i) { return std::uint32_t{static_cast<unsigned char>(s[i])}; };
    if (n == 3) return b(0) << 16 | b(1) << 8 | b(2);  // Hangul, unrolled
    std::uint32_t k = 0;
    for (std::size_t i = 0; i < n; ++i) k = (k << 8) | b(i);
    return k;
  }
  static std::size_t Hash(std::uint32_t key) { return (key * 0x9E3779B1u) >> 16; }
  struct Slot {
    std::uint32_t key = 0, begin = 0, end = 0;  // rows order_[begin, end); empty if equal
  };
  std::vector<Slot> slots_;           // size a power of two, at most a quarter full
  std::vector<const Row*> order_;     // rows grouped by first key, longest first
  std::size_t mask_ = 0;
  std::array<bool, 256> leads_{};     // first bytes of the indexed rows
};

struct NumberTables {
  std::vector<NumeralRow> numerals;
  std::vector<UnitRow> units;
  std::vector<QualifierRow> qualifiers;
  std::vector<BasisRow> bases;
  std::vector<WordRow> words;
  std::vector<PhraseRow> phrases;
  PrefixIndex<NumeralRow> numeral_index;
  PrefixIndex<UnitRow> unit_index;  // the suffix units (prefix units: prefix_units)
  PrefixIndex<QualifierRow> qualifier_index;
  PrefixIndex<BasisRow> basis_index;
  PrefixIndex<PhraseRow> phrase_index;
  std::array<PrefixIndex<WordRow>, kWordKinds> word_index;  // one per WordKind
  std::array<std::vector<const WordRow*>, kWordKinds> words_of;
  std::array<PrefixIndex<NumeralRow>, kNumeralClasses> numeral_class_index;
  std::shared_ptr<re2::RE2> skip;  // alternation of skip.tsv, or null
  NeedSet skip_needs;              // a sentence admitted by none is not searched
  std::vector<std::string> skip_ids;
  std::vector<const UnitRow*> prefix_units;            // units with prefix set
  std::array<bool, 256> prefix_unit_ends{};            // their last bytes
  std::vector<const QualifierRow*> before_qualifiers;  // qualifiers at kBefore
  std::vector<const QualifierRow*> follow_qualifiers;  // qualifiers at kFollow
  // The kFollow rows grouped by their first character (LeadKey).
  std::vector<std::pair<std::uint32_t, std::vector<const QualifierRow*>>> follow_groups;
  // The Hangul syllables (bit c - U+AC00) that begin the rows the scanner
  // looks up at a word start: numerals, phrases, and context words (money
  // words, word-form bases). At any other syllable the scanner steps on
  // (word_openers, the union). Derived at load.
  using Syllables = std::bitset<0xD7A4 - 0xAC00>;
  Syllables numeral_openers, phrase_openers, context_openers, word_openers;
  static bool Opens(const Syllables& set, char32_t c) { return set[c - 0xAC00]; }
  bool OpensWord(char32_t c) const { return Opens(word_openers, c); }
  // Returns the word row of `kind` that `s` starts with (longest), or null.
  const WordRow* Word(std::string_view s, WordKind kind) const {
    return word_index[static_cast<std::size_t>(kind)].Longest(s);
  }
  // Returns a numeral row of class `cls` that `s` starts with, or null.
  const NumeralRow* Numeral(std::string_view s, NumeralClass cls) const {
    return numeral_class_index[static_cast<std::size_t>(cls)].Longest(s);
  }
};

// Returns the tables read from `dir`, or an error naming file:line.
Result<std::shared_ptr<const NumberTables>> LoadNumberTables(const std::string& dir);

// The byte length of the UTF-8 sequence starting with each byte (1 for
// invalid bytes, so scanning always advances): one look-up, no branches.
inline constexpr std::array<std::uint8_t, 256> kUtf8Len = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  return t;
}();
// Returns the byte length of the UTF-8 sequence starting with byte `c`.
inline std::size_t Utf8Len(unsigned char c) { return kUtf8Len[c]; }

// Returns the bytes of the character at the start of `s` packed into an
// integer (0 for an empty or cut sequence).
inline std::uint32_t LeadKey(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t n = Utf8Len(static_cast<unsigned char>(s[0]));
  if (n > s.size()) return 0;
  std::uint32_t k = 0;
  for (std::size_t i = 0; i < n; ++i) k = (k << 8) | static_cast<unsigned char>(s[i]);
  return k;
}

template <typename Row>
template <typename K>
void PrefixIndex<Row>::Build(const std::vector<Row>* rows, K keep) {
  std::map<std::uint32_t, std::vector<const Row*>> groups;
  leads_.fill(false);
  for (const Row& r : *rows) {
    const std::string& t = r.text;
    if (t.empty() || !keep(r)) continue;
    std::size_t n = Utf8Len(t[0]);
    if (n > t.size()) continue;
    groups[FirstKey(t, n)].push_back(&r);
    leads_[static_cast<unsigned char>(t[0])] = true;
  }
  std::size_t size = 16;
  while (size < 4 * groups.size()) size *= 2;
  slots_.assign(size, Slot());
  mask_ = size - 1;
  order_.clear();
  for (auto& [key, group] : groups) {
    std::stable_sort(group.begin(), group.end(),
                     [](const Row* a, const Row* b) { return a->text.size() > b->text.size(); });
    std::size_t h = Hash(key) & mask_;
    while (slots_[h].begin != slots_[h].end) h = (h + 1) & mask_;
    slots_[h] = {key, static_cast<std::uint32_t>(order_.size()),
                 static_cast<std::uint32_t>(order_.size() + group.size())};
    order_.insert(order_.end(), group.begin(), group.end());
  }
}

template <typename Row>
template <typename F>
const Row* PrefixIndex<Row>::Longest(std::string_view s, F filter) const {
  if (s.empty() || !leads_[static_cast<unsigned char>(s[0])]) return nullptr;
  std::size_t n = Utf8Len(s[0]);
  if (n > s.size()) return nullptr;
  std::uint32_t key = FirstKey(s, n);
  for (std::size_t h = Hash(key) & mask_;; h = (h + 1) & mask_) {
    const Slot& slot = slots_[h];
    if (slot.begin == slot.end) return nullptr;
    if (slot.key != key) continue;
    for (std::uint32_t i = slot.begin; i < slot.end; ++i) {
      const Row& r = *order_[i];
      // The last byte first: most rows of a first character differ there.
      bool starts = r.text.size() <= s.size() && s[r.text.size() - 1] == r.text.back() &&
                    std::equal(r.text.begin() + n, r.text.end(), s.begin() + n);
      if (starts && filter(r)) return &r;
    }
    return nullptr;
  }
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
  bool yeo = false;         // 여 inside the number: 4억8500여만원, 12만 5000여 명
  int digits = 0;  // integer digits of a plain integer
  bool SingleSino() const { return hangul && !native && syllables == 1; }
};

// Reads the number starting at byte p of s. Returns false when none starts
// there. `whole` is ScanOptions::whole_input.
bool ReadNumeral(std::string_view s, std::size_t p, const NumberTables& t, bool whole, Num* n);

}  // namespace suchi
#endif  // SUCHI_NUMBERS_TABLES_H_
