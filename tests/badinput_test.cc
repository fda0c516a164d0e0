// The bad-input set: each bad input gives a clear message naming it, no
// crash, a non-zero exit where it matters, and the other articles' results
// stay complete. Runs the real `suchi` binary on generated files.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "cli_run.h"

namespace {

namespace fs = std::filesystem;

using suchi::testing_cli::CmdResult;
using suchi::testing_cli::kGood;
using suchi::testing_cli::kSource;
using suchi::testing_cli::kSuchi;
using suchi::testing_cli::ReadFile;

CmdResult Suchi(const std::string& args, const std::string& stdin_file = "/dev/null") {
  return suchi::testing_cli::RunShell(kSuchi + " --rules " + kSource + "/rules " + args + " <" +
                                      stdin_file);
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("suchi_bad_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("good1.txt", kGood);
    Write("zgood2.txt", kGood);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  // Both good articles produced claims.
  void ExpectGoodResults(const std::string& claims) {
    EXPECT_NE(claims.find("\"article\":\"good1\""), std::string::npos) << claims;
    EXPECT_NE(claims.find("\"article\":\"zgood2\""), std::string::npos) << claims;
  }
  fs::path dir_;
};

struct BadFile {
  const char* name;
  std::string content;
  int exit_code;        // expected exit of `suchi extract DIR`
  const char* message;  // expected in stderr
};

TEST_F(BadInputTest, EachBadFileIsNamedAndTheOthersComplete) {
  const BadFile cases[] = {
      {"empty.txt", "", 2, "empty.txt"},
      {"spaces.txt", "  \n\n \n", 2, "spaces.txt"},
      {"binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16), 2, "binary.txt"},
      {"nul.txt", std::string("제목\n\n본문에 NUL") + '\0' + " 바이트가 있다 10%.", 2, "nul.txt"},
      {"invalid_utf8.txt", "제목\n\n수출이 \xff\xfe 10% 늘었다.\n", 0, "invalid_utf8: invalid UTF-8 at byte"},
      {"bom.txt", "\xEF\xBB\xBF" "제목\n\n수출이 10% 늘었다.\n", 0, ""},
      // "수출이 10% 늘었다." in CP949, no declaration.
      {"cp949.txt", "\xbc\xf6\xc3\xe2\xc0\xcc 10% \xb4\xc3\xbe\xfa\xb4\xd9.\n", 0, ""},
  };
  for (const BadFile& c : cases) {
    SCOPED_TRACE(c.name);
    Write(c.name, c.content);
    CmdResult r = Suchi("extract " + dir_.string());  // not -q: it silences the warnings
    EXPECT_EQ(r.rc, c.exit_code) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    ExpectGoodResults(r.out);
    fs::remove(dir_ / c.name);
  }
}

TEST_F(BadInputTest, Cp949WithoutDeclarationIsDecoded) {
  Write("cp949.txt", "\xbc\xf6\xc3\xe2\xc0\xcc 10% \xb4\xc3\xbe\xfa\xb4\xd9.\n");
  CmdResult r = Suchi("extract -q " + (dir_ / "cp949.txt").string());
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("\"value\":10"), std::string::npos) << r.out;
}

TEST_F(BadInputTest, HundredMegabyteLineIsRefusedClearly) {
  {
    std::ofstream big(dir_ / "huge.txt", std::ios::binary);
    std::string chunk(1 << 20, '9');
    for (int i = 0; i < 100; ++i) big << chunk;
  }
  CmdResult r = Suchi("extract -q " + dir_.string());
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("huge.txt"), std::string::npos) << r.err.substr(0, 500);
  ExpectGoodResults(r.out);
}

TEST_F(BadInputTest, JsonlLineThatIsNotJsonIsNamedByLine) {
  Write("batch.jsonl",
        "{\"id\":\"j1\",\"title\":\"t\",\"body\":\"수출이 10% 늘었다.\"}\n"
        "this is not json\n"
        "{\"id\":\"j3\",\"title\":\"t\",\"body\":\"수입이 5% 줄었다.\"}\n");
  CmdResult r = Suchi("extract -q " + (dir_ / "batch.jsonl").string());
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("batch.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"article\":\"j1\""), std::string::npos);
  EXPECT_NE(r.out.find("\"article\":\"j3\""), std::string::npos);
}

