// Normalization of article text, with a map back to the original bytes.
//
// NFC (never NFD, which splits Hangul), full-width ASCII to ASCII, minus and
// dash forms meaning minus to '-' (U+2212 always; U+2010 U+2011 U+2013
// U+FE63 before a digit), curly quotes to ' and ", middle-dot variants
// (U+2027 U+30FB U+FF65 U+318D ...) to U+00B7, NBSP, U+3000, TAB and other
// spaces to ' ', zero-width characters and soft hyphens removed, runs of
// spaces folded, \r\n and \r to \n (newlines are kept: they separate
// paragraphs). Corner brackets 「」『』 and the ellipsis … are kept. Every byte of the normalized text maps to the original
// byte offset it came from, so every later span is reported in original
// UTF-8 bytes and code points.
#ifndef SUCHI_NORMALIZE_H_
#define SUCHI_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace suchi {

struct NormalizedText {
  std::string text;
  // to_orig[i]: original byte offset where the character that produced
  // normalized byte i begins; text.size() + 1 entries (last = original size).
  std::vector<std::uint32_t> to_orig;
  // to_orig_end[i]: original byte offset where that character ends.
  std::vector<std::uint32_t> to_orig_end;

  // Returns the original begin offset of a normalized span starting at b.
  std::size_t OrigBegin(std::size_t b) const { return to_orig[b]; }
  // Returns the original end offset of a normalized span ending at e (> 0),
  // covering the whole original character that produced byte e - 1.
  std::size_t OrigEnd(std::size_t e) const { return e == 0 ? to_orig[0] : to_orig_end[e - 1]; }
};

// Returns the normalized text of `original` (valid UTF-8) with its map.
NormalizedText Normalize(std::string_view original);

// Returns the number of code points in UTF-8 `s` (bytes other than
// continuation bytes), or some number above `limit` when there are more:
// counting stops early, so long lines cost little.
std::size_t CountCodePoints(std::string_view s, std::size_t limit = SIZE_MAX);

// Code-point offsets of an original text: CodePoints(b) is the number of
// code points before byte b. Built once per article in linear time.
// A continuation byte counts as part of the code point it continues. The
// index keeps one count per 64 bytes (`text` must outlive it); a lookup
// counts at most 63 bytes.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Returns the number of code points before byte `byte` (the total for
  // byte >= text size).
  std::size_t CodePoints(std::size_t byte) const;

 private:
  static constexpr std::size_t kBlock = 64;
  std::string_view text_;
  std::vector<std::uint32_t> before_block_;  // code point starts before each block
};

}  // namespace suchi

#endif  // SUCHI_NORMALIZE_H_
