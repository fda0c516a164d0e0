// Tests of the chrome stage: rule-file errors, the line/block/until_blank
// actions, single units from crawled wire articles, and the exact chrome
// lines of every seed (so no article paragraph is lost).
#include "chrome.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "normalize.h"

namespace suchi {
namespace {

const std::string kRules = SUCHI_SOURCE_DIR "/rules/chrome.tsv";

const ChromeRules& Rules() {
  static const ChromeRules* rules = [] {
    Result<ChromeRules> r = ChromeRules::Load(kRules);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return new ChromeRules(std::move(*r));
  }();
  return *rules;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

TEST(ChromeTest, RuleFileLoads) {
  EXPECT_GT(Rules().size(), 10u);
}

TEST(ChromeTest, RuleFileErrors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"# doc\nx\tline\t-\t-\t(unclosed\tdesc\n", "t.tsv:2: bad regex: missing ): (unclosed"},
      {"x\tsometimes\t-\t-\t^a$\tdesc\n", "t.tsv:1: unknown action 'sometimes'"},
      {"x\tline\t-\t-\t^a$\td\n\ny\tline\t-\t-\t^b$\td\nx\tblock\t-\t-\t^c$\td\n",
       "t.tsv:4: duplicate id 'x' (first at line 1)"},
      {"x\tline\t-\t^a$\td\n", "t.tsv:1: expected 6 TAB-separated fields, found 5"},
      {"x\tline\t-\t-\t\td\n", "t.tsv:1: empty pattern"},
      {"\tline\t-\t-\t^a$\td\n", "t.tsv:1: empty rule id"},
      {"x\tline\t0\t-\t^a$\td\n", "t.tsv:1: bad max_chars '0' (expected a positive number or -)"},
      {"x\tline\tten\t-\t^a$\td\n", "t.tsv:1: bad max_chars 'ten'"},
      {"x\tline\t\t-\t^a$\td\n", "t.tsv:1: bad max_chars ''"},
      {"x\tline\t-\ta||b\t^a$\td\n", "t.tsv:1: empty literal in needs 'a||b'"},
  };
  for (const auto& [text, message] : cases) {
    Result<ChromeRules> r = ChromeRules::Parse(text, "t.tsv");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().message().substr(0, message.size()), message);
  }
  Result<ChromeRules> missing = ChromeRules::Load("/nonexistent/chrome.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/chrome.tsv"), std::string::npos);
}

TEST(ChromeTest, Actions) {
  Result<ChromeRules> r = ChromeRules::Parse(
      "L\tline\t-\t-\t^line$\td\nB\tblock\t-\t-\t^block$\td\nU\tuntil_blank\t-\t-\t^list$\td\n",
      "t.tsv");
  ASSERT_TRUE(r.ok()) << r.status().message();
  struct Case {
    const char* text;
    std::vector<std::string> marks;
  };
  const std::vector<Case> cases = {
      {"a\nline\nb", {"", "L", ""}},
      {"a\n  line  \nb", {"", "L", ""}},  // trimmed before matching
      {"a\nblock\nb\n\nc", {"", "B", "B", "B", "B"}},
      {"a\nlist\nb\nc\n\nd", {"", "U", "U", "U", "", ""}},
      {"list\nb", {"U", "U"}},
      {"lines\nxline", {"", ""}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(r->MarkLines(SplitLines(c.text)), c.marks);
  }
}

// max_chars limits a rule to short lines (in characters, after trimming);
// patterns match at the start of the line even without ^; needs skips a
// rule on lines without its literals; file order wins across length bands
// and gated rules.
TEST(ChromeTest, LengthLimitsNeedsAndAnchoring) {
  Result<ChromeRules> r = ChromeRules::Parse(
      "A\tline\t5\t-\t^a\td\n"
      "B\tline\t-\t-\tab\td\n"
      "C\tline\t8\t-\t.*z$\td\n"
      "G\tline\t-\t@|#\t^x.*[@#]\td\n"
      "D\tline\t-\t-\t^x\td\n"
      "H\tline\t-\tyy\t^x\td\n",
      "t.tsv");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"abcde", "A"},         // 5 characters: A applies and comes first
      {"  abcde  ", "A"},     // trimmed before counting
      {"abcdef", "B"},        // 6 characters: too long for A
      {"가나다라마", ""},     // five characters, fifteen bytes: A applies, no match
      {"a가나다라", "A"},     // characters, not bytes, are counted
      {"a가나다라마", ""},    // six characters: too long for A, and no "ab"
      {"qqqqqqqz", "C"},      // 8 characters
      {"qqqqqqqqz", ""},      // 9: too long for C
      {"cab", ""},            // "ab" is not at the start
      {"xab", "D"},           // G needs @ or #
      {"xa@b", "G"},          // G comes before D
      {"xa#b", "G"},
      {"abxyz@", "B"},        // B comes before G
  };
  for (const auto& [line, rule] : cases) EXPECT_EQ(r->MarkUnit(line), rule) << line;
}

