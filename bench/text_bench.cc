// Benchmarks of the text layer: decode + normalize + segment over the real
// articles of SUCHI_SHARED_DIR/corpus (read once, outside the timed loop),
// reporting bytes/s of raw article bytes. Separate benchmarks time each step.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "chrome.h"
#include "decode.h"
#include "normalize.h"
#include "segment.h"

namespace suchi {
namespace {

// Raw bytes of every corpus .txt file, sorted by path.
const std::vector<std::string>& CorpusFiles() {
  static const std::vector<std::string>* files = [] {
    auto* out = new std::vector<std::string>;
    for (const CorpusFile& f : BenchCorpus()) out->push_back(f.bytes);
    return out;
  }();
  return *files;
}

const ChromeRules& Rules() {
  static const ChromeRules* rules = [] {
    Result<ChromeRules> r = ChromeRules::Load(SUCHI_SOURCE_DIR "/rules/chrome.tsv");
    return new ChromeRules(r.ok() ? std::move(*r) : ChromeRules());
  }();
  return *rules;
}

std::int64_t TotalBytes() {
  std::int64_t n = 0;
  for (const std::string& f : CorpusFiles()) n += static_cast<std::int64_t>(f.size());
  return n;
}

void BM_TextLayer(benchmark::State& state) {
  const auto& files = CorpusFiles();
  if (files.empty()) {
    state.SkipWithError("no corpus under " SUCHI_SHARED_DIR "/corpus");
    return;
  }
  std::size_t sentences = 0;
  for (auto _ : state) {
    for (const std::string& bytes : files) {
      Result<Decoded> d = DecodeToUtf8(bytes, "auto");
      if (!d.ok()) continue;
      Article a;
      a.text = std::move(d->text);
      NormalizedText norm = Normalize(a.text);
      std::vector<Sentence> ss = Segment(a, norm, Rules());
      sentences += ss.size();
      benchmark::DoNotOptimize(ss.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
  state.counters["articles"] = static_cast<double>(files.size());
  state.counters["sentences/iter"] =
      static_cast<double>(sentences) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_TextLayer)->Unit(benchmark::kMillisecond);

void BM_Decode(benchmark::State& state) {
  const auto& files = CorpusFiles();
  for (auto _ : state)
    for (const std::string& bytes : files) benchmark::DoNotOptimize(DecodeToUtf8(bytes, "auto"));
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const auto& files = CorpusFiles();
  for (auto _ : state)
    for (const std::string& bytes : files) benchmark::DoNotOptimize(Normalize(bytes).text.size());
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  const auto& files = CorpusFiles();
  std::vector<Article> articles(files.size());
  std::vector<NormalizedText> norms;
  norms.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    articles[i].text = files[i];
    norms.push_back(Normalize(files[i]));
  }
  for (auto _ : state)
    for (std::size_t i = 0; i < files.size(); ++i)
      benchmark::DoNotOptimize(Segment(articles[i], norms[i], Rules()).size());
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace suchi
