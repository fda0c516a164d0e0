// The output directory as one transaction (see outdir.h): a flock'ed lock
// file, staged files under temporary names, renames on Commit.
#include "outdir.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace suchi {
namespace {

namespace fs = std::filesystem;

constexpr const char* kLockFile = ".suchi.lock";

// Returns the pid of a temporary file name `NAME.tmp.PID`, or -1.
long TemporaryPid(const std::string& name) {
  std::size_t dot = name.rfind(".tmp.");
  if (dot == std::string::npos || dot + 5 >= name.size()) return -1;
  long pid = 0;
  for (std::size_t i = dot + 5; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || pid > (1L << 40)) return -1;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid;
}

// Returns the pid written in the lock file, or "" when it cannot be read.
std::string LockHolder(int fd) {
  char buf[32] = {};
  ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return "";
  std::string s(buf, static_cast<std::size_t>(n));
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

int OutputDir::RemoveStaleTemporaries(const std::string& dir) {
  int removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    long pid = TemporaryPid(it->path().filename().string());
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive
    std::error_code rm;
    if (fs::remove(it->path(), rm)) ++removed;
  }
  return removed;
}

Result<std::unique_ptr<OutputDir>> OutputDir::Open(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    return Status::Error(dir + ": cannot create output directory" +
                         (ec ? " (" + ec.message() + ")" : ""));
  std::string lock = dir + "/" + kLockFile;
  int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return Status::Error(dir + ": cannot write here (" + std::strerror(errno) + ")");
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    std::string holder = LockHolder(fd);
    ::close(fd);
    return Status::Error(dir + ": another suchi run" + (holder.empty() ? "" : " (pid " + holder + ")") +
                         " is writing this output directory; wait for it or give another --out");
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The lock holds without the pid: only the message of a second run is poorer.
  }
  RemoveStaleTemporaries(dir);
  return std::unique_ptr<OutputDir>(new OutputDir(dir, fd));
}

OutputDir::~OutputDir() {
  staged_.clear();  // uncommitted files remove their temporaries
  ::close(lock_fd_);
}

Result<AtomicFile*> OutputDir::Stage(const std::string& name) {
  Result<std::unique_ptr<AtomicFile>> f = AtomicFile::Create(Path(name));
  if (!f.ok()) return f.status();
  staged_.emplace_back(name, std::move(f.value()));
  return staged_.back().second.get();
}

Status OutputDir::Put(const std::string& name, const std::string& content) {
  Result<AtomicFile*> f = Stage(name);
  if (!f.ok()) return f.status();
  (*f)->out() << content;
  return Status();
}

Status OutputDir::Commit(const std::vector<std::string>& remove) {
  for (auto& [name, file] : staged_)
    if (Status s = file->Close(); !s.ok()) return s;
  for (auto& [name, file] : staged_)
    if (Status s = file->Commit(); !s.ok()) return s;
  staged_.clear();
  for (const std::string& name : remove) {
    std::error_code ec;
    fs::remove(Path(name), ec);
  }
  return Status();
}

}  // namespace suchi
