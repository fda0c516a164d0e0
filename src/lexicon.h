// Entity, metric, period, source and filter lexicons of the extract stage,
// loaded from the rule files under rules/ (entities.tsv, metrics.tsv,
// periods.tsv, sources.tsv, claim_filters.tsv, particles.tsv). Phrase
// lookup is one RE2 leftmost-longest alternation per table, so finding all
// phrases of a sentence is linear in its length.
#ifndef SUCHI_LEXICON_H_
#define SUCHI_LEXICON_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "status.h"
#include "types.h"

namespace re2 {
class RE2;
}

namespace suchi {

// One phrase occurrence: bytes [begin, end) of the scanned text and the
// index of the table row the phrase belongs to.
struct PhraseMatch {
  std::size_t begin = 0, end = 0;
  int row = -1;
};

// Finds literal phrases, leftmost-longest, without overlaps.
class PhraseMatcher {
 public:
  // Adds `phrase` for table row `row`. Returns an error for a phrase listed
  // twice with different rows.
  Status Add(const std::string& phrase, int row, const std::string& where);
  // Compiles the phrases; returns an error naming `where` if RE2 fails.
  Status Compile(const std::string& where);
  // Returns the matches in `text`, in text order. When `word_start` is
  // true, a match whose first character is a Hangul syllable or a Latin
  // letter must not follow a Hangul syllable or Latin letter.
  std::vector<PhraseMatch> FindAll(std::string_view text, bool word_start) const;
  bool empty() const { return rows_.empty(); }

 private:
  // A byte trie of the phrases: node 0 is the root; each node lists its
  // children sorted by byte and the row of the phrase ending there.
  struct Node {
    std::vector<std::pair<unsigned char, int>> kids;
    int row = -1;
  };
  // Returns the end of the longest phrase starting at text[b], or b.
  std::size_t LongestAt(std::string_view text, std::size_t b, int* row) const;
  std::unordered_map<std::string, int> rows_;
  std::vector<Node> trie_;
  int root_[256] = {};  // the root's children by byte (0: none)
};

struct EntityRow {
  std::string id;
  std::string kind;  // country org product population group none
};

struct MetricRow {
  std::string id;
  std::vector<UnitKind> kinds;  // kinds stated without a key suffix
};

struct PeriodWordRow {
  std::string type;  // relative base subperiod span_prefix span_suffix until publication
  std::string word;
  int offset = 0;
  std::string tag;  // subperiod: "Q3", "H1", ...
};

struct SourceRule {
  std::string id;
  std::optional<int> year_offset;
  std::shared_ptr<re2::RE2> re;
  std::vector<std::string> cues;  // the sentence must contain one (empty: any)
};

struct ClaimFilter {
  std::string id, action;             // drop total diff scale derived
  std::vector<UnitKind> kinds;        // empty: any kind
  std::vector<std::string> units;     // unit_text as written; empty: any
  std::optional<double> value;        // unset: any value
  std::shared_ptr<re2::RE2> before;   // null: any
  std::shared_ptr<re2::RE2> after;    // null: any
};

// A particle (조사) or clause word after a noun, with the syllable it
// follows: "consonant" (이, 은, 을: after a closed syllable), "vowel" (가, 는,
// 를: after an open one) or "" (any).
struct Particle {
  std::string text, role, after;
};

// The first source cue of a sentence.
struct SourceMatch {
  std::string text;                      // the source as written, "" if none
  std::size_t begin = std::string::npos;  // the whole cue, bytes
  std::size_t end = std::string::npos;
  std::optional<int> year;  // the year a year-titled source's figures are for
};

struct Lexicons {
  std::vector<EntityRow> entities;
  PhraseMatcher entity_matcher;
  std::vector<MetricRow> metrics;
  std::unordered_map<std::string, int> metric_index;  // id -> row
  PhraseMatcher metric_matcher;
  std::vector<PeriodWordRow> period_words;
  PhraseMatcher period_matcher;  // rows of type relative, base and subperiod
  std::vector<std::string> span_prefixes, span_suffixes, until_words, publication_words;
  std::vector<SourceRule> sources;
  std::vector<ClaimFilter> filters;
  std::vector<Particle> particles;  // longest first
  std::vector<std::string> negations, evens, stopwords, relative_endings, verb_endings;

  // Returns the metric row of `id`, or nullptr.
  const MetricRow* Metric(const std::string& id) const;
  // Returns the longest particle starting at t[i] that fits the syllable
  // before it, or nullptr.
  const Particle* ParticleAt(std::string_view t, std::size_t i) const;
  // Returns the longest particle (not ',' or '·') ending the word t[s, e)
  // that fits the syllable before it and leaves at least `min_stem` bytes,
  // or nullptr.
  const Particle* ParticleEnding(std::string_view t, std::size_t s, std::size_t e,
                                 std::size_t min_stem) const;
  // Returns the action of the first claim filter (not 'derived') matching
  // quantity q of `sentence` ("drop", "total", "diff", "scale"), or "".
  std::string FilterAction(std::string_view sentence, const Quantity& q) const;
  // Returns true when q converts the figure p before it ("1억9140만달러(약
  // 2600억원)").
  bool IsConversion(std::string_view sentence, const Quantity& p, const Quantity& q) const;
  // Returns true when q is a figure of one followed by an 'even' particle
  // in a negated sentence ("한 곳도 없다", "한 건도 ... 않았다"): it means 0.
  bool NegatesOne(std::string_view sentence, const Quantity& q) const;
  // Returns the first source cue of `sentence` by the rules' order.
  SourceMatch FindSource(std::string_view sentence) const;
};

// Returns the lexicons read from the rule files in `rules_dir`, or an error
// naming file:line.
Result<std::shared_ptr<const Lexicons>> LoadLexicons(const std::string& rules_dir);

// Returns the unit kind named `name` ("percent", ...), or nullopt.
std::optional<UnitKind> UnitKindFromName(std::string_view name);

// Returns true when `s` at byte `i` starts a Hangul syllable or an ASCII
// letter (word characters for entity and particle boundaries).
bool IsWordCharAt(std::string_view s, std::size_t i);
// Returns the byte offset where the UTF-8 character ending at `i` starts.
std::size_t PrevCharStart(std::string_view s, std::size_t i);

}  // namespace suchi

#endif  // SUCHI_LEXICON_H_
