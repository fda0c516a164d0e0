// Decoding of raw article bytes to UTF-8 (see decode.h).
//
// Order of decisions: empty / binary checks on the raw bytes, then a BOM
// (UTF-8, or UTF-16 converted with ICU), then the declared encoding, then
// detection: valid UTF-8 is UTF-8; otherwise bytes that convert cleanly as
// CP949 and are mostly Hangul are CP949; otherwise the UTF-8 is repaired by
// replacing each maximal invalid subsequence with U+FFFD, with one warning
// per replacement (at most kMaxWarnings, then a summary).
#include "decode.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <memory>

#include "utf8.h"

namespace suchi {
namespace {

constexpr std::size_t kMaxWarnings = 20;

// Returns the length of the maximal invalid subpart at s[i] (at least 1):
// a lead byte followed by the continuation bytes that could still have
// completed it, as the Unicode standard recommends for U+FFFD replacement.
std::size_t InvalidSubpartLength(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                  : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0) return 1;
  unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  std::size_t k = 1;
  if (i + k < s.size() && at(i + k) >= lo && at(i + k) <= hi) {
    ++k;
    while (k < n && i + k < s.size() && (at(i + k) & 0xC0) == 0x80) ++k;
  }
  return k;
}

// Copies `s` to out->text, replacing invalid subsequences with U+FFFD.
// `base` is the file offset of s[0] (the BOM length) for warnings.
void RepairUtf8(std::string_view s, std::size_t base, Decoded* out) {
  out->text.reserve(s.size());
  std::size_t bad = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t n = Utf8SequenceLength(s, i);
    if (n > 0) {
      out->text.append(s.data() + i, n);
      i += n;
      continue;
    }
    if (bad < kMaxWarnings)
      out->warnings.push_back("invalid UTF-8 at byte " + std::to_string(base + i) + " (replaced)");
    ++bad;
    out->text.append("\xEF\xBF\xBD");
    i += InvalidSubpartLength(s, i);
  }
  if (bad > kMaxWarnings)
    out->warnings.push_back(std::to_string(bad - kMaxWarnings) +
                            " more invalid UTF-8 sequences (replaced)");
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts `s` from `charset` with ICU. With `strict`, any illegal or
// unmapped byte sequence makes it return false; otherwise such bytes become
// U+FFFD and each gets a warning naming its byte (offset by `base`).
bool ConvertWithIcu(std::string_view s, const char* charset, bool strict, std::size_t base,
                    Decoded* out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &err));
  if (U_FAILURE(err)) return false;
  if (strict) {
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  }
  // CP949 and UTF-16 produce at most one UTF-16 unit per input byte.
  std::u16string u16(s.size() + 1, u'\0');
  std::vector<int32_t> offsets(strict ? 0 : s.size() + 1);
  UChar* target = reinterpret_cast<UChar*>(u16.data());
  UChar* target_limit = target + u16.size();
  const char* source = s.data();
  ucnv_toUnicode(conv.get(), &target, target_limit, &source, s.data() + s.size(),
                 strict ? nullptr : offsets.data(), true, &err);
  if (U_FAILURE(err)) return false;
  int32_t len = static_cast<int32_t>(target - reinterpret_cast<UChar*>(u16.data()));
  if (!strict) {
    std::size_t bad = 0;
    for (int32_t k = 0; k < len; ++k) {
      if (u16[k] != u'\uFFFD') continue;
      if (bad < kMaxWarnings)
        out->warnings.push_back(std::string("invalid ") + charset + " at byte " +
                                std::to_string(base + offsets[k]) + " (replaced)");
      ++bad;
    }
    if (bad > kMaxWarnings)
      out->warnings.push_back(std::to_string(bad - kMaxWarnings) + " more invalid " +
                              charset + " sequences (replaced)");
  }
  int32_t needed = 0;
  UErrorCode e2 = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &needed, reinterpret_cast<UChar*>(u16.data()), len, 0xFFFD,
                     nullptr, &e2);
  out->text.assign(static_cast<std::size_t>(needed), '\0');
  e2 = U_ZERO_ERROR;
  u_strToUTF8WithSub(out->text.data(), needed, &needed, reinterpret_cast<UChar*>(u16.data()),
                     len, 0xFFFD, nullptr, &e2);
  return U_SUCCESS(e2) || e2 == U_STRING_NOT_TERMINATED_WARNING;
}

// Returns true when most non-ASCII characters of UTF-8 `s` are Hangul
// syllables (U+AC00..U+D7A3: E1 B0 80 .. ED 9E A3).
bool MostlyHangul(std::string_view s) {
  std::size_t hangul = 0, other = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return false;
    if (n == 3) {
      unsigned cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
      (cp >= 0xAC00 && cp <= 0xD7A3 ? hangul : other)++;
    } else {
      ++other;
    }
    i += n;
  }
  return hangul > 0 && hangul >= other;
}

// Returns an error when the raw bytes look binary: a NUL byte, or more than
// 10% control bytes (other than TAB, LF, VT, FF, CR, ESC) in the first 64 KiB.
Status CheckNotBinary(std::string_view bytes) {
  if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos)
    return Status::Error("binary data (NUL byte at " + std::to_string(nul) + ")");
  // Control bytes: below 0x20 except \t \n \v \f \r and ESC, and DEL.
  // Compares only, no table, so the loop vectorizes.
  std::size_t n = std::min<std::size_t>(bytes.size(), 64 * 1024);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t controls = 0;
  for (std::size_t b = 0; b < n; b += 255) {  // a byte counter per block of 255
    std::uint8_t k = 0;
    for (std::size_t i = b; i < std::min(n, b + 255); ++i) {
      unsigned char c = p[i];
      k += static_cast<std::uint8_t>((c < 0x20) + (c == 0x7F) - (c >= '\t' && c <= '\r') - (c == 0x1B));
    }
    controls += k;
  }
  if (controls * 10 > n)
    return Status::Error("binary data (" + std::to_string(controls) + " control bytes in the first " +
                         std::to_string(n) + ")");
  return Status();
}

