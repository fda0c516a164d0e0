// The claim store (see store.h) on the SQLite C API.
//
// Two tables: articles (one row per article id, with the content hash that
// decides whether a re-run changes anything) and claims (the contract JSON
// of each claim plus indexed columns for queries by key). Each PutArticle
// is one BEGIN IMMEDIATE ... COMMIT transaction, so a process killed in the
// middle of a batch leaves every article either fully stored or absent.
// The database runs in WAL mode with synchronous=NORMAL: a commit survives a
// crash of the process; a power loss may lose the last commits, never
// half of one.
#include "store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <set>
#include <thread>

#include "hash.h"
#include "json.h"

namespace suchi {
namespace {

constexpr int kBusyMs = 10000;  // how long a write waits for another process's lock

constexpr const char* kSchema = R"sql(
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS articles(
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  published TEXT, outlet TEXT, url TEXT, source TEXT, stored_at TEXT,
  title TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS claims(
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL REFERENCES articles(id),
  start INT, "end" INT, key TEXT, value REAL, value_max REAL,
  unit_kind TEXT, currency TEXT, basis_per REAL, subject TEXT, metric TEXT,
  period_start INT, period_end INT, quote TEXT, sentence TEXT,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_key ON claims(key);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article, start);
CREATE TABLE IF NOT EXISTS conflicts(
  id TEXT PRIMARY KEY,
  kind TEXT, key TEXT, severity TEXT, confidence REAL, articles INT,
  cross_article INT, claims TEXT, claims_hash TEXT NOT NULL,
  json TEXT NOT NULL, first_seen TEXT, last_seen TEXT);
CREATE TABLE IF NOT EXISTS reviews(
  conflict TEXT PRIMARY KEY,
  verdict TEXT NOT NULL CHECK(verdict IN ('confirmed', 'dismissed', 'needs_check')),
  note TEXT, claims_hash TEXT, reviewed_at TEXT);
COMMIT;
)sql";

constexpr const char* kInsertClaim = R"sql(
INSERT INTO claims(id, article, start, "end", key, value, value_max, unit_kind,
  currency, basis_per, subject, metric, period_start, period_end, quote,
  sentence, json)
VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
)sql";

constexpr const char* kSelectHash =
    "SELECT content_hash, text IS NULL FROM articles WHERE id = ?1";
// Fills the text of an article stored before the store kept texts.
constexpr const char* kFillText = "UPDATE articles SET title = ?2, text = ?3 WHERE id = ?1";
constexpr const char* kDeleteClaims = "DELETE FROM claims WHERE article = ?1";
constexpr const char* kArticleClaims =
    "SELECT id, json FROM claims WHERE article = ?1 ORDER BY start, id";
// Keys "group/period" with no '/' in the period: the range [group/, group0)
// ('0' follows '/'), narrowed to the exact group by the caller.
constexpr const char* kGroupClaims =
    "SELECT id, json, key, article FROM claims WHERE key >= ?1 AND key < ?2 "
    "ORDER BY article, start, id";

constexpr const char* kUpsertArticle = R"sql(
INSERT INTO articles(id, content_hash, published, outlet, url, source, stored_at, title, text)
VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash,
  published = excluded.published, outlet = excluded.outlet, url = excluded.url,
  source = excluded.source, stored_at = excluded.stored_at, title = excluded.title,
  text = excluded.text
)sql";

// A prepared statement that finalizes itself.
class Stmt {
 public:
  // Prepares `sql` for this scope.
  Stmt(sqlite3* db, const char* sql) : owned_(true) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr);
  }
  // Borrows a statement the store prepared once (null: it failed to
  // prepare); resets it at the end of the scope.
  explicit Stmt(sqlite3_stmt* s) : s_(s), rc_(s ? SQLITE_OK : SQLITE_ERROR), owned_(false) {}
  ~Stmt() {
    if (owned_) {
      sqlite3_finalize(s_);
    } else if (s_ != nullptr) {
      sqlite3_reset(s_);
      sqlite3_clear_bindings(s_);
    }
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return rc_ == SQLITE_OK; }
  Stmt& Text(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& TextOrNull(int i, const std::string& v) {
    if (v.empty()) sqlite3_bind_null(s_, i);
    else Text(i, v);
    return *this;
  }
  Stmt& Int(int i, long long v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& Real(int i, std::optional<double> v) {
    if (v) sqlite3_bind_double(s_, i, *v);
    else sqlite3_bind_null(s_, i);
    return *this;
  }
  // Returns SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(s_); }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  std::string Column(int i) const {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s_, i)) : "";
  }
  long long ColumnInt(int i) const { return sqlite3_column_int64(s_, i); }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_;
  bool owned_;
};