TEST_F(BadInputTest, StdinJsonlWorksAsAFilter) {
  Write("in.jsonl", "{\"id\":\"s1\",\"title\":\"t\",\"body\":\"인구는 5000만명이다.\"}\n");
  CmdResult r = Suchi("extract -q -", (dir_ / "in.jsonl").string());
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("\"value\":50000000"), std::string::npos) << r.out;
}

struct BadRule {
  const char* name;
  const char* file;      // relative to rules/
  const char* appended;  // line appended to it
};

TEST_F(BadInputTest, BrokenRuleFilesNameFileAndLine) {
  const BadRule cases[] = {
      {"broken regex", "chrome.tsv", "broken_rx\tline\t-\t-\t(unclosed\tbad\n"},
      {"duplicate id", "exchange_rates.tsv", "USD\t2024\t1300\n"},
  };
  for (const BadRule& c : cases) {
    SCOPED_TRACE(c.name);
    fs::path rules = dir_ / "rules";
    fs::remove_all(rules);
    fs::copy(kSource + "/rules", rules, fs::copy_options::recursive);
    std::ofstream(rules / c.file, std::ios::app) << c.appended;
    std::string cmd = kSuchi + " --rules " + rules.string() + " extract " + dir_.string() +
                      " >/dev/null 2>" + (dir_ / "err").string();
    int rc = std::system(cmd.c_str());
    EXPECT_EQ(WEXITSTATUS(rc), 2);
    std::string err = ReadFile(dir_ / "err");
    EXPECT_NE(err.find(std::string(c.file) + ":"), std::string::npos) << err;
  }
}

TEST_F(BadInputTest, QuietSilencesWarningsNotErrors) {
  fs::create_directories(dir_ / "sub");
  Write("sub/good1.txt", kGood);  // the same id twice: a warning
  CmdResult r = Suchi("extract -q " + dir_.string() + " " + (dir_ / "sub").string() + " " +
                      (dir_ / "missing").string());
  EXPECT_EQ(r.rc, 2);
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing: no such file or directory"), std::string::npos) << r.err;
  r = Suchi("extract " + dir_.string() + " " + (dir_ / "sub").string());
  EXPECT_NE(r.err.find("duplicate article id"), std::string::npos) << r.err;
}

TEST_F(BadInputTest, VersionAndUsageErrorsExitLikeOtherTools) {
  CmdResult v = Suchi("--version");
  EXPECT_EQ(v.rc, 0);
  EXPECT_EQ(v.out.rfind("suchi ", 0), 0u) << v.out;
  for (const char* args : {"frobnicate", "run --bogus x", "extract -j abc x", "run"}) {
    SCOPED_TRACE(args);
    EXPECT_EQ(Suchi(args).rc, 2);
  }
}

// A global option is read after the subcommand too, and means the same.
TEST_F(BadInputTest, GlobalOptionsAfterTheSubcommand) {
  Write("a.txt", "제목\n\n매출은 3조원이다.\n");
  auto run = [&](const std::string& args) {
    return suchi::testing_cli::RunShell(kSuchi + " " + args + " </dev/null");
  };
  std::string a = (dir_ / "a.txt").string(), rules = kSource + "/rules";
  CmdResult before = run("--rules " + rules + " extract -q " + a);
  CmdResult after = run("extract -q " + a + " --rules " + rules);
  EXPECT_EQ(after.rc, 0) << after.err;
  EXPECT_EQ(after.out, before.out);
  EXPECT_NE(after.out.find("3조원"), std::string::npos);
  CmdResult missing = run("extract -q " + a + " --rules " + (dir_ / "none").string());
  EXPECT_EQ(missing.rc, 2);
  EXPECT_NE(missing.err.find("none"), std::string::npos) << missing.err;
}

