// Tests of the normalize stage: each mapping, and the byte map back to the
// original (every normalized span maps to original bytes that normalize to
// the same span).
#include "normalize.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace suchi {
namespace {

bool IsLead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Checks the map invariants and the round trip of every span that starts
// and ends on a non-space character (a span ending in '-' mapped from a dash
// is context-dependent: "–5" is "-5" but "–" alone stays "–").
void ExpectRoundTrip(std::string_view orig, const NormalizedText& n) {
  EXPECT_EQ(n.OrigBegin(n.text.size()), orig.size());
  ASSERT_TRUE(n.text.empty() || (!n.pieces.empty() && n.pieces[0].norm == 0));
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    ASSERT_LE(n.OrigBegin(i), n.OrigEnd(i + 1));
    ASSERT_LE(n.OrigEnd(i + 1), orig.size());
    if (i > 0) {
      ASSERT_LE(n.OrigBegin(i - 1), n.OrigBegin(i));
    }
  }
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < n.text.size(); ++i)
    if (IsLead(n.text[i])) starts.push_back(i);
  starts.push_back(n.text.size());
  for (std::size_t a = 0; a + 1 < starts.size(); ++a) {
    std::size_t b = starts[a];
    if (n.text[b] == ' ' || n.text[b] == '\n') continue;
    for (std::size_t z = a + 1; z < starts.size(); ++z) {
      std::size_t e = starts[z];
      char last = n.text[starts[z - 1]];
      if (last == ' ' || last == '\n' || last == '-') continue;
      std::size_t ob = n.OrigBegin(b), oe = n.OrigEnd(e);
      ASSERT_EQ(Normalize(orig.substr(ob, oe - ob)).text, n.text.substr(b, e - b))
          << "span [" << b << "," << e << ") of " << n.text;
    }
  }
}

struct Case {
  const char* name;
  const char* in;
  const char* out;
};

