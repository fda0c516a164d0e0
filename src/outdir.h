// An output directory written as one transaction.
//
// A command that writes files into `--out` opens the directory with
// OutputDir::Open, writes every file through Stage() (a temporary name
// `NAME.tmp.PID` in the directory) and calls Commit() once the whole run
// succeeded: only then are the files renamed into place, one after the
// other. Until then, and always when the run fails or the process dies,
// the directory keeps the previous run's files byte for byte.
//
// Contracts:
//   - One process at a time: Open takes an exclusive lock on
//     DIR/.suchi.lock (flock, released by the kernel when the process
//     ends, however it ends) and fails with a message naming the other
//     process's pid when another run holds it.
//   - Temporary files (`*.tmp.PID`) that a dead process left behind are
//     removed by Open; a live process's are left alone.
//   - Commit renames the staged files in the order they were staged. A
//     file not staged in this run is left as it is, except the names given
//     to Commit's `remove`, which are deleted (a stale error list, say).
//   - Destroying an OutputDir without Commit drops the staged files.
// The claim store (DIR/suchi.db) is not a staged file: it has its own
// transactions, one per article.
#ifndef SUCHI_OUTDIR_H_
#define SUCHI_OUTDIR_H_

#include <memory>
#include <string>
#include <vector>

#include "sinks.h"
#include "status.h"

namespace suchi {

class OutputDir {
 public:
  // Creates `dir` when needed, locks it and removes dead processes'
  // temporary files. Errors name the directory (and the lock holder).
  static Result<std::unique_ptr<OutputDir>> Open(const std::string& dir);
  ~OutputDir();
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  const std::string& dir() const { return dir_; }
  // Returns the path of file `name` in the directory.
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }

  // Opens file `name` for writing under a temporary name. The file stays
  // owned by the directory; it is renamed into place by Commit.
  Result<AtomicFile*> Stage(const std::string& name);
  // Stages file `name` with the whole of `content`.
  Status Put(const std::string& name, const std::string& content);

  // Closes every staged file (write errors are reported here, before any
  // rename), then renames them into place and deletes `remove`.
  Status Commit(const std::vector<std::string>& remove = {});

  // Removes temporary files of dead processes from `dir`; returns how many.
  // Open calls it; exposed for tests.
  static int RemoveStaleTemporaries(const std::string& dir);

 private:
  OutputDir(std::string dir, int lock_fd) : dir_(std::move(dir)), lock_fd_(lock_fd) {}
  std::string dir_;
  int lock_fd_;
  std::vector<std::pair<std::string, std::unique_ptr<AtomicFile>>> staged_;
};

}  // namespace suchi

#endif  // SUCHI_OUTDIR_H_
