// Normalization of article text with a byte map to the original (see
// normalize.h).
//
// Two passes, both linear. Pass 1 is NFC with ICU's UTF-8 normalizer; its
// Edits give the original span of every NFC byte. Pass 2 walks the NFC text
// one code point at a time and applies the character mappings below,
// recording for every output byte the original [begin, end) of its source
// character. Nearly every article is NFC already, so pass 2 first runs on
// the original and checks each character on the way; pass 1 runs only when
// a character NFC might change (not ASCII, a Hangul syllable or inert) is met.
//
// Mappings (pass 2):
//   U+FF01..U+FF5E full-width ASCII      -> ASCII
//   TAB, U+00A0, U+3000, other Zs spaces -> ' ' (then runs of ' ' fold to one)
//   other C0/C1 controls                 -> ' '
//   \r\n, \r, U+0085, U+2028, U+2029     -> '\n'
//   U+2212                               -> '-'
//   U+2010 U+2011 U+2013 U+FE63          -> '-' when directly followed by a digit
//   U+2018 U+2019 U+201A U+201B U+2032   -> '\''
//   U+201C U+201D U+201E U+201F U+2033   -> '"'
//   U+2027 U+2219 U+22C5 U+30FB U+FF65 U+318D (Hangul araea used as a
//   middle dot in news: "52ㆍ사진")      -> U+00B7
//   U+200B..U+200D U+2060 U+FEFF U+00AD -> removed
// Corner brackets 「」『』 are kept as written: they are quotation marks
// the segmenter pairs like parentheses.
#include "normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstring>

namespace suchi {
namespace {

// Decodes the code point at s[i] (valid UTF-8 assumed; a stray byte decodes
// as itself with length 1). Sets *len.
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* len) {
  unsigned char c = s[i];
  auto cont = [&](std::size_t k) -> char32_t {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3F : 0;
  };
  if (c < 0x80) { *len = 1; return c; }
  if (c >= 0xC0 && c < 0xE0 && i + 1 < s.size()) { *len = 2; return ((c & 0x1F) << 6) | cont(1); }
  if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
    *len = 3;
    return ((c & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  }
  if (c >= 0xF0 && i + 3 < s.size()) {
    *len = 4;
    return ((c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
  }
  *len = 1;
  return c;
}

// Appends code point `cp` as UTF-8.
void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsSpaceLike(char32_t cp) {
  return cp == '\t' || cp == 0x0B || cp == 0x0C || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         (cp < 0x20 && cp != '\n' && cp != '\r') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F && cp != 0x85);
}

bool IsRemoved(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
}

bool IsDigitAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  if (s[i] >= '0' && s[i] <= '9') return true;
  // Full-width digits U+FF10..U+FF19: EF BC 90..99.
  return i + 2 < s.size() && s[i] == '\xEF' && s[i + 1] == '\xBC' &&
         static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

// Returns the mapped code point, 0 for removal, given the code point and
// what follows it (`next` = byte offset of the next character in `s`).
char32_t MapChar(char32_t cp, std::string_view s, std::size_t next) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (IsRemoved(cp)) return 0;
  if (IsSpaceLike(cp)) return ' ';
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return '\n';
  switch (cp) {
    case 0x2212: return '-';
    case 0x2010: case 0x2011: case 0x2013: case 0xFE63:
      return IsDigitAt(s, next) ? U'-' : cp;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return '"';
    case 0x2027: case 0x2219: case 0x22C5: case 0x30FB: case 0xFF65: case 0x318D: return 0xB7;
    default: return cp;
  }
}

// Returns ICU's NFC normalizer, or null when ICU cannot give one.
const icu::Normalizer2* NfcInstance() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n2 = icu::Normalizer2::getNFCInstance(err);
  return U_FAILURE(err) ? nullptr : n2;
}

// Pass 1: NFC. Returns false (and leaves *nfc untouched) when `s` is
// already NFC. Otherwise fills nfc->text and its sparse map to `s`: an
// unchanged span maps byte for byte, every byte of a changed one to the
// whole original span it came from.
bool ToNfc(std::string_view s, const icu::Normalizer2* n2, NormalizedText* nfc) {
  UErrorCode err = U_ZERO_ERROR;
  if (n2 == nullptr) return false;
  if (n2->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), err) ||
      U_FAILURE(err))
    return false;
  icu::Edits edits;
  std::string text;
  text.reserve(s.size() + 16);
  icu::StringByteSink<std::string> sink(&text);
  err = U_ZERO_ERROR;
  n2->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, &edits,
                    err);
  if (U_FAILURE(err)) return false;
  nfc->text = std::move(text);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(err)) {
    auto src = static_cast<std::uint32_t>(it.sourceIndex());
    auto old_len = static_cast<std::uint32_t>(it.oldLength());
    nfc->Map(static_cast<std::size_t>(it.destinationIndex()), static_cast<std::size_t>(it.newLength()),
             src, src + old_len, /*whole=*/it.hasChange());
  }
  nfc->orig_size = static_cast<std::uint32_t>(s.size());
  return true;
}

