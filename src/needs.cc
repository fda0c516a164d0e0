// Literal prefilters for rule patterns (see needs.h).
//
// Admits must cost far less than the RE2 search it saves, so it never walks
// the text byte by byte through a table: digits are found by a block scan
// the compiler vectorizes, ASCII-led literals by memchr on their first byte
// (both cases) and Hangul ones by memmem.
#include "needs.h"

#include <algorithm>
#include <cstring>

namespace suchi {
namespace {

unsigned char Lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }
unsigned char Upper(unsigned char c) { return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c; }

// Returns true when `lit` (letters lowered) occurs in `text` at byte i,
// ASCII letters compared in either case.
bool LiteralAt(std::string_view text, std::size_t i, const std::string& lit) {
  if (text.size() - i < lit.size()) return false;
  for (std::size_t k = 0; k < lit.size(); ++k)
    if (Lower(static_cast<unsigned char>(text[i + k])) != static_cast<unsigned char>(lit[k]))
      return false;
  return true;
}

bool HasAsciiDigit(std::string_view text) {
  for (std::size_t b = 0; b < text.size(); b += 64) {
    std::size_t e = std::min(text.size(), b + 64);
    bool any = false;
    for (std::size_t i = b; i < e; ++i)  // no early exit: vectorizable
      any |= static_cast<unsigned char>(text[i] - '0') < 10;
    if (any) return true;
  }
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
    if (lit.empty()) return RuleError(row, "empty literal in needs '" + field + "'");
    if (lit == "\\d") set.digit_ = true;
    else set.Add(std::move(lit));
    if (bar == std::string::npos) return set;
    pos = bar + 1;
  }
}

void NeedSet::Add(std::string literal) {
  unsigned char first = static_cast<unsigned char>(literal[0]);
  if (first >= 0x80) {
    other_.push_back(std::move(literal));
    return;
  }
  for (char& c : literal) c = static_cast<char>(Lower(static_cast<unsigned char>(c)));
  first = static_cast<unsigned char>(literal[0]);
  for (Group& g : groups_)
    if (g.first == first) {
      g.literals.push_back(std::move(literal));
      return;
    }
  groups_.push_back(Group{first, {std::move(literal)}});
}

void NeedSet::Merge(const NeedSet& other) {
  if (all_ || other.all_) {
    *this = NeedSet();
    return;
  }
  digit_ = digit_ || other.digit_;
  for (const Group& g : other.groups_)
    for (const std::string& lit : g.literals) Add(lit);
  for (const std::string& lit : other.other_) Add(lit);
}

bool NeedSet::Admits(std::string_view text) const {
  if (all_ || (digit_ && HasAsciiDigit(text))) return true;
  const char* data = text.data();
  for (const Group& g : groups_) {
    for (unsigned char b : {g.first, Upper(g.first)}) {
      for (const char* p = data; p < data + text.size();) {
        p = static_cast<const char*>(std::memchr(p, b, data + text.size() - p));
        if (p == nullptr) break;
        for (const std::string& lit : g.literals)
          if (LiteralAt(text, p - data, lit)) return true;
        ++p;
      }
      if (Upper(g.first) == g.first) break;
    }
  }
  for (const std::string& lit : other_)
    if (memmem(data, text.size(), lit.data(), lit.size()) != nullptr) return true;
  return false;
}

}  // namespace suchi
