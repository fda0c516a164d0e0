// Text scanning helpers shared by the stages that read a sentence byte by
// byte (extraction, periods, claim periods, punctuation, the same-fact
// frames). Offsets are UTF-8 bytes; no allocation.
#ifndef SUCHI_TEXT_SCAN_H_
#define SUCHI_TEXT_SCAN_H_

#include <cstddef>
#include <string_view>

namespace suchi {

// True when `w` occurs in `s` at byte `i` (false past the end).
inline bool StartsWith(std::string_view s, std::size_t i, std::string_view w) {
  return i <= s.size() && s.substr(i).substr(0, w.size()) == w;
}

// The first byte at or after `i` that is not an ASCII space.
inline std::size_t SkipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

}  // namespace suchi

#endif  // SUCHI_TEXT_SCAN_H_
