// The conflict check group by group (see groups.h): one accumulator fed a
// group at a time by two readers, the store's key index and a grouped
// JSON Lines stream.
#include "groups.h"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

#include <nlohmann/json.hpp>

#include "json.h"

namespace suchi {
namespace {

bool ByPosition(const Claim& a, const Claim& b) {
  return std::tie(a.article, a.start, a.id) < std::tie(b.article, b.start, b.id);
}

// Checks groups one by one and keeps the findings.
class Accumulator {
 public:
  explicit Accumulator(const GroupCheckOptions& o) : o_(o) {}

  // Checks one whole group (its claims in any order; they are consumed).
  void Add(std::vector<Claim>& group) {
    if (group.empty()) return;
    std::sort(group.begin(), group.end(), ByPosition);
    ++out_.groups;
    out_.claims_checked += static_cast<long>(group.size());
    out_.largest_group = std::max(out_.largest_group, group.size());
    std::vector<Conflict> found =
        FindGroupConflicts(group, *o_.rates, *o_.same_fact, o_.min_confidence);
    if (found.empty()) return;
    std::unordered_set<std::string> named;  // copies: the conflicts move on
    for (Conflict& c : found) {
      if (o_.touching && std::none_of(c.claims.begin(), c.claims.end(), [&](const std::string& id) {
            return o_.touching->count(id) > 0;
          }))
        continue;
      named.insert(c.claims.begin(), c.claims.end());
      out_.conflicts.push_back(std::move(c));
    }
    for (Claim& c : group)
      if (named.count(c.id)) out_.claims.push_back(std::move(c));
  }

  GroupCheck Finish() {
    SortConflicts(out_.conflicts);
    std::sort(out_.claims.begin(), out_.claims.end(), ByPosition);
    return std::move(out_);
  }

 private:
  const GroupCheckOptions& o_;
  GroupCheck out_;
};

// Appends the stored claims of `group` (keys "group/period") to `out`.
Status AppendGroup(const ClaimStore& store, const std::string& group, std::vector<Claim>& out) {
  static const std::set<std::string> kNoSkip;
  Result<std::vector<Claim>> claims = store.GroupClaims(group, kNoSkip);
  if (!claims.ok()) return claims.status();
  out.insert(out.end(), std::make_move_iterator(claims->begin()), std::make_move_iterator(claims->end()));
  return Status();
}

}  // namespace

Result<GroupCheck> CheckStoredGroups(const ClaimStore& store, const std::set<std::string>* groups,
                                     const GroupCheckOptions& options) {
  std::set<std::string> all;
  if (groups == nullptr) {
    // Every stream group with a key in the store (distinct keys, not claims).
    Status s = store.ForEachKey([&all](std::string_view key) {
      std::string g = StreamGroupOfKey(key);
      if (!g.empty()) all.insert(std::move(g));
    });
    if (!s.ok()) return s;
    groups = &all;
  }
  Accumulator acc(options);
  std::vector<Claim> group;
  for (const std::string& g : *groups) {
    group.clear();
    // A stream group is the claims keyed "g/...", its ranks "g_rank/..." and
    // its shares "g_percent/...".
    for (const std::string& stored : {g, g + "_rank", g + "_percent"})
      if (Status s = AppendGroup(store, stored, group); !s.ok()) return s;
    acc.Add(group);
  }
  return acc.Finish();
}

Result<GroupCheck> CheckClaimStream(std::istream& in, const std::string& name,
                                    const GroupCheckOptions& options) {
  Accumulator acc(options);
  std::vector<Claim> group;
  std::string current;                   // the group being read
  std::unordered_set<std::string> done;  // groups already checked
  std::string line;
  long n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::size_t brace = line.find('{');
    if (brace == std::string::npos) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      return Status::Error(name + ":" + std::to_string(n) + ": not a JSON claim");
    }
    nlohmann::json j = nlohmann::json::parse(std::string_view(line).substr(brace), nullptr,
                                             /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
      return Status::Error(name + ":" + std::to_string(n) + ": not a JSON claim");
    Result<Claim> c = ClaimFromJson(j);
    if (!c.ok()) return Status::Error(name + ":" + std::to_string(n) + ": " + c.status().message());
    std::optional<std::string> g = StreamGroup(*c);
    if (!g) continue;
    if (*g != current) {
      acc.Add(group);
      group.clear();
      if (!current.empty()) done.insert(current);
      if (done.count(*g))
        return Status::Error(name + ":" + std::to_string(n) + ": not grouped: group '" + *g +
                             "' comes back after other groups (sort the claims by their "
                             "\"group\" field first)");
      current = *g;
    }
    group.push_back(std::move(*c));
  }
  if (in.bad()) return Status::Error(name + ": read error after line " + std::to_string(n));
  acc.Add(group);
  return acc.Finish();
}

}  // namespace suchi
