// The fault set: what a user's scripts meet around a batch (concurrent
// runs, failed reruns, killed processes, a full disk, huge records, bad
// settings, forged ids), each run on the real `suchi` binary. Every case
// asserts the exit code, the message, and that no result was lost: the
// good articles' claims are there, and a failed run leaves the previous
// output directory byte for byte.
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "cli_run.h"
#include "period.h"
#include "store.h"

namespace {

namespace fs = std::filesystem;

using suchi::testing_cli::CmdResult;
using suchi::testing_cli::kGood;
using suchi::testing_cli::kSource;
using suchi::testing_cli::kSuchi;
using suchi::testing_cli::ReadFile;

// Returns `n` JSONL records with ids PREFIX0.. and `body`, its "{}" the
// record's number from 1: a batch big enough to outlast a signal or a disk.
std::string Records(int n, const std::string& prefix, const std::string& body) {
  std::string out;
  std::size_t hole = body.find("{}");
  for (int i = 0; i < n; ++i)
    out += "{\"id\":\"" + prefix + std::to_string(i) + "\",\"title\":\"t\",\"body\":\"" +
           body.substr(0, hole) + std::to_string(i + 1) + body.substr(hole + 2) + "\"}\n";
  return out;
}

int Count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (std::size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

// Every file of a directory (not the lock) with its bytes.
std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename() != ".suchi.lock") files[e.path().filename()] = ReadFile(e.path());
  return files;
}

class FaultsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("suchi_faults_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    Write("in/good1.txt", kGood);
    Write("in/good2.txt", kGood);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& content) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  std::string P(const std::string& name) const { return (dir_ / name).string(); }

  // Runs `suchi ARGS` through sh (so ARGS may hold shell syntax); `prefix`
  // runs before it in the same shell (ulimit, trap).
  CmdResult Suchi(const std::string& args, const std::string& prefix = "",
                  const std::string& rules = "", const std::string& in = "/dev/null") {
    std::string cmd = prefix + " " + kSuchi + " --rules " + (rules.empty() ? kSource + "/rules" : rules) +
                      " " + args + " <" + in;
    return suchi::testing_cli::RunShell("sh -c '" + cmd + "'");
  }

  // A good run into OUT; returns its files.
  std::map<std::string, std::string> GoodRun(const std::string& out) {
    CmdResult r = Suchi("run -q " + P("in") + " --out " + P(out));
    EXPECT_EQ(r.rc, 0) << r.err;
    return Snapshot(dir_ / out);
  }

  fs::path dir_;
};

// ---- a failed rerun never replaces a good out/ ----

struct FailedRerun {
  const char* name;
  std::string args;    // after "run", with OUT appended
  std::string prefix;  // shell set-up before the command
  const char* message;
};

TEST_F(FaultsTest, FailedRerunLeavesTheLastGoodOutputByteIdentical) {
  Write("big.jsonl", Records(3000, "b", "지난해 수출은 {}억 달러를 넘었다. 실업률은 3.2%였다."));
  const FailedRerun cases[] = {
      {"wrong input path", "missing_dir", "", "no article was read"},
      {"two wrong paths", "missing1 missing2", "", "2 errors"},
      // RLIMIT_FSIZE makes every write past 256 KiB fail as a full disk would.
      {"full disk", P("big.jsonl"), "trap \"\" XFSZ; ulimit -f 256;", "stopping the batch"},
      {"unknown encoding", P("in") + " --encoding latin1", "", "unknown encoding 'latin1'"},
  };
  for (const FailedRerun& c : cases) {
    SCOPED_TRACE(c.name);
    fs::remove_all(dir_ / "out");
    std::map<std::string, std::string> before = GoodRun("out");
    ASSERT_TRUE(before.count("claims.jsonl"));
    CmdResult r = Suchi("run " + c.args + " --out " + P("out"), c.prefix);
    EXPECT_EQ(r.rc, 2) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    // One message for a systemic failure, not one per article.
    EXPECT_LE(Count(r.err, "suchi: error:"), 3) << r.err;
    std::map<std::string, std::string> after = Snapshot(dir_ / "out");
    if (std::string(c.name) == "full disk") {  // the store took what fit; the files are the old ones
      before.erase("suchi.db"), after.erase("suchi.db"), after.erase("suchi.db-wal"), after.erase("suchi.db-shm");
      before.erase("suchi.db-wal"), before.erase("suchi.db-shm");
    }
    EXPECT_EQ(after, before);
  }
}