TEST(NormalizeTest, Table) {
  const std::vector<Case> cases = {
      {"plain", "한국 AI 10조원", "한국 AI 10조원"},
      {"nfc jamo", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국", "한국"},
      {"nfc combining accent", "cafe\xCC\x81", "caf\xC3\xA9"},
      {"nfc syllable and trailing jamo", "\xEA\xB0\x80\xE1\x86\xA8 나", "각 나"},
      {"nfc singleton (ohm sign)", "10\xE2\x84\xA6", "10\xCE\xA9"},
      {"full-width ascii", "ＡＩ １００％（약）", "AI 100%(약)"},
      {"ideographic space", "한국\xE3\x80\x80미국", "한국 미국"},
      {"nbsp and thin space", "10\xC2\xA0억\xE2\x80\x89원", "10 억 원"},
      {"tab and runs", "a \t \xC2\xA0 b", "a b"},
      {"newlines kept", "a\n\nb", "a\n\nb"},
      {"crlf and cr", "a\r\nb\rc", "a\nb\nc"},
      {"minus sign", "\xE2\x88\x92" "0.3", "-0.3"},
      {"en dash before digit", "\xE2\x80\x93" "0.76", "-0.76"},
      {"full-width hyphen", "\xEF\xBC\x8D" "5", "-5"},
      {"en dash between words kept", "A \xE2\x80\x93 B", "A \xE2\x80\x93 B"},
      {"curly quotes", "\xE2\x80\x9C" "AI\xE2\x80\x9D \xE2\x80\x98" "0개\xE2\x80\x99", "\"AI\" '0개'"},
      {"corner brackets kept", "「AI」『AI』", "「AI」『AI』"},
      {"middle dots", "미\xE3\x83\xBB중 네이버\xE3\x86\x8D카카오 a\xE2\x80\xA7" "b", "미·중 네이버·카카오 a·b"},
      {"zero width removed", "a\xE2\x80\x8B" "b\xEF\xBB\xBF" "c\xE2\x81\xA0" "d", "abcd"},
      {"controls become spaces", "a\x01" "b", "a b"},
      {"ellipsis kept", "47%…GPU", "47%…GPU"},
      // Spaces fold across unmapped runs and mapped characters, both ways.
      {"space then nbsp", "가 \xC2\xA0나", "가 나"},
      {"nbsp then spaces", "가\xC2\xA0  나", "가 나"},
      {"space runs in hangul", "가   나 \n 다", "가 나 \n 다"},
      {"hangul after nfc", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국  가", "한국 가"},
      {"truncated hangul at end", "가\xEA\xB0", "가\xC3\xAA\xC2\xB0"},
      // Mapping starts on the original and starts over after NFC when a
      // character NFC might change comes late: nothing mapped before stays.
      {"nfc needed after mapped text", "ＡＩ\xC2\xA0 가\xE1\x86\xA8 \xE2\x80\x9C" "e\xCC\x81",
       "AI 각 \"\xC3\xA9"},
      // Former bugs.
      // A zero-width space between two spaces must not leave two spaces.
      {"zero width inside a space run", "a \xE2\x80\x8B b", "a b"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    NormalizedText n = Normalize(c.in);
    EXPECT_EQ(n.text, c.out);
    ExpectRoundTrip(c.in, n);
  }
}

TEST(NormalizeTest, MapPointsAtWholeOriginalCharacters) {
  // "“" (3 bytes) -> '"' (1 byte); "한" (3 bytes) kept; "\r\n" -> "\n".
  std::string in = "\xE2\x80\x9C한\r\nＡ";
  NormalizedText n = Normalize(in);
  ASSERT_EQ(n.text, "\"한\nA");
  EXPECT_EQ(n.OrigBegin(0), 0u);
  EXPECT_EQ(n.OrigEnd(1), 3u);
  EXPECT_EQ(n.OrigBegin(1), 3u);
  EXPECT_EQ(n.OrigEnd(4), 6u);
  EXPECT_EQ(n.OrigBegin(4), 6u);  // '\n' covers "\r\n"
  EXPECT_EQ(n.OrigEnd(5), 8u);
  EXPECT_EQ(n.OrigBegin(5), 8u);  // 'A' from U+FF21
  EXPECT_EQ(n.OrigEnd(6), 11u);
  EXPECT_EQ(n.OrigEnd(0), 0u);
  // Decomposed jamo: the composed syllable maps to all three jamo.
  NormalizedText j = Normalize("x\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB");
  ASSERT_EQ(j.text, "x한");
  EXPECT_EQ(j.OrigBegin(1), 1u);
  EXPECT_EQ(j.OrigEnd(4), 10u);
}

TEST(NormalizeTest, MapIsSparse) {
  struct Case {
    std::string in;
    std::size_t pieces;  // expected size of the byte map
  };
  std::string plain;
  for (int i = 0; i < 1000; ++i) plain += "한국 GDP 3.1%\n";
  const std::vector<Case> cases = {
      {"", 0},
      {plain, 1},                                   // one block, whatever its length
      {plain + "\xE2\x80\x9C" + plain, 3},           // a curly quote: its own piece
      {"a  b", 2},                                  // a folded space breaks the block
      {"\tx\xC2\xA0y", 3},                           // TAB keeps its length; NBSP does not
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in.substr(0, 20));
    NormalizedText n = Normalize(c.in);
    EXPECT_EQ(n.pieces.size(), c.pieces);
    ExpectRoundTrip(c.in.substr(0, 200), Normalize(c.in.substr(0, 200)));
  }
  // A byte inside a character maps to that whole character.
  NormalizedText n = Normalize("가나");
  EXPECT_EQ(n.OrigBegin(1), 0u);
  EXPECT_EQ(n.OrigEnd(1), 3u);
  EXPECT_EQ(n.OrigEnd(4), 6u);
}

TEST(NormalizeTest, SeedsRoundTripPerLine) {
  for (const char* id : {"000_2a1bd2f13118dc1c", "001_d6e61f0fbc19354e", "002_a3d5ab2f877f95d0",
                         "003_1d5f69aa17b4e350", "004_8e89a7c764807fff"}) {
    SCOPED_TRACE(id);
    std::ifstream in(std::string(SUCHI_SOURCE_DIR "/seeds/") + id + ".txt", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    std::string orig = s.str();
    ASSERT_FALSE(orig.empty());
    NormalizedText n = Normalize(orig);
    std::size_t pos = 0;
    while (pos < n.text.size()) {
      std::size_t nl = n.text.find('\n', pos);
      if (nl == std::string::npos) nl = n.text.size();
      std::size_t b = pos, e = nl;
      while (b < e && n.text[b] == ' ') ++b;
      while (e > b && n.text[e - 1] == ' ') --e;
      if (b < e) {
        std::size_t ob = n.OrigBegin(b), oe = n.OrigEnd(e);
        ASSERT_EQ(Normalize(std::string_view(orig).substr(ob, oe - ob)).text,
                  n.text.substr(b, e - b));
      }
      pos = nl + 1;
    }
  }
}

TEST(NormalizeTest, CountCodePoints) {
  const std::string long_hangul = [] {
    std::string s;
    for (int i = 0; i < 100; ++i) s += "가";
    return s;
  }();
  struct Case {
    std::string text;
    std::size_t limit;
    std::size_t exact;  // expected when exact <= limit, else any value > limit
  };
  const std::vector<Case> cases = {
      {"", SIZE_MAX, 0},
      {"abc", SIZE_MAX, 3},
      {"가나다", SIZE_MAX, 3},
      {"가a\xF0\x9F\x98\x80", SIZE_MAX, 3},  // 3-, 1- and 4-byte characters
      {long_hangul, SIZE_MAX, 100},
      {long_hangul, 100, 100},
      {long_hangul, 99, 100},
      {long_hangul, 10, 100},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::to_string(c.text.size()) + " bytes, limit " + std::to_string(c.limit));
    std::size_t n = CountCodePoints(c.text, c.limit);
    if (c.exact <= c.limit) EXPECT_EQ(n, c.exact);
    else EXPECT_GT(n, c.limit);
  }
}

TEST(NormalizeTest, CodePointIndex) {
  std::string t = "a한b\xF0\x9F\x98\x80" "c";
  CodePointIndex idx(t);
  EXPECT_EQ(idx.CodePoints(0), 0u);
  EXPECT_EQ(idx.CodePoints(1), 1u);
  EXPECT_EQ(idx.CodePoints(4), 2u);
  EXPECT_EQ(idx.CodePoints(5), 3u);
  EXPECT_EQ(idx.CodePoints(9), 4u);
  EXPECT_EQ(idx.CodePoints(10), 5u);
  EXPECT_EQ(idx.CodePoints(100), 5u);
  EXPECT_EQ(CodePointIndex("").CodePoints(0), 0u);
  EXPECT_EQ(idx.CodePoints(2), 1u);  // inside 한: the code point it continues
  // Across 64-byte blocks: every byte agrees with a direct count.
  std::string mixed;
  for (int i = 0; i < 50; ++i) mixed += i % 3 ? "가" : "x\xF0\x9F\x98\x80";
  CodePointIndex big(mixed);
  std::size_t leads = 0;
  for (std::size_t b = 0; b <= mixed.size(); ++b) {
    bool lead = b < mixed.size() && (static_cast<unsigned char>(mixed[b]) & 0xC0) != 0x80;
    std::size_t want = b == mixed.size() || lead || leads == 0 ? leads : leads - 1;
    ASSERT_EQ(big.CodePoints(b), want) << "byte " << b;
    leads += lead;
  }
}

}  // namespace
}  // namespace suchi
