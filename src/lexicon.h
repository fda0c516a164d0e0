// Entity, metric, period, source and filter lexicons of the extract stage,
// loaded from the rule files under rules/ (entities.tsv, metrics.tsv,
// periods.tsv, sources.tsv, claim_filters.tsv, particles.tsv). Phrase
// tables are tries (phrase.h); one pass over a sentence finds where a
// phrase of any table may start (Lexicons::Scan), and each table is tried
// there only.
#ifndef SUCHI_LEXICON_H_
#define SUCHI_LEXICON_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "needs.h"
#include "phrase.h"
#include "status.h"
#include "types.h"

namespace re2 {
class RE2;
}

namespace suchi {

struct EntityRow {
  std::string id;
  std::string kind;  // country region agency org product population group none
};

struct MetricRow {
  std::string id;
  std::vector<UnitKind> kinds;  // kinds stated without a key suffix
};

struct PeriodWordRow {
  std::string type;  // relative relative_month base subperiod span_prefix span_suffix until publication same
  std::string word;
  int offset = 0;  // relative: years; relative_month: months
  std::string tag;  // subperiod: "Q3", "H1", ...
};

struct SourceRule {
  std::string id;
  std::optional<int> year_offset;
  std::shared_ptr<re2::RE2> re;
  std::vector<std::string> cues;  // the sentence must contain one (empty: any)
  std::vector<int> cue_ids;       // the cues' rows in Lexicons::source_cues
  // Literals derived from the pattern (required.h): a sentence one of
  // these does not admit holds no match, and the pattern is not run.
  std::vector<NeedSet> needs;
};

struct ClaimFilter {
  std::string id, action;             // drop total diff scale derived
  bool derived = false;               // action == "derived", tested per claim
  std::vector<UnitKind> kinds;        // empty: any kind
  std::vector<std::string> units;     // unit_text as written; empty: any
  std::vector<double> values;         // empty: any value
  std::shared_ptr<re2::RE2> before;   // null: any
  std::shared_ptr<re2::RE2> after;    // null: any
  // Derived from the patterns, as for SourceRule::needs.
  std::vector<NeedSet> before_needs, after_needs;
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

// The phrases of every table in one sentence (Lexicons::Scan).
struct SentencePhrases {
  std::vector<PhraseMatch> entities;  // entity_matcher, word starts only
  std::vector<PhraseMatch> cues;      // metric_matcher
  std::vector<PhraseMatch> periods;   // period_matcher
  std::vector<char> source_cues;      // by source_cues row: 1 if it occurs
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
  std::vector<std::string> same_period_words;  // "같은 기간" opening a sentence
  std::vector<SourceRule> sources;
  PhraseMatcher source_cues;  // every cue of `sources`, one row per distinct cue
  int source_cue_count = 0;
  PhraseScanner scanner;  // entity, metric, period and source cue matchers
  std::vector<ClaimFilter> filters;
  std::vector<Particle> particles;  // longest first
  // Indexes into `particles`, in its order: the particles that may start
  // with two given bytes (key: first << 8 | second), and those ending in
  // a given byte.
  std::unordered_map<unsigned, std::vector<int>> particles_by_start;
  std::vector<std::vector<int>> particles_by_last;  // 256 lists
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
  // The same, with the sentence's phrases from Scan.
  SourceMatch FindSource(std::string_view sentence, const SentencePhrases& phrases) const;
  // Sets *out to the phrases of all tables in `sentence`, in one pass over
  // its characters; reuses out's buffers.
  void Scan(std::string_view sentence, SentencePhrases* out) const;
};

// Returns the lexicons read from the rule files in `rules_dir`, or an error
// naming file:line.
Result<std::shared_ptr<const Lexicons>> LoadLexicons(const std::string& rules_dir);

// Returns the unit kind named `name` ("percent", ...), or nullopt.
std::optional<UnitKind> UnitKindFromName(std::string_view name);

}  // namespace suchi

#endif  // SUCHI_LEXICON_H_
