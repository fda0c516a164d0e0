// Test helper: the shipped word lexicon (rules/words.tsv and the Hunspell
// dictionary it names), loaded once. Shared by the word, clause and
// attribution tests.
#ifndef SUCHI_TESTS_WORD_LEXICON_H_
#define SUCHI_TESTS_WORD_LEXICON_H_

#include <gtest/gtest.h>

#include <string>

#include "words.h"

namespace suchi {
namespace testing_words {

inline const WordLexicon& Lexicon() {
  static const Result<std::shared_ptr<const WordLexicon>> lex =
      WordLexicon::Load(std::string(SUCHI_SOURCE_DIR) + "/rules/words.tsv");
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  return **lex;
}

}  // namespace testing_words
}  // namespace suchi

#endif  // SUCHI_TESTS_WORD_LEXICON_H_
