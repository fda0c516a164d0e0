// Clauses: the noun phrases of a sentence with the roles their particles
// give them, and the clauses that predicates close.
//
// A noun phrase is a run of noun words in which every word but the last
// stands bare ("이집트 군부는": 이집트 + 군부 + 는); its role is the last
// word's particle. A clause ends after a predicate with a final or
// connective ending ("죽고", "밝혔다", "발생하여"); an adnominal predicate
// ("개발한 GPU") opens a relative clause inside its clause instead, and the
// noun phrases before it in the same clause are marked `embedded`.
// Attribution (attribution.h) reads a figure's clause from here.
#ifndef SUCHI_CLAUSE_H_
#define SUCHI_CLAUSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "words.h"

namespace suchi {

struct NounPhrase {
  std::size_t first = 0, last = 0;  // word indexes, inclusive
  std::size_t begin = 0, end = 0;   // bytes: the first stem to the last stem
  Role role = Role::kNone;
  bool known_head = false;  // the last word's stem is a dictionary noun
  bool org = false, measure = false;  // the last word's stem (Word::org, measure)
  bool embedded = false;    // an argument of a relative clause
  bool in_parens = false;   // inside "( ... )"
};

struct Clause {
  std::size_t first = 0, last = 0;  // word indexes, inclusive
  int predicate = -1;               // the word that closes it, or -1
};

struct SentenceParse {
  std::vector<Word> words;
  std::vector<NounPhrase> phrases;  // in text order
  std::vector<Clause> clauses;      // in text order, covering every word
  std::vector<int> phrase_of_word;  // word index -> phrase index, or -1
  std::vector<int> clause_of_word;  // word index -> clause index

  // Returns the index of the word holding byte `pos`, or -1.
  int WordAt(std::size_t pos) const;
  // Returns the text of phrase `p` of `sentence`, its words joined by one
  // space, each without its edge punctuation and the last without its particle.
  std::string PhraseText(std::string_view sentence, const NounPhrase& p) const;
  // True when every word of phrase `p` is generic (Word::generic).
  bool AllGeneric(const NounPhrase& p) const;
  // True when a word from index `from` on closes a reported clause: a
  // predicate with -다고/-라고 ("불과하다고 지적했다") or a noun with 이라고
  // ("상황이라고"). The sentence's topic before it is then its speaker.
  bool ReportsFrom(std::string_view t, std::size_t from) const;
  // True when the phrase ends in the particle 도 ("일반보험도", "교보생명도"):
  // an item set beside an earlier one.
  bool TakesAlso(std::string_view t, const NounPhrase& p) const;
};

// Returns the parse of `sentence` given its words (AnalyzeWords).
SentenceParse ParseClauses(std::string_view sentence, std::vector<Word> words);

}  // namespace suchi

#endif  // SUCHI_CLAUSE_H_