// Returns the byte length of the character at s[i] when no mapping applies
// to it (printable ASCII, a Hangul syllable), else 0.
std::size_t PlainCharLength(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c > 0x20 && c < 0x7F) return 1;
  if (c < 0xEA || c > 0xED || i + 2 >= s.size()) return 0;
  // U+AC00..U+D7A3 is EA B0 80 .. ED 9E A3: leads EB and EC are all
  // syllables; EA from its second byte B0, ED up to ED 9E A3.
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
  if (((c1 ^ 0x80) | (c2 ^ 0x80)) >= 0x40) return 0;  // not two continuation bytes
  if (c == 0xEB || c == 0xEC) return 3;
  if (c == 0xEA) return c1 >= 0xB0 ? 3 : 0;
  return c1 < 0x9E || (c1 == 0x9E && c2 <= 0xA3) ? 3 : 0;
}

// Appends the run of unmapped characters starting at s[i] to *out, with
// their original spans (through `from`, the NFC map, else the identity).
// Returns the offset after the run.
std::size_t AppendPlainRun(std::string_view s, std::size_t i, const NormalizedText* from,
                           NormalizedText* out) {
  std::size_t start = i, base = out->text.size();
  bool space_ok = base == 0 || out->text.back() != ' ';  // runs of ' ' fold to one
  std::size_t len;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    // Leads EB and EC with two continuation bytes are always syllables
    // (PlainCharLength's common case, first).
    if ((p[i] == 0xEB || p[i] == 0xEC) && i + 2 < s.size() &&
        ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) < 0x40) {
      space_ok = true;
      i += 3;
      continue;
    }
    if (s[i] == ' ' || s[i] == '\n') {
      if (s[i] == ' ' && !space_ok) break;
      space_ok = s[i] != ' ';
      ++i;
      continue;
    }
    if ((len = PlainCharLength(s, i)) == 0) break;
    space_ok = true;
    i += len;
  }
  out->text.append(s.data() + start, i - start);
  if (from == nullptr) {  // one block of the original
    out->Map(base, i - start, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i));
    return i;
  }
  for (std::size_t k = start; k < i; k += len) {
    len = static_cast<unsigned char>(s[k]) < 0x80 ? 1 : 3;
    out->Map(base + (k - start), len, static_cast<std::uint32_t>(from->OrigBegin(k)),
             static_cast<std::uint32_t>(from->OrigEnd(k + len)));
  }
  return i;
}

// Pass 2 over `s` (the original, or its NFC form `from` with its map to
// the original) into *out. With `nfc_check` set, `s` has not been through
// NFC: returns false as soon as a character that NFC might change is met
// (not ASCII, not a Hangul syllable, not inert), leaving *out partly
// filled. Returns true otherwise.
bool MapInto(std::string_view s, const NormalizedText* from, const icu::Normalizer2* nfc_check,
             NormalizedText* out) {
  auto orig_begin = [&](std::size_t i) -> std::uint32_t {
    return from ? static_cast<std::uint32_t>(from->OrigBegin(i)) : static_cast<std::uint32_t>(i);
  };
  auto orig_end = [&](std::size_t i, std::size_t len) -> std::uint32_t {
    return from ? static_cast<std::uint32_t>(from->OrigEnd(i + len)) : static_cast<std::uint32_t>(i + len);
  };
  out->text.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    // Fast path: printable ASCII, single spaces, newlines and Hangul
    // syllables map to themselves (and are NFC-stable unless a non-inert
    // character follows, which the slow path checks).
    if (std::size_t j = AppendPlainRun(s, i, from, out); j > i) {
      i = j;
      continue;
    }
    std::size_t len = 1;
    char32_t cp = DecodeAt(s, i, &len);
    if (nfc_check != nullptr && cp >= 0x80 && (cp < 0xAC00 || cp > 0xD7A3) &&
        !nfc_check->isInert(static_cast<UChar32>(cp)))
      return false;
    std::uint32_t ob = orig_begin(i), oe = orig_end(i, len);
    if (cp == '\r') {
      cp = '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') {  // \r\n: one '\n' covering both
        oe = orig_end(i + 1, 1);
        len = 2;
      }
    } else {
      cp = MapChar(cp, s, i + len);
    }
    i += len;
    if (cp == 0) continue;
    if (cp == ' ' && !out->text.empty() && out->text.back() == ' ') continue;
    std::size_t before = out->text.size();
    AppendUtf8(cp, &out->text);
    out->Map(before, out->text.size() - before, ob, oe);
  }
  return true;
}

}  // namespace

