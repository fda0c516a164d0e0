// Tests of the input stage: directories, .txt and .jsonl files, stdin,
// meta.jsonl merging, bad JSONL lines, and files that are errors.
#include "input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace suchi {
namespace {

const std::string kData = SUCHI_SOURCE_DIR "/tests/data/text/";
const std::string kSeeds = SUCHI_SOURCE_DIR "/seeds";

// One sink call: "id" for an article, "!message" for an error.
struct Collected {
  std::vector<std::string> calls;
  std::vector<Article> articles;
};

Collected Read(const std::vector<std::string>& paths, Status* status = nullptr,
               const std::string& encoding = "auto") {
  Collected c;
  InputOptions opt;
  opt.encoding = encoding;
  Status s = ReadArticles(paths, opt, [&](Result<Article> a) {
    if (a.ok()) {
      c.calls.push_back(a->id);
      c.articles.push_back(std::move(*a));
    } else {
      c.calls.push_back("!" + a.status().message());
    }
  });
  if (status) *status = s;
  return c;
}

TEST(InputTest, DirectoryOrderMetaAndJsonl) {
  Status st;
  Collected c = Read({kData + "dir"}, &st);
  EXPECT_TRUE(st.ok());
  const std::string j = kData + "dir/c.jsonl";
  EXPECT_EQ(c.calls, (std::vector<std::string>{
                         "a", "b", "c1", "!" + j + ":2: not valid JSON", j + ":3",
                         "!" + j + ":4: record has no string \"body\" or \"text\"", "c5",
                         "!" + j + ":6: not a JSON object", "c8"}));
  ASSERT_EQ(c.articles.size(), 6u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.text, "첫 기사\n\n본문이다.\n");
  EXPECT_EQ(a.source, kData + "dir/a.txt");
  EXPECT_EQ(a.encoding, "UTF-8");
  EXPECT_EQ(a.meta.published, "2024-04-17");
  EXPECT_EQ(a.meta.outlet, "테스트일보");
  EXPECT_EQ(a.meta.url, "https://example.com/a");
  EXPECT_EQ(a.meta.author, "홍길동");
  EXPECT_EQ(c.articles[1].meta.published, "2025-02-09");
  EXPECT_EQ(c.articles[1].meta.outlet, "");
  const Article& c1 = c.articles[2];
  EXPECT_EQ(c1.text, "제목\n\n본문 문장이다.");
  EXPECT_EQ(c1.source, j + ":1");
  EXPECT_EQ(c1.meta.published, "2024-01-01");
  EXPECT_EQ(c1.meta.outlet, "오늘신문");
  EXPECT_EQ(c.articles[3].text, "아이디 없음\n\n본문.");
  EXPECT_EQ(c.articles[4].text, "텍스트 필드가 우선이다.");
  EXPECT_EQ(c.articles[5].text, "제목이 비었다.");
}

// The count ahead (for the progress line) is what a read streams: every
// article and every bad record, no meta.jsonl, no blank line.
TEST(InputTest, CountInputsMatchesWhatIsRead) {
  const std::string dir = kData + "dir";
  EXPECT_EQ(CountInputs({dir}), static_cast<long>(Read({dir}).calls.size()));
  EXPECT_EQ(CountInputs({dir}), 9);
  EXPECT_EQ(CountInputs({kSeeds}), 5);
  EXPECT_EQ(CountInputs({dir + "/a.txt", dir + "/c.jsonl", dir + "/meta.jsonl"}), 8);
  EXPECT_EQ(CountInputs({"/nonexistent/x.txt", kSeeds}), 5);
  EXPECT_EQ(CountInputs({kSeeds, "-"}), std::nullopt);
}

TEST(InputTest, SeedsDirectorySkipsMetaJsonl) {
  Status st;
  Collected c = Read({kSeeds}, &st);
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(c.calls, (std::vector<std::string>{"000_2a1bd2f13118dc1c", "001_d6e61f0fbc19354e",
                                               "002_a3d5ab2f877f95d0", "003_1d5f69aa17b4e350",
                                               "004_8e89a7c764807fff"}));
  ASSERT_EQ(c.articles.size(), 5u);
  EXPECT_EQ(c.articles[3].meta.outlet, "매일경제");
  EXPECT_EQ(c.articles[3].meta.published, "2024-02-18");
  EXPECT_EQ(c.articles[4].meta.author, "조성미");
}

TEST(InputTest, SingleFilesAndErrors) {
  Status st;
  Collected c = Read({kSeeds + "/001_d6e61f0fbc19354e.txt", "/nonexistent/x.txt",
                      kData + "004_cp949.txt", kData + "invalid_utf8.txt", kData + "empty.txt",
                      kData + "binary.png.txt", kSeeds + "/meta.jsonl"},
                     &st);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "/nonexistent/x.txt: no such file or directory");
  EXPECT_EQ(c.calls,
            (std::vector<std::string>{
                "001_d6e61f0fbc19354e", "!/nonexistent/x.txt: no such file or directory",
                "004_cp949", "invalid_utf8", "!" + kData + "empty.txt: empty input",
                "!" + kData + "binary.png.txt: binary data (NUL byte at 8)",
                "!" + kSeeds + "/meta.jsonl: meta.jsonl holds article metadata, not articles"}));
  ASSERT_EQ(c.articles.size(), 3u);
  EXPECT_EQ(c.articles[0].meta.published, "2024-04-17");  // meta.jsonl beside the file
  EXPECT_EQ(c.articles[1].encoding, "CP949");
  EXPECT_EQ(c.articles[2].warnings,
            (std::vector<std::string>{"invalid UTF-8 at byte 41 (replaced)",
                                      "invalid UTF-8 at byte 42 (replaced)"}));
}