TEST_F(BadInputTest, UnwritableOutIsAnError) {
  Write("blocker", "not a directory");
  CmdResult r = Suchi("run -q " + dir_.string() + " --out " + (dir_ / "blocker" / "out").string());
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("blocker"), std::string::npos) << r.err;
}

// The inputs a corpus is given as: folders read recursively, ids from
// relative paths, --id-prefix, duplicate ids naming both files, untitled
// records and bad dates. Run through the CLI, as a user does.
struct InputCase {
  const char* name;
  std::vector<std::pair<std::string, std::string>> files;  // relative path, content
  std::string args;                                          // DIR stands for the test dir
  int exit_code;
  std::vector<std::string> in_out, in_err, not_in_err;      // DIR replaced too
};

std::string WithDir(std::string s, const std::string& dir) {
  for (std::size_t at; (at = s.find("DIR")) != std::string::npos;) s.replace(at, 3, dir);
  return s;
}

TEST_F(BadInputTest, CorpusInputsTable) {
  const std::string untitled = "{\"id\":\"u1\",\"body\":\"지난해 수출은 6000억 달러를 넘었다.\"}\n";
  const InputCase cases[] = {
      {"same file names in two folders: unique ids, no duplicate warning",
       {{"n1/00001.txt", kGood}, {"n2/00001.txt", kGood}},
       "extract DIR/n1/.. ",
       0,
       {"\"article\":\"n1/00001\"", "\"article\":\"n2/00001\"", "\"article\":\"good1\""},
       {"4 articles"},
       {"duplicate"}},
      {"a duplicate id names both files",
       {{"n1/good1.txt", kGood}},
       "extract DIR/good1.txt DIR/n1/good1.txt",
       0,
       {"\"article\":\"good1\""},
       {"duplicate article id: DIR/n1/good1.txt has the id of DIR/good1.txt"},
       {}},
      {"--id-prefix, after the subcommand",
       {{"n1/00001.txt", kGood}},
       "extract --id-prefix web/ DIR",
       0,
       {"\"article\":\"web/n1/00001\"", "\"article\":\"web/good1\"", "\"id\":\"web/good1#"},
       {},
       {"duplicate"}},
      {"a record without a title has no headline",
       {{"u.jsonl", untitled}},
       "extract DIR/u.jsonl",
       0,
       {"\"article\":\"u1\"", "\"headline\":false", "\"start\":20,"},
       {},
       {}},
      {"a bad published is ignored with a warning naming the article",
       {{"p.jsonl", "{\"id\":\"p1\",\"title\":\"t\",\"body\":\"수출이 10% 늘었다.\",\"published\":\"03/01/2024\"}\n"}},
       "extract DIR/p.jsonl",
       0,
       {"\"article\":\"p1\"", "\"published\":null"},
       {"warning: p1: published \"03/01/2024\" is not YYYY-MM-DD, YYYY-MM or YYYY: ignored"},
       {}},
  };
  for (const InputCase& c : cases) {
    SCOPED_TRACE(c.name);
    for (const auto& [path, content] : c.files) {
      fs::create_directories((dir_ / path).parent_path());
      Write(path, content);
    }
    CmdResult r = Suchi(WithDir(c.args, dir_.string()));
    EXPECT_EQ(r.rc, c.exit_code) << r.err;
    for (const std::string& s : c.in_out) EXPECT_NE(r.out.find(WithDir(s, dir_.string())), std::string::npos) << s << "\n" << r.out;
    for (const std::string& s : c.in_err) EXPECT_NE(r.err.find(WithDir(s, dir_.string())), std::string::npos) << s << "\n" << r.err;
    for (const std::string& s : c.not_in_err) EXPECT_EQ(r.err.find(WithDir(s, dir_.string())), std::string::npos) << s << "\n" << r.err;
    if (std::string(c.name).find("headline") != std::string::npos) {
      EXPECT_EQ(r.out.find("\"headline\":true"), std::string::npos) << r.out;
    }
    for (const auto& [path, content] : c.files) fs::remove_all(dir_ / fs::path(path).begin()->string());
  }
}

}  // namespace
