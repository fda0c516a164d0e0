// Decoding of raw article bytes to UTF-8.
//
// Input is UTF-8 (with or without BOM), or CP949/EUC-KR declared by the user
// or detected (bytes that are not valid UTF-8 but are valid CP949 with
// Hangul). Invalid UTF-8 is repaired (U+FFFD) with a warning naming the byte
// offset; binary data (NUL bytes, control-heavy) and empty input are errors.
// UTF-16 with a byte-order mark is converted too (encoding "UTF-16LE"/"BE").
#ifndef SUCHI_DECODE_H_
#define SUCHI_DECODE_H_

#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace suchi {

struct Decoded {
  std::string text;      // UTF-8, BOM removed
  std::string encoding;  // "UTF-8", "UTF-8-BOM", "CP949", "UTF-16LE", "UTF-16BE"
  std::vector<std::string> warnings;  // "invalid UTF-8 at byte N (replaced)"
};

// Returns the text decoded to UTF-8. `declared` is "" or "auto" (detect),
// "utf-8", "cp949" or "euc-kr" (case-insensitive). Errors: "empty input",
// "empty input (white space only)", "binary data (NUL byte at N)", "binary
// data (N control bytes in the first M)", unknown encoding name. Warnings
// name the byte offset in `bytes` (a BOM counts); after 20 warnings one
// summary line counts the rest. UTF-16 is read with a BOM, or without one
// when `declared` is auto and the NUL bytes say so (every NUL on one side
// of its 2-byte unit, in at least one unit in 16: the high byte of spaces
// and digits); that decision is a warning, and binary data that only looks
// like UTF-16 is an error saying so.
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared);

// Returns an error (systemic: it fails every input alike) unless
// `declared` is an encoding DecodeToUtf8 knows. Commands check it once,
// before any input is read.
Status CheckEncodingName(std::string_view declared);

}  // namespace suchi

#endif  // SUCHI_DECODE_H_
