// Reads the benchmark corpus once; see bench_corpus.h.
#include "bench_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace suchi {

const std::vector<CorpusFile>& BenchCorpus() {
  static const std::vector<CorpusFile>* files = [] {
    auto* out = new std::vector<CorpusFile>;
    std::vector<std::filesystem::path> paths;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(SUCHI_SHARED_DIR "/corpus", ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      if (it->path().extension() == ".txt") paths.push_back(it->path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out->push_back({p.string(), s.str()});
    }
    return out;
  }();
  return *files;
}

}  // namespace suchi
