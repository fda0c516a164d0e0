// Tests of the segment stage: boundary fixes (glued sentences, numbers,
// quotes, parentheses, abbreviations, markers), headline and chrome units,
// offsets that round-trip to the original bytes for every seed and corpus
// article, UTF-8 vs CP949 input, and golden files of the seeds.
//
// Set SUCHI_UPDATE_GOLDEN=1 to rewrite tests/data/segment_golden/*.jsonl
// from the current implementation (then read the diff by hand).
#include "segment.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "input.h"

namespace suchi {
namespace {

const std::string kSeeds = SUCHI_SOURCE_DIR "/seeds";
const std::string kGolden = SUCHI_SOURCE_DIR "/tests/data/segment_golden/";
const std::vector<std::string> kSeedIds = {"000_2a1bd2f13118dc1c", "001_d6e61f0fbc19354e",
                                           "002_a3d5ab2f877f95d0", "003_1d5f69aa17b4e350",
                                           "004_8e89a7c764807fff"};

const ChromeRules& Rules() {
  static const ChromeRules* rules = [] {
    Result<ChromeRules> r = ChromeRules::Load(SUCHI_SOURCE_DIR "/rules/chrome.tsv");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return new ChromeRules(std::move(*r));
  }();
  return *rules;
}

std::vector<Sentence> SegmentText(const std::string& text) {
  Article a;
  a.id = "t";
  a.text = text;
  return Segment(a, Normalize(a.text), Rules());
}

std::vector<Article> ReadAll(const std::vector<std::string>& paths) {
  std::vector<Article> out;
  Status s = ReadArticles(paths, {}, [&](Result<Article> a) {
    EXPECT_TRUE(a.ok()) << a.status().message();
    if (a.ok()) out.push_back(std::move(*a));
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

// "h:", "b:", "c:" + text per unit.
std::vector<std::string> Brief(const std::vector<Sentence>& ss) {
  std::vector<std::string> out;
  for (const Sentence& s : ss)
    out.push_back(std::string(1, SentenceKindName(s.kind)[0]) + ":" + s.text);
  return out;
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> units;
};

TEST(SegmentTest, Table) {
  const std::vector<Case> cases = {
      {"headline and two sentences", "제목이다\n\n첫 문장이다. 둘째 문장이다.",
       {"h:제목이다", "b:첫 문장이다.", "b:둘째 문장이다."}},
      {"decimal numbers", "T\n\n특허 수가 10.26으로 많았다. 엑사원 2.0을 내놓았다.",
       {"h:T", "b:특허 수가 10.26으로 많았다.", "b:엑사원 2.0을 내놓았다."}},
      {"quoted sentences stay together",
       "T\n\n그는 \"노력을 많이 했다. 하지만 역부족\"이라고 말했다. 다음 문장이다.",
       {"h:T", "b:그는 \"노력을 많이 했다. 하지만 역부족\"이라고 말했다.", "b:다음 문장이다."}},
      {"curly quotes are normalized first",
       "T\n\n그는 “했다. 하지만”이라며 말했다. 끝났다.",
       {"h:T", "b:그는 \"했다. 하지만\"이라며 말했다.", "b:끝났다."}},
      {"parentheses", "T\n\n보고서(부록 1. 참고. 기타)에 따르면 늘었다. 끝이다.",
       {"h:T", "b:보고서(부록 1. 참고. 기타)에 따르면 늘었다.", "b:끝이다."}},
      {"abbreviations", "T\n\n미국 U.S. 정부가 Mr. Kim을 만났다. 다음이다.",
       {"h:T", "b:미국 U.S. 정부가 Mr. Kim을 만났다.", "b:다음이다."}},
      {"all-caps word ends a sentence", "T\n\n핵심은 AI. 다음 문장이다.",
       {"h:T", "b:핵심은 AI.", "b:다음 문장이다."}},
      {"glued Hangul", "T\n\n전망했다.이창영 기자는 말했다.",
       {"h:T", "b:전망했다.", "b:이창영 기자는 말했다."}},
      {"glued digit", "T\n\n추진한다.4일 카카오는 공시했다.",
       {"h:T", "b:추진한다.", "b:4일 카카오는 공시했다."}},
      {"lower-case word after a sentence", "T\n\n대행해준다. chat GPT로 조사했다.",
       {"h:T", "b:대행해준다.", "b:chat GPT로 조사했다."}},
      {"glued opening quote", "T\n\n말했다.\"앞으로 잘하겠다\"고 밝혔다.",
       {"h:T", "b:말했다.", "b:\"앞으로 잘하겠다\"고 밝혔다."}},
      {"closing quote stays", "T\n\n그는 \"잘했다.\" 이어 웃었다.",
       {"h:T", "b:그는 \"잘했다.\"", "b:이어 웃었다."}},
      {"question mark", "T\n\n공통점을 알아챘는가? 모두 미국산이다.",
       {"h:T", "b:공통점을 알아챘는가?", "b:모두 미국산이다."}},
      {"wire tail glued to the last sentence",
       "T\n\n밝혔다.pbj@news1.kr▶ [ 해피펫 ] ▶ 네이버 메인에서 [뉴스1] 구독하기![© "
       "뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지]\thttps://news.naver.com/x?a=1&b=2",
       {"h:T", "b:밝혔다.", "c:pbj@news1.kr", "c:▶ [ 해피펫 ]", "c:▶ 네이버 메인에서 [뉴스1] 구독하기!",
        "c:[© 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지]",
        "c:https://news.naver.com/x?a=1&b=2"}},
      {"byline after glued sentence", "T\n\n말했다.민혜정기자 hye555@inews24.com",
       {"h:T", "b:말했다.", "c:민혜정기자 hye555@inews24.com"}},
      {"url with a question mark", "T\n\n출처는 다음과 같다. 주소는 https://a.kr/x?id=1. 끝이다.",
       {"h:T", "b:출처는 다음과 같다.", "b:주소는 https://a.kr/x?id=1.", "b:끝이다."}},
      {"subheading between paragraphs", "T\n\n본문 첫 문장이다.\n\n소제목 줄\n\n본문 둘째 문장이다.",
       {"h:T", "b:본문 첫 문장이다.", "h:소제목 줄", "b:본문 둘째 문장이다."}},
      {"list item with a colon is body", "T\n\n본문이다.\n정부 지원 강화: R&D 예산 확대",
       {"h:T", "b:본문이다.", "b:정부 지원 강화: R&D 예산 확대"}},
      {"question in the lead is a subheading", "T\n부제 0개?\n본문이다.\n질문 0개?",
       {"h:T", "h:부제 0개?", "b:본문이다.", "b:질문 0개?"}},
      {"chrome line first: headline is the next line", "brunch\n\n진짜 제목\n\n본문이다.",
       {"c:brunch", "h:진짜 제목", "b:본문이다."}},
      {"block rule marks the tail", "T\n\n본문이다.\nToday`s HOT\n사진 설명 18세기",
       {"h:T", "b:본문이다.", "c:Today`s HOT", "c:사진 설명 18세기"}},
      {"ellipsis", "T\n\n효율적인 AI라.. 그말은 즉슨 뜻이다.",
       {"h:T", "b:효율적인 AI라..", "b:그말은 즉슨 뜻이다."}},
      {"particle after a closing quote", "T\n\n그는 \"잘했다.\"고 말했다. 끝이다.",
       {"h:T", "b:그는 \"잘했다.\"고 말했다.", "b:끝이다."}},
      {"particle after brackets", "T\n\n유저 대상으로 '[이벤트: 잡았다! 요놈!]'을 진행한다. 끝이다.",
       {"h:T", "b:유저 대상으로 '[이벤트: 잡았다! 요놈!]'을 진행한다.", "b:끝이다."}},
      {"lenticular brackets", "T\n\n채용을 진행한다.【서울=뉴시스】NHN은 설명회를 연다.",
       {"h:T", "b:채용을 진행한다.", "b:【서울=뉴시스】NHN은 설명회를 연다."}},
      {"dotted date", "T\n\n행사는 2019. 3. 27. 코엑스에서 열린다. 끝이다.",
       {"h:T", "b:행사는 2019. 3. 27. 코엑스에서 열린다.", "b:끝이다."}},
      {"list ordinal", "T\n\n다음과 같다. 3. \"마약탐지견 구해달라\" 청원이 올라왔다.",
       {"h:T", "b:다음과 같다.", "b:3. \"마약탐지견 구해달라\" 청원이 올라왔다."}},
      {"footnote mark", "T\n\n분석하기도 하였다.[1] 또한 분석도 존재했다.",
       {"h:T", "b:분석하기도 하였다.[1]", "b:또한 분석도 존재했다."}},
      {"footnote marks after a space", "T\n\n주장이다. [2][3] 또한 존재했다.[4] [5]",
       {"h:T", "b:주장이다. [2][3]", "b:또한 존재했다.[4] [5]"}},
      {"wiki category", "T\n\n선고했다.[[분류:]]", {"h:T", "b:선고했다.", "c:[[분류:]]"}},
      // Former bugs.
      // An abbreviation right after a glued question: "Q." is not a sentence.
      {"interview Q.", "T\n\n위원님께선 이번 1분기 실적을 어떻게 전망하십니까?Q. 삼성전자의 주력인 반도체가 위기에 직면했죠?",
       {"h:T", "b:위원님께선 이번 1분기 실적을 어떻게 전망하십니까?", "b:Q. 삼성전자의 주력인 반도체가 위기에 직면했죠?"}},
      // A long single-quoted passage after "다. " must open the next sentence,
      // not end up alone as a unit "'".
      {"long quote after a space",
       "T\n\n예외 사유를 규정한다. '소비자의 주문에 따라 개별적으로 생산되는 재화 등으로 청약철회를 인정할 "
       "경우 사업자에게 회복할 수 없는 중대한 피해가 예상되는 경우'가 예외 사유에 해당한다.",
       {"h:T", "b:예외 사유를 규정한다.",
        "b:'소비자의 주문에 따라 개별적으로 생산되는 재화 등으로 청약철회를 인정할 경우 사업자에게 회복할 "
        "수 없는 중대한 피해가 예상되는 경우'가 예외 사유에 해당한다."}},
      // An unpaired quote glued after a sentence opens the next one.
      {"unpaired glued quote", "T\n\n규정한다.'소비자의 주문에 따라 달라진다. 끝이다.",
       {"h:T", "b:규정한다.", "b:'소비자의 주문에 따라 달라진다.", "b:끝이다."}},
      // "[" after "!" belongs to the next unit, not to the end of this one.
      {"opening bracket after terminal",
       "T\n\n네이버 메인에서 아이뉴스24 채널을 구독하고 다양한 소식을 받아보세요 지금 바로 구독하기![ⓒ "
       "아이뉴스24 무단전재 및 재배포 금지]",
       {"h:T", "b:네이버 메인에서 아이뉴스24 채널을 구독하고 다양한 소식을 받아보세요 지금 바로 구독하기!",
        "c:[ⓒ 아이뉴스24 무단전재 및 재배포 금지]"}},
      // A double quote closed by a single one left the single quotes after
      // it paired off by one, and a pair around a sentence end glued the
      // paragraph: a single-quote pair holds no sentence end.
      {"single quotes across a sentence end",
       "T\n\n계획 \"프로젝트 다이트'의 일환으로 개발이 진행되고 있다. 소프트웨어 '브이시도'의 개발은 "
       "아스라테크가 담당한다. '라이드'는 내년에 완성된다.",
       {"h:T", "b:계획 \"프로젝트 다이트'의 일환으로 개발이 진행되고 있다.",
        "b:소프트웨어 '브이시도'의 개발은 아스라테크가 담당한다.", "b:'라이드'는 내년에 완성된다."}},
      // An apostrophe inside a Latin word must not open a quotation.
      {"apostrophe", "T\n\nToday's 뉴스를 봤다. 다음이다.",
       {"h:T", "b:Today's 뉴스를 봤다.", "b:다음이다."}},
      // A stray unmatched quote must not swallow the rest of the line.
      {"unmatched quote", "T\n\n그는 \"잘했다. 다음이다. 끝이다.",
       {"h:T", "b:그는 \"잘했다.", "b:다음이다.", "b:끝이다."}},
      // Two stray quotes a few sentences apart are no quotation: they must
      // not make one "quoted sentence" of what lies between.
      {"stray quotes around sentences",
       "T\n\n그는 \"잘했다. 둘째는 3명이다. 셋째는 4명이다. 넷째는 5명이다. 끝\"이라고 했다.",
       {"h:T", "b:그는 \"잘했다.", "b:둘째는 3명이다.", "b:셋째는 4명이다.", "b:넷째는 5명이다.",
        "b:끝\"이라고 했다."}},
      // A quoted speech of two sentences stays one unit.
      {"two quoted sentences", "T\n\n그는 \"잘했다. 좋았다\"고 말했다.",
       {"h:T", "b:그는 \"잘했다. 좋았다\"고 말했다."}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Brief(SegmentText(c.text)), c.units);
  }
}

// Former bugs.
// A stray parenthesis or quote far from its partner glued a whole
// paragraph into one sentence.
TEST(SegmentTest, DistantPairsDoNotProtect) {
  for (const char* open_close : {"()", "\"\""}) {
    std::string body(1, open_close[0]);
    for (int i = 0; i < 50; ++i) body += "이 문장은 꽤 긴 문장으로 여기에 있다. ";  // 2,700 bytes
    body += open_close[1];
    std::vector<Sentence> ss = SegmentText("T\n\n" + body);
    EXPECT_GT(ss.size(), 50u) << open_close;
  }
  // A close pair still protects.
  EXPECT_EQ(SegmentText("T\n\n(이 문장은 있다. 저 문장도 있다.) 끝이다.").size(), 3u);
}

TEST(SegmentTest, SpansAndParagraphs) {
  std::string text = "“제목”\r\n\r\n한국은　10.26이다. 미국은 4.23이다.\n";
  std::vector<Sentence> ss = SegmentText(text);
  ASSERT_EQ(ss.size(), 3u);
  EXPECT_EQ(ss[0].text, "\"제목\"");
  EXPECT_EQ(ss[0].start, 0u);
  EXPECT_EQ(ss[0].end, 12u);  // both curly quotes, 3 bytes each
  EXPECT_EQ(ss[0].char_end, 4u);
  EXPECT_EQ(ss[0].paragraph, 0);
  EXPECT_EQ(ss[1].text, "한국은 10.26이다.");
  EXPECT_EQ(text.substr(ss[1].start, ss[1].end - ss[1].start), "한국은　10.26이다.");
  EXPECT_EQ(ss[1].char_start, 8u);  // 4 + "\r\n\r\n"
  EXPECT_EQ(ss[1].char_end, 20u);
  EXPECT_EQ(ss[1].paragraph, 1);
  EXPECT_EQ(ss[2].paragraph, 1);
  EXPECT_EQ(text.substr(ss[2].start, ss[2].end - ss[2].start), "미국은 4.23이다.");
  EXPECT_EQ(ss[2].norm_end - ss[2].norm_begin, ss[2].text.size());
}

// Every unit: ordered, non-empty, trimmed, and its original bytes normalize
// to its text; code points agree with the bytes.
void ExpectRoundTrip(const Article& a, const std::vector<Sentence>& ss) {
  std::size_t prev_end = 0;
  for (const Sentence& s : ss) {
    ASSERT_LT(s.start, s.end) << a.id;
    ASSERT_LE(prev_end, s.start) << a.id << ": " << s.text;
    prev_end = s.end;
    ASSERT_FALSE(s.text.empty());
    ASSERT_NE(s.text.front(), ' ');
    ASSERT_NE(s.text.back(), ' ');
    std::string_view orig = std::string_view(a.text).substr(s.start, s.end - s.start);
    ASSERT_EQ(Normalize(orig).text, s.text) << a.id << " [" << s.start << "," << s.end << ")";
    ASSERT_EQ(s.char_end - s.char_start, CodePointIndex(orig).CodePoints(orig.size())) << a.id;
    ASSERT_EQ(s.kind == SentenceKind::kChrome, !s.chrome_rule.empty()) << s.text;
  }
}

TEST(SegmentTest, SeedOffsetsRoundTrip) {
  std::vector<Article> seeds = ReadAll({kSeeds});
  ASSERT_EQ(seeds.size(), 5u);
  for (const Article& a : seeds) {
    std::vector<Sentence> ss = Segment(a, Normalize(a.text), Rules());
    ASSERT_GT(ss.size(), 10u);
    ExpectRoundTrip(a, ss);
  }
}

TEST(SegmentTest, Cp949InputGivesIdenticalSentences) {
  for (const char* id : {"000", "004"}) {
    SCOPED_TRACE(id);
    std::string seed = id == std::string("000") ? kSeedIds[0] : kSeedIds[4];
    std::vector<Article> both =
        ReadAll({kSeeds + "/" + seed + ".txt",
                 SUCHI_SOURCE_DIR "/tests/data/text/" + std::string(id) + "_cp949.txt"});
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].encoding, "UTF-8");
    EXPECT_EQ(both[1].encoding, "CP949");
    std::vector<Sentence> u = Segment(both[0], Normalize(both[0].text), Rules());
    std::vector<Sentence> c = Segment(both[1], Normalize(both[1].text), Rules());
    ASSERT_EQ(u.size(), c.size());
    for (std::size_t i = 0; i < u.size(); ++i) {
      EXPECT_EQ(u[i].text, c[i].text);
      EXPECT_EQ(u[i].start, c[i].start);
      EXPECT_EQ(u[i].end, c[i].end);
      EXPECT_EQ(u[i].char_start, c[i].char_start);
      EXPECT_EQ(u[i].char_end, c[i].char_end);
      EXPECT_EQ(u[i].kind, c[i].kind);
    }
  }
}

nlohmann::json ToJson(const Sentence& s) {
  nlohmann::json j = {{"kind", SentenceKindName(s.kind)}, {"paragraph", s.paragraph},
                      {"start", s.start}, {"end", s.end}, {"text", s.text}};
  if (!s.chrome_rule.empty()) j["rule"] = s.chrome_rule;
  return j;
}

TEST(SegmentTest, SeedsMatchGolden) {
  bool update = std::getenv("SUCHI_UPDATE_GOLDEN") != nullptr;
  std::vector<Article> seeds = ReadAll({kSeeds});
  ASSERT_EQ(seeds.size(), kSeedIds.size());
  for (const Article& a : seeds) {
    SCOPED_TRACE(a.id);
    std::vector<Sentence> ss = Segment(a, Normalize(a.text), Rules());
    std::string path = kGolden + a.id + ".jsonl";
    if (update) {
      std::ofstream out(path, std::ios::binary);
      for (const Sentence& s : ss) out << ToJson(s).dump() << "\n";
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << "missing golden file " << path;
    std::string line;
    std::size_t i = 0;
    for (; std::getline(in, line); ++i) {
      ASSERT_LT(i, ss.size()) << "golden has more units than the output";
      EXPECT_EQ(ToJson(ss[i]), nlohmann::json::parse(line)) << "unit " << i;
    }
    EXPECT_EQ(i, ss.size()) << "output has more units than the golden file";
  }
}

// ICU's sentence boundaries of the whole line, as byte offsets: what
// IcuSentenceBreaks must equal while running ICU on stretches only.
std::vector<std::size_t> WholeLineIcu(std::string_view line) {
  std::u16string u;
  std::vector<std::size_t> byte_of;  // per UTF-16 unit
  for (int32_t i = 0, n = static_cast<int32_t>(line.size()); i < n;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (c < 0) c = 0xFFFD;
    char16_t units[2];
    int32_t k = 0;
    U16_APPEND_UNSAFE(units, k, c);
    for (int32_t j = 0; j < k; ++j) u.push_back(units[j]), byte_of.push_back(static_cast<std::size_t>(at));
  }
  byte_of.push_back(line.size());
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), err));
  EXPECT_TRUE(U_SUCCESS(err));
  icu::UnicodeString text(false, u.data(), static_cast<int32_t>(u.size()));
  bi->setText(text);
  std::vector<std::size_t> out;
  for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next())
    if (p > 0) out.push_back(byte_of[static_cast<std::size_t>(p)]);
  if (out.empty() || out.back() != line.size()) out.push_back(line.size());
  return out;
}

