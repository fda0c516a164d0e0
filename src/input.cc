// Reading articles from directories, .txt files, JSON Lines and stdin (see
// input.h).
//
// JSON Lines are streamed one record at a time through a fixed buffer; a
// .txt file is read whole. Either is at most kMaxInputBytes. Each JSONL line is decoded
// like a file (so a CP949 line is accepted) before it is parsed. meta.jsonl
// beside .txt files is metadata, never articles; it is read once per
// directory and cached for the duration of one ReadArticles call. The
// reader only lists files and reads streams: reading a .txt file, decoding
// and JSON parsing happen when a pending input is called, which a batch
// does on its worker threads.
#include "input.h"

#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "decode.h"

namespace suchi {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr std::uintmax_t kMaxArticleBytes = kMaxInputBytes;
constexpr const char* kMetaFile = "meta.jsonl";

using MetaMap = std::map<std::string, ArticleMeta>;

// Returns the string field `key` of object `j`, or "" (numbers are printed).
std::string StringField(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

ArticleMeta MetaFromJson(const json& j) {
  return ArticleMeta{StringField(j, "published"), StringField(j, "outlet"), StringField(j, "url"),
                     StringField(j, "author")};
}

std::string StripCr(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// Returns a pending input that is already finished (an error, mostly).
PendingArticle Ready(Result<Article> r) {
  return [r = std::move(r)]() mutable { return std::move(r); };
}

// Returns the article of a .txt file's bytes (decoded on the calling thread).
Result<Article> ArticleFromFile(const std::string& path, const std::string& bytes,
                                const std::string& encoding, const std::string& id,
                                const ArticleMeta& meta) {
  Result<Decoded> d = DecodeToUtf8(bytes, encoding);
  if (!d.ok()) return Status::Error(path + ": " + d.status().message());
  Article a;
  a.id = id;
  a.source = path;
  a.text = std::move(d->text);
  a.encoding = d->encoding;
  a.warnings = std::move(d->warnings);
  a.meta = meta;
  return a;
}

// Returns true for the directory entries a directory input reads: regular
// .txt and .jsonl files other than meta.jsonl.
bool IsArticleFile(const fs::directory_entry& e, std::error_code& ec) {
  const fs::path& p = e.path();
  if (p.filename() == kMetaFile) return false;
  std::string ext = p.extension().string();
  return (ext == ".txt" || ext == ".jsonl") && e.is_regular_file(ec);
}

// Closes a file descriptor when it goes out of scope.
struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

std::string TooLarge(const char* what, std::uintmax_t size) {
  return std::string(what) + " too large (" + std::to_string(size) + " bytes; the limit is " +
         std::to_string(kMaxArticleBytes >> 20) + " MiB per article)";
}

// Reads the next line of `in` into *line, without its '\n', through a
// fixed buffer. Returns false at the end of input. A line longer than
// kMaxArticleBytes is read to its end but not kept: *size says how long it
// was and *line is left empty, so memory stays bounded by the limit.
bool NextLine(std::istream& in, std::string* line, std::size_t* size) {
  line->clear();
  *size = 0;
  char buf[1 << 16];
  bool any = false;
  while (true) {
    in.getline(buf, sizeof buf);
    auto got = static_cast<std::size_t>(in.gcount());
    bool newline = !in.fail() && !in.eof();  // the '\n' was read (and counted)
    std::size_t stored = newline ? got - 1 : got;
    any = any || got > 0;
    *size += stored;
    if (*size <= kMaxArticleBytes) line->append(buf, stored);
    else std::string().swap(*line);
    if (in.fail() && !in.eof() && got == sizeof buf - 1) {  // the buffer filled: the line goes on
      in.clear();
      continue;
    }
    return (newline || any) && !in.bad();
  }
}

// Reads a whole regular file with plain system calls (cheaper per file than
// std::filesystem + ifstream). Returns an error for a file that cannot be
// opened or read, or that is larger than kMaxArticleBytes.
Status ReadWholeFile(const std::string& path, std::string* bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error("cannot open: " + std::string(std::strerror(errno)));
  FdCloser closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) return Status::Error("cannot read: " + std::string(std::strerror(errno)));
  auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > kMaxArticleBytes) return Status::Error(TooLarge("file", size));
  bytes->resize(static_cast<std::size_t>(size));
  std::size_t got = 0;
  while (got < bytes->size()) {
    ssize_t n = ::read(fd, bytes->data() + got, bytes->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::Error("cannot read: " + std::string(std::strerror(errno)));
    if (n == 0) break;  // the file shrank while being read
    got += static_cast<std::size_t>(n);
  }
  bytes->resize(got);
  return Status();
}

class Reader {
 public:
  Reader(const InputOptions& options, const PendingSink& sink) : options_(options), sink_(sink) {}

  // Reads one command-line path; returns an error for a missing path.
  Status ReadPath(const std::string& path) {
    if (path == "-") {
      ReadJsonl(std::cin, "stdin");
      return Status();
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) return Fail(path + ": symlink loop");
    if (ec && ec != std::errc::no_such_file_or_directory) return Fail(path + ": " + ec.message());
    if (!fs::exists(st)) return Fail(path + ": no such file or directory");
    if (fs::is_directory(st)) return ReadDirectory(path);
    fs::path p(path);
    if (p.filename() == kMetaFile) {
      Error(path + ": meta.jsonl holds article metadata, not articles");
      return Status();
    }
    if (p.extension() == ".jsonl") {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Fail(path + ": cannot open");
      ReadJsonl(in, path);
    } else {
      ReadText(p);
    }
    return Status();
  }

 private:
  bool Stopped() const { return options_.stop != nullptr && options_.stop->load(); }
  void Error(std::string message) { sink_(Ready(Status::Error(std::move(message)))); }

  Status Fail(std::string message) {
    Error(message);
    return Status::Error(std::move(message));
  }

  Status ReadDirectory(const std::string& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code entry;
      if (IsArticleFile(*it, entry)) files.push_back(it->path());
      else if (entry == std::errc::too_many_symbolic_link_levels)
        Error(it->path().string() + ": symlink loop");
    }
    if (ec) return Fail(dir + ": cannot list directory: " + ec.message());
    // By name as a string: one directory, so this is the order of path
    // comparison without its per-comparison parsing into components.
    std::sort(files.begin(), files.end(),
              [](const fs::path& a, const fs::path& b) { return a.native() < b.native(); });
    for (const fs::path& p : files) {
      if (Stopped()) break;
      if (p.extension() == ".jsonl") {
        std::ifstream in(p, std::ios::binary);
        if (!in) {
          Error(p.string() + ": cannot open");
          continue;
        }
        ReadJsonl(in, p.string());
      } else {
        ReadText(p);
      }
    }
    return Status();
  }

  // Hands over a .txt file to be read and decoded by whoever runs the
  // pending input: a batch's workers then share the file I/O too.
  void ReadText(const fs::path& p) {
    ArticleMeta meta;
    const MetaMap& metas = MetaFor(p.parent_path());
    std::string id = p.stem().string();
    if (auto it = metas.find(id); it != metas.end()) meta = it->second;
    sink_([path = p.string(), enc = options_.encoding, id = std::move(id),
           meta = std::move(meta)]() -> Result<Article> {
      std::string bytes;
      if (Status s = ReadWholeFile(path, &bytes); !s.ok()) return Status::Error(path + ": " + s.message());
      return ArticleFromFile(path, bytes, enc, id, meta);
    });
  }

  // Returns the metadata of directory `dir` (read once; errors reported).
  const MetaMap& MetaFor(const fs::path& dir) {
    std::string key = dir.empty() ? "." : dir.string();
    auto [it, fresh] = meta_.try_emplace(key);
    if (!fresh) return it->second;
    fs::path file = fs::path(key) / kMetaFile;
    std::ifstream in(file, std::ios::binary);
    if (!in) return it->second;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      line = StripCr(std::move(line));
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      json j = json::parse(line, nullptr, false);
      std::string id = j.is_object() ? StringField(j, "id") : "";
      if (id.empty()) {
        Error(file.string() + ":" + std::to_string(n) +
              ": metadata line is not a JSON object with an \"id\"");
        continue;
      }
      it->second[id] = MetaFromJson(j);
    }
    return it->second;
  }

