// Claims: a quantity becomes a claim once we know what it is about. This
// stage attaches subject (countries as ISO 3166-1 alpha-2, organisations,
// products), metric (a stable id from rules/metrics.tsv, or the head noun
// phrase governing the number), period (explicit or relative years resolved
// against the publication date, carried across sentences), source, flags,
// and the comparison key subject/metric/period.
#ifndef SUCHI_EXTRACT_H_
#define SUCHI_EXTRACT_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "normalize.h"
#include "status.h"
#include "types.h"

namespace suchi {

struct Lexicons;  // lexicon.h
class WordLexicon;  // words.h
class SameFactRules;  // samefact.h

// Compiled, immutable, thread-safe extraction rules (entity and metric
// lexicons, period and source patterns, the word lexicon of words.tsv).
class ExtractRules {
 public:
  // Returns the rules compiled from rules/ (entities.tsv, metrics.tsv, ...),
  // or an error naming file:line.
  static Result<ExtractRules> Load(const std::string& rules_dir);
  const Lexicons& lexicons() const { return *lex_; }
  const WordLexicon& words() const { return *words_; }
  // The frame words and the same-fact weights of rules/samefact.tsv.
  const SameFactRules& same_fact() const { return *same_fact_; }

 private:
  std::shared_ptr<const Lexicons> lex_;
  std::shared_ptr<const WordLexicon> words_;
  std::shared_ptr<const SameFactRules> same_fact_;
};

// Returns the claims of one article. `quantities[i]` holds the quantities
// found in `sentences[i].text` (offsets relative to that text). Chrome
// sentences and kTime/kNone quantities never become claims. Claim offsets
// are mapped to the original via `norm` and `cps`.
//
// Memory: an article of more than `low_memory_bytes` keeps, between its
// two passes, only what the article-level decisions read (each sentence's
// entities) and analyses each sentence again when it attributes its
// figures: the claims are the same, the analyses of a huge article are
// never all held at once, and such an article costs about a fifth more
// time. Tests pass 0 to compare the two ways.
//
// With `find`, `quantities` is not read (pass {}): each sentence's
// quantities are found by `find` when a pass needs them, so that those of
// a huge article are never all held either (the pipeline does this above
// kLowMemoryBytes).
inline constexpr std::size_t kLowMemoryBytes = 4u << 20;
using QuantityFinder = std::function<std::vector<Quantity>(std::string_view sentence)>;
std::vector<Claim> ExtractClaims(const Article& article, const NormalizedText& norm,
                                 const CodePointIndex& cps,
                                 const std::vector<Sentence>& sentences,
                                 const std::vector<std::vector<Quantity>>& quantities,
                                 const ExtractRules& rules,
                                 std::size_t low_memory_bytes = kLowMemoryBytes,
                                 const QuantityFinder& find = nullptr);

}  // namespace suchi

#endif  // SUCHI_EXTRACT_H_