TEST(ChromeTest, Units) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"▶ 네이버 메인에서 [뉴스1] 구독하기!", "link_marker"},
      {"▶네이버 채널에서 '아이뉴스24'를 구독해주세요.", "link_marker"},
      {"[© 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지]", "reprint_ban"},
      {"[ⓒ 아이뉴스24 무단전재 및 재배포 금지]", "reprint_ban"},
      {"pbj@news1.kr", "email"},
      {"민혜정기자 hye555@inews24.com", "email"},
      {"안희정 기자(hjan@zdnet.co.kr)", "email"},
      {"https://news.naver.com/main/read.nhn?mode=LSD&mid=sec&sid1=105", "url"},
      {"Copyright(c) Since 1996, MBC&iMBC All rights reserved.", "copyright"},
      {"[강우석 기자]", "byline"},
      {"카카오는 지난 5월 CIC로 출범한 AI 랩의 분사를 위해 현물출자한다고 4일 공시했다.", ""},
      {"관련뉴스", ""},  // block rules never mark a single unit
      // Former bugs.
      // A photo credit glued to the first sentence is article text.
      {"© 뉴스1(서울=뉴스1) 박병진 기자 = 카카오가 사내독립기업(CIC) 'AI(인공지능) 랩'을 분사한다.", ""},
      // '▶' also opens body subheadings glued to a long paragraph.
      {"▶아마존 같은 금융 플랫폼 목표 네이버페이 고속 성장 자신감 금융상품 중개 프로세스 개선 "
       "관련 업계에서는 네이버가 장기적으로 미국의 전자상거래 업체처럼 성장할 것으로 본다.",
       ""},
      // A sentence mentioning the report "AI 인덱스 2024" is not a slug.
      {"AI 인덱스 2024 보고서", ""},
      // A reprint notice after more than 80 characters of links was missed.
      {"이광수 (gs88@edaily.co.kr)네이버 홈에서 '이데일리' 뉴스 [구독하기▶]꿀잼가득 [영상보기▶] , "
       "청춘뉘우스~ [스냅타임▶]<ⓒ종합 경제정보 미디어 이데일리 - 무단전재 & 재배포 금지>",
       "reprint_ban"},
      // An article sentence glued after an e-mail address stays text.
      {"그래픽=차준홍 기자 cha.junhong@joongang.co.kr ━ 사업 부문별 고른 성장 사업 부문별로도 실적이 "
       "고르게 나아졌다.",
       ""},
  };
  for (const auto& [unit, rule] : cases) EXPECT_EQ(Rules().MarkUnit(unit), rule) << unit;
}

// Returns the 1-based numbers of non-blank lines of a seed marked as chrome.
std::set<int> ChromeLinesOf(const std::string& id) {
  std::ifstream in(std::string(SUCHI_SOURCE_DIR "/seeds/") + id + ".txt", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  NormalizedText n = Normalize(s.str());
  std::vector<std::string_view> lines = SplitLines(n.text);
  std::vector<std::string> marks = Rules().MarkLines(lines);
  std::set<int> out;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!marks[i].empty() && lines[i].find_first_not_of(' ') != std::string_view::npos)
      out.insert(static_cast<int>(i) + 1);
  return out;
}

std::set<int> Range(int a, int b, std::set<int> more = {}) {
  for (int i = a; i <= b; ++i) more.insert(i);
  return more;
}

TEST(ChromeTest, SeedChromeLinesExactly) {
  const std::vector<std::pair<std::string, std::set<int>>> cases = {
      // outlet label, caption slug, image name, "Similar Posts" + reply box
      {"000_2a1bd2f13118dc1c", {3, 7, 19, 37, 39}},
      // byline, "Today`s HOT" photo strip and the member menu after it
      {"001_d6e61f0fbc19354e", Range(51, 59, {3, 42, 43, 44, 45, 46, 47, 49})},
      // "brunch", "by Julia Kim", IMG_1716.JPG, "keyword" tail
      {"002_a3d5ab2f877f95d0", {1, 7, 17, 42, 43}},
      // copyright line and the related-news list (last item truncated)
      {"003_1d5f69aa17b4e350", Range(22, 32)},
      // e-mail, "(끝)", copyright, "관련뉴스"
      {"004_8e89a7c764807fff", {24, 25, 26, 27}},
  };
  for (const auto& [id, lines] : cases) EXPECT_EQ(ChromeLinesOf(id), lines) << id;
}

}  // namespace
}  // namespace suchi
