// Tests of the input stage: directories (recursive, ids from relative
// paths), .txt and .jsonl files, stdin, meta.jsonl merging, --id-prefix,
// `published` validation, untitled records, bad JSONL lines, and files that
// are errors.
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
    bool has_title;  // the text's first line is its title (a headline)
  };
  const std::vector<Case> cases = {
      {R"({"id":"x","title":"제목","body":"본문"})", "x", "제목\n\n본문", true},
      {R"({"id":7,"body":"본문"})", "7", "본문", false},
      {R"({"body":"본문"})", "f:1", "본문", false},
      {R"({"id":"x","text":"전문","title":"t","body":"b"})", "x", "전문", true},
      {R"({"id":"x","body":"  \n "})", "!f:1: empty text", "", true},
      {R"({"id":"x","body":5})", "!f:1: record has no string \"body\" or \"text\"", "", true},
      {R"("just a string")", "!f:1: not a JSON object", "", true},
      {R"({"id":"x","body":"a")", "!f:1: not valid JSON", "", true},
      // A CP949-encoded line is decoded before parsing: {"body":"한국"}.
      {"{\"id\":\"k\",\"body\":\"\xC7\xD1\xB1\xB9\"}", "k", "한국", false},
      // Former bugs.
      // A record's "encoding" is reported as given.
      {R"({"id":"e","body":"b","encoding":"EUC-KR"})", "e", "b", false},
      // A record without a title, or with a blank one, has no headline: its
      // text is the body alone (offsets count from the body's first byte).
      {R"({"id":"n","title":"","body":"첫 문단이다.\n\n둘째 문단."})", "n", "첫 문단이다.\n\n둘째 문단.", false},
      {R"({"id":"n","title":"  ","body":"본문"})", "n", "본문", false},
      {R"({"id":"n","title":null,"body":"본문"})", "n", "본문", false},
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
      EXPECT_EQ(a->has_title, c.has_title);
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

// ---- trees: recursive reading, ids from relative paths, meta per folder ----

namespace fs = std::filesystem;

struct TreeFile {
  std::string path;  // relative to the tree's root
  std::string content;
};

// Makes a fresh tree under the test temp dir; returns its root.
fs::path MakeTree(const std::string& name, const std::vector<TreeFile>& files) {
  fs::path root = fs::path(testing::TempDir()) / ("suchi_tree_" + name);
  fs::remove_all(root);
  fs::create_directories(root);
  for (const TreeFile& f : files) {
    fs::create_directories((root / f.path).parent_path());
    std::ofstream(root / f.path, std::ios::binary) << f.content;
  }
  return root;
}

const std::string kBody = "제목\n\n본문이다.\n";

TEST(InputTreeTest, IdsAreRelativePathsAndMetaIsPerFolder) {
  struct Case {
    std::string name;
    std::vector<TreeFile> files;
    std::vector<std::string> calls;      // ids, "!error" (ROOT stands for the root)
    std::vector<std::string> published;  // of each article read, in order
  };
  const std::vector<Case> cases = {
      {"flat",  // a root's own files keep bare ids, as the seeds do
       {{"a.txt", kBody}, {"b.txt", kBody}, {"meta.jsonl", R"({"id":"a","published":"2024-04-17"})"}},
       {"a", "b"},
       {"2024-04-17", ""}},
      // Former bugs.
      // Folders were not read (a corpus of folders read 0 articles, silently),
      // and ids were bare file names, the same in every folder.
      {"nested",  // folders are read where their names sort, depth first
       {{"a.txt", kBody},
        {"n1/00001.txt", kBody},
        {"n1/deep/00001.txt", kBody},
        {"n2/00001.txt", kBody},
        {"z.txt", kBody}},
       {"a", "n1/00001", "n1/deep/00001", "n2/00001", "z"},
       {"", "", "", "", ""}},
      {"meta",  // a folder's meta.jsonl names its own files; the root's does not reach below
       {{"00001.txt", kBody},
        {"meta.jsonl", R"({"id":"00001","published":"2020"})"},
        {"sub/00001.txt", kBody},
        {"sub/meta.jsonl", R"({"id":"00001","published":"2021-05"})"},
        {"sub/other/00001.txt", kBody}},
       {"00001", "sub/00001", "sub/other/00001"},
       {"2020", "2021-05", ""}},
      {"jsonl",  // JSONL in a folder keeps its records' ids; a fallback id is the path given
       {{"sub/x.jsonl", "{\"id\":\"r1\",\"title\":\"t\",\"body\":\"b\"}\n{\"body\":\"b\"}\n"},
        {"sub/notes.md", "not an article"}},
       {"r1", "ROOT/sub/x.jsonl:2"},
       {"", ""}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    fs::path root = MakeTree(c.name, c.files);
    Status st;
    Collected got = Read({root.string()}, &st);
    EXPECT_TRUE(st.ok()) << st.message();
    std::vector<std::string> want;
    for (std::string call : c.calls) {
      if (std::size_t at = call.find("ROOT"); at != std::string::npos) call.replace(at, 4, root.string());
      want.push_back(call);
    }
    EXPECT_EQ(got.calls, want);
    std::vector<std::string> published;
    for (const Article& a : got.articles) published.push_back(a.meta.published);
    EXPECT_EQ(published, c.published);
    EXPECT_EQ(CountInputs({root.string()}), static_cast<long>(got.calls.size()));
    fs::remove_all(root);
  }
}

// Every id of a run gets the prefix: a root's files, a folder's, JSONL ids,
// fallback ids, stdin.
TEST(InputTreeTest, IdPrefixIsPrependedToEveryId) {
  fs::path root = MakeTree("prefix", {{"a.txt", kBody},
                                      {"sub/b.txt", kBody},
                                      {"r.jsonl", "{\"id\":\"j\",\"body\":\"b\"}\n{\"body\":\"b\"}\n"}});
  InputOptions opt;
  opt.id_prefix = "naver/";
  std::vector<std::string> ids;
  auto sink = [&](Result<Article> a) { ids.push_back(a.ok() ? a->id : "!" + a.status().message()); };
  EXPECT_TRUE(ReadArticles({root.string(), (root / "a.txt").string()}, opt, sink).ok());
  std::istringstream fake("{\"body\":\"b\"}\n");
  std::streambuf* old = std::cin.rdbuf(fake.rdbuf());
  ReadArticles({"-"}, opt, sink);
  std::cin.rdbuf(old);
  EXPECT_EQ(ids, (std::vector<std::string>{"naver/a", "naver/j", "naver/" + (root / "r.jsonl").string() + ":2",
                                           "naver/sub/b", "naver/a", "naver/stdin:1"}));
  fs::remove_all(root);
}

// A folder that links back to one being read is reported once; the rest
// of the tree is read once.
TEST(InputTreeTest, SymlinkLoopInATreeIsNamed) {
  fs::path root = MakeTree("loop", {{"a.txt", kBody}, {"sub/b.txt", kBody}});
  fs::create_directory_symlink("..", root / "sub" / "up");
  Status st;
  Collected c = Read({root.string()}, &st);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(c.calls, (std::vector<std::string>{
                         "a", "sub/b", "!" + (root / "sub" / "up").string() +
                                           ": symlink loop (a folder inside itself)"}));
  EXPECT_EQ(CountInputs({root.string()}), 2);
  fs::remove_all(root);
}

// ---- published ----

TEST(InputTest, ValidPublishedTable) {
  struct Case {
    std::string in;
    std::optional<std::string> out;
  };
  const std::vector<Case> cases = {
      {"", ""},
      {"2024-03-01", "2024-03-01"},
      {"2024-03", "2024-03"},
      {"2024", "2024"},
      {"2024-02-29", "2024-02-29"},  // a leap year
      {"2024-03-01T09:30:00+09:00", "2024-03-01"},
      {"2024-03-01 09:30", "2024-03-01"},
      // Former bugs.
      // Any value was kept; the year was then read from its first 4 bytes.
      {"03/01/2024", std::nullopt},
      {"2023-02-29", std::nullopt},
      {"2024-13", std::nullopt},
      {"2024-00-10", std::nullopt},
      {"2024-3-1", std::nullopt},
      {"24-03-01", std::nullopt},
      {"20240301", std::nullopt},
      {"2024-03-01T", std::nullopt},
      {"2024-03-01x", std::nullopt},
      {"0000", std::nullopt},
      {"지난해", std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(ValidPublished(c.in), c.out);
  }
}

// A `published` that is not a date is ignored, with a warning on the
// article naming the value (and the meta.jsonl line it came from).
TEST(InputTest, BadPublishedIsIgnoredWithAWarning) {
  Result<Article> j = ArticleFromJsonLine(R"({"id":"x","body":"b","published":"03/01/2024"})", "f:1", {});
  ASSERT_TRUE(j.ok());
  EXPECT_EQ(j->meta.published, "");
  EXPECT_EQ(j->warnings, (std::vector<std::string>{
                             "published \"03/01/2024\" is not YYYY-MM-DD, YYYY-MM or YYYY: ignored"}));
  fs::path root = MakeTree("published", {{"a.txt", kBody},
                                         {"meta.jsonl", "{\"id\":\"b\"}\n{\"id\":\"a\",\"published\":\"2024-02-30\"}\n"}});
  Collected c = Read({root.string()});
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].meta.published, "");
  EXPECT_EQ(c.articles[0].warnings,
            (std::vector<std::string>{"published \"2024-02-30\" (" + (root / "meta.jsonl").string() +
                                      ":2) is not YYYY-MM-DD, YYYY-MM or YYYY: ignored"}));
  fs::remove_all(root);
}

}  // namespace
}  // namespace suchi