std::string Error(sqlite3* db, const std::string& what) {
  return what + ": " + sqlite3_errmsg(db);
}

// Returns true for the SQLite result codes that no other article would
// escape: the disk, the file, the lock, the memory.
bool IsSystemic(int primary) {
  switch (primary) {
    case SQLITE_FULL: case SQLITE_IOERR: case SQLITE_READONLY: case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT: case SQLITE_NOTADB: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_NOMEM: case SQLITE_PERM: case SQLITE_NOLFS:
      return true;
    default:
      return false;
  }
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Inserts one claim row under `article` (the id the row is deleted by).
Status InsertClaim(sqlite3* db, Stmt& st, const std::string& article, const Claim& c) {
  std::string json;
  AppendClaimJsonLine(c, json);  // the claims.jsonl line, never throws on bad UTF-8
  json.pop_back();
  st.Reset();
  st.Text(1, c.id).Text(2, article).Int(3, static_cast<long long>(c.start))
      .Int(4, static_cast<long long>(c.end)).TextOrNull(5, c.key).Real(6, c.q.value).Real(7, c.q.value_max)
      .Text(8, UnitKindName(c.q.kind)).TextOrNull(9, c.q.currency).Real(10, c.q.basis_per)
      .TextOrNull(11, c.subject ? c.subject->id : "").TextOrNull(12, c.metric ? c.metric->id : "")
      .Real(13, c.period ? std::optional<double>(c.period->start) : std::nullopt)
      .Real(14, c.period ? std::optional<double>(c.period->end) : std::nullopt)
      .Text(15, c.quote).Text(16, c.sentence).Text(17, json);
  if (st.Step() != SQLITE_DONE) return Status::Error(Error(db, "claim '" + c.id + "'"));
  return Status();
}

// Adds the title and text columns to an articles table made before the
// store kept them. Another process adding them at the same time is no error.
Status AddArticleTextColumns(sqlite3* db) {
  bool has_text = false;
  {
    Stmt q(db, "PRAGMA table_info(articles)");
    while (q.ok() && q.Step() == SQLITE_ROW) has_text |= q.Column(1) == "text";
  }
  if (has_text) return Status();
  for (const char* sql : {"ALTER TABLE articles ADD COLUMN title TEXT", "ALTER TABLE articles ADD COLUMN text TEXT"}) {
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    std::string why = err ? err : "";
    sqlite3_free(err);
    if (rc != SQLITE_OK && why.find("duplicate column") == std::string::npos) return Status::Error(why);
  }
  return Status();
}

}  // namespace

std::string ArticleTitle(const Article& article) {
  if (!article.has_title) return "";
  std::string_view t = article.text;
  while (!t.empty()) {
    std::size_t nl = t.find('\n');
    std::string_view line = t.substr(0, nl);
    std::size_t b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
    if (b != std::string_view::npos) return std::string(line.substr(b, e - b + 1));
    if (nl == std::string_view::npos) break;
    t.remove_prefix(nl + 1);
  }
  return "";
}

Result<std::unique_ptr<ClaimStore>> ClaimStore::OpenFile(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = path + ": cannot open the claim store: " +
                      (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return Status::Error(msg);
  }
  std::unique_ptr<ClaimStore> store(new ClaimStore(db));
  sqlite3_busy_timeout(db, kBusyMs);
  return store;
}

Result<std::unique_ptr<ClaimStore>> ClaimStore::Open(const std::string& path) {
  auto opened = OpenFile(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<ClaimStore> store = std::move(*opened);
  sqlite3* db = store->db_;
  // The set-up waits for the lock like every write. SQLite does not call
  // the busy handler for every lock it needs (a journal-mode change, a read
  // lock upgraded to a write lock while another process creates the same
  // store), so a busy answer is retried here until the same timeout. The
  // schema is one IMMEDIATE transaction: created whole, or not at all.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyMs);
  for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                          "PRAGMA foreign_keys=ON", kSchema}) {
    while (true) {
      char* err = nullptr;
      int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
      if (rc == SQLITE_OK) break;
      std::string why = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      if (sql == kSchema) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      int primary = rc & 0xFF;
      if ((primary == SQLITE_BUSY || primary == SQLITE_LOCKED) &&
          std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        continue;
      }
      return Status::Systemic(path + ": cannot set up the claim store: " + why);
    }
  }
  if (Status s = AddArticleTextColumns(db); !s.ok())
    return Status::Systemic(path + ": cannot set up the claim store: " + s.message());
  return store;
}

