// Test helper: a path for a new, empty claim store in the test's temporary
// folder (TEST_TMPDIR/<suite>_<pid>/<name>.db), with any store and SQLite
// journal files of an earlier run at that path removed. Shared by the
// store, import and review tests.
#ifndef SUCHI_TESTS_FRESH_DB_H_
#define SUCHI_TESTS_FRESH_DB_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace suchi {

inline std::string FreshDb(const std::string& suite, const std::string& name) {
  std::string dir = testing::TempDir() + "/" + suite + "_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  std::string path = dir + "/" + name + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

}  // namespace suchi

#endif  // SUCHI_TESTS_FRESH_DB_H_
