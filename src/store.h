// The claim store: an embedded SQLite database (default out/suchi.db) of
// articles (id, content hash, metadata) and their claims, so a new batch is
// checked against everything stored before. Re-storing an article with the
// same content hash changes nothing; a changed article replaces its claims.
// Each article is written in its own transaction. One ClaimStore is used by
// one thread at a time; several processes may share the file (WAL mode,
// writers wait up to 10 s for each other).
#ifndef SUCHI_STORE_H_
#define SUCHI_STORE_H_

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "status.h"
#include "types.h"

struct sqlite3;
struct sqlite3_stmt;

namespace suchi {

// An article as stored, for reports: its text as read (claims' start/end
// index it) and its title (the first non-empty line; "" without one).
struct StoredArticle {
  std::string id, title, published, outlet, url, text;
};

// Where a stored claim sits in its article's text (UTF-8 bytes).
struct ClaimSpan {
  std::string id;
  std::size_t start = 0, end = 0;
};

// A conflict as last found (the conflicts table): its id resolves after a
// later batch. `json` is its conflicts.jsonl line.
struct StoredConflict {
  std::string id, kind, key, claims_hash, json;
};

// A reviewer's verdict on a conflict (the reviews table; review.h).
// `claims_hash` is the conflict's claims hash when it was reviewed: the
// verdict holds while the conflict's claims hash the same.
struct Review {
  std::string conflict;  // conflict id
  std::string verdict;   // confirmed, dismissed, needs_check
  std::string note;
  std::string claims_hash;
  std::string reviewed_at;  // ISO 8601 UTC; "" when put: now
};

class ClaimStore {
 public:
  // Returns the store at `path`, creating the file and tables if needed.
  static Result<std::unique_ptr<ClaimStore>> Open(const std::string& path);
  // Returns the store at `path` opened read-only: it must exist and hold
  // the tables; PutArticle fails on it. For readers beside a writer.
  static Result<std::unique_ptr<ClaimStore>> OpenReadOnly(const std::string& path);
  ~ClaimStore();

  enum class PutResult { kAdded, kUnchanged, kReplaced };
  // Stores an article and its claims atomically. Returns whether anything
  // changed; an error names the article.
  Result<PutResult> PutArticle(const Article& article, const std::string& content_hash,
                               const std::vector<Claim>& claims);
  // Returns every stored claim, ordered by article id then start offset.
  Result<std::vector<Claim>> AllClaims() const;
  // Returns the stored claims of article `id`, ordered by start offset.
  Result<std::vector<Claim>> ArticleClaims(const std::string& id) const;
  // Returns the stored claims compared in `group` (see ComparedGroup in
  // conflict.h: keys "group/period") of articles not in `skip_articles`,
  // ordered by article id then start. Reads through the key index, so the
  // cost follows the group, not the store.
  Result<std::vector<Claim>> GroupClaims(const std::string& group,
                                         const std::set<std::string>& skip_articles) const;
  // Calls `fn` with every distinct non-null claim key, in byte order, from
  // the key index (no claim is read). Stops at, and returns, an error.
  Status ForEachKey(const std::function<void(std::string_view)>& fn) const;
  // Returns the number of stored articles.
  Result<long> ArticleCount() const;
  // Returns the number of stored claims.
  Result<long> ClaimCount() const;
  // Returns the number of stored articles with at least one claim.
  Result<long> ArticlesWithClaimsCount() const;

  // Returns the stored articles of `ids`, in that order; ids not stored
  // are left out.
  Result<std::vector<StoredArticle>> Articles(const std::vector<std::string>& ids) const;
  // Returns where every stored claim of article `id` sits, by start.
  Result<std::vector<ClaimSpan>> ArticleSpans(const std::string& id) const;
  // Stores `conflicts` (each with its claims hash, same order) in one
  // transaction: new ones added, known ones updated (last_seen).
  Status PutConflicts(const std::vector<Conflict>& conflicts, const std::vector<std::string>& claims_hashes);
  // Returns the stored conflict `id`, or nullopt.
  Result<std::optional<StoredConflict>> GetConflict(const std::string& id) const;
  // Stores a verdict, replacing the conflict's earlier one.
  Status PutReview(const Review& review);
  // Returns every verdict, oldest first.
  Result<std::vector<Review>> Reviews() const;

 private:
  explicit ClaimStore(sqlite3* db) : db_(db) {}
  // Opens the SQLite file with `flags`, with the busy timeout set; an error
  // names the path.
  static Result<std::unique_ptr<ClaimStore>> OpenFile(const std::string& path, int flags);
  // Returns `sql` prepared once for this store (null when it fails to
  // prepare); callers reset it after use.
  sqlite3_stmt* Prepared(const char* sql) const;

  sqlite3* db_;
  mutable std::vector<std::pair<const char*, sqlite3_stmt*>> prepared_;  // by SQL text address
};

// Returns a stable hex hash (FNV-1a 64) of an article's text and metadata,
// and of `extractor` (RuleSet::fingerprint: what extracts the claims), so
// that an article is re-extracted when the rules or the binary change.
std::string ContentHash(const Article& article, std::string_view extractor = "");

// Returns the title of `article`: its first non-empty line, trimmed, when
// it has one (Article::has_title), else "".
std::string ArticleTitle(const Article& article);

}  // namespace suchi

#endif  // SUCHI_STORE_H_
