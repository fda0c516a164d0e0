// Tests of word analysis: eojeols of news sentences split into stem and
// particle or ending, classed from the Korean Hunspell lexicon that
// rules/words.tsv names, and the rule file's errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "word_lexicon.h"
#include "words.h"

namespace suchi {
namespace {

const std::string kRules = std::string(SUCHI_SOURCE_DIR) + "/rules";

using testing_words::Lexicon;

struct WordCase {
  const char* word;
  WordClass cls;
  const char* stem;  // expected stem ("" = the word's own, unchecked)
  Role role;
  const char* pred_noun = "";  // for X하다 predicates
};

void CheckWords(const std::vector<WordCase>& cases) {
  for (const WordCase& c : cases) {
    std::string t = c.word;
    Word w = Lexicon().Analyze(t, 0, t.size());
    EXPECT_EQ(w.cls, c.cls) << c.word;
    if (*c.stem) {
      EXPECT_EQ(t.substr(w.stem_begin, w.stem_end - w.stem_begin), c.stem) << c.word;
    }
    EXPECT_EQ(w.role, c.role) << c.word << ": " << RoleName(w.role);
    if (*c.pred_noun) {
      EXPECT_EQ(t.substr(w.stem_begin, w.pred_noun_end - w.stem_begin), c.pred_noun) << c.word;
    }
  }
}

TEST(WordLexiconTest, LoadsTheHunspellDictionary) {
  const WordLexicon& lex = Lexicon();
  EXPECT_GT(lex.size(), 50000u);
  EXPECT_TRUE(lex.IsNoun("사망자"));
  EXPECT_TRUE(lex.IsNoun("영업이익"));
  EXPECT_TRUE(lex.IsVerbStem("발생하"));
  EXPECT_FALSE(lex.IsNoun("뉴호라이즌호"));
  EXPECT_TRUE(lex.IsCompound("해외증권"));
  EXPECT_TRUE(lex.IsGeneric("지난해"));
}

TEST(WordLexiconTest, Words) {
  CheckWords({
      // Nouns with case particles.
      {"사망자는", WordClass::kNoun, "사망자", Role::kTopic},
      {"영업이익은", WordClass::kNoun, "영업이익", Role::kTopic},
      {"정원은", WordClass::kNoun, "정원", Role::kTopic},
      {"매출이", WordClass::kNoun, "매출", Role::kSubject},
      {"부상을", WordClass::kNoun, "부상", Role::kObject},
      {"한국의", WordClass::kNoun, "한국", Role::kPossessive},
      {"서울에서", WordClass::kNoun, "서울", Role::kPlace},
      {"지역별로는", WordClass::kNoun, "지역별", Role::kTopic},  // ㄹ takes 로
      {"중국이었으며,", WordClass::kNoun, "중국", Role::kCopula},
      // Unknown stems: proper nouns keep their particle split.
      {"뉴호라이즌호는", WordClass::kNoun, "뉴호라이즌호", Role::kTopic},
      {"카카오페이가", WordClass::kNoun, "카카오페이", Role::kSubject},
      // Predicates: noun + light verb, inflected forms, verb stem + ending.
      {"사망했다", WordClass::kPredicate, "", Role::kNone, "사망"},
      {"발생하여", WordClass::kPredicate, "", Role::kNone, "발생"},
      {"기록했다.", WordClass::kPredicate, "", Role::kNone, "기록"},
      {"죽고", WordClass::kPredicate, "", Role::kNone},
      {"밝혔다.", WordClass::kPredicate, "", Role::kNone},
      {"있었지만", WordClass::kPredicate, "", Role::kNone},
      {"줄어드는", WordClass::kPredicate, "", Role::kNone},  // ㄹ-dropping stem
      {"미치지", WordClass::kPredicate, "", Role::kNone},
      {"무엇이냐는", WordClass::kPredicate, "", Role::kNone},
      // A stem closed by ㅆ is a tense of a verb, whatever ending follows.
      {"치솟았던", WordClass::kPredicate, "", Role::kNone},
      {"올랐고", WordClass::kPredicate, "", Role::kNone},
      {"줄었으나", WordClass::kPredicate, "", Role::kNone},
      {"늘어났던", WordClass::kPredicate, "", Role::kNone},
      // Adverbs and numbers.
      {"가장", WordClass::kAdverb, "", Role::kNone},
      {"10.26으로", WordClass::kNumber, "", Role::kNone},
      // Quotes and brackets stay outside the stem.
      {"'파운데이션", WordClass::kNoun, "파운데이션", Role::kNone},
      {"모델'은", WordClass::kNoun, "모델", Role::kTopic},
  });
}

TEST(WordLexiconTest, SentenceWordsAndQuantities) {
  std::string t = "한국은 인구 10만명당 AI 특허 수가 10.26으로 많았다.";
  Quantity basis_value;  // "인구 10만명당 ... 10.26": the basis is part of the quantity
  basis_value.begin = t.find("인구");
  basis_value.end = t.find("으로");
  basis_value.basis_per = 1e5;
  basis_value.basis_text = "인구 10만명당";
  std::vector<Word> ws = AnalyzeWords(t, {basis_value}, Lexicon());
  ASSERT_EQ(ws.size(), 8u);
  EXPECT_EQ(ws[0].role, Role::kTopic);
  EXPECT_EQ(ws[2].cls, WordClass::kNumber);  // 10만명당
  EXPECT_EQ(ws[3].cls, WordClass::kNoun);    // AI: after the basis, a word of the sentence
  EXPECT_EQ(ws[5].role, Role::kSubject);     // 수가
  EXPECT_EQ(ws[6].cls, WordClass::kNumber);
  EXPECT_EQ(ws[6].role, Role::kMeans);  // 10.26으로
}

// A qualifier written apart right before a figure is the figure's adverb,
// not the last noun of the phrase before it; elsewhere it is a word.
TEST(WordLexiconTest, QualifiersBeforeAFigure) {
  struct Case {
    const char* sentence;
    const char* figure;
    const char* word;  // the word checked
    bool qualifies;
  };
  const Case cases[] = {
      {"매출 약 10억 달러를 올렸다.", "10억 달러", "약", true},
      {"직원 총 300명이 일한다.", "300명", "총", true},
      {"사망자는 최소 30명이다.", "30명", "최소", true},
      {"약을 3알 먹었다.", "3알", "약을", false},     // a particle: the noun 약
      {"최대 규모인 30조원이다.", "30조원", "최대", false},  // not right before the figure
  };
  for (const Case& c : cases) {
    std::string t = c.sentence;
    Quantity q;
    q.begin = t.find(c.figure);
    q.end = q.begin + std::string(c.figure).size();
    std::vector<Word> ws = AnalyzeWords(t, {q}, Lexicon());
    std::size_t at = t.find(c.word);
    auto w = std::find_if(ws.begin(), ws.end(), [&](const Word& x) { return x.begin == at; });
    ASSERT_NE(w, ws.end()) << c.sentence;
    EXPECT_EQ(w->qualifies, c.qualifies) << c.sentence;
    EXPECT_EQ(w->cls == WordClass::kAdverb, c.qualifies) << c.sentence;
  }
}

TEST(WordLexiconTest, AWordBeforeAParenthesisHasNoParticle) {
  std::string t = "AI 인재 집중도(링크드인 기준)도 0.79%로 높았다.";
  std::vector<Word> ws = AnalyzeWords(t, {}, Lexicon());
  ASSERT_GE(ws.size(), 3u);
  EXPECT_EQ(t.substr(ws[2].stem_begin, ws[2].stem_end - ws[2].stem_begin), "집중도");  // not 집중 + 도
  EXPECT_EQ(ws[2].role, Role::kNone);
}

TEST(WordLexiconTest, ParenthesisAndMiddleDotSplitWords) {
  std::string t = "미국(4.23)과 매출 7063억·영업이익 277억";
  std::vector<Word> ws = AnalyzeWords(t, {}, Lexicon());
  std::vector<std::string> words;
  for (const Word& w : ws) words.push_back(t.substr(w.begin, w.end - w.begin));
  EXPECT_EQ(words, (std::vector<std::string>{"미국", "(4.23)과", "매출", "7063억·", "영업이익", "277억"}));
}

TEST(ComposeJamoTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"\u1112\u1161\u11AB\u1100\u116E\u11A8", "한국"},
      {"\u1109\u1161\u1106\u1161\u11BC\u110C\u1161", "사망자"},
      {"1\u1105\u116E", "1루"},
      {"abc", "abc"},
      {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(ComposeJamo(in), want) << want;
}

TEST(WordLexiconTest, RuleFileErrorsNameTheLine) {
  const char* dict = "3\n사과/10\n먹다/44\n가끔/67\n";
  const std::string flags = "flag\tnoun\t10\nflag\tadverb\t67\n";
  auto ok = WordLexicon::FromText(flags + "particle\t는\ttopic\tvowel\n", dict);
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  std::string t = "사과는";
  EXPECT_EQ((*ok)->Analyze(t, 0, t.size()).role, Role::kTopic);
  EXPECT_TRUE((*ok)->IsVerbStem("먹"));
  EXPECT_TRUE((*ok)->IsAdverb("가끔"));
  const std::pair<std::string, const char*> bad[] = {
      {flags + "particle\t는\tsubjekt\n", "words.tsv:3"},
      {flags + "ending\t다\tsomething\n", "words.tsv:3"},
      {flags + "suffix\t부\tcompany\n", "words.tsv:3"},
      {flags + "bogus\tx\n", "words.tsv:3"},
      {"flag\tverbish\t1\n", "words.tsv:1"},
  };
  for (const auto& [rules, where] : bad) {
    auto r = WordLexicon::FromText(rules, dict);
    ASSERT_FALSE(r.ok()) << rules;
    EXPECT_NE(r.status().message().find(where), std::string::npos) << r.status().message();
  }
  EXPECT_FALSE(WordLexicon::FromText("flag\tnoun\t99\n", dict).ok());  // no noun read
  auto missing = WordLexicon::Load("/nonexistent/words.tsv");
  EXPECT_FALSE(missing.ok());
}

// Markers and distributives come from words.tsv.
TEST(WordLexiconTest, MarkersAndDistributives) {
  const WordLexicon& lex = Lexicon();
  using M = WordLexicon::Marker;
  const std::pair<const char*, M> markers[] = {
      {"등", M::kExample}, {"같은", M::kExample}, {"이는", M::kPointer}, {"약", M::kQualifier},
      {"매출", M::kNone}};
  for (const auto& [w, m] : markers) EXPECT_EQ(lex.MarkerOf(w), m) << w;
  EXPECT_TRUE(lex.OpensOnPointer("이는 지난해보다 많다."));
  EXPECT_TRUE(lex.OpensOnPointer("이 같은 결과는"));
  EXPECT_FALSE(lex.OpensOnPointer("이는"));         // nothing follows
  EXPECT_FALSE(lex.OpensOnPointer("이는데 말이다"));  // no word boundary
  // Scope words, and 때 glued to a word the dictionary lacks; a dictionary
  // noun that ends in one (집중, 비중) is no scope.
  for (const char* w : {"중", "가운데", "때", "당시", "양산때"}) EXPECT_TRUE(lex.IsScope(w)) << w;
  for (const char* w : {"집중", "비중", "대학", "양산중"}) EXPECT_FALSE(lex.IsScope(w)) << w;
  EXPECT_TRUE(lex.IsDistributive("지역별"));
  EXPECT_FALSE(lex.IsDistributive("별"));
  EXPECT_FALSE(lex.IsDistributive("지역"));
}

// Every field of a word, for comparing two analyses whole.
std::string Fields(const Word& w) {
  std::ostringstream o;
  o << w.begin << ' ' << w.end << ' ' << w.stem_begin << ' ' << w.stem_end << ' ' << w.pred_noun_end
    << ' ' << static_cast<int>(w.cls) << ' ' << static_cast<int>(w.role) << ' '
    << static_cast<int>(w.ending) << ' ' << w.known << w.org << w.measure << w.comma_after
    << w.generic << w.measure_head << w.links << w.qualifies;
  return o.str();
}

// The per-thread memo of Analyze returns what the analysis itself does, at
// any offset of any sentence, and keeps two lexicons apart.
TEST(WordLexiconTest, MemoAgreesWithTheAnalysis) {
  const WordLexicon& lex = Lexicon();
  const std::string sentence =
      "사망자는 2명이고 '모델'은 사망했다, 줄어드는 뉴호라이즌호는 교육부가 발표한 "
      "영업이익률이 \"급등\"했고 수가 크게 늘었다 투자 규모가 H100과 사망자는 사망했다,";
  for (int round = 0; round < 2; ++round) {  // the second round reads the memo
    std::size_t i = 0;
    while (i < sentence.size()) {
      std::size_t e = sentence.find(' ', i);
      if (e == std::string::npos) e = sentence.size();
      Word a = lex.Analyze(sentence, i, e), b = lex.AnalyzeUncached(sentence, i, e);
      EXPECT_EQ(Fields(a), Fields(b)) << sentence.substr(i, e - i);
      i = e + 1;
    }
  }
  // The same word, remembered from the full lexicon, is read afresh by a
  // lexicon that lacks it.
  std::string t = "사망자는";
  EXPECT_TRUE(lex.Analyze(t, 0, t.size()).known);
  auto small = WordLexicon::FromText("flag\tnoun\t10\nparticle\t는\ttopic\tvowel\n",
                                     "2\n국가/10\n정부/10\n");
  ASSERT_TRUE(small.ok()) << small.status().message();
  EXPECT_FALSE((*small)->Analyze(t, 0, t.size()).known);
}

// A title as a whole word is a person, not a one-syllable noun + the
// measure suffix 수; a measure suffix after two syllables measures.
TEST(WordLexiconTest, TitlesArePeopleNotMeasures) {
  const std::pair<const char*, bool> cases[] = {{"교수", false}, {"선수", false}, {"특허수", true}, {"투자이익률", true}};
  for (const auto& [word, measure] : cases) {
    std::string t = word;
    Word w = Lexicon().Analyze(t, 0, t.size());
    EXPECT_EQ(w.measure, measure) << word;
    if (!measure) {
      EXPECT_TRUE(w.org) << word;
      EXPECT_TRUE(Lexicon().IsPerson(word)) << word;
    }
  }
}

// A measure suffix of two syllables or more is a measure as a whole word
// ("신장은 168.9㎝": no one's name); one of one syllable is not (비, 수).
TEST(WordLexiconTest, MeasuresAsWholeWords) {
  const std::pair<const char*, bool> cases[] = {
      {"신장은", true}, {"가격이", true}, {"엔진출력", true}, {"비가", false}, {"남성", false}};
  for (const auto& [word, measure] : cases) {
    std::string t = word;
    EXPECT_EQ(Lexicon().Analyze(t, 0, t.size()).measure, measure) << word;
  }
}

// A dimension is a measure as a whole word of any length ("폭은 3m"), never
// as the end of another word (터키 is a country, 볼거리 no distance).
TEST(WordLexiconTest, DimensionsAsWholeWordsOnly) {
  const std::pair<const char*, bool> cases[] = {
      {"폭은", true}, {"키는", true}, {"거리는", true}, {"시야는", true}, {"폭발에너지는", true},
      {"터키는", false}, {"볼거리는", false}};
  for (const auto& [word, measure] : cases) {
    std::string t = word;
    EXPECT_EQ(Lexicon().Analyze(t, 0, t.size()).measure, measure) << word;
  }
  auto bad = WordLexicon::FromText("suffix\t폭\tdimensions\n", "1\n국가/10\n");
  EXPECT_FALSE(bad.ok());
}

// Former bugs.
TEST(WordLexiconTest, FormerBugs) {
  CheckWords({
      // "수가" is a dictionary noun (fee) too: the case particle wins.
      {"수가", WordClass::kNoun, "수", Role::kSubject},
      // "국가" is a noun, no 국 + 가.
      {"국가", WordClass::kNoun, "국가", Role::kNone},
      // "되는" is the verb 되다, not the noun 되 (a unit) + 는.
      {"되는", WordClass::kPredicate, "", Role::kNone},
      // "짧게는" is an adverb of -게, no noun.
      {"짧게는", WordClass::kOther, "", Role::kNone},
      // "특별관계자인": a compound noun + the copula 인.
      {"특별관계자의", WordClass::kNoun, "특별관계자", Role::kPossessive},
      // "내려가 1280억원을": the verb 내려가다 with -아 contracted, no
      // unknown noun 내려 + the subject particle 가.
      {"내려가", WordClass::kPredicate, "", Role::kNone},
      {"늘어", WordClass::kPredicate, "", Role::kNone},
      // "손해율은" is 손해 + the measure suffix 율 + 은, not a predicate
      // the dictionary happens to read in it.
      {"손해율은", WordClass::kNoun, "손해율", Role::kTopic},
      // A Latin name of two letters takes particles too ("KT가", "E1은").
      {"KT가", WordClass::kNoun, "KT", Role::kSubject},
      {"E1은", WordClass::kNoun, "E1", Role::kTopic},
      // "몸길이" is 몸 + 길이, not an unknown 몸길 + the particle 이.
      {"몸길이", WordClass::kNoun, "몸길이", Role::kNone},
      // "500m가량 이었고": a copula written apart is a predicate, no noun;
      // 이란 (Iran) stays a noun.
      {"이었고", WordClass::kPredicate, "", Role::kNone},
      {"이란", WordClass::kNoun, "이란", Role::kNone},
      // "전년比", "플러스보다도": comparison bases.
      {"전년比", WordClass::kNoun, "전년", Role::kBase},
      {"플러스보다도", WordClass::kNoun, "플러스", Role::kBase},
      // "보인 반면": the verb 보이다, no noun 보 + the copula 인.
      {"보인", WordClass::kPredicate, "", Role::kNone},
      {"놓인", WordClass::kPredicate, "", Role::kNone},
  });
}

}  // namespace
}  // namespace suchi