TEST_F(FaultsTest, InputErrorsKeepTheOthersResultsNextToAnErrorList) {
  CmdResult r = Suchi("run " + P("in") + " " + P("missing") + " --out " + P("out"));
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("1 errors"), std::string::npos) << r.err;
  std::string claims = ReadFile(dir_ / "out/claims.jsonl");
  EXPECT_NE(claims.find("\"article\":\"good1\""), std::string::npos);
  EXPECT_NE(claims.find("\"article\":\"good2\""), std::string::npos);
  EXPECT_NE(ReadFile(dir_ / "out/errors.jsonl").find("missing: no such file or directory"),
            std::string::npos);
  // A clean rerun removes the stale error list.
  EXPECT_EQ(Suchi("run -q " + P("in") + " --out " + P("out")).rc, 0);
  EXPECT_FALSE(fs::exists(dir_ / "out/errors.jsonl"));
}

// ---- one process per output directory; stale files of dead ones go ----

TEST_F(FaultsTest, ASecondRunOnTheSameOutIsRefusedNamingTheFirst) {
  std::map<std::string, std::string> before = GoodRun("out");
  int fd = ::open(P("out/.suchi.lock").c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  std::string pid = std::to_string(::getpid()) + "\n";
  ASSERT_EQ(::ftruncate(fd, 0), 0);
  ASSERT_EQ(::pwrite(fd, pid.data(), pid.size(), 0), static_cast<ssize_t>(pid.size()));
  CmdResult r = Suchi("run " + P("in") + " --out " + P("out"));
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("another suchi run (pid " + std::to_string(::getpid()) + ")"),
            std::string::npos) << r.err;
  EXPECT_EQ(Snapshot(dir_ / "out"), before);
  ::close(fd);  // the lock goes with it
  EXPECT_EQ(Suchi("run -q " + P("in") + " --out " + P("out")).rc, 0);
}

TEST_F(FaultsTest, TemporariesOfDeadProcessesAreRemovedAtStart) {
  GoodRun("out");
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // a pid that no longer runs
  Write("out/claims.jsonl.tmp." + std::to_string(child), "half a file");
  Write("out/report.html.tmp." + std::to_string(::getpid()), "a live process's");
  EXPECT_EQ(Suchi("run -q " + P("in") + " --out " + P("out")).rc, 0);
  EXPECT_FALSE(fs::exists(dir_ / ("out/claims.jsonl.tmp." + std::to_string(child))));
  EXPECT_TRUE(fs::exists(dir_ / ("out/report.html.tmp." + std::to_string(::getpid()))));
}

TEST_F(FaultsTest, KillNineLeavesNoStaleFileAfterTheNextRun) {
  Write("big.jsonl", Records(20000, "k", "올해 수입은 {}억 달러로 5% 줄었다."));
  for (int delay_ms : {50, 200}) {
    SCOPED_TRACE(delay_ms);
    pid_t child = ::fork();
    if (child == 0) {
      ::execl(kSuchi.c_str(), kSuchi.c_str(), "--rules", (kSource + "/rules").c_str(), "run", "-q",
              "-j", "1", P("big.jsonl").c_str(), "--out", P("out").c_str(), nullptr);
      ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    EXPECT_EQ(Suchi("run -q " + P("in") + " --out " + P("out")).rc, 0);
    for (const auto& e : fs::directory_iterator(dir_ / "out"))
      EXPECT_EQ(e.path().filename().string().find(".tmp."), std::string::npos) << e.path();
  }
}

// ---- two processes create one store at once ----

TEST_F(FaultsTest, TwoProcessesCreateOneStoreAtOnce) {
  Write("other/a.txt", kGood);
  Write("other/b.txt", kGood);
  for (int round = 0; round < 10; ++round) {
    SCOPED_TRACE(round);
    for (const char* f : {"db.sqlite", "db.sqlite-wal", "db.sqlite-shm"}) fs::remove(dir_ / f);
    auto start = [&](const std::string& in, const std::string& out) {
      pid_t pid = ::fork();
      if (pid == 0) {
        int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 2);
        ::execl(kSuchi.c_str(), kSuchi.c_str(), "--rules", (kSource + "/rules").c_str(), "run", "-q",
                P(in).c_str(), "--out", P(out).c_str(), "--db", P("db.sqlite").c_str(), nullptr);
        ::_exit(127);
      }
      return pid;
    };
    pid_t a = start("in", "out_a"), b = start("other", "out_b");
    int sa = 0, sb = 0;
    ::waitpid(a, &sa, 0);
    ::waitpid(b, &sb, 0);
    EXPECT_EQ(WEXITSTATUS(sa), 0);
    EXPECT_EQ(WEXITSTATUS(sb), 0);
    auto store = suchi::ClaimStore::Open(P("db.sqlite"));
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ(*(*store)->ArticlesWithClaimsCount(), 4);
  }
}