NormalizedText Normalize(std::string_view original) {
  const icu::Normalizer2* n2 = NfcInstance();
  NormalizedText out;
  // Nearly every article is NFC already: map it directly, checking as we go,
  // and run ICU's normalizer only when a character NFC might change is met.
  if (n2 == nullptr || !MapInto(original, nullptr, n2, &out)) {
    out = NormalizedText();
    NormalizedText nfc;
    if (ToNfc(original, n2, &nfc))
      MapInto(nfc.text, &nfc, nullptr, &out);
    else
      MapInto(original, nullptr, nullptr, &out);
  }
  out.orig_size = static_cast<std::uint32_t>(original.size());
  return out;
}

void NormalizedText::Map(std::size_t norm, std::size_t len, std::uint32_t ob, std::uint32_t oe,
                         bool whole) {
  if (len == 0) return;
  if (whole || oe - ob != len) {
    pieces.push_back({static_cast<std::uint32_t>(norm), ob, oe});
    return;
  }
  // As many bytes as the original: continues the last shifted piece when
  // the original continues it too.
  if (!pieces.empty() && pieces.back().orig_end == kShifted &&
      pieces.back().orig + (norm - pieces.back().norm) == ob)
    return;
  pieces.push_back({static_cast<std::uint32_t>(norm), ob, kShifted});
}

const NormalizedText::Piece& NormalizedText::PieceAt(std::size_t b) const {
  auto it = std::upper_bound(pieces.begin(), pieces.end(), b,
                             [](std::size_t v, const Piece& p) { return v < p.norm; });
  return *(it - 1);
}

std::size_t NormalizedText::PieceEnd(const Piece& p) const {
  return &p + 1 == pieces.data() + pieces.size() ? text.size() : (&p + 1)->norm;
}

std::size_t NormalizedText::OrigBegin(std::size_t b) const {
  if (b >= text.size()) return orig_size;
  const Piece& p = PieceAt(b);
  if (p.orig_end != kShifted) return p.orig;
  while (b > p.norm && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return p.orig + (b - p.norm);
}

std::size_t NormalizedText::OrigEnd(std::size_t e) const {
  if (e == 0 || text.empty()) return OrigBegin(0);
  e = std::min(e, text.size());
  const Piece& p = PieceAt(e - 1);
  if (p.orig_end != kShifted) return p.orig_end;
  std::size_t end = PieceEnd(p);
  while (e < end && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  return p.orig + (e - p.norm);
}

namespace {

// Returns how many of the 8 bytes at p start a code point (are no
// continuation byte 10xxxxxx), by word arithmetic: no loop over bytes.
std::size_t LeadsIn8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  std::uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;  // a 1 per continuation byte
  return 8 - ((cont * 0x0101010101010101ull) >> 56);
}

}  // namespace

std::size_t CountCodePoints(std::string_view s, std::size_t limit) {
  std::size_t n = 0, b = 0;
  for (; b + 64 <= s.size() && n <= limit; b += 64)  // whole blocks: vectorizable
    for (std::size_t i = 0; i < 64; ++i) n += (static_cast<unsigned char>(s[b + i]) & 0xC0) != 0x80;
  if (n > limit) return n;
  for (; b + 8 <= s.size(); b += 8) n += LeadsIn8(s.data() + b);
  for (; b < s.size(); ++b) n += (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
  return n;
}

namespace {

bool IsLead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  before_block_.reserve(text.size() / kBlock + 1);
  std::uint32_t n = 0;
  std::size_t b = 0;
  for (; b + kBlock <= text.size(); b += kBlock) {
    before_block_.push_back(n);
    for (std::size_t i = 0; i < kBlock; ++i) n += IsLead(text[b + i]);  // fixed count: vectorizes
  }
  if (b < text.size()) {
    before_block_.push_back(n);
    for (; b < text.size(); ++b) n += IsLead(text[b]);
  }
  before_block_.push_back(n);
}

std::size_t CodePointIndex::CodePoints(std::size_t byte) const {
  if (byte >= text_.size()) return before_block_.back();
  std::size_t block = byte / kBlock, i = block * kBlock;
  std::size_t n = before_block_[block];
  for (; i + 8 <= byte; i += 8) n += LeadsIn8(text_.data() + i);
  for (; i < byte; ++i) n += IsLead(text_[i]);
  // A continuation byte belongs to the code point that began before it.
  if (!IsLead(text_[byte]) && n > 0) --n;
  return n;
}

}  // namespace suchi
