// Test helper: runs the real `suchi` binary through the shell and returns
// its exit code, stdout and stderr. Shared by the bad-input and fault tests.
#ifndef SUCHI_TESTS_CLI_RUN_H_
#define SUCHI_TESTS_CLI_RUN_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace suchi {
namespace testing_cli {

inline const std::string kSource = SUCHI_SOURCE_DIR;
inline const std::string kSuchi = SUCHI_BINARY;
// An article with two claims, for the inputs that must come out whole.
inline const char kGood[] = "수출 호조\n\n지난해 수출은 6000억 달러를 넘었다. 실업률은 3.2%였다.\n";

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct CmdResult {
  int rc;
  std::string out, err;
};

// Runs shell command `cmd` (without redirections of stdout and stderr).
inline CmdResult RunShell(const std::string& cmd) {
  namespace fs = std::filesystem;
  std::string tag = std::to_string(::getpid());
  fs::path o = fs::temp_directory_path() / ("suchi_cli_out_" + tag);
  fs::path e = fs::temp_directory_path() / ("suchi_cli_err_" + tag);
  int rc = std::system((cmd + " >" + o.string() + " 2>" + e.string()).c_str());
  CmdResult r{WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, ReadFile(o), ReadFile(e)};
  fs::remove(o);
  fs::remove(e);
  return r;
}

}  // namespace testing_cli
}  // namespace suchi

#endif  // SUCHI_TESTS_CLI_RUN_H_
