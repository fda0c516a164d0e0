// Tests of the decode stage: UTF-8 with and without BOM, CP949 declared and
// detected, repair of invalid UTF-8 with byte offsets, binary and empty input.
#include "decode.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace suchi {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string kData = SUCHI_SOURCE_DIR "/tests/data/text/";
const std::string kSeeds = SUCHI_SOURCE_DIR "/seeds/";

struct OkCase {
  const char* name;
  std::string bytes;
  const char* declared;
  const char* text;
  const char* encoding;
  std::vector<std::string> warnings;
};

TEST(DecodeTest, Table) {
  const std::vector<OkCase> cases = {
      {"ascii", "hello", "", "hello", "UTF-8", {}},
      {"hangul", "한국 AI", "auto", "한국 AI", "UTF-8", {}},
      {"bom removed", "\xEF\xBB\xBF한국", "", "한국", "UTF-8-BOM", {}},
      {"declared utf-8", "한국", "UTF-8", "한국", "UTF-8", {}},
      // "한국" in CP949 is C7 D1 B1 B9.
      {"cp949 detected", "\xC7\xD1\xB1\xB9 AI", "", "한국 AI", "CP949", {}},
      {"cp949 declared", "\xC7\xD1\xB1\xB9", "cp949", "한국", "CP949", {}},
      {"euc-kr alias", "\xC7\xD1\xB1\xB9", "EUC-KR", "한국", "CP949", {}},
      {"invalid byte", "ab\xFF" "cd", "", "ab\xEF\xBF\xBD" "cd", "UTF-8",
       {"invalid UTF-8 at byte 2 (replaced)"}},
      {"truncated sequence at end", "ab\xED\x95", "", "ab\xEF\xBF\xBD", "UTF-8",
       {"invalid UTF-8 at byte 2 (replaced)"}},
      // "국" in CP949 is B1 B9: two stray continuation bytes in UTF-8.
      {"declared utf-8 never tries cp949", "\xB1\xB9", "utf-8", "\xEF\xBF\xBD\xEF\xBF\xBD",
       "UTF-8", {"invalid UTF-8 at byte 0 (replaced)", "invalid UTF-8 at byte 1 (replaced)"}},
      {"detected as cp949", "\xB1\xB9", "", "국", "CP949", {}},
      {"offset counts the BOM", "\xEF\xBB\xBF" "a\xC0", "", "a\xEF\xBF\xBD", "UTF-8-BOM",
       {"invalid UTF-8 at byte 4 (replaced)"}},
      {"utf-16le with BOM", std::string("\xFF\xFE\x5C\xD5\x6D\xAD", 6), "", "한국", "UTF-16LE", {}},
      // Former bugs.
      // Latin-1 text is not CP949: it must be repaired as UTF-8, not mis-decoded.
      {"latin-1 is not cp949", "caf\xE9 au lait", "", "caf\xEF\xBF\xBD au lait", "UTF-8",
       {"invalid UTF-8 at byte 3 (replaced)"}},
      // An overlong encoding of '/' is invalid even though its bytes look well
      // formed (alone, C0 AF would be CP949 "유"; "한" in UTF-8 is not CP949).
      {"overlong", "한\xC0\xAF", "", "한\xEF\xBF\xBD\xEF\xBF\xBD", "UTF-8",
       {"invalid UTF-8 at byte 3 (replaced)", "invalid UTF-8 at byte 4 (replaced)"}},
      // A surrogate encoded in UTF-8 (CESU) is invalid.
      {"surrogate", "한\xED\xA0\x80", "", "한\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "UTF-8",
       {"invalid UTF-8 at byte 3 (replaced)", "invalid UTF-8 at byte 4 (replaced)",
        "invalid UTF-8 at byte 5 (replaced)"}},
  };
  for (const OkCase& c : cases) {
    SCOPED_TRACE(c.name);
    Result<Decoded> d = DecodeToUtf8(c.bytes, c.declared);
    ASSERT_TRUE(d.ok()) << d.status().message();
    EXPECT_EQ(d->text, c.text);
    EXPECT_EQ(d->encoding, c.encoding);
    EXPECT_EQ(d->warnings, c.warnings);
  }
}

TEST(DecodeTest, Errors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "empty input"},
      {" \n\t\r\n", "empty input (white space only)"},
      {"\xE3\x80\x80\xC2\xA0\n", "empty input (white space only)"},  // U+3000, NBSP
      {std::string("ab\0cd", 5), "binary data (NUL byte at 2)"},
      {"\x01\x02\x03\x04\x05\x06 text", "binary data (6 control bytes in the first 11)"},
      // DEL counts; \t \n \v \f \r and ESC do not. Counts pass blocks of 255.
      {"\x7F\x7F\t\n\v\f\r\x1B ab", "binary data (2 control bytes in the first 11)"},
      {std::string(300, 'a') + std::string(40, '\x01'), "binary data (40 control bytes in the first 340)"},
  };
  for (const auto& [bytes, message] : cases) {
    Result<Decoded> d = DecodeToUtf8(bytes, "");
    ASSERT_FALSE(d.ok()) << message;
    EXPECT_EQ(d.status().message(), message);
  }
  Result<Decoded> bad = DecodeToUtf8("abc", "latin-9");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("unknown encoding 'latin-9'"), std::string::npos);
}

TEST(DecodeTest, Cp949SeedDecodesToTheUtf8Seed) {
  for (const char* id : {"000_2a1bd2f13118dc1c", "004_8e89a7c764807fff"}) {
    SCOPED_TRACE(id);
    std::string cp949 = ReadFile(kData + std::string(id).substr(0, 3) + "_cp949.txt");
    std::string utf8 = ReadFile(kSeeds + id + ".txt");
    ASSERT_FALSE(cp949.empty());
    ASSERT_NE(cp949, utf8);
    Result<Decoded> d = DecodeToUtf8(cp949, "auto");
    ASSERT_TRUE(d.ok()) << d.status().message();
    EXPECT_EQ(d->encoding, "CP949");
    EXPECT_EQ(d->text, utf8);
    EXPECT_TRUE(d->warnings.empty());
  }
}

TEST(DecodeTest, Files) {
  Result<Decoded> inv = DecodeToUtf8(ReadFile(kData + "invalid_utf8.txt"), "");
  ASSERT_TRUE(inv.ok());
  EXPECT_EQ(inv->warnings,
            (std::vector<std::string>{"invalid UTF-8 at byte 41 (replaced)",
                                      "invalid UTF-8 at byte 42 (replaced)"}));
  Result<Decoded> bom = DecodeToUtf8(ReadFile(kData + "bom_crlf.txt"), "");
  ASSERT_TRUE(bom.ok());
  EXPECT_EQ(bom->encoding, "UTF-8-BOM");
  EXPECT_EQ(bom->text, "제목\r\n\r\n본문 문장이다.\r\n");
  EXPECT_FALSE(DecodeToUtf8(ReadFile(kData + "binary.png.txt"), "").ok());
  EXPECT_FALSE(DecodeToUtf8(ReadFile(kData + "empty.txt"), "").ok());
  EXPECT_FALSE(DecodeToUtf8(ReadFile(kData + "blank.txt"), "").ok());
}

TEST(DecodeTest, ManyInvalidBytesAreSummarised) {
  std::string bytes(100, '\xFF');
  Result<Decoded> d = DecodeToUtf8(bytes, "");
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->warnings.size(), 21u);
  EXPECT_EQ(d->warnings.back(), "80 more invalid UTF-8 sequences (replaced)");
}

}  // namespace
}  // namespace suchi
