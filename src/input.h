// Reading articles: directories of .txt files, .txt files, JSON Lines files
// and stdin ("-"), streamed one article at a time.
//
// A directory is read recursively, each folder's entries in name order;
// symlinked folders are followed, and one that leads back to a folder
// being read is an error ("symlink loop"). A .txt article's id is its path
// relative to the directory given, without ".txt" and with '/' between
// folders ("hanseok_naver2019/00001"), so a root's own files keep their bare
// names ("000_2a1bd2f13118dc1c"); a .txt file given by itself is its file
// name without extension. Its text is the whole file (the first non-empty
// line is the title). Metadata comes from a meta.jsonl in the file's own
// folder, matched by file name without extension (id, published, outlet,
// url, author). A JSONL record is {"id","title","body","published",
// "outlet","url",...}; its text is title + "\n\n" + body, or the body alone
// (with no headline: Article::has_title is false) when the record has no
// title or a blank one, or its "text" field when present (read like a .txt
// file); a record without "id" gets "<path as given>:<line>"
// ("stdin:<line>"), and an "id" that is not a non-empty string or a number
// is an error naming path:line. InputOptions::id_prefix is prepended to
// every id. Its "encoding" field, if any, is reported as the article's
// encoding. `published` (JSONL or meta.jsonl) is YYYY-MM-DD, YYYY-MM or
// YYYY (a date may be followed by a time after 'T' or a space, which is
// dropped); any other value is ignored with a warning on the article. A bad
// article (unreadable, empty, binary, over kMaxInputBytes, a line that is
// not JSON or has no body) is reported through the callback and never
// stops the batch. A path that is a symlink loop says so. JSONL is streamed line by line; each
// line is decoded like a file (so CP949 lines are accepted) before parsing.
// Files named meta.jsonl are metadata and never read as articles.
//
// Offsets (Claim::start/end) count bytes of Article::text: the decoded
// UTF-8 text (a UTF-8 byte-order mark removed, so a file's byte is offset
// + 3; CP949 and UTF-16 files are counted in their UTF-8 decoding), or a
// JSONL record's text as built above (the body starts at the title's
// length + 2). Decoding warnings name the file's own bytes (a BOM counts).
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
  std::string id_prefix;          // prepended to every article id
  // When set and true, reading stops before the next input (a batch that
  // met a systemic error sets it).
  const std::atomic<bool>* stop = nullptr;
};

// Called once per article, in input order: either an Article or an error
// whose message names the source (path, or path:line for JSONL).
using ArticleSink = std::function<void(Result<Article>)>;

// Streams every article under `paths` to `sink` in a deterministic order
// (directories: .txt and .jsonl files and folders, sorted by name, folders
// read where their name sorts). Returns an error only
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
// progress line: .txt files (in every folder), and the non-blank lines of .jsonl files (a
// line that turns out not to be an article still counts), without decoding
// anything; a path that does not exist counts 0. Returns nullopt when the
// count cannot be known ahead ("-": stdin).
std::optional<long> CountInputs(const std::vector<std::string>& paths);

// Parses one JSON Lines record (for tests and fuzzing). `where` names it in
// errors ("dir/file.jsonl:12"); without an "id" the article's id is `where`
// ("dir/file.jsonl:12", the path as given). Stdin records are "stdin:N".
// options.id_prefix is prepended to the id.
Result<Article> ArticleFromJsonLine(std::string_view line, const std::string& where,
                                    const InputOptions& options);

// Returns `published` as an article keeps it: "YYYY-MM-DD", "YYYY-MM" or
// "YYYY" as given (months 01-12, days valid for the month), a date with a
// time after 'T' or ' ' cut to its date, "" for ""; nullopt for anything
// else ("03/01/2024", "2024-13", "2024-02-30").
std::optional<std::string> ValidPublished(std::string_view published);

}  // namespace suchi

#endif  // SUCHI_INPUT_H_
