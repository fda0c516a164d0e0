// Test helper: the hand-made gold claims of the seeds
// (tests/data/seeds_gold/seeds.claims.jsonl, a copy of the shared gold, so
// these tests run in a clone alone) turned into Claims as a
// correct extractor would give them, keyed by the gold's fact. Shared by
// the conflict and report tests.
#ifndef SUCHI_TESTS_SEED_GOLD_H_
#define SUCHI_TESTS_SEED_GOLD_H_

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "types.h"

namespace suchi {
namespace testing_gold {

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The sentence around byte `at` of `text`: up to ". " or a line break.
inline std::string SentenceAround(const std::string& text, std::size_t at) {
  std::size_t b = text.rfind('\n', at);
  b = b == std::string::npos ? 0 : b + 1;
  std::size_t dot = text.rfind(". ", at);
  if (dot != std::string::npos && dot + 2 > b && dot < at) b = dot + 2;
  std::size_t e = text.find('\n', at);
  std::size_t e2 = text.find(". ", at);
  e = std::min(e == std::string::npos ? text.size() : e, e2 == std::string::npos ? text.size() : e2 + 1);
  return text.substr(b, e - b);
}

// The prefix of the seeds gold files (PREFIX.claims.jsonl,
// PREFIX.conflicts.json, PREFIX.negatives.jsonl), as `suchi eval` takes it.
inline const std::string kSeedGold = SUCHI_SOURCE_DIR "/tests/data/seeds_gold/seeds";

// Returns the gold claims, with sentence, headline flag and article metadata.
inline std::vector<Claim> GoldClaims() {
  const std::string seeds = SUCHI_SOURCE_DIR "/seeds";
  std::map<std::string, nlohmann::json> meta;
  std::istringstream m(ReadAll(seeds + "/meta.jsonl"));
  for (std::string line; std::getline(m, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    meta[j["id"]] = j;
  }
  std::map<std::string, std::string> texts;
  std::vector<Claim> out;
  std::istringstream in(ReadAll(kSeedGold + ".claims.jsonl"));
  for (std::string line; std::getline(in, line);) {
    nlohmann::json g = nlohmann::json::parse(line);
    Claim c;
    c.id = g["gold"], c.article = g["article"], c.start = g["start"], c.end = g["end"];
    c.quote = g["quote"], c.key = g["fact"], c.q.value = g["value"], c.q.qualifier = g["qualifier"];
    if (g.contains("value_max") && g["value_max"].is_number()) c.q.value_max = g["value_max"].get<double>();
    for (int k = 0; k <= static_cast<int>(UnitKind::kTime); ++k)
      if (g["kind"] == UnitKindName(static_cast<UnitKind>(k))) c.q.kind = static_cast<UnitKind>(k);
    c.q.unit_text = g.value("unit", "");
    if (g.contains("currency") && g["currency"].is_string()) c.q.currency = g["currency"];
    if (g.contains("basis") && g["basis"].is_number()) c.q.basis_per = g["basis"].get<double>();
    std::string& text = texts[c.article];
    if (text.empty()) text = ReadAll(seeds + "/" + c.article + ".txt");
    // The title and the subheadings under it: short lines without a final
    // "다." (as the segmenter reads them).
    std::size_t lb = text.rfind('\n', c.start), le = text.find('\n', c.start);
    lb = lb == std::string::npos ? 0 : lb + 1;
    std::string own = text.substr(lb, (le == std::string::npos ? text.size() : le) - lb);
    c.headline = c.start < text.find('\n') ||
                 (own.size() < 200 && own.find("다.") == std::string::npos && lb < 1000);
    c.sentence = SentenceAround(text, c.start);
    c.published = meta[c.article].value("published", "");
    // Subject and metric ids as the key names them (the same-fact decision
    // weighs lexicon ids); no text, since the gold does not give it.
    std::string fact = c.key;
    if (std::size_t slash = fact.find('/'); slash != std::string::npos) {
      std::size_t second = fact.find('/', slash + 1);
      c.subject = Entity{fact.substr(0, slash), ""};
      c.metric = Entity{fact.substr(slash + 1, second - slash - 1), ""};
    }
    c.outlet = meta[c.article].value("outlet", "");
    out.push_back(c);
  }
  return out;
}

}  // namespace testing_gold
}  // namespace suchi

#endif  // SUCHI_TESTS_SEED_GOLD_H_
