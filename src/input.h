// Reading articles: directories of .txt files, .txt files, JSON Lines files
// and stdin ("-"), streamed one article at a time.
//
// A .txt article's id is its file name without extension; its text is the
// whole file (the first non-empty line is the title). Metadata comes from a
// meta.jsonl beside the files (id, published, outlet, url, author). A JSONL
// record is {"id","title","body","published","outlet","url",...}; its text is
// title + "\n\n" + body (or its "text" field when present); a record without
// "id" gets "<path as given>:<line>" ("stdin:<line>"), and an "id" that is
// not a non-empty string or a number is an error naming path:line. Its
// "encoding" field, if any, is reported as the article's encoding. A bad
// article (unreadable, empty, binary, over kMaxInputBytes, a line that is
// not JSON or has no body) is reported through the callback and never
// stops the batch. A path that is a symlink loop says so. JSONL is streamed line by line; each
// line is decoded like a file (so CP949 lines are accepted) before parsing.
// Directories are not searched recursively; files named meta.jsonl are
// metadata and never read as articles.
#ifndef SUCHI_INPUT_H_
#define SUCHI_INPUT_H_

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "status.h"
#include "types.h"

namespace suchi {

// The most bytes one article may have, whatever its input kind: a .txt
// file, one JSONL record (one line), one record on stdin. A larger one is
// an error for that article alone, read past without being held in memory.
inline constexpr std::size_t kMaxInputBytes = 64u << 20;

struct InputOptions {
  std::string encoding = "auto";  // see DecodeToUtf8
  // When set and true, reading stops before the next input (a batch that
  // met a systemic error sets it).
  const std::atomic<bool>* stop = nullptr;
};

// Called once per article, in input order: either an Article or an error
// whose message names the source (path, or path:line for JSONL).
using ArticleSink = std::function<void(Result<Article>)>;

// Streams every article under `paths` to `sink` in a deterministic order
// (directories: .txt and .jsonl files sorted by name). Returns an error only
// when an input path itself does not exist or cannot be listed; such a path
// is reported and the remaining paths are still read.
Status ReadArticles(const std::vector<std::string>& paths, const InputOptions& options,
                    const ArticleSink& sink);

// An input found but not yet read from its file (.txt), decoded or parsed:
// calling it returns the article (or the error naming its source). It owns
// what it needs and may run on any thread, so a batch reads and decodes on
// its workers and the reading thread only lists files and reads streams.
using PendingArticle = std::function<Result<Article>()>;
using PendingSink = std::function<void(PendingArticle)>;

// As ReadArticles, handing each input to `sink` before it is decoded.
// ReadArticles(paths, o, s) is ReadPendingArticles(paths, o, p -> s(p())).
Status ReadPendingArticles(const std::vector<std::string>& paths, const InputOptions& options,
                           const PendingSink& sink);

// Returns about how many articles ReadArticles streams from `paths`, for a
// progress line: .txt files, and the non-blank lines of .jsonl files (a
// line that turns out not to be an article still counts), without decoding
// anything; a path that does not exist counts 0. Returns nullopt when the
// count cannot be known ahead ("-": stdin).
std::optional<long> CountInputs(const std::vector<std::string>& paths);

// Parses one JSON Lines record (for tests and fuzzing). `where` names it in
// errors ("dir/file.jsonl:12"); without an "id" the article's id is `where`
// without its directory ("file.jsonl:12"). Stdin records are "stdin:N".
Result<Article> ArticleFromJsonLine(std::string_view line, const std::string& where,
                                    const InputOptions& options);

}  // namespace suchi

#endif  // SUCHI_INPUT_H_
