// Attribution: who (subject) and what (metric) one figure is about, read
// from the figure's clause (clause.h), not from the nearest lexicon hit.
//
// Metric, first that applies; a lexicon cue (rules/metrics.tsv) counts only
// as a whole head noun, so 홍수주의보 never gives 수주:
//   1. the counted noun after the figure: "5개의 행성", "109개 파운데이션 모델";
//   2. the bare noun phrase right before it: "매출 3조원", "행성 5개",
//      "지원(22.9%)";
//   3. the topic or subject noun phrase of the clause before it whose head
//      is a dictionary noun: "정원은 50명", "매출이 19.6% 증가";
//   4. the clause's predicate when a metric cue names it, or its predicate
//      noun: "2명이 죽고" (cue 죽 -> deaths), "3명을 채용했다" (채용).
//   A phrase that is an entity, a generic noun (words.tsv) or a time word
//   is never a metric.
// Subject, first that applies:
//   1. "X(N)": the noun phrase before a parenthesised figure, when it is not
//      the metric;
//   2. an entity inside the metric's phrase: "제미나이 울트라 훈련 비용";
//   3. the owner of the metric: "KAIST의 정원은";
//   4. the topic of the clause, else of the sentence, before the figure;
//   5. the subject (이/가) of the clause before the figure;
//   never the metric phrase itself, a generic or time word, a phrase in a
//   relative clause ("엔비디아가 개발한"), a comparison base or an object.
// Callers (extract.cc) keep their lexicon rules for lists and parentheses
// and fall back to these answers, then to the paragraph's topic.
#ifndef SUCHI_ATTRIBUTION_H_
#define SUCHI_ATTRIBUTION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clause.h"
#include "types.h"

namespace suchi {

// A lexicon match in the sentence: an entity (id: ISO code or upper-case
// name) or a metric cue (id: rules/metrics.tsv id).
struct LexiconSpan {
  std::size_t begin = 0, end = 0;
  std::string_view id;  // the lexicon row's (outlives the input)
  bool country = false;  // an entity of kind country
};

struct AttributionInput {
  std::string_view text;  // the sentence
  const SentenceParse* parse = nullptr;
  const WordLexicon* words = nullptr;
  const std::vector<Quantity>* quantities = nullptr;
  std::size_t figure = 0;  // index into quantities
  std::vector<LexiconSpan> entities, metrics;
  // Byte spans of period mentions (years, 지난해): never subjects or metrics.
  std::vector<std::pair<std::size_t, std::size_t>> periods;
  bool headline = false;  // a title or subheading ("E1, 5거래일 연속 상승")
};

// A phrase chosen for a figure: an id for keys and the text as written.
struct Attributed {
  Entity entity;
  std::size_t begin = 0, end = 0;  // bytes of the phrase in the sentence
  const char* rule = "";           // which step chose it ("counted", "topic", ...)
  bool lexicon = false;            // the id comes from a lexicon
  // A subject that names someone: a lexicon entity, an organisation or a
  // proper noun (no dictionary head), not a common noun ("업종", "기업").
  bool named = false;
};

struct FigureFrame {
  std::optional<Attributed> subject, metric;
};

// Returns the subject and metric of figure `in.figure`, each unset when the
// clause does not name one.
FigureFrame AttributeFigure(const AttributionInput& in);

// Returns the name a sentence opens on as its topic ("E1는 코스피 상장
// 기업으로 …", "갤럭시 폴드는 …"): a proper noun or organisation with 은/는
// among its first three words, outside brackets and quotes; else nullopt.
// The sentences after it that name no one of their own are about it.
std::optional<Entity> OpeningTopic(std::string_view sentence, const SentenceParse& parse,
                                   const WordLexicon& words);

// Returns `text` safe inside a key: '/', '%', spaces and controls escaped as
// %XX, so that no subject or metric text can forge another key.
std::string KeyPart(std::string_view text);

}  // namespace suchi

#endif  // SUCHI_ATTRIBUTION_H_
