// Reading articles from directories, .txt files, JSON Lines and stdin (see
// input.h).
//
// JSON Lines are streamed one record at a time through a fixed buffer; a
// .txt file is read whole. Either is at most kMaxInputBytes. Each JSONL line is decoded
// like a file (so a CP949 line is accepted) before it is parsed. meta.jsonl
// beside .txt files is metadata, never articles; it is read once per
// directory and cached for the duration of one ReadArticles call. A
// directory tree is walked one folder at a time (WalkTree), each folder's
// entries sorted by name, by the reader and by the count ahead alike. The
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

// Returns the string field `key` of object `j`, or "" (numbers are printed).
std::string StringField(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

// The metadata fields of record `j`. A `published` that ValidPublished
// refuses is left out, and *warning says so, naming `where` when given.
ArticleMeta MetaFromJson(const json& j, const std::string& where, std::string* warning) {
  ArticleMeta m{"", StringField(j, "outlet"), StringField(j, "url"), StringField(j, "author")};
  std::string published = StringField(j, "published");
  if (std::optional<std::string> ok = ValidPublished(published)) {
    m.published = std::move(*ok);
  } else {
    *warning = "published \"" + published.substr(0, 40) + "\"" + (where.empty() ? "" : " (" + where + ")") +
               " is not YYYY-MM-DD, YYYY-MM or YYYY: ignored";
  }
  return m;
}

// Metadata of one article from a meta.jsonl line, and its warning ("" if none).
struct MetaEntry {
  ArticleMeta meta;
  std::string warning;
};
using MetaMap = std::map<std::string, MetaEntry>;

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
                                const MetaEntry& meta) {
  Result<Decoded> d = DecodeToUtf8(bytes, encoding);
  if (!d.ok()) return Status::Error(path + ": " + d.status().message());
  Article a;
  a.id = id;
  a.source = path;
  a.text = std::move(d->text);
  a.encoding = d->encoding;
  a.warnings = std::move(d->warnings);
  a.meta = meta.meta;
  if (!meta.warning.empty()) a.warnings.push_back(meta.warning);
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

// What WalkTree reports: each article file with the id part of its folder
// ("" in the root, "a/b/" below), each error (a folder that cannot be
// listed, a symlink loop); `stopped` (when set) ends the walk early.
struct TreeVisitor {
  std::function<void(const fs::path& file, const std::string& rel)> file;
  std::function<void(std::string message)> error;
  std::function<bool()> stopped;
};

// The folders being walked, by device and inode: a symlink back to one of
// them is a loop.
using FolderStack = std::vector<std::pair<dev_t, ino_t>>;

Status WalkFolder(const fs::path& dir, const std::string& rel, const TreeVisitor& v,
                  FolderStack* stack);

// Walks sub-folder `dir` of a tree unless it is a folder being walked.
void WalkSubFolder(const fs::path& dir, const std::string& rel, const TreeVisitor& v,
                   FolderStack* stack) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) return v.error(dir.string() + ": " + std::strerror(errno));
  std::pair<dev_t, ino_t> key{st.st_dev, st.st_ino};
  if (std::find(stack->begin(), stack->end(), key) != stack->end())
    return v.error(dir.string() + ": symlink loop (a folder inside itself)");
  stack->push_back(key);
  if (Status s = WalkFolder(dir, rel, v, stack); !s.ok()) v.error(s.message());
  stack->pop_back();
}

// Reports the article files of `dir` and of its sub-folders, entries in
// name order (a folder where its name sorts). Returns an error only when
// `dir` itself cannot be listed.
Status WalkFolder(const fs::path& dir, const std::string& rel, const TreeVisitor& v,
                  FolderStack* stack) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(*it);
  if (ec) return Status::Error(dir.string() + ": cannot list directory: " + ec.message());
  std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
    return a.path().filename().native() < b.path().filename().native();
  });
  for (const fs::directory_entry& e : entries) {
    if (v.stopped && v.stopped()) break;
    std::error_code entry;
    if (IsArticleFile(e, entry)) v.file(e.path(), rel);
    else if (entry == std::errc::too_many_symbolic_link_levels) v.error(e.path().string() + ": symlink loop");
    else if (e.is_directory(entry)) WalkSubFolder(e.path(), rel + e.path().filename().string() + "/", v, stack);
  }
  return Status();
}

