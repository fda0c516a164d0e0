// Normalization of article text, with a map back to the original bytes.
//
// NFC (never NFD, which splits Hangul), full-width ASCII to ASCII, minus and
// dash forms meaning minus to '-' (U+2212 always; U+2010 U+2011 U+2013
// U+FE63 before a digit), curly quotes to ' and ", middle-dot variants
// (U+2027 U+30FB U+FF65 U+318D ...) to U+00B7, NBSP, U+3000, TAB and other
// spaces to ' ', zero-width characters and soft hyphens removed, runs of
// spaces folded, \r\n and \r to \n (newlines are kept: they separate
// paragraphs). Corner brackets 「」『』 and the ellipsis … are kept.
// Every byte of the normalized text maps to the original byte offset it
// came from, so every later span is reported in original UTF-8 bytes and
// code points.
#ifndef SUCHI_NORMALIZE_H_
#define SUCHI_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace suchi {

struct NormalizedText {
  std::string text;

  // Returns the original begin offset of a normalized span starting at b
  // (the original size for b >= text.size()). A byte inside a character
  // maps to where that character begins.
  std::size_t OrigBegin(std::size_t b) const;
  // Returns the original end offset of a normalized span ending at e (> 0),
  // covering the whole original character that produced byte e - 1;
  // OrigEnd(0) is OrigBegin(0).
  std::size_t OrigEnd(std::size_t e) const;

  // The byte map, for normalize.cc and tests. It is sparse: one piece per
  // run of characters whose original bytes are as many and in one block
  // (the bulk of any text: ASCII, Hangul, unmapped characters), where byte
  // norm + k came from orig + k; and one piece per other character (a
  // mapping that changes its length: curly quotes, full-width forms,
  // "\r\n"), all of whose bytes came from [orig, orig_end). Memory is
  // 12 bytes per piece, not per byte.
  struct Piece {
    std::uint32_t norm;      // first normalized byte of the piece
    std::uint32_t orig;      // original offset of that byte
    std::uint32_t orig_end;  // kShifted, or the end of the one original character
  };
  static constexpr std::uint32_t kShifted = UINT32_MAX;
  std::vector<Piece> pieces;    // ascending norm; the first has norm 0
  std::uint32_t orig_size = 0;  // the original's byte length

  // Records that normalized bytes [norm, norm + len) came from original
  // bytes [ob, oe): byte for byte when as many and not `whole`, else each
  // from all of them. Calls come in text order and cover every byte.
  void Map(std::size_t norm, std::size_t len, std::uint32_t ob, std::uint32_t oe,
           bool whole = false);

 private:
  const Piece& PieceAt(std::size_t b) const;
  std::size_t PieceEnd(const Piece& p) const;
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