// ---- bad settings: one message before any input is read ----

struct BadSetting {
  const char* name;
  std::string args;
  const char* message;
  int max_errors;  // "suchi: error:" lines at most
};

TEST_F(FaultsTest, BadSettingsStopOnceBeforeAnyInput) {
  for (int i = 0; i < 50; ++i) Write("in/more" + std::to_string(i) + ".txt", kGood);
  fs::path rules = dir_ / "rules";
  fs::copy(kSource + "/rules", rules, fs::copy_options::recursive);
  std::ofstream(rules / "metrics.tsv", std::ios::trunc) << "# emptied by mistake\n";
  const BadSetting cases[] = {
      {"unknown encoding", "extract " + P("in") + " --encoding latin1", "unknown encoding 'latin1'", 1},
      {"too many jobs", "extract " + P("in") + " -j 100000", "not in range", 0},
      {"no jobs", "extract " + P("in") + " -j 0", "not in range", 0},
      {"unknown command", "frobnicate", "", 0},
  };
  for (const BadSetting& c : cases) {
    SCOPED_TRACE(c.name);
    CmdResult r = Suchi(c.args);
    EXPECT_EQ(r.rc, 2) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_LE(Count(r.err, "suchi: error:"), c.max_errors) << r.err;
    EXPECT_EQ(r.out, "");
  }
  CmdResult r = Suchi("extract " + P("in"), "", rules.string());
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("metrics.tsv: no rules"), std::string::npos) << r.err;
}

// ---- inputs: each bad one named, counted once, the others complete ----

struct BadInput {
  const char* name;
  const char* file;
  std::string content;  // "" with a symlink loop
  int rc;
  const char* message;
};

TEST_F(FaultsTest, EachBadInputIsNamedOnceAndTheOthersComplete) {
  std::string utf16le;
  for (char16_t u : std::u16string(u"수출\n\n지난해 수출은 6000억 달러를 넘었다.\n")) {
    utf16le += static_cast<char>(u & 0xFF);
    utf16le += static_cast<char>(u >> 8);
  }
  const BadInput cases[] = {
      {"id true", "ids.jsonl", "{\"id\":true,\"body\":\"수출이 10% 늘었다.\"}\n", 2,
       "ids.jsonl:1: \"id\" must be a non-empty string or a number"},
      {"id array", "ids.jsonl", "{\"id\":[1],\"body\":\"수출이 10% 늘었다.\"}\n", 2, "ids.jsonl:1: \"id\""},
      {"id empty", "ids.jsonl", "{\"id\":\"\",\"body\":\"수출이 10% 늘었다.\"}\n", 2, "ids.jsonl:1: \"id\""},
      {"symlink loop", "loop.txt", "", 2, "loop.txt: symlink loop"},
      {"UTF-16LE without BOM", "utf16.txt", utf16le, 0, "no byte order mark: read as UTF-16LE"},
  };
  for (const BadInput& c : cases) {
    SCOPED_TRACE(c.name);
    if (c.content.empty()) fs::create_symlink(P(std::string("in/") + c.file), P(std::string("in/") + c.file));
    else Write(std::string("in/") + c.file, c.content);
    CmdResult r = Suchi("extract " + P("in"));
    EXPECT_EQ(r.rc, c.rc) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_EQ(Count(r.err, "suchi: error:"), c.rc == 0 ? 0 : 1) << r.err;
    EXPECT_NE(r.out.find("\"article\":\"good1\""), std::string::npos);
    EXPECT_NE(r.out.find("\"article\":\"good2\""), std::string::npos);
    fs::remove(P(std::string("in/") + c.file));
  }
}