Result<std::unique_ptr<ClaimStore>> ClaimStore::OpenReadOnly(const std::string& path) {
  auto opened = OpenFile(path, SQLITE_OPEN_READONLY);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<ClaimStore> store = std::move(*opened);
  sqlite3* db = store->db_;
  // Reading the schema checks the file is SQLite and holds a claim store.
  char* err = nullptr;
  int rc = sqlite3_exec(db, "SELECT id FROM articles LIMIT 0; SELECT json FROM claims LIMIT 0", nullptr,
                        nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string why = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status::Error(path + ": not a claim store: " + why);
  }
  return store;
}

ClaimStore::~ClaimStore() {
  for (auto& [sql, st] : prepared_) sqlite3_finalize(st);
  sqlite3_close_v2(db_);
}

sqlite3_stmt* ClaimStore::Prepared(const char* sql) const {
  for (auto& [text, st] : prepared_)
    if (text == sql) return st;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return nullptr;
  }
  prepared_.emplace_back(sql, st);
  return st;
}

Result<ClaimStore::PutResult> ClaimStore::PutArticle(const Article& article,
                                                     const std::string& content_hash,
                                                     const std::vector<Claim>& claims) {
  const std::string who = "article '" + article.id + "'";
  // A store that cannot be written (full, read-only, broken, locked past
  // the timeout) fails every article alike: that error is systemic and
  // names the store; any other is this article's.
  auto fail = [&](const std::string& msg) -> Result<PutResult> {
    int primary = sqlite3_errcode(db_) & 0xFF;
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    if (IsSystemic(primary)) {
      const char* file = sqlite3_db_filename(db_, "main");
      return Status::Systemic(std::string(file && *file ? file : "claim store") +
                              ": cannot store " + who + ": " + msg);
    }
    return Status::Error(who + ": cannot store: " + msg);
  };
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
    return fail(Error(db_, "begin"));
  bool existed = false;
  {
    Stmt q(Prepared(kSelectHash));
    if (!q.ok()) return fail(Error(db_, "select"));
    q.Text(1, article.id);
    int rc = q.Step();
    if (rc == SQLITE_ROW) {
      existed = true;
      if (q.Column(0) == content_hash) {
        if (q.ColumnInt(1) != 0) {  // stored before the store kept texts
          Stmt fill(Prepared(kFillText));
          if (!fill.ok() || fill.Text(1, article.id).Text(2, ArticleTitle(article)).Text(3, article.text).Step() !=
                                SQLITE_DONE)
            return fail(Error(db_, "article text"));
          if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(Error(db_, "commit"));
          return PutResult::kUnchanged;
        }
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        return PutResult::kUnchanged;
      }
    } else if (rc != SQLITE_DONE) {
      return fail(Error(db_, "select"));
    }
  }
  Stmt del(Prepared(kDeleteClaims));
  if (!del.ok() || del.Text(1, article.id).Step() != SQLITE_DONE) return fail(Error(db_, "delete"));
  Stmt up(Prepared(kUpsertArticle));
  if (!up.ok()) return fail(Error(db_, "prepare"));
  up.Text(1, article.id).Text(2, content_hash).TextOrNull(3, article.meta.published)
      .TextOrNull(4, article.meta.outlet).TextOrNull(5, article.meta.url)
      .TextOrNull(6, article.source).Text(7, NowUtc()).TextOrNull(8, ArticleTitle(article))
      .Text(9, article.text);
  if (up.Step() != SQLITE_DONE) return fail(Error(db_, "article row"));
  Stmt ins(Prepared(kInsertClaim));
  if (!ins.ok()) return fail(Error(db_, "prepare"));
  for (const Claim& c : claims)
    if (Status s = InsertClaim(db_, ins, article.id, c); !s.ok()) return fail(s.message());
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
    return fail(Error(db_, "commit"));
  return existed ? PutResult::kReplaced : PutResult::kAdded;
}

