// The pipeline driver (see pipeline.h): one article through every stage,
// and an ordered, bounded worker pool for batches.
#include "pipeline.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "extract.h"
#include "numbers.h"
#include "segment.h"

namespace suchi {

ArticleResult ProcessArticle(Article article, const RuleSet& rules, Depth depth) {
  ArticleResult r;
  r.article = std::move(article);
  r.norm = Normalize(r.article.text);
  CodePointIndex cps(r.article.text);
  r.sentences = Segment(r.article, r.norm, cps, rules.chrome);
  if (depth == Depth::kSegment) return r;
  if (depth == Depth::kClaims && r.article.text.size() > kLowMemoryBytes) {
    // A huge article: its quantities are found sentence by sentence inside
    // the extraction, never all held (extract.h).
    r.claims = ExtractClaims(r.article, r.norm, cps, r.sentences, {}, rules.extract, kLowMemoryBytes,
                             [&rules](std::string_view t) { return FindQuantities(t, rules.numbers); });
    return r;
  }
  r.quantities.resize(r.sentences.size());
  for (std::size_t i = 0; i < r.sentences.size(); ++i) {
    if (r.sentences[i].kind == SentenceKind::kChrome) continue;
    r.quantities[i] = FindQuantities(r.sentences[i].text, rules.numbers);
  }
  if (depth == Depth::kNumbers) return r;
  r.claims = ExtractClaims(r.article, r.norm, cps, r.sentences, r.quantities, rules.extract);
  return r;
}

void ArticleResult::ReleaseStages() {
  norm = NormalizedText();
  std::vector<Sentence>().swap(sentences);
  std::vector<std::vector<Quantity>>().swap(quantities);
}

void ArticleResult::KeepOnlyRendered() {
  ReleaseStages();
  std::string().swap(article.text);
  std::vector<Claim>().swap(claims);
}

namespace {

// Work shared by the reader (caller thread), the workers and the emitter.
// Articles carry a sequence number; finished results wait in `done` until
// every earlier one has been handed to the sink.
class OrderedPool {
 public:
  OrderedPool(const RuleSet& rules, const BatchOptions& opt, const ResultSink& sink)
      : rules_(rules), opt_(opt), sink_(sink) {}

  // Queues one input (decoded by the worker that takes it); blocks while
  // too many are in flight.
  void Push(PendingArticle&& in) {
    std::unique_lock lock(mu_);
    if (in_flight_ >= opt_.max_in_flight) {
      reader_waits_ = true;
      room_.wait(lock, [&] { return !reader_waits_; });
    }
    ++in_flight_;
    todo_.emplace_back(next_seq_++, std::move(in));
    work_.notify_one();
  }

  void Start() {
    for (int i = 0; i < opt_.jobs; ++i) workers_.emplace_back([this] { Work(); });
  }

  // Waits until everything queued has been handed to the sink.
  void Finish() {
    {
      std::lock_guard lock(mu_);
      closed_ = true;
    }
    work_.notify_all();
    for (auto& t : workers_) t.join();
  }

 private:
  void Work() {
    while (true) {
      std::optional<std::pair<long, PendingArticle>> item;
      {
        std::unique_lock lock(mu_);
        work_.wait(lock, [&] { return closed_ || !todo_.empty(); });
        if (todo_.empty()) return;
        item.emplace(std::move(todo_.front()));
        todo_.pop_front();
      }
      auto& [seq, pending] = *item;
      if (Stopped()) {  // dropped unread; the counting sink skips it
        pending = nullptr;
        Deliver(seq, Status::Error("skipped"));
        continue;
      }
      Result<Article> in = pending();
      pending = nullptr;  // the raw bytes are no longer needed
      Result<ArticleResult> out =
          in.ok() ? Result<ArticleResult>(ProcessArticle(std::move(in.value()), rules_, opt_.depth))
                  : Result<ArticleResult>(in.status());
      if (out.ok() && opt_.render) opt_.render(*out);
      Deliver(seq, std::move(out));
    }
  }

  // Stores a result and hands every result now in order to the sink. Only
  // one thread emits at a time, so the sink needs no locking.
  void Deliver(long seq, Result<ArticleResult>&& out) {
    std::unique_lock lock(mu_);
    done_.emplace(seq, std::move(out));
    if (emitting_) return;
    emitting_ = true;
    while (!done_.empty() && done_.begin()->first == next_emit_) {
      auto node = done_.extract(done_.begin());
      ++next_emit_;
      lock.unlock();
      sink_(std::move(node.mapped()));
      lock.lock();
      --in_flight_;
      // Wake a blocked reader only once half the window is free: one wake-up
      // per many articles, not a thread switch per article.
      if (reader_waits_ && in_flight_ <= opt_.max_in_flight / 2) {
        reader_waits_ = false;
        room_.notify_one();
      }
    }
    emitting_ = false;
  }

  bool Stopped() const { return opt_.stop != nullptr && opt_.stop->load(); }

  const RuleSet& rules_;
  const BatchOptions& opt_;
  const ResultSink& sink_;
  std::mutex mu_;
  std::condition_variable work_, room_;
  std::deque<std::pair<long, PendingArticle>> todo_;
  std::map<long, Result<ArticleResult>> done_;
  std::vector<std::thread> workers_;
  long next_seq_ = 0, next_emit_ = 0;
  int in_flight_ = 0;
  bool closed_ = false, emitting_ = false, reader_waits_ = false;
};

}  // namespace

BatchStats RunBatch(const std::vector<std::string>& paths, const RuleSet& rules,
                    const BatchOptions& options, const ResultSink& sink) {
  BatchStats stats;
  BatchOptions opt = options;
  if (opt.jobs < 1) opt.jobs = 1;
  if (opt.max_in_flight < opt.jobs * 2) opt.max_in_flight = opt.jobs * 2;
  // Wraps the caller's sink to count; runs on the emitting thread only. A
  // second article with an id already seen gets a warning naming both
  // sources: its claim ids repeat the first one's, and a store would keep
  // only one of them. Ids are remembered as 64-bit hashes with the source
  // of their first article.
  std::unordered_map<std::size_t, std::string> seen_ids;
  opt.input.stop = opt.stop;
  ResultSink counting = [&](Result<ArticleResult>&& r) {
    if (opt.stop != nullptr && opt.stop->load()) {
      ++stats.skipped;
      return;
    }
    if (r.ok()) {
      ++stats.articles;
      stats.bytes += static_cast<long>(r->article.text.size());
      auto [first, fresh] = seen_ids.try_emplace(std::hash<std::string>()(r->article.id), r->article.source);
      if (!fresh) {
        ++stats.duplicates;
        r->article.warnings.push_back(
            "duplicate article id: " + r->article.source + " has the id of " + first->second +
            ", an earlier article of this batch, so claim ids repeat (give the inputs unique "
            "paths or JSONL ids, or read them in separate runs with --id-prefix)");
      }
    } else {
      ++stats.errors;
      stats.error_messages.push_back(r.status().message());
    }
    sink(std::move(r));
  };
  OrderedPool pool(rules, opt, counting);
  pool.Start();
  // A path that cannot be read is also handed to the sink as an error
  // result, and counted there: the status returned here repeats it.
  ReadPendingArticles(paths, opt.input, [&](PendingArticle a) { pool.Push(std::move(a)); });
  pool.Finish();
  return stats;
}

}  // namespace suchi
