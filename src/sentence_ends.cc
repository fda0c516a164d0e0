// Sentence-end decisions made without ICU (see sentence_ends.h). The stage
// runs ICU only on stretches of a line around terminators; most of those
// stretches are one of a few shapes whose boundaries the rules fix, and
// the segment test checks every line of the corpus against ICU.
#include "sentence_ends.h"

#include <unicode/uchar.h>

namespace suchi {
namespace {

bool IsTerminator(unsigned char c) { return c == '.' || c == '!' || c == '?'; }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Returns the byte length of the well-formed character of at most three
// bytes at p[i] (i < n), or 0 (a four-byte character, a surrogate, a bad
// sequence), and its code point in *c.
std::size_t ShortCharAt(const unsigned char* p, std::size_t n, std::size_t i, char32_t* c) {
  unsigned char b = p[i];
  if (b < 0x80) return *c = b, 1;
  if (b >= 0xC2 && b <= 0xDF && i + 2 <= n && (p[i + 1] & 0xC0) == 0x80)
    return *c = (b & 0x1F) << 6 | (p[i + 1] & 0x3F), 2;
  if ((b & 0xF0) != 0xE0 || i + 3 > n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
    return 0;
  *c = (b & 0x0F) << 12 | (p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
  return *c >= 0x800 && (*c < 0xD800 || *c > 0xDFFF) ? 3 : 0;
}

bool IsSyllableAt(const unsigned char* p, std::size_t n, std::size_t i) {
  char32_t c;
  return i < n && ShortCharAt(p, n, i, &c) == 3 && c >= 0xAC00 && c <= 0xD7A3;
}

}  // namespace

bool MayEndSentence(char32_t c) {
  if (c < 0x80) return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
  if (c >= 0xD800 && c <= 0xDFFF) return true;
  switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: case U_SB_STERM: case U_SB_SEP: case U_SB_CR: case U_SB_LF: return true;
    default: return false;
  }
}

bool PlainSentenceBreaks(std::string_view text, std::vector<std::size_t>* ends) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size(), added = ends->size();
  auto refuse = [&] {
    ends->resize(added);
    return false;
  };
  for (std::size_t i = 0; i < n;) {
    if (IsTerminator(p[i])) {
      std::size_t j = i;
      while (j < n && IsTerminator(p[j])) ++j;
      if (p[j - 1] == '.' && j < n && IsAsciiDigit(p[j])) {  // "3.5": ATerm x Numeric
        i = j;
        continue;
      }
      std::size_t k = j;
      while (k < n && p[k] == ' ') ++k;
      if (k < n && !IsSyllableAt(p, n, k)) return refuse();  // SB7, SB8, SB8a, SB9: ICU
      if (k < n) ends->push_back(k);  // at the end: the text's own end, excluded
      i = k;
      continue;
    }
    char32_t c;
    std::size_t len = ShortCharAt(p, n, i, &c);
    bool syllable = c >= 0xAC00 && c <= 0xD7A3;
    if (len == 0 || (!syllable && MayEndSentence(c))) return refuse();  // CR, LF, 。 ...
    i += len;
  }
  return true;
}

}  // namespace suchi