namespace {

// Reads the claims of the rows of `q` (columns id, json[, key, article]);
// with `group` set, only rows whose key is "group/period" exactly and whose
// article is not in `skip` (checked before the JSON is parsed).
Result<std::vector<Claim>> ReadClaims(sqlite3* db, Stmt& q, const std::string* group = nullptr,
                                      const std::set<std::string>* skip = nullptr) {
  if (!q.ok()) return Status::Error("claim store: " + Error(db, "select"));
  std::vector<Claim> out;
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    if (group != nullptr && q.Column(2).rfind('/') != group->size()) continue;
    if (skip != nullptr && skip->count(q.Column(3))) continue;
    nlohmann::json j = nlohmann::json::parse(q.Column(1), nullptr, /*allow_exceptions=*/false);
    Result<Claim> c = ClaimFromJson(j);
    if (!c.ok()) return Status::Error("claim store: claim '" + q.Column(0) + "': " + c.status().message());
    out.push_back(std::move(*c));
  }
  if (rc != SQLITE_DONE) return Status::Error("claim store: " + Error(db, "reading claims"));
  return out;
}

}  // namespace

Result<std::vector<Claim>> ClaimStore::AllClaims() const {
  Stmt q(db_, "SELECT id, json FROM claims ORDER BY article, start, id");
  return ReadClaims(db_, q);
}

Result<std::vector<Claim>> ClaimStore::ArticleClaims(const std::string& id) const {
  Stmt q(Prepared(kArticleClaims));
  q.Text(1, id);
  return ReadClaims(db_, q);
}

Result<std::vector<Claim>> ClaimStore::GroupClaims(const std::string& group,
                                                   const std::set<std::string>& skip_articles) const {
  Stmt q(Prepared(kGroupClaims));
  q.Text(1, group + "/").Text(2, group + "0");
  return ReadClaims(db_, q, &group, &skip_articles);
}

Status ClaimStore::ForEachKey(const std::function<void(std::string_view)>& fn) const {
  Stmt q(db_, "SELECT DISTINCT key FROM claims WHERE key IS NOT NULL ORDER BY key");
  if (!q.ok()) return Status::Error("claim store: " + Error(db_, "select keys"));
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) fn(q.Column(0));
  if (rc != SQLITE_DONE) return Status::Error("claim store: " + Error(db_, "reading keys"));
  return Status();
}

namespace {

Result<long> Count(sqlite3* db, const char* sql) {
  Stmt q(db, sql);
  if (!q.ok() || q.Step() != SQLITE_ROW) return Status::Error("claim store: " + Error(db, "count"));
  return static_cast<long>(q.ColumnInt(0));
}

}  // namespace

Result<long> ClaimStore::ArticleCount() const { return Count(db_, "SELECT COUNT(*) FROM articles"); }

Result<long> ClaimStore::ClaimCount() const { return Count(db_, "SELECT COUNT(*) FROM claims"); }

Result<long> ClaimStore::ArticlesWithClaimsCount() const {
  return Count(db_, "SELECT COUNT(DISTINCT article) FROM claims");
}

Result<std::vector<StoredArticle>> ClaimStore::Articles(const std::vector<std::string>& ids) const {
  std::vector<StoredArticle> out;
  Stmt q(Prepared("SELECT id, title, published, outlet, url, text FROM articles WHERE id = ?1"));
  if (!q.ok()) return Status::Error("claim store: " + Error(db_, "select articles"));
  for (const std::string& id : ids) {
    q.Reset();
    q.Text(1, id);
    int rc = q.Step();
    if (rc == SQLITE_DONE) continue;
    if (rc != SQLITE_ROW) return Status::Error("claim store: " + Error(db_, "reading articles"));
    out.push_back({q.Column(0), q.Column(1), q.Column(2), q.Column(3), q.Column(4), q.Column(5)});
  }
  return out;
}

Result<std::vector<ClaimSpan>> ClaimStore::ArticleSpans(const std::string& id) const {
  Stmt q(Prepared("SELECT id, start, \"end\" FROM claims WHERE article = ?1 ORDER BY start, id"));
  if (!q.ok()) return Status::Error("claim store: " + Error(db_, "select spans"));
  q.Text(1, id);
  std::vector<ClaimSpan> out;
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW)
    out.push_back({q.Column(0), static_cast<std::size_t>(q.ColumnInt(1)), static_cast<std::size_t>(q.ColumnInt(2))});
  if (rc != SQLITE_DONE) return Status::Error("claim store: " + Error(db_, "reading spans"));
  return out;
}

