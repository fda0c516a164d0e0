// Core data types shared by every pipeline stage of suchi.
//
// The pipeline is: input (read + decode) -> normalize -> chrome -> segment
// -> numbers -> extract -> conflict -> sinks. Each stage owns one file pair
// under src/ and passes the plain structs below to the next. Offsets are
// always half-open [begin, end). "Original" offsets are UTF-8 byte offsets in
// Article::text (the article as read, decoded to UTF-8, before
// normalization); "normalized" offsets index NormalizedText::text.
#ifndef SUCHI_TYPES_H_
#define SUCHI_TYPES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suchi {

// Publication metadata of one article. Empty strings mean unknown.
struct ArticleMeta {
  std::string published;  // "YYYY-MM-DD", "YYYY-MM" or "YYYY" (ValidPublished)
  std::string outlet;
  std::string url;
  std::string author;
};

// One input article after reading and decoding.
struct Article {
  std::string id;      // path under the root given, without .txt, or JSONL "id"
  std::string source;  // where it came from: path, or "path:line" for JSONL
  std::string text;    // full text as read, decoded to UTF-8 (title first)
  // False when the text has no title line (a JSONL record without "title"):
  // its first line is then not read as a headline.
  bool has_title = true;
  ArticleMeta meta;
  std::string encoding;               // "UTF-8", "CP949", ...
  std::vector<std::string> warnings;  // e.g. invalid UTF-8 at byte N
};

// Kind of a sentence-like unit.
enum class SentenceKind { kHeadline, kBody, kChrome };
const char* SentenceKindName(SentenceKind k);

// One sentence (or headline / chrome line) of an article.
struct Sentence {
  std::size_t norm_begin = 0, norm_end = 0;  // in NormalizedText::text
  std::size_t start = 0, end = 0;            // original UTF-8 bytes
  std::size_t char_start = 0, char_end = 0;  // original code points
  int paragraph = 0;                         // 0-based paragraph index
  SentenceKind kind = SentenceKind::kBody;
  std::string chrome_rule;  // id of the rule that marked it as chrome
  std::string text;         // normalized text of the sentence
};

// What a quantity measures. Values mirror CONTRACT.md's unit.kind, plus
// kMeasure (physical units), kTime (dates/years: not claims) and kNone.
enum class UnitKind {
  kNone,
  kCurrency,
  kPercent,
  kPercentPoint,
  kCount,
  kScore,
  kRank,
  kRankChange,
  kRatio,
  kDuration,
  kIndex,
  kMeasure,
  kTime,
};
const char* UnitKindName(UnitKind k);  // "currency", "percent", ...

// One quantity expression found in a normalized sentence.
struct Quantity {
  std::size_t begin = 0, end = 0;  // bytes in the scanned (normalized) text
  double value = 0;
  std::optional<double> value_max;  // upper end of a range
  // Place value of the last digit as written: 13억 -> 1e8, 72.9% -> 0.1,
  // 10조1,202억원 -> 1e8. Conflict detection derives rounding tolerance.
  double resolution = 1;
  std::string qualifier = "exact";  // exact approx nearly more_than ...
  UnitKind kind = UnitKind::kNone;
  std::string unit_text;  // as written: "달러", "%", "개", "억원"
  std::string unit_id;    // canonical: "USD", "%", "count:개", "km"
  std::string currency;   // ISO 4217 or empty
  std::optional<double> basis_per;  // 10000 for 1만명당
  std::string basis_text;
  std::string rule;  // id of the rule that fired
  int year = 0;      // for kTime: the year (or first year)
  int year_end = 0;  // for kTime ranges (2013~2023년)
};

struct Entity {
  std::string id;    // ISO alpha-2 for countries, upper-case name otherwise
  std::string text;  // as written
};

struct Period {
  int start = 0, end = 0;  // years, equal for one year
  std::string text;        // as written
};

// One numeric claim: a quantity with what it is about.
struct Claim {
  std::string id;       // stable: article + "#" + start
  std::string article;  // article id
  std::size_t start = 0, end = 0;            // original UTF-8 bytes
  std::size_t char_start = 0, char_end = 0;  // original code points
  std::string quote;                         // original text [start, end)
  Quantity q;  // value, unit, qualifier, basis (offsets: normalized sentence)
  std::optional<Entity> subject;
  std::optional<Entity> metric;
  std::optional<Period> period;
  std::string source;   // stated source ("AI 인덱스 2024")
  std::string key;      // subject/metric/period
  std::string sentence; // normalized sentence text
  bool headline = false, quoted = false, question = false, negated = false;
  // The article times its figures by the clock ("10시 20분 기준", "장중"):
  // a market report whose figures move within the day.
  bool intraday = false;
  // The subject is not named in the figure's sentence or paragraph but
  // taken from the article (its title's entity, its most named country, its
  // lead's subject): zero anaphora, a guess the conflict check trusts less.
  bool subject_inferred = false;
  // A parenthesised conversion "(약 X원)" of the claim this id names.
  std::string derived_from;
  // The frame (samefact.h): "" for a level, or increase, decrease, change,
  // from; and "" for a result, or provisional, estimate, target.
  std::string change, status;
  // For a level, the signed change its sentence states beside it, of the
  // same metric and unit ("실업자는 112만4000명으로 1년 전보다 2만1000명
  // 늘었다": +21000): the level a year before is value - change_beside.
  std::optional<double> change_beside;
  // Copied from the article for reports.
  std::string published, outlet;
};

// Splits a claim key "subject/metric/period" into its group
// ("subject/metric") and period ("-" when empty). False when the key is
// empty, or its subject or metric is unknown ("", "-", "?"): such a claim is
// never compared.
bool SplitClaimKey(std::string_view key, std::string_view& group, std::string_view& period);

// Returns `text` as a part of a claim key: every byte that delimits a key
// (/ % # ? and controls, space included) and each byte of `also` as %XX,
// so that no text spells another key.
std::string EscapeKeyText(std::string_view text, std::string_view also = "");

// Returns the stream group of claim key `key`: its group, a rank's
// ("KR/gdp_rank") folded into its metric's ("KR/gdp"), as ranks are checked
// against the figures of their metric, and so is a share's ("KR/자살률_percent":
// a rate per 100,000 printed as a percentage); "" when the key is never compared
// (SplitClaimKey). The unit of the conflict check and the shuffle key of a
// distributed run; claims.jsonl writes it as `group` (null for "").
std::string StreamGroupOfKey(std::string_view key);

// One position of a conflict: the claims that state the same figure.
struct ConflictSide {
  std::vector<std::string> claims;  // claim ids
  double value = 0;
  std::optional<double> value_max;
  UnitKind kind = UnitKind::kNone;
  std::string unit_text, currency;
  std::optional<double> basis_per;
  double canonical = 0;        // the value in the canonical unit
  std::string canonical_unit;  // "KRW", "days", "%", or the unit as written
  std::string period;          // the key's period part ("2023", "-")
};

struct Conflict {
  std::string id;
  std::string kind;  // value_mismatch basis_mismatch unit_mismatch ...
  std::string key;
  std::vector<std::string> claims;  // claim ids
  std::string explanation;
  std::string severity;  // high medium low
  double tolerance = 0;  // the rounding tolerance used, if any
  std::vector<ConflictSide> sides;  // at least two; every claim on one
  double confidence = 0;            // that the sides state one fact and disagree
  int articles = 0;                 // distinct articles taking part
};

}  // namespace suchi

#endif  // SUCHI_TYPES_H_
