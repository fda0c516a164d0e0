// Output sinks: one class per output format, fed with pipeline results in
// input order. Extraction never knows which formats are written. Files are
// written atomically (a temporary file renamed into place on Commit), so a
// reader never sees half a file.
#ifndef SUCHI_SINKS_H_
#define SUCHI_SINKS_H_

#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline.h"
#include "status.h"
#include "types.h"

namespace suchi {

// A file written through a temporary name and renamed on Commit(); "-"
// means standard output. Destroying an uncommitted file removes the
// temporary.
class AtomicFile {
 public:
  // Returns the open file, or an error naming the path.
  static Result<std::unique_ptr<AtomicFile>> Create(const std::string& path);
  ~AtomicFile();
  std::ostream& out();
  // Flushes and closes the temporary file; an error when anything written
  // was lost (a full disk). Commit closes the file itself when needed.
  Status Close();
  // Returns ok once the data is flushed and renamed into place.
  Status Commit();

 private:
  explicit AtomicFile(std::string path) : path_(std::move(path)) {}
  std::string path_, tmp_;
  std::ofstream file_;
  bool closed_ = false, lost_ = false, committed_ = false;
};

// Receives results in input order.
class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  // Writes one article's output, in input order, on one thread at a time.
  virtual void Write(const ArticleResult& r) = 0;
  // Called on worker threads before Write: may render r into r.rendered
  // (thread-safe: reads only r and the writer's immutable settings).
  virtual void Render(ArticleResult& r) const {}
  // Returns true when Write reads only r.rendered and the article's id,
  // metadata and warnings after Render (the rest may then be freed).
  virtual bool WritesOnlyRendered() const { return false; }
};

// One JSON object per sentence (the `suchi segment` debugging view).
class SentenceJsonlWriter : public ResultWriter {
 public:
  explicit SentenceJsonlWriter(std::ostream& out) : out_(out) {}
  void Write(const ArticleResult& r) override;

 private:
  std::ostream& out_;
};

// One JSON object per quantity, with original offsets (`suchi numbers`).
class QuantityJsonlWriter : public ResultWriter {
 public:
  QuantityJsonlWriter(std::ostream& out, bool with_time) : out_(out), with_time_(with_time) {}
  void Write(const ArticleResult& r) override;

 private:
  std::ostream& out_;
  bool with_time_;
};

// One JSON object per claim (claims.jsonl, CONTRACT.md).
// Render reads only the claims. With `consume`, it frees each claim's text
// once rendered, so a huge article never holds its claims and their JSON
// whole at once (for callers that need only `rendered` afterwards). With
// `shuffle_key`, only the claims with a stream group are written, each line
// led by its group and a tab ("KR/gdp<TAB>{...}"): the map output of a
// streaming engine that sorts by that key for `suchi conflicts -`.
class ClaimJsonlWriter : public ResultWriter {
 public:
  explicit ClaimJsonlWriter(std::ostream& out, bool consume = false, bool shuffle_key = false)
      : out_(out), consume_(consume), shuffle_key_(shuffle_key) {}
  void Write(const ArticleResult& r) override;
  void Render(ArticleResult& r) const override;
  bool WritesOnlyRendered() const override { return true; }

 private:
  std::ostream& out_;
  bool consume_;
  bool shuffle_key_;
};

// Writes one JSON object per claim / conflict.
void WriteClaimsJsonl(std::ostream& out, const std::vector<Claim>& claims);
void WriteConflictsJsonl(std::ostream& out, const std::vector<Conflict>& conflicts);


}  // namespace suchi

#endif  // SUCHI_SINKS_H_