TEST(InputTest, Stdin) {
  std::istringstream fake(
      "{\"id\":\"s1\",\"title\":\"T\",\"body\":\"B.\"}\r\n\n{\"body\":\"x\"}\n{oops\n");
  std::streambuf* old = std::cin.rdbuf(fake.rdbuf());
  Collected c = Read({"-"});
  std::cin.rdbuf(old);
  EXPECT_EQ(c.calls, (std::vector<std::string>{"s1", "stdin:3", "!stdin:4: not valid JSON"}));
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].text, "T\n\nB.");
}

TEST(InputTest, JsonLineTable) {
  struct Case {
    std::string line;
    std::string id_or_error;  // "!" prefix for an error
    std::string text;
  };
  const std::vector<Case> cases = {
      {R"({"id":"x","title":"제목","body":"본문"})", "x", "제목\n\n본문"},
      {R"({"id":7,"body":"본문"})", "7", "본문"},
      {R"({"body":"본문"})", "f:1", "본문"},
      {R"({"id":"x","text":"전문","title":"t","body":"b"})", "x", "전문"},
      {R"({"id":"x","body":"  \n "})", "!f:1: empty text", ""},
      {R"({"id":"x","body":5})", "!f:1: record has no string \"body\" or \"text\"", ""},
      {R"("just a string")", "!f:1: not a JSON object", ""},
      {R"({"id":"x","body":"a")", "!f:1: not valid JSON", ""},
      // A CP949-encoded line is decoded before parsing: {"body":"한국"}.
      {"{\"id\":\"k\",\"body\":\"\xC7\xD1\xB1\xB9\"}", "k", "한국"},
      // Former bugs.
      // A record's "encoding" is reported as given.
      {R"({"id":"e","body":"b","encoding":"EUC-KR"})", "e", "b"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    Result<Article> a = ArticleFromJsonLine(c.line, "f:1", {});
    if (c.id_or_error[0] == '!') {
      ASSERT_FALSE(a.ok());
      EXPECT_EQ("!" + a.status().message(), c.id_or_error);
    } else {
      ASSERT_TRUE(a.ok()) << a.status().message();
      EXPECT_EQ(a->id, c.id_or_error);
      EXPECT_EQ(a->text, c.text);
      EXPECT_EQ(a->source, "f:1");
    }
  }
  EXPECT_EQ(ArticleFromJsonLine(R"({"id":"e","body":"b","encoding":"EUC-KR"})", "f:1", {})->encoding,
            "EUC-KR");
}

// Pending inputs: nothing is read or decoded until an input is called; the
// calls may come later, on other threads and in any order, and give what
// ReadArticles gives in input order. A file removed between listing and
// reading is an error naming it.
TEST(InputTest, PendingInputsReadWhenCalled) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(testing::TempDir()) / "suchi_pending";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "제목\n\n본문 1이다.\n";
  std::ofstream(dir / "b.txt") << "제목 b\n\n본문 2이다.\n";
  std::vector<PendingArticle> pending;
  Status st = ReadPendingArticles({dir.string()}, {},
                                  [&](PendingArticle p) { pending.push_back(std::move(p)); });
  ASSERT_TRUE(st.ok());
  ASSERT_EQ(pending.size(), 2u);
  fs::remove(dir / "a.txt");  // listed, not yet read
  Result<Article> b = pending[1]();
  Result<Article> a = pending[0]();
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(b->id, "b");
  EXPECT_EQ(b->text, "제목 b\n\n본문 2이다.\n");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message().rfind((dir / "a.txt").string() + ": cannot open: ", 0), 0u)
      << a.status().message();
  fs::remove_all(dir);
}

TEST(InputTest, TooLargeTxtIsRefused) {
  std::filesystem::path p = std::filesystem::path(testing::TempDir()) / "suchi_big.txt";
  { std::ofstream(p) << "x"; }
  std::filesystem::resize_file(p, (64ull << 20) + 1);  // sparse: no real I/O
  Collected c = Read({p.string()});
  std::filesystem::remove(p);
  ASSERT_EQ(c.calls.size(), 1u);
  EXPECT_EQ(c.calls[0], "!" + p.string() + ": file too large (67108865 bytes; the limit is 64 MiB per article)");
}

}  // namespace
}  // namespace suchi
