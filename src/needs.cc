// Literal prefilters for rule patterns (see needs.h).
//
// Admits must cost far less than the RE2 search it saves, so it never walks
// the text byte by byte through a table: the literal `\d` alone is found by
// a block scan the compiler vectorizes, and every other literal by memchr
// on one byte of it (its pivot: a rare-looking ASCII byte, else the last
// byte of a multi-byte character, in both cases for a letter), then
// compared around each hit whose neighbouring bytes some literal of the
// pivot's group admits (a sentence's final '.' rules out ".pdf" and "\d.\d"
// with one look-up).
#include "needs.h"

#include <algorithm>
#include <cstring>

namespace suchi {
namespace {

unsigned char Lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }
unsigned char Upper(unsigned char c) { return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c; }
bool IsDigit(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool IsSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsLetter(unsigned char c) { return c >= 'a' && c <= 'z'; }  // lowered

bool HasAsciiDigit(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), b = 0;
  for (; b + 64 <= n; b += 64) {
    unsigned char any = 0;  // a byte, no early exit: the loop vectorizes
    for (std::size_t i = 0; i < 64; ++i) any |= static_cast<unsigned char>(p[b + i] - '0') < 10;
    if (any) return true;
  }
  for (; b < n; ++b)
    if (IsDigit(p[b])) return true;
  return false;
}

}  // namespace

Result<NeedSet> NeedSet::Parse(const RuleRow& row, const std::string& field) {
  NeedSet set;
  if (field == "-") return set;
  set.all_ = false;
  for (std::size_t pos = 0;;) {
    std::size_t bar = field.find('|', pos);
    std::string lit = field.substr(pos, bar == std::string::npos ? bar : bar - pos);
    if (lit.empty() || lit == "^") return RuleError(row, "empty literal in needs '" + field + "'");
    Literal l;
    l.anchored = lit[0] == '^';
    for (std::size_t i = l.anchored ? 1 : 0; i < lit.size(); ++i) {
      bool cls = lit[i] == '\\' && i + 1 < lit.size() && (lit[i + 1] == 'd' || lit[i + 1] == 's');
      if (cls) l.elems.push_back(lit[++i] == 'd' ? kDigit : kSpace);
      else l.elems.push_back(Lower(static_cast<unsigned char>(lit[i])));
    }
    set.Add(std::move(l));
    if (bar == std::string::npos) return set;
    pos = bar + 1;
  }
}

namespace {

// Returns the element of `elems` to search for: the last ASCII byte that
// is no letter or space (literals often share it: " 0\d", "(0\d"), else
// the last byte >= 0x80 (a continuation byte, rarer than a lead byte), else
// the first byte, or npos when all are classes.
std::size_t Pivot(const std::vector<std::uint16_t>& elems) {
  std::size_t ascii = std::string::npos, high = std::string::npos, first = std::string::npos;
  for (std::size_t i = 0; i < elems.size(); ++i) {
    std::uint16_t e = elems[i];
    if (e > 0xFF) continue;
    if (e < 0x80 && !IsLetter(e) && !IsSpace(e)) ascii = i;
    if (e >= 0x80) high = i;
    if (first == std::string::npos) first = i;
  }
  return ascii != std::string::npos ? ascii : high != std::string::npos ? high : first;
}

}  // namespace

void NeedSet::Add(Literal literal) {
  if (literal.elems.size() == 1 && literal.elems[0] == kDigit && !literal.anchored) {
    digit_ = true;
    return;
  }
  literal.pivot = Pivot(literal.elems);
  if (literal.anchored) return anchored_.push_back(std::move(literal));
  if (literal.pivot == std::string::npos) return classes_.push_back(std::move(literal));
  auto byte = static_cast<unsigned char>(literal.elems[literal.pivot]);
  bool digit = std::any_of(literal.elems.begin(), literal.elems.end(),
                           [](std::uint16_t e) { return e == kDigit || (e < 0x80 && IsDigit(e)); });
  for (Group& g : groups_)
    if (g.pivot == byte) {
      g.digits = g.digits && digit;
      g.Note(literal);
      return g.literals.push_back(std::move(literal));
    }
  Group g;
  g.pivot = byte;
  g.digits = digit;
  g.Note(literal);
  g.literals.push_back(std::move(literal));
  groups_.push_back(std::move(g));
}

void NeedSet::Group::Note(const Literal& l) {
  // Marks in `set` every text byte that element e matches (ElemsAt).
  auto mark = [](std::uint16_t e, std::array<bool, 256>& set) {
    for (int b = 0; b < 256; ++b) {
      auto c = static_cast<unsigned char>(b);
      set[c] = set[c] || (e == kDigit ? IsDigit(c) : e == kSpace ? IsSpace(c) : Lower(c) == e);
    }
  };
  if (l.pivot == 0) open_before = true;
  else mark(l.elems[l.pivot - 1], before);
  if (l.pivot + 1 >= l.elems.size()) open_after = true;
  else mark(l.elems[l.pivot + 1], after);
}

void NeedSet::Merge(const NeedSet& other) {
  if (all_ || other.all_) {
    *this = NeedSet();
    return;
  }
  digit_ = digit_ || other.digit_;
  for (const Literal& l : other.anchored_) Add(l);
  for (const Group& g : other.groups_)
    for (const Literal& l : g.literals) Add(l);
  for (const Literal& l : other.classes_) Add(l);
}

inline bool NeedSet::ElemsAt(std::string_view text, std::size_t start,
                             const std::vector<std::uint16_t>& elems) {
  if (start > text.size() || text.size() - start < elems.size()) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + start;
  for (std::size_t k = 0; k < elems.size(); ++k) {
    std::uint16_t e = elems[k];
    bool ok = e == kDigit ? IsDigit(p[k]) : e == kSpace ? IsSpace(p[k]) : Lower(p[k]) == e;
    if (!ok) return false;
  }
  return true;
}

bool NeedSet::Admits(std::string_view text) const {
  if (all_ || (digit_ && HasAsciiDigit(text))) return true;
  for (const Literal& l : anchored_)
    if (ElemsAt(text, 0, l.elems)) return true;
  const char* data = text.data();
  int digits = -1;  // whether the text holds a digit: -1 until asked
  for (const Group& g : groups_) {
    if (g.digits && (digits < 0 ? (digits = HasAsciiDigit(text)) : digits) == 0) continue;
    for (unsigned char b : {g.pivot, Upper(g.pivot)}) {
      for (const char* p = data; p < data + text.size(); ++p) {
        p = static_cast<const char*>(std::memchr(p, b, data + text.size() - p));
        if (p == nullptr) break;
        auto at = static_cast<std::size_t>(p - data);
        auto byte = [&](std::size_t i) { return static_cast<unsigned char>(data[i]); };
        if (!g.open_before && (at == 0 || !g.before[byte(at - 1)])) continue;
        if (!g.open_after && (at + 1 >= text.size() || !g.after[byte(at + 1)])) continue;
        for (const Literal& l : g.literals)
          if (at >= l.pivot && ElemsAt(text, at - l.pivot, l.elems)) return true;
      }
      if (Upper(g.pivot) == g.pivot) break;
    }
  }
  for (const Literal& l : classes_)
    for (std::size_t i = 0; i < text.size(); ++i)
      if (ElemsAt(text, i, l.elems)) return true;
  return false;
}

}  // namespace suchi