TEST(SegmentTest, IcuOnStretchesEqualsIcuOnTheLine) {
  const std::vector<std::string> lines = {
      "정부는 3.5% 성장을 전망했다. 그러나 시장은 2.8%로 본다.",
      "U.S. 경제는 성장했다. Mr. Kim said so. he agreed.",
      "그는 \"좋다. 정말 좋다.\" 라고 말했다. 이어 \"왜?\" 하고 물었다!",
      "했다.이창영 기자 했다. chat GPT가 했다.4일 발표했다...그리고 끝?! 정말.",
      "2019. 3. 27. 발표. (사진) 그는 말했다.) 다음 문장이다.] 끝.",
      "中国经济增长。日本も成長した。한국은 성장했다。다음",
      "꘎ 바이 문자 다음 ꘎가나 ॥ 힌디 다음। 끝",
      "영어만 있는 줄 This is one. That is two. And three",
      "줄 바꿈\u2029뒤 문장\u2028다음 줄\u0085그리고",
      "다…. 그러나 다.. 그리고 다.\t\t그리고 다.\u3000그 다.\u00a0다",
      "\"다.\" 그. '다.' 그 (다.) 그 [다.] 그 다.”그 다.’ 그",
      "다.a 다.A 다.1 다.가 a.가 A.B. C 가.나.다.",
      "마침표 없는 문장이 이렇게 길게 이어지는 한 줄이다",
      ".시작부터 마침표 !느낌표 ?물음표",
      "끝에만 마침표.",
      "이모지 😀. 다음 🎉! 끝 𝐀. 그",
      // Stretches ICU is spared (a syllable, terminators, spaces, then
      // syllables and spaces) and their near misses, which go through ICU.
      "했다. 이어 했다?! 그 말 했다.   또 그는 했다. 이 a 했다. 이1 했다. 이.",
      "다. 이 다.. 그 다 . 그 다.이어 다.\u00a0이어 다. 이 다.\" 그 다. “그”",
  };
  for (const std::string& line : lines)
    EXPECT_EQ(IcuSentenceBreaks(line), WholeLineIcu(line)) << line;
  // Every line of the corpus, when it is there.
  const std::string corpus = SUCHI_SHARED_DIR "/corpus";
  if (!std::filesystem::is_directory(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  std::size_t checked = 0;
  for (const char* sub : {"hanseok_naver2019", "kowikinews", "scinews50"}) {
    std::string dir = corpus + "/" + sub;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const Article& a : ReadAll({dir})) {
      std::string norm = Normalize(a.text).text;
      std::istringstream in(norm);
      for (std::string line; std::getline(in, line); ++checked)
        ASSERT_EQ(IcuSentenceBreaks(line), WholeLineIcu(line)) << a.id << ": " << line;
    }
  }
  EXPECT_GT(checked, 10000u);
}

TEST(SegmentTest, CorpusInvariants) {
  const std::string corpus = SUCHI_SHARED_DIR "/corpus";
  if (!std::filesystem::is_directory(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  std::size_t articles = 0, chrome = 0, headlines = 0;
  for (const char* sub : {"hanseok_naver2019", "kowikinews", "scinews50"}) {
    std::string dir = corpus + "/" + sub;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const Article& a : ReadAll({dir})) {
      std::vector<Sentence> ss = Segment(a, Normalize(a.text), Rules());
      ExpectRoundTrip(a, ss);
      ASSERT_FALSE(ss.empty()) << a.id;
      headlines += ss.front().kind == SentenceKind::kHeadline;  // some lack a title line
      for (const Sentence& s : ss) chrome += s.kind == SentenceKind::kChrome;
      ++articles;
    }
  }
  EXPECT_GT(articles, 2000u);
  EXPECT_GT(headlines, articles - 20);
  EXPECT_GT(chrome, 1000u);  // wire boilerplate of the Naver crawl is found
}

}  // namespace
}  // namespace suchi
