// UTF-8 well-formedness, shared by the decoder (is this file UTF-8?) and
// the JSON writer (can this string be written as it is?).
//
// Well-formed means what the Unicode standard says: no overlong forms, no
// surrogates, nothing above U+10FFFF.
#ifndef SUCHI_UTF8_H_
#define SUCHI_UTF8_H_

#include <cstddef>
#include <string_view>

namespace suchi {

// Returns the length of the well-formed UTF-8 sequence at s[i] (i < size),
// or 0 when the bytes there are not one.
inline std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  // Fast path: leads E1..EC (Hangul syllables, most CJK) take any two
  // continuation bytes.
  if (c >= 0xE1 && c <= 0xEC && i + 2 < s.size() && (at(i + 1) & 0xC0) == 0x80 &&
      (at(i + 2) & 0xC0) == 0x80)
    return 3;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

// Returns true when all of `s` is well-formed UTF-8.
inline bool IsValidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace suchi

#endif  // SUCHI_UTF8_H_