  void ReadJsonl(std::istream& in, const std::string& path) {
    std::string line;
    std::size_t size = 0;
    for (int n = 1; !Stopped() && NextLine(in, &line, &size); ++n) {
      if (size > kMaxArticleBytes) {
        Error(path + ":" + std::to_string(n) + ": " + TooLarge("record", size));
        continue;
      }
      line = StripCr(std::move(line));
      if (n == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      sink_([line = std::move(line), where = path + ":" + std::to_string(n), options = options_] {
        return ArticleFromJsonLine(line, where, options);
      });
      line = std::string();
    }
  }

  const InputOptions& options_;
  const PendingSink& sink_;
  std::map<std::string, MetaMap> meta_;
};

}  // namespace

Result<Article> ArticleFromJsonLine(std::string_view line, const std::string& where,
                                    const InputOptions& options) {
  Result<Decoded> d = DecodeToUtf8(line, options.encoding);
  if (!d.ok()) return Status::Error(where + ": " + d.status().message());
  json j = json::parse(d->text, nullptr, false);
  if (j.is_discarded()) return Status::Error(where + ": not valid JSON");
  if (!j.is_object()) return Status::Error(where + ": not a JSON object");
  Article a;
  if (auto id = j.find("id"); id != j.end() && !id->is_null()) {
    if (!(id->is_string() && !id->get_ref<const std::string&>().empty()) && !id->is_number())
      return Status::Error(where + ": \"id\" must be a non-empty string or a number, not " +
                           id->dump().substr(0, 40));
    a.id = StringField(j, "id");
  } else {
    a.id = where;  // "dir/file.jsonl:12", as the path was given: unique across files
  }
  a.source = where;
  auto text = j.find("text");
  auto body = j.find("body");
  if (text != j.end() && text->is_string()) {
    a.text = text->get<std::string>();
  } else if (body != j.end() && body->is_string()) {
    std::string title = StringField(j, "title");
    a.text = title.empty() ? body->get<std::string>() : title + "\n\n" + body->get<std::string>();
  } else {
    return Status::Error(where + ": record has no string \"body\" or \"text\"");
  }
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::Error(where + ": empty text");
  a.meta = MetaFromJson(j);
  a.encoding = StringField(j, "encoding");
  if (a.encoding.empty()) a.encoding = d->encoding;
  a.warnings = std::move(d->warnings);
  return a;
}

