// Benchmarks of the claim stage over the real articles of
// SUCHI_SHARED_DIR/corpus: every article is run up to its quantities once,
// outside the timed loop; then ExtractClaims, and the one-pass phrase scan
// of every sentence (Lexicons::Scan) alone, are timed.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "extract.h"
#include "lexicon.h"
#include "pipeline.h"

namespace suchi {
namespace {

namespace fs = std::filesystem;

const RuleSet& Rules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    auto r = LoadRuleSet(SUCHI_SOURCE_DIR "/rules");
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(2);
    }
    return *r;
  }();
  return *rules;
}

// The corpus articles with their sentences and quantities.
const std::vector<ArticleResult>& Prepared() {
  static const std::vector<ArticleResult>* prepared = [] {
    auto* out = new std::vector<ArticleResult>;
    for (const CorpusFile& f : BenchCorpus()) {
      Article a{fs::path(f.path).stem().string(), f.path, f.bytes, {}, "UTF-8", {}};
      out->push_back(ProcessArticle(std::move(a), Rules(), Depth::kNumbers));
    }
    return out;
  }();
  return *prepared;
}

void BM_ExtractClaims(benchmark::State& state) {
  const auto& articles = Prepared();
  std::vector<CodePointIndex> cps;
  for (const ArticleResult& r : articles) cps.emplace_back(r.article.text);
  long claims = 0;
  for (auto _ : state)
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const ArticleResult& r = articles[i];
      claims += static_cast<long>(
          ExtractClaims(r.article, r.norm, cps[i], r.sentences, r.quantities, Rules().extract)
              .size());
    }
  state.SetItemsProcessed(static_cast<long>(state.iterations() * articles.size()));
  state.counters["claims"] = static_cast<double>(claims) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_ExtractClaims)->Unit(benchmark::kMillisecond);

void BM_LexiconScan(benchmark::State& state) {
  const auto& articles = Prepared();
  const Lexicons& lex = Rules().extract.lexicons();
  SentencePhrases phrases;
  std::int64_t bytes = 0;
  for (auto _ : state)
    for (const ArticleResult& r : articles)
      for (const Sentence& s : r.sentences) {
        lex.Scan(s.text, &phrases);
        benchmark::DoNotOptimize(phrases.entities.data());
        bytes += static_cast<std::int64_t>(s.text.size());
      }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_LexiconScan)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace suchi
