// The pipeline driver: runs one article through every stage, and streams a
// batch of inputs through a fixed pool of worker threads, handing results
// to the caller in input order (the same input gives byte-identical output
// whatever the number of threads). Memory is bounded: at most
// `max_in_flight` articles are held at once.
#ifndef SUCHI_PIPELINE_H_
#define SUCHI_PIPELINE_H_

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "input.h"
#include "normalize.h"
#include "rules.h"
#include "status.h"
#include "types.h"

namespace suchi {

// How far to run the pipeline for each article.
enum class Depth { kSegment, kNumbers, kClaims };

struct ArticleResult {
  Article article;
  NormalizedText norm;
  std::vector<Sentence> sentences;
  std::vector<std::vector<Quantity>> quantities;  // per sentence
  std::vector<Claim> claims;
  // Output rendered on the worker thread (BatchOptions::render), so that
  // only writing the bytes is serial.
  std::string rendered;

  // Frees the map, sentences and quantities: the stages' work, which no
  // sink needs once claims are made. Called on the worker after rendering,
  // so that the thread that allocated the memory also frees it (a free on
  // another thread takes a lock on the allocating thread's arena).
  void ReleaseStages();
  // ReleaseStages, and frees the article text and the claims too: for a
  // sink that reads only `rendered` and the article's id, metadata and
  // warnings.
  void KeepOnlyRendered();
};

// Returns the result of running `article` through the stages up to `depth`.
ArticleResult ProcessArticle(Article article, const RuleSet& rules, Depth depth);

struct BatchOptions {
  InputOptions input;
  int jobs = 1;              // worker threads (>= 1)
  int max_in_flight = 256;   // articles read but not yet handed out
  Depth depth = Depth::kClaims;
  // Called on worker threads after each article, e.g. to fill `rendered`;
  // must not touch shared state.
  std::function<void(ArticleResult&)> render;
  // Set by the caller's sink to stop the batch (a systemic error: a full
  // disk, an unwritable store): reading stops, queued articles are not
  // processed nor handed to the sink, and BatchStats::skipped counts them.
  std::atomic<bool>* stop = nullptr;
};

struct BatchStats {
  long articles = 0;    // processed
  long errors = 0;      // inputs that could not be read
  long bytes = 0;       // article bytes processed
  long duplicates = 0;  // articles whose id an earlier article of the batch had
  long skipped = 0;     // read but dropped after the batch was stopped
  std::vector<std::string> error_messages;
};

// Per-result callback, always called on one thread, in input order. Either
// a processed article or an input error (message names the source).
using ResultSink = std::function<void(Result<ArticleResult>&&)>;

// Streams every article under `paths` through the pipeline. Returns the
// counts; input errors are passed to `sink` and counted once each, never
// fatal. Only the sink stops a batch (BatchOptions::stop).
BatchStats RunBatch(const std::vector<std::string>& paths, const RuleSet& rules,
                    const BatchOptions& options, const ResultSink& sink);

}  // namespace suchi

#endif  // SUCHI_PIPELINE_H_
