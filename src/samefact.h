// Same-fact decision: before two figures are compared, how sure are we
// that they state the same fact? Two claims of one comparison group (same
// subject and metric) state the same fact only when their frames agree and
// their context supports it.
//
// The frame of a figure, read at extraction (rules/samefact.tsv words):
//   change   a level (""), or a change: "increase" (증가, 늘어, 상승 after
//            it), "decrease" (감소, 줄어, 하락) or "change" (a share after a
//            base, no verb), with the base named before it in the clause
//            (":yoy" for 전년 동기, ":qoq" for 전분기, ...); or "from" (the
//            first figure of "7억원에서 22억원으로");
//   status   a result (""), "provisional" (잠정), "estimate" (추정, 전망,
//            예상) or "target" (목표, 계획).
// Frames that differ are never the same fact: a change is never compared
// with a level, an estimate never with a result. Two changes agree when
// their directions do (or one is "change") and their bases do (or one
// names none): FramesAgree.
//
// The confidence (0..1) adds weights of rules/samefact.tsv to a base:
// the similarity of the two sentences with their numbers masked (character
// bigrams, Jaccard), the same cited source, a headline against its own body,
// periods both stated, publication dates far apart, lexicon ids on both
// sides. Two figures of one article are compared only as a headline against
// its body, or when their sentences restate each other (similarity at least
// `restate_similarity`), never within one sentence. Figures whose period was
// inferred from publication are compared only when published at most
// `inferred_period_days` apart. In near copies of one sentence in two
// articles (similarity
// at least `near_copy_similarity`) only figures with the same four characters
// before them are one fact. An estimate or target is compared only with the same source's. A
// headline's change word against its body's level is no other frame when
// the values are within 5%. Conflicts below `min_confidence` are not
// reported.
#ifndef SUCHI_SAMEFACT_H_
#define SUCHI_SAMEFACT_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "phrase.h"
#include "status.h"
#include "types.h"

namespace suchi {

// True when change frames `a` and `b` (Claim::change) can state one fact.
bool FramesAgree(std::string_view a, std::string_view b);

class SameFactRules {
 public:
  // Returns the rules of rules/samefact.tsv (`path`), or an error naming
  // file:line.
  static Result<std::shared_ptr<const SameFactRules>> Load(const std::string& path);
  // Built-in defaults (tests): the weights of the shipped rule file, no words.
  static const SameFactRules& Default();

  // Sets c.change and c.status from the words around quantity c.q in its
  // sentence (c.sentence, normalized offsets c.q.begin/end).
  void DetectFrame(Claim& c) const;

  // Returns the confidence that a and b (same comparison group) state the
  // same fact, or 0 when their frames disagree or one article holds both
  // without restating.
  double Confidence(const Claim& a, const Claim& b) const;

  double min_confidence() const { return min_confidence_; }
  // Returns the weight `name` of the rule file (0 when it has none).
  double weight(std::string_view name) const;

 private:
  struct Word {
    std::string text, value;
  };

  double min_confidence_ = 0.6;
  double restate_similarity_ = 0.5;
  double near_copy_similarity_ = 0.5;
  long inferred_period_days_ = 0;
  std::vector<std::pair<std::string, double>> weights_;
  std::string_view ChangeNounBefore(std::string_view t, std::size_t clause, std::size_t figure) const;

  std::vector<Word> change_after_, change_before_, status_words_, change_nouns_;
  std::array<bool, 256> noun_end_bytes_{};  // the last bytes of change_nouns_
  // Tries of the three word lists (rows index the lists): one pass over a
  // text finds which of them occur.
  PhraseMatcher after_matcher_, before_matcher_, status_matcher_;
  PhraseScanner scanner_;  // the three matchers' starts in one pass over a sentence
};

// Claims [first, end) are one sentence's, their frames detected: figures
// listed before one change verb ("전년 대비 각각 24.5%, 46.5%가 늘었다",
// "각각 3%, 5% 감소했다": shares) share its direction, where the earlier
// ones read no verb of their own.
void ShareListedDirections(std::vector<Claim>& claims, std::size_t first);

// Claims [first, end) are one sentence's, their frames detected: gives each
// level with a metric the signed value of the one change of its metric and
// unit stated after it in the sentence (Claim::change_beside).
void MarkChangesBeside(std::vector<Claim>& claims, std::size_t first);

// True when one of `a`, `b` plus the change stated beside it is the other:
// the printed level is the one before the change ("112만4000명으로 2만1000명
// 늘었다" against "114만5000명"), last period's figure printed for this one.
bool LevelBeforeChange(const Claim& a, const Claim& b);
// The same, one way: x is the level before y's change (x plus the change
// beside x is y, or y less the change beside y is x).
bool IsLevelBefore(const Claim& x, const Claim& y);
// The claim (x or y) whose change beside it makes x the level before y, or
// nullptr (IsLevelBefore).
const Claim* LevelBeforeBy(const Claim& x, const Claim& y);

// Returns the Jaccard similarity of the character bigrams of two sentences,
// digits masked ("매출 19.6% 증가" ~ "매출 20% 증가" = 1).
double MaskedSimilarity(std::string_view a, std::string_view b);

}  // namespace suchi

#endif  // SUCHI_SAMEFACT_H_
