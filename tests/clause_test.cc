// Tests of the clause layer: noun phrases with their roles, clauses closed
// by predicates, and phrases inside relative clauses.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clause.h"
#include "word_lexicon.h"

namespace suchi {
namespace {

using testing_words::Lexicon;

SentenceParse Parse(const std::string& t) { return ParseClauses(t, AnalyzeWords(t, {}, Lexicon())); }

// "phrase:role" for each noun phrase, "|" between clauses.
std::string Outline(const std::string& t) {
  SentenceParse p = Parse(t);
  std::string out;
  int clause = 0;
  for (const NounPhrase& np : p.phrases) {
    int c = p.clause_of_word[np.first];
    if (!out.empty()) out += c != clause ? " | " : " ";
    clause = c;
    out += p.PhraseText(t, np) + ":" + RoleName(np.role) + (np.embedded ? "*" : "");
  }
  return out;
}

TEST(ClauseTest, PhrasesAndClauses) {
  const std::pair<const char*, const char*> cases[] = {
      {"이집트 군부는 8월까지 권력을 이양하겠다고 밝혔다.", "이집트 군부:topic 권력:object"},
      {"사고가 발생하여 2명이 죽고 80여명이 부상을 입었다.", "사고:subject | 부상:object"},
      {"KAIST의 박사과정 정원은 20명이다.", "KAIST:possessive 박사과정 정원:topic"},
      {"엔비디아가 개발한 GPU는 비싸다.", "엔비디아:subject* GPU:topic"},
      {"지난해 국내 기업의 투자액은 늘었다.", "지난해: 국내 기업:possessive 투자액:topic"},
      {"AI 특허 수가 가장 많았다.", "AI 특허 수:subject"},
      {"미국 대비 47% 수준이다.", "미국: 대비: 수준:copula"},
  };
  for (const auto& [t, want] : cases) EXPECT_EQ(Outline(t), want) << t;
}

TEST(ClauseTest, WordAtFindsTheWordOfAByte) {
  std::string t = "매출은 3조원이다.";
  SentenceParse p = Parse(t);
  EXPECT_EQ(p.WordAt(0), 0);
  EXPECT_EQ(p.WordAt(t.find("3조")), 1);
  EXPECT_EQ(p.WordAt(t.find(' ')), -1);
  EXPECT_EQ(p.WordAt(t.size() + 5), -1);
}

// Former bugs.
TEST(ClauseTest, FormerBugs) {
  const std::pair<const char*, const char*> cases[] = {
      // A generic word ends a phrase: not "중 과학기술부 출신".
      {"28명 중 과학기술부 출신이 많다.", "중: 과학기술부 출신:subject"},
      // A copula adnominal ends the phrase before the next noun.
      {"지난해 수준이었던 해외증권의 수익률이 하락했다.", "지난해: 수준:copula 해외증권:possessive 수익률:subject"},
      // A bound noun linking an adnominal clause closes it ("보인 반면").
      {"장기보험은 전년 수준을 보인 반면 일반보험은 5.7% 증가했다.",
       "장기보험:topic 전년: 수준:object 반면: | 일반보험:topic"},
      {"매출이 증가한 가운데 영업이익은 줄었다.", "매출:subject 가운데: | 영업이익:topic"},
      // "오는 21일": a date's determiner, no relative clause around IBS.
      {"IBS가 오는 21일 개원 5주년을 맞는다.", "IBS:subject 개원:"},
      // "불과하다고" closes a reported clause before the reporting verb.
      {"박 의원은 이행률이 4.8%에 불과하다고 지적했다.", "박 의원:topic 이행률:subject"},
      // The particle after a parenthesised gloss marks the name before it.
      {"태풍 '산바(SANBA)'가 북상했다.", "태풍: 산바:subject SANBA:"},
      {"한국은행(한은)은 금리를 올렸다.", "한국은행:topic 한은: 금리:object"},
      // ... not a name before a parenthesis of several phrases.
      {"기업은 '리더보드(AI의 순위 사이트)'에서 1위다.", "기업:topic 리더보드: AI:possessive 순위 사이트:place"},
  };
  for (const auto& [t, want] : cases) EXPECT_EQ(Outline(t), want) << t;
}

}  // namespace
}  // namespace suchi
