// Verdicts on conflicts (see review.h): names, claims hashes, JSON lines
// and the import into the store.
#include "review.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "hash.h"

namespace suchi {

std::optional<std::string> CanonicalVerdict(std::string_view s) {
  static const std::pair<std::string_view, const char*> kNames[] = {
      {"confirmed", "confirmed"},     {"confirm", "confirmed"},     {"dismissed", "dismissed"},
      {"dismiss", "dismissed"},       {"needs_check", "needs_check"}, {"needs-check", "needs_check"},
  };
  for (const auto& [name, canonical] : kNames)
    if (s == name) return std::string(canonical);
  return std::nullopt;
}

std::string ConflictClaimsHash(const Conflict& conflict,
                               const std::unordered_map<std::string_view, const Claim*>& by_id) {
  std::vector<std::string_view> ids(conflict.claims.begin(), conflict.claims.end());
  std::sort(ids.begin(), ids.end());
  FieldHash h;
  h.Add(conflict.kind);
  char buf[64];
  for (std::string_view id : ids) {
    h.Add(id);
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    const Claim& c = *it->second;
    h.Add(c.quote);
    std::snprintf(buf, sizeof buf, "%.17g", c.q.value);
    h.Add(buf);
    std::snprintf(buf, sizeof buf, "%.17g", c.q.value_max.value_or(c.q.value));
    h.Add(buf);
    h.Add(c.q.unit_id);
    h.Add(c.key);
  }
  return h.Hex();
}

Result<Review> ParseReviewLine(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Error("not a JSON object");
  auto text = [&](const char* k) -> std::string {
    auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
  };
  Review r;
  r.conflict = text("conflict");
  if (r.conflict.empty()) return Status::Error("no \"conflict\" id");
  std::optional<std::string> v = CanonicalVerdict(text("verdict"));
  if (!v) return Status::Error("\"verdict\" must be confirmed, dismissed or needs_check");
  r.verdict = *v;
  r.note = text("note");
  r.claims_hash = text("claims_hash");
  r.reviewed_at = text("reviewed_at");
  return r;
}

std::string ReviewJsonLine(const Review& r) {
  nlohmann::ordered_json j;
  j["conflict"] = r.conflict;
  j["verdict"] = r.verdict;
  j["note"] = r.note;
  j["claims_hash"] = r.claims_hash;
  if (!r.reviewed_at.empty()) j["reviewed_at"] = r.reviewed_at;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

AppliedReviews ApplyReviews(const std::vector<Review>& reviews, const std::vector<Conflict>& conflicts,
                            const std::vector<std::string>& hashes) {
  std::unordered_map<std::string_view, std::string_view> hash_of;
  for (std::size_t i = 0; i < conflicts.size() && i < hashes.size(); ++i)
    hash_of.emplace(conflicts[i].id, hashes[i]);
  AppliedReviews out;
  for (const Review& r : reviews) {  // oldest first: a later verdict replaces an earlier one
    auto it = hash_of.find(r.conflict);
    if (it == hash_of.end()) continue;
    if (it->second == r.claims_hash) {
      out.current[r.conflict] = r;
      out.stale_of.erase(r.conflict);
    } else {
      out.current.erase(r.conflict);
      out.stale_of[r.conflict] = r;
    }
  }
  out.stale = static_cast<long>(out.stale_of.size());
  return out;
}

Result<long> ImportReviews(ClaimStore& store, std::istream& in, const std::string& name) {
  std::string line;
  long n = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = name + ":" + std::to_string(line_no) + ": ";
    Result<Review> r = ParseReviewLine(line);
    if (!r.ok()) return Status::Error(where + r.status().message());
    Result<std::optional<StoredConflict>> known = store.GetConflict(r->conflict);
    if (!known.ok()) return known.status();
    if (!*known) return Status::Error(where + "conflict '" + r->conflict + "' is not in the store");
    if (r->claims_hash.empty()) r->claims_hash = (*known)->claims_hash;
    if (Status s = store.PutReview(*r); !s.ok()) return Status::Error(where + s.message());
    ++n;
  }
  return n;
}

}  // namespace suchi