TEST_F(FaultsTest, UTF16WithoutBomIsRead) {
  std::string utf16le;
  for (char16_t u : std::u16string(u"수출\n\n지난해 수출은 6000억 달러를 넘었다.\n")) {
    utf16le += static_cast<char>(u & 0xFF);
    utf16le += static_cast<char>(u >> 8);
  }
  Write("u.txt", utf16le);
  CmdResult r = Suchi("extract " + P("u.txt"));
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("\"value\":600000000000"), std::string::npos) << r.out;
}

TEST_F(FaultsTest, ErrorCountsAreExact) {
  const std::pair<std::string, const char*> cases[] = {
      {P("missing"), "1 errors"},
      {P("missing") + " " + P("missing2"), "2 errors"},
  };
  for (const auto& [paths, count] : cases) {
    CmdResult r = Suchi("extract " + P("in") + " " + paths);
    EXPECT_EQ(r.rc, 2);
    EXPECT_NE(r.err.find(count), std::string::npos) << r.err;
  }
}

TEST_F(FaultsTest, OversizedJsonlRecordIsRefusedWithoutHoldingIt) {
  {
    std::ofstream f(dir_ / "huge.jsonl", std::ios::binary);
    f << "{\"id\":\"ok1\",\"title\":\"t\",\"body\":\"수출이 10% 늘었다.\"}\n";
    f << "{\"id\":\"huge\",\"body\":\"";
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 65; ++i) f << chunk;
    f << "\"}\n";
    f << "{\"id\":\"ok3\",\"title\":\"t\",\"body\":\"수입이 5% 줄었다.\"}\n";
  }
  for (const std::string& how : {P("huge.jsonl"), std::string("-")}) {
    SCOPED_TRACE(how);
    CmdResult r = Suchi("extract " + how, "", "", P("huge.jsonl"));
    EXPECT_EQ(r.rc, 2);
    EXPECT_NE(r.err.find(":2: record too large (681574"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("bytes; the limit is 64 MiB per article)"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("\"article\":\"ok1\""), std::string::npos);
    EXPECT_NE(r.out.find("\"article\":\"ok3\""), std::string::npos);
  }
}

TEST_F(FaultsTest, FallbackIdsUseThePathGiven) {
  Write("a/x.jsonl", "{\"title\":\"t\",\"body\":\"수출이 10% 늘었다.\"}\n");
  Write("b/x.jsonl", "{\"title\":\"t\",\"body\":\"수출이 10% 늘었다.\"}\n");
  CmdResult r = Suchi("extract " + P("a/x.jsonl") + " " + P("b/x.jsonl"));
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("\"article\":\"" + P("a/x.jsonl") + ":1\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"article\":\"" + P("b/x.jsonl") + ":1\""), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find("duplicate article id"), std::string::npos) << r.err;
}

// ---- keys cannot be forged ----

TEST(KeyTest, NoArticleIdOrWordSpellsAnotherKey) {
  suchi::PeriodMention half;  // "올해 상반기" in article x, no publication date
  half.resolved = false;
  half.period.text = "올해";
  half.sub = "H1";
  suchi::PeriodMention year = half;  // "올해" in article "x.H1"
  year.sub = "";
  EXPECT_NE(suchi::MentionKey(half, "x"), suchi::MentionKey(year, "x.H1"));
  suchi::PeriodMention slash = year;  // a word with '/' must not split the key
  slash.period.text = "3/4분기";
  EXPECT_EQ(suchi::MentionKey(slash, "a/b").find('/'), std::string::npos);
}

}  // namespace
