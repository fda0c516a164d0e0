// Benchmarks of the number grammar: FindQuantities over the lines of the real
// articles in SUCHI_SHARED_DIR/corpus (read once, outside the timed loop),
// reporting bytes/s, and over pathological inputs (1 MB of digits, 100k
// commas, a 10 MB line) that must stay linear: compare their bytes/s with
// the corpus figure.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "numbers.h"

namespace suchi {
namespace {

const NumberRules& BenchRules() {
  static const NumberRules* rules = [] {
    auto r = NumberRules::Load(SUCHI_SOURCE_DIR "/rules/numbers");
    if (!r.ok()) std::abort();
    return new NumberRules(*r);
  }();
  return *rules;
}

// Every non-empty line of every corpus .txt file, in path order.
const std::vector<std::string>& CorpusLines() {
  static const std::vector<std::string>* lines = [] {
    auto* out = new std::vector<std::string>;
    for (const CorpusFile& f : BenchCorpus()) {
      std::istringstream in(f.bytes);
      for (std::string line; std::getline(in, line);)
        if (!line.empty()) out->push_back(line);
    }
    return out;
  }();
  return *lines;
}

void BM_FindQuantitiesCorpus(benchmark::State& state) {
  const auto& lines = CorpusLines();
  const NumberRules& rules = BenchRules();
  std::size_t bytes = 0, found = 0;
  for (const auto& l : lines) bytes += l.size();
  for (auto _ : state) {
    for (const auto& l : lines) {
      auto q = FindQuantities(l, rules);
      found += q.size();
      benchmark::DoNotOptimize(q.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["quantities"] = static_cast<double>(found) / std::max<int64_t>(1, state.iterations());
}
BENCHMARK(BM_FindQuantitiesCorpus)->Unit(benchmark::kMillisecond);

void RunOn(benchmark::State& state, const std::string& text) {
  const NumberRules& rules = BenchRules();
  for (auto _ : state) {
    auto q = FindQuantities(text, rules);
    benchmark::DoNotOptimize(q.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_Digits1MB(benchmark::State& state) { RunOn(state, std::string(1 << 20, '7')); }
BENCHMARK(BM_Digits1MB)->Unit(benchmark::kMillisecond);

void BM_Commas100k(benchmark::State& state) { RunOn(state, std::string(100000, ',')); }
BENCHMARK(BM_Commas100k)->Unit(benchmark::kMillisecond);

void BM_DigitGroups100k(benchmark::State& state) {
  std::string s = "1";
  for (int i = 0; i < 100000; ++i) s += ",000";
  RunOn(state, s);
}
BENCHMARK(BM_DigitGroups100k)->Unit(benchmark::kMillisecond);

// A 10 MB line made of corpus sentences with their line breaks removed.
void BM_Line10MB(benchmark::State& state) {
  std::string s;
  const auto& lines = CorpusLines();
  for (std::size_t i = 0; s.size() < (10u << 20) && !lines.empty(); ++i)
    s += lines[i % lines.size()] + " ";
  RunOn(state, s);
}
BENCHMARK(BM_Line10MB)->Unit(benchmark::kMillisecond);

// Scale words and Hangul numerals with no unit: many failed number starts.
void BM_HangulNumerals1MB(benchmark::State& state) {
  std::string s;
  while (s.size() < (1u << 20)) s += "삼십이억삼천 만 천 백 일 이 삼 한 두 세 ";
  RunOn(state, s);
}
BENCHMARK(BM_HangulNumerals1MB)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace suchi