// Returns true when UTF-8 `s` holds only white space (ASCII, NBSP, U+3000,
// other Zs spaces, zero-width characters and BOMs).
bool OnlyWhitespace(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) {
      if (!std::isspace(c)) return false;
      ++i;
      continue;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return false;
    std::string_view ch = s.substr(i, n);
    bool space = ch == "\xC2\xA0" || ch == "\xE3\x80\x80" || ch == "\xEF\xBB\xBF" ||
                 (n == 3 && ch[0] == '\xE2' && ch[1] == '\x80' &&
                  (static_cast<unsigned char>(ch[2]) <= 0x8D || ch[2] == '\xAF')) ||
                 ch == "\xE2\x81\x9F" || ch == "\xE2\x81\xA0";
    if (!space) return false;
    i += n;
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

Result<Decoded> Finish(Decoded d) {
  if (OnlyWhitespace(d.text)) return Status::Error("empty input (white space only)");
  return d;
}

// Returns "UTF-16LE" or "UTF-16BE" when `bytes` (no BOM) look like
// UTF-16: an even length, NUL bytes (the high byte of ASCII: spaces,
// digits, newlines) in at least one unit in 16, and every NUL on the same
// side of its unit. Else null.
const char* Utf16WithoutBom(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return nullptr;
  if (bytes.find('\0') == std::string_view::npos) return nullptr;  // the common case: memchr
  std::size_t nul[2] = {0, 0};
  for (std::size_t i = 0; i < bytes.size(); ++i) nul[i % 2] += bytes[i] == '\0';
  if (nul[0] > 0 && nul[1] > 0) return nullptr;
  std::size_t units = bytes.size() / 2, n = nul[0] + nul[1];
  if (n * 16 < units) return nullptr;
  return nul[1] > 0 ? "UTF-16LE" : "UTF-16BE";
}

// The canonical name of a declared encoding ("" when unknown).
std::string CanonicalEncoding(std::string_view declared) {
  std::string enc = Lower(declared);
  if (enc.empty() || enc == "auto") return "auto";
  if (enc == "utf8" || enc == "utf-8") return "utf-8";
  if (enc == "euc-kr" || enc == "euckr" || enc == "windows-949" || enc == "uhc" || enc == "cp949")
    return "cp949";
  return "";
}

}  // namespace

Status CheckEncodingName(std::string_view declared) {
  if (!CanonicalEncoding(declared).empty()) return Status();
  return Status::Systemic("unknown encoding '" + std::string(declared) +
                          "' (expected auto, utf-8, cp949 or euc-kr)");
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared) {
  if (Status s = CheckEncodingName(declared); !s.ok()) return s;
  std::string enc = CanonicalEncoding(declared);
  if (bytes.empty()) return Status::Error("empty input");

  Decoded out;
  // UTF-16 with a BOM: NUL bytes are expected there, so convert first.
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (!ConvertWithIcu(bytes.substr(2), cs, false, 2, &out))
      return Status::Error(std::string("cannot convert ") + cs);
    out.encoding = cs;
    if (Status s = CheckNotBinary(out.text); !s.ok()) return s;
    return Finish(std::move(out));
  }
  if (const char* cs = enc == "auto" ? Utf16WithoutBom(bytes) : nullptr) {
    if (ConvertWithIcu(bytes, cs, true, 0, &out) && CheckNotBinary(out.text).ok()) {
      out.encoding = cs;
      out.warnings.push_back(std::string("no byte order mark: read as ") + cs);
      return Finish(std::move(out));
    }
    out = Decoded();
  }
  if (Status s = CheckNotBinary(bytes); !s.ok()) {
    if (Utf16WithoutBom(bytes) != nullptr)
      return Status::Error(s.message() + "; it looks like UTF-16 without a byte order mark");
    return s;
  }

  if (bytes.substr(0, 3) == "\xEF\xBB\xBF" && enc != "cp949") {
    out.encoding = "UTF-8-BOM";
    RepairUtf8(bytes.substr(3), 3, &out);
    return Finish(std::move(out));
  }
  if (enc == "cp949") {
    if (!ConvertWithIcu(bytes, "windows-949", false, 0, &out))
      return Status::Error("cannot convert from CP949");
    for (std::string& w : out.warnings)  // name the encoding as the user knows it
      if (std::size_t p = w.find("windows-949"); p != std::string::npos) w.replace(p, 11, "CP949");
    out.encoding = "CP949";
    return Finish(std::move(out));
  }
  if (IsValidUtf8(bytes)) {
    out.encoding = "UTF-8";
    out.text.assign(bytes);
    return Finish(std::move(out));
  }
  if (enc != "utf-8") {
    Decoded cp;
    if (ConvertWithIcu(bytes, "windows-949", true, 0, &cp) && MostlyHangul(cp.text)) {
      cp.encoding = "CP949";
      return Finish(std::move(cp));
    }
  }
  out.encoding = "UTF-8";
  RepairUtf8(bytes, 0, &out);
  return Finish(std::move(out));
}

}  // namespace suchi
