// The benchmark corpus: the raw bytes of every .txt article under
// SUCHI_SHARED_DIR/corpus, read once and shared by every benchmark file.
#ifndef SUCHI_BENCH_CORPUS_H_
#define SUCHI_BENCH_CORPUS_H_

#include <string>
#include <vector>

namespace suchi {

struct CorpusFile {
  std::string path;   // sorted by path
  std::string bytes;  // as stored, undecoded
};

// Returns every corpus article, read on first use (outside timed loops).
const std::vector<CorpusFile>& BenchCorpus();

}  // namespace suchi

#endif  // SUCHI_BENCH_CORPUS_H_