Status ClaimStore::PutConflicts(const std::vector<Conflict>& conflicts,
                                const std::vector<std::string>& claims_hashes) {
  if (claims_hashes.size() != conflicts.size())
    return Status::Error("claim store: one claims hash per conflict is needed");
  auto fail = [&](const std::string& what) {
    std::string msg = "claim store: cannot store the conflicts: " + Error(db_, what);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return Status::Systemic(msg);
  };
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) return fail("begin");
  Stmt up(Prepared(R"sql(
INSERT INTO conflicts(id, kind, key, severity, confidence, articles, cross_article, claims,
  claims_hash, json, first_seen, last_seen)
VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, key = excluded.key,
  severity = excluded.severity, confidence = excluded.confidence, articles = excluded.articles,
  cross_article = excluded.cross_article, claims = excluded.claims,
  claims_hash = excluded.claims_hash, json = excluded.json, last_seen = excluded.last_seen
)sql"));
  if (!up.ok()) return fail("prepare");
  std::string now = NowUtc();
  for (std::size_t i = 0; i < conflicts.size(); ++i) {
    const Conflict& c = conflicts[i];
    up.Reset();
    up.Text(1, c.id).Text(2, c.kind).Text(3, c.key).Text(4, c.severity).Real(5, c.confidence)
        .Int(6, c.articles).Int(7, c.articles > 1 ? 1 : 0)
        .Text(8, nlohmann::json(c.claims).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .Text(9, claims_hashes[i])
        .Text(10, ConflictToJson(c).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .Text(11, now);
    if (up.Step() != SQLITE_DONE) return fail("conflict '" + c.id + "'");
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail("commit");
  return Status();
}

Result<std::optional<StoredConflict>> ClaimStore::GetConflict(const std::string& id) const {
  Stmt q(Prepared("SELECT id, kind, key, claims_hash, json FROM conflicts WHERE id = ?1"));
  if (!q.ok()) return Status::Error("claim store: " + Error(db_, "select conflict"));
  q.Text(1, id);
  int rc = q.Step();
  if (rc == SQLITE_DONE) return std::optional<StoredConflict>();
  if (rc != SQLITE_ROW) return Status::Error("claim store: " + Error(db_, "reading conflicts"));
  return std::optional<StoredConflict>(StoredConflict{q.Column(0), q.Column(1), q.Column(2), q.Column(3), q.Column(4)});
}

Status ClaimStore::PutReview(const Review& r) {
  Stmt up(Prepared(R"sql(
INSERT INTO reviews(conflict, verdict, note, claims_hash, reviewed_at) VALUES(?1, ?2, ?3, ?4, ?5)
ON CONFLICT(conflict) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,
  claims_hash = excluded.claims_hash, reviewed_at = excluded.reviewed_at
)sql"));
  if (!up.ok()) return Status::Error("claim store: " + Error(db_, "prepare review"));
  up.Text(1, r.conflict).Text(2, r.verdict).TextOrNull(3, r.note).TextOrNull(4, r.claims_hash)
      .Text(5, r.reviewed_at.empty() ? NowUtc() : r.reviewed_at);
  if (up.Step() != SQLITE_DONE)
    return Status::Error("claim store: review of '" + r.conflict + "': " + sqlite3_errmsg(db_));
  return Status();
}

Result<std::vector<Review>> ClaimStore::Reviews() const {
  Stmt q(db_, "SELECT conflict, verdict, note, claims_hash, reviewed_at FROM reviews ORDER BY reviewed_at, conflict");
  if (!q.ok()) return Status::Error("claim store: " + Error(db_, "select reviews"));
  std::vector<Review> out;
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW)
    out.push_back({q.Column(0), q.Column(1), q.Column(2), q.Column(3), q.Column(4)});
  if (rc != SQLITE_DONE) return Status::Error("claim store: " + Error(db_, "reading reviews"));
  return out;
}

std::string ContentHash(const Article& article, std::string_view extractor) {
  FieldHash h;
  h.Add(article.text);
  h.Add(article.meta.published);
  h.Add(article.meta.outlet);
  if (!article.has_title) h.Add("untitled");  // the same text read without a headline
  if (!extractor.empty()) h.Add(extractor);
  return h.Hex();
}

}  // namespace suchi