Status ReadArticles(const std::vector<std::string>& paths, const InputOptions& options,
                    const ArticleSink& sink) {
  return ReadPendingArticles(paths, options, [&](PendingArticle p) { sink(p()); });
}

namespace {

// Returns the lines of a JSON Lines file holding more than spaces and tabs,
// as ReadJsonl streams them; 0 when it cannot be read.
long CountJsonlRecords(const fs::path& p) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  FdCloser closer{fd};
  static constexpr std::size_t kChunk = 1 << 16;
  std::unique_ptr<char[]> buf(new char[kChunk]);
  long n = 0;
  bool content = false;  // the current line holds something besides blanks
  while (true) {
    ssize_t got = ::read(fd, buf.get(), kChunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    for (ssize_t i = 0; i < got; ++i) {
      char c = buf[i];
      if (c == '\n') n += content, content = false;
      else if (c != ' ' && c != '\t' && c != '\r') content = true;
    }
  }
  return n + content;
}

long CountFile(const fs::path& p) {
  if (p.filename() == kMetaFile) return 0;
  return p.extension() == ".jsonl" ? CountJsonlRecords(p) : 1;
}

}  // namespace

std::optional<long> CountInputs(const std::vector<std::string>& paths) {
  long n = 0;
  for (const std::string& path : paths) {
    if (path == "-") return std::nullopt;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      if (fs::exists(path, ec)) n += CountFile(path);
      continue;
    }
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      if (IsArticleFile(*it, ec)) n += CountFile(it->path());
  }
  return n;
}

Status ReadPendingArticles(const std::vector<std::string>& paths, const InputOptions& options,
                           const PendingSink& sink) {
  Reader reader(options, sink);
  std::string errors;
  for (const std::string& p : paths) {
    if (options.stop != nullptr && options.stop->load()) break;
    Status s = reader.ReadPath(p);
    if (!s.ok()) errors += (errors.empty() ? "" : "; ") + s.message();
  }
  return errors.empty() ? Status() : Status::Error(errors);
}

}  // namespace suchi
