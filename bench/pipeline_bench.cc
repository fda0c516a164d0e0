// Benchmarks of the whole pipeline (read -> claims) over the real corpus,
// and of conflict detection over synthetic claims.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "bench_corpus.h"
#include "conflict.h"
#include "pipeline.h"

namespace {

namespace fs = std::filesystem;

const suchi::RuleSet& Rules() {
  static std::shared_ptr<const suchi::RuleSet> rules = [] {
    auto r = suchi::LoadRuleSet(SUCHI_SOURCE_DIR "/rules");
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(2);
    }
    return *r;
  }();
  return *rules;
}

// The corpus articles, read once (decoding is measured by text_bench).
const std::vector<suchi::Article>& Corpus() {
  static std::vector<suchi::Article> articles = [] {
    std::vector<suchi::Article> out;
    for (const suchi::CorpusFile& f : suchi::BenchCorpus())
      out.push_back({fs::path(f.path).stem().string(), f.path, f.bytes, {}, "UTF-8", {}});
    return out;
  }();
  return articles;
}

void BM_PipelineCorpus(benchmark::State& state) {
  const auto& corpus = Corpus();
  const suchi::RuleSet& rules = Rules();
  long bytes = 0, claims = 0;
  for (auto _ : state) {
    for (const suchi::Article& a : corpus) {
      suchi::ArticleResult r = suchi::ProcessArticle(a, rules, suchi::Depth::kClaims);
      claims += static_cast<long>(r.claims.size());
      bytes += static_cast<long>(a.text.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<long>(state.iterations() * corpus.size()));
  state.counters["claims"] = static_cast<double>(claims) / state.iterations();
}
BENCHMARK(BM_PipelineCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Synthetic claims: many keys, a few claims each, some disagreeing.
std::vector<suchi::Claim> SyntheticClaims(std::size_t n) {
  std::mt19937 rng(42);
  std::vector<suchi::Claim> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    suchi::Claim& c = out[i];
    c.id = "a" + std::to_string(i / 10) + "#" + std::to_string(i);
    c.article = "a" + std::to_string(i / 10);
    std::size_t key = rng() % (n / 4 + 1);
    c.subject = suchi::Entity{"S" + std::to_string(key % 97), ""};
    c.metric = suchi::Entity{"m" + std::to_string(key), ""};
    c.period = suchi::Period{2000 + static_cast<int>(key % 20), 2000 + static_cast<int>(key % 20), ""};
    c.key = c.subject->id + "/" + c.metric->id + "/" + std::to_string(c.period->start);
    c.q.kind = suchi::UnitKind::kCount;
    c.q.value = static_cast<double>(key % 1000) + (rng() % 50 == 0 ? 7 : 0);
    c.q.resolution = 1;
  }
  return out;
}

void BM_ConflictsSynthetic(benchmark::State& state) {
  std::vector<suchi::Claim> claims = SyntheticClaims(static_cast<std::size_t>(state.range(0)));
  std::size_t found = 0;
  for (auto _ : state) found = suchi::FindConflicts(claims, Rules().rates).size();
  state.SetItemsProcessed(static_cast<long>(state.iterations() * claims.size()));
  state.counters["conflicts"] = static_cast<double>(found);
}
BENCHMARK(BM_ConflictsSynthetic)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
