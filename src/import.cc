// Loading claims.jsonl into the claim store (see import.h): claims are read
// line by line and stored one article at a time, so memory is bounded by
// the largest article.
#include "import.h"

#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "hash.h"
#include "json.h"

namespace suchi {
namespace {

// One article being read: its claims and the hash of their lines.
struct Pending {
  Article article;
  std::vector<Claim> claims;
  FieldHash hash;
};

Status Store(Pending& p, ClaimStore& store, ImportStats& st) {
  if (p.claims.empty()) return Status();
  p.hash.Add("claims.jsonl");  // never the hash of a text (ContentHash)
  Result<ClaimStore::PutResult> put = store.PutArticle(p.article, p.hash.Hex(), p.claims);
  if (!put.ok()) return put.status();
  ++st.articles;
  st.claims += static_cast<long>(p.claims.size());
  (*put == ClaimStore::PutResult::kAdded      ? st.added
   : *put == ClaimStore::PutResult::kReplaced ? st.replaced
                                              : st.unchanged) += 1;
  p = Pending();
  return Status();
}

}  // namespace

Result<ImportStats> ImportClaims(std::istream& in, const std::string& name, ClaimStore& store) {
  ImportStats st;
  Pending p;
  std::unordered_set<std::string> done;  // articles already stored
  std::string line;
  long n = 0;
  auto where = [&] { return name + ":" + std::to_string(n) + ": "; };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return Status::Error(where() + "not a JSON claim");
    Result<Claim> c = ClaimFromJson(j);
    if (!c.ok()) return Status::Error(where() + c.status().message());
    if (c->article.empty()) return Status::Error(where() + "claim has no \"article\"");
    if (c->article != p.article.id) {
      if (!p.article.id.empty()) done.insert(p.article.id);
      if (Status s = Store(p, store, st); !s.ok()) return Status::Error(where() + s.message());
      if (done.count(c->article))
        return Status::Error(where() + "not grouped by article: article '" + c->article +
                             "' comes back after other articles");
      p.article.id = c->article;
      p.article.source = name;
      p.article.meta.published = c->published;
      p.article.meta.outlet = c->outlet;
    }
    p.hash.Add(line);
    p.claims.push_back(std::move(*c));
  }
  if (in.bad()) return Status::Error(name + ": read error after line " + std::to_string(n));
  if (Status s = Store(p, store, st); !s.ok()) return Status::Error(name + ": " + s.message());
  return st;
}

}  // namespace suchi