// Walks the tree under `root` (see WalkFolder).
Status WalkTree(const fs::path& root, const TreeVisitor& v) {
  FolderStack stack;
  struct stat st;
  if (::stat(root.c_str(), &st) == 0) stack.push_back({st.st_dev, st.st_ino});
  return WalkFolder(root, "", v, &stack);
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
      ReadText(p, p.stem().string());
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
    TreeVisitor v;
    v.file = [this](const fs::path& p, const std::string& rel) { ReadTreeFile(p, rel); };
    v.error = [this](std::string message) { Error(std::move(message)); };
    v.stopped = [this] { return Stopped(); };
    if (Status s = WalkTree(dir, v); !s.ok()) return Fail(s.message());
    return Status();
  }

  // Reads a file found in a tree; `rel` is its folder's part of the id.
  void ReadTreeFile(const fs::path& p, const std::string& rel) {
    if (p.extension() != ".jsonl") return ReadText(p, rel + p.stem().string());
    std::ifstream in(p, std::ios::binary);
    if (!in) return Error(p.string() + ": cannot open");
    ReadJsonl(in, p.string());
  }

  // Hands over a .txt file to be read and decoded by whoever runs the
  // pending input: a batch's workers then share the file I/O too. Its
  // metadata is the line of its folder's meta.jsonl for its file name.
  void ReadText(const fs::path& p, const std::string& id) {
    MetaEntry meta;
    const MetaMap& metas = MetaFor(p.parent_path());
    if (auto it = metas.find(p.stem().string()); it != metas.end()) meta = it->second;
    sink_([path = p.string(), enc = options_.encoding, id = options_.id_prefix + id,
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
      MetaEntry& e = it->second[id];
      e.meta = MetaFromJson(j, file.string() + ":" + std::to_string(n), &e.warning);
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
    a.id = options.id_prefix + StringField(j, "id");
  } else {
    a.id = options.id_prefix + where;  // "dir/file.jsonl:12", as the path was given: unique across files
  }
  a.source = where;
  auto text = j.find("text");
  auto body = j.find("body");
  if (text != j.end() && text->is_string()) {
    a.text = text->get<std::string>();
  } else if (body != j.end() && body->is_string()) {
    std::string title = StringField(j, "title");
    a.has_title = title.find_first_not_of(" \t\r\n") != std::string::npos;
    a.text = a.has_title ? title + "\n\n" + body->get<std::string>() : body->get<std::string>();
  } else {
    return Status::Error(where + ": record has no string \"body\" or \"text\"");
  }
  if (a.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::Error(where + ": empty text");
  std::string warning;
  a.meta = MetaFromJson(j, "", &warning);
  a.encoding = StringField(j, "encoding");
  if (a.encoding.empty()) a.encoding = d->encoding;
  a.warnings = std::move(d->warnings);
  if (!warning.empty()) a.warnings.push_back(std::move(warning));
  return a;
}

namespace {

// Returns the number of `n` digits at `at` of `s`, or -1.
int Digits(std::string_view s, std::size_t at, std::size_t n) {
  if (s.size() < at + n) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<std::string> ValidPublished(std::string_view p) {
  if (p.empty()) return std::string();
  int year = Digits(p, 0, 4);
  if (year < 1) return std::nullopt;
  if (p.size() == 4) return std::string(p);
  int month = p[4] == '-' ? Digits(p, 5, 2) : -1;
  if (month < 1 || month > 12) return std::nullopt;
  if (p.size() == 7) return std::string(p);
  int day = p[7] == '-' ? Digits(p, 8, 2) : -1;
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  if (p.size() == 10) return std::string(p);
  bool time = (p[10] == 'T' || p[10] == ' ') && p.size() > 11 && p[11] >= '0' && p[11] <= '9';
  return time ? std::optional<std::string>(p.substr(0, 10)) : std::nullopt;
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
    TreeVisitor v;
    v.file = [&n](const fs::path& p, const std::string&) { n += CountFile(p); };
    v.error = [](std::string) {};
    WalkTree(path, v);
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
