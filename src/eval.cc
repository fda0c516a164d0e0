// Scoring against a gold set (see eval.h). Mirrors the reference scorer:
// a gold claim is found when an extracted claim of the same article overlaps
// its byte span and has the same value (and value_max for ranges); then
// attributes, grouping (pairwise key agreement) and conflicts are scored.
#include "eval.h"

#include <cmath>
#include <fstream>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace suchi {
namespace {

using nlohmann::json;

Result<std::vector<json>> LoadJsonl(const std::string& path, bool must_exist) {
  std::ifstream in(path);
  if (!in) {
    if (must_exist) return Status::Error(path + ": cannot open");
    return std::vector<json>{};
  }
  std::vector<json> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) return Status::Error(path + ":" + std::to_string(n) + ": not JSON");
    out.push_back(std::move(j));
  }
  return out;
}

bool SameNum(const json& a, const json& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (!a.is_number() || !b.is_number()) return false;
  double x = a.get<double>(), y = b.get<double>();
  return std::fabs(x - y) <= 1e-9 * std::max({1.0, std::fabs(x), std::fabs(y)});
}

json Path(const json& j, std::initializer_list<const char*> keys) {
  const json* cur = &j;
  for (const char* k : keys) {
    if (!cur->is_object() || !cur->contains(k)) return nullptr;
    cur = &(*cur)[k];
  }
  return *cur;
}

bool Overlaps(const json& c, const json& r) {
  if (!c.value("start", json()).is_number_integer() || !c.value("end", json()).is_number_integer())
    return false;
  long s = c["start"], e = c["end"];
  return c.value("article", "") == r.value("article", "") && s < r["end"].get<long>() &&
         r["start"].get<long>() < e;
}

std::string Ratio(const std::pair<int, int>& p) {
  return std::to_string(p.first) + "/" + std::to_string(p.second);
}

std::string Fixed(double v, int digits) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(digits) << v;
  return o.str();
}

struct Scored {
  std::map<std::string, std::size_t> match;  // gold id -> claim index
  std::set<std::size_t> used;
};

Scored MatchClaims(const std::vector<json>& gold, const std::vector<json>& mine) {
  Scored s;
  for (const json& r : gold) {
    for (std::size_t i = 0; i < mine.size(); ++i) {
      if (s.used.count(i) || !Overlaps(mine[i], r)) continue;
      const json& c = mine[i];
      if (SameNum(c.value("value", json()), r["value"]) &&
          (r.value("value_max", json()).is_null() ||
           SameNum(c.value("value_max", json()), r["value_max"]))) {
        s.match[r["gold"]] = i;
        s.used.insert(i);
        break;
      }
    }
  }
  return s;
}

void ScoreAttributes(const std::vector<json>& gold, const std::vector<json>& mine,
                     const Scored& s, std::ostringstream& out) {
  std::map<std::string, std::pair<int, int>> attrs;
  auto att = [&](const std::string& name, bool ok) {
    auto& a = attrs[name];
    a.second += 1;
    a.first += ok;
  };
  std::vector<std::string> order = {"unit.kind", "unit.currency", "basis", "subject(country)",
                                    "period"};
  for (const json& r : gold) {
    auto it = s.match.find(r["gold"]);
    if (it == s.match.end()) continue;
    const json& c = mine[it->second];
    att("unit.kind", Path(c, {"unit", "kind"}) == r.value("kind", json()));
    if (r.value("currency", json()).is_string())
      att("unit.currency", Path(c, {"unit", "currency"}) == r["currency"]);
    att("basis", SameNum(Path(c, {"basis", "per"}), r.value("basis", json())));
    json subj = r.value("subject", json());
    if (subj.is_string() && subj.get<std::string>().size() == 2) {
      json id = Path(c, {"subject", "id"});
      std::string got = id.is_string() ? id.get<std::string>() : "";
      for (char& ch : got) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      att("subject(country)", got == subj.get<std::string>());
    }
    if (r.value("period", json()).is_array()) {
      json s0 = r["period"][0], e0 = r["period"][1];
      json ps = Path(c, {"period", "start"}), pe = Path(c, {"period", "end"});
      att("period", ps == s0 && (pe == e0 || (s0 == e0 && pe.is_null())));
    }
  }
  out << "attributes:";
  for (const std::string& k : order)
    if (attrs.count(k)) out << " " << k << "=" << Ratio(attrs[k]);
  out << "\n";
}

void ScoreGrouping(const std::vector<json>& gold, const std::vector<json>& mine, const Scored& s,
                   std::ostringstream& out) {
  std::vector<const json*> found;
  for (const json& r : gold)
    if (s.match.count(r["gold"])) found.push_back(&r);
  long tp = 0, fn = 0, fp = 0;
  for (std::size_t a = 0; a < found.size(); ++a)
    for (std::size_t b = a + 1; b < found.size(); ++b) {
      bool gs = (*found[a])["fact"] == (*found[b])["fact"];
      json ka = mine[s.match.at((*found[a])["gold"])].value("key", json());
      json kb = mine[s.match.at((*found[b])["gold"])].value("key", json());
      bool ts = !ka.is_null() && ka == kb;
      if (gs && ts) ++tp;
      else if (gs) ++fn;
      else if (ts) ++fp;
    }
  double gp = tp + fp ? double(tp) / (tp + fp) : 0, gr = tp + fn ? double(tp) / (tp + fn) : 0;
  out << "grouping: pairs_same_found=" << tp << " pairs_same_missed=" << fn
      << " pairs_wrongly_merged=" << fp << " precision=" << Fixed(gp, 4)
      << " recall=" << Fixed(gr, 4) << "\n";
}

Status ScoreConflicts(const std::string& prefix, const std::string& path,
                      const std::vector<json>& gold, const std::vector<json>& mine,
                      const Scored& s, std::ostringstream& out) {
  std::ifstream gin(prefix + ".conflicts.json");
  if (!gin || path.empty()) return Status();
  json gconf = json::parse(gin, nullptr, false);
  if (gconf.is_discarded()) return Status::Error(prefix + ".conflicts.json: not JSON");
  Result<std::vector<json>> confs = LoadJsonl(path, true);
  if (!confs.ok()) return confs.status();
  std::map<std::string, std::string> cid2gold;
  for (const auto& [gid, i] : s.match)
    if (mine[i].contains("id")) cid2gold[mine[i]["id"]] = gid;
  auto found = [&](const json& sides) {
    for (const json& k : *confs) {
      std::set<std::string> gids;
      for (const json& x : k.value("claims", json::array()))
        if (x.is_string() && cid2gold.count(x)) gids.insert(cid2gold[x]);
      bool all = true;
      for (const json& sd : sides) all = all && gids.count(sd);
      if (all) return true;
    }
    return false;
  };
  std::map<std::string, std::string> fact_of;
  for (const json& r : gold) fact_of[r["gold"]] = r["fact"];
  std::set<std::string> cons;
  for (const json& n : gconf.value("consistent", json::array()))
    for (const json& f : n["facts"]) cons.insert(f);
  int false_alarms = 0;
  for (const json& k : *confs) {
    bool hit = false;
    for (const json& x : k.value("claims", json::array()))
      if (x.is_string() && cid2gold.count(x) && cons.count(fact_of[cid2gold[x]])) hit = true;
    false_alarms += hit;
  }
  int req = 0, req_found = 0, st = 0, st_found = 0;
  std::string each;
  for (const char* kind : {"conflicts", "stretch"})
    for (const json& gc : gconf.value(kind, json::array())) {
      bool f = found(gc["sides"]);
      (std::string(kind) == "conflicts" ? req : st) += 1;
      (std::string(kind) == "conflicts" ? req_found : st_found) += f;
      each += " " + gc["id"].get<std::string>() + "=" + (f ? "found" : "missed");
    }
  out << "conflicts: required_found=" << req_found << "/" << req << " stretch_found=" << st_found
      << "/" << st << " reported=" << confs->size()
      << " false_alarms_on_consistent=" << false_alarms << each << "\n";
  return Status();
}

}  // namespace

Result<std::string> Evaluate(const std::string& prefix, const std::string& claims_path,
                             const std::string& conflicts_path, const EvalOptions& options) {
  Result<std::vector<json>> gold = LoadJsonl(prefix + ".claims.jsonl", true);
  if (!gold.ok()) return gold.status();
  Result<std::vector<json>> negs = LoadJsonl(prefix + ".negatives.jsonl", false);
  if (!negs.ok()) return negs.status();
  Result<std::vector<json>> claims = LoadJsonl(claims_path, true);
  if (!claims.ok()) return claims.status();
  std::set<std::string> arts;
  for (const json& r : *gold) arts.insert(r["article"].get<std::string>());
  std::vector<json> mine;
  for (json& c : *claims)
    if (c.is_object() && c.value("article", json()).is_string() && arts.count(c["article"]))
      mine.push_back(std::move(c));
  Scored s = MatchClaims(*gold, mine);
  int req = 0, tp = 0;
  std::ostringstream missed, extra, neg_hits;
  for (const json& r : *gold) {
    if (r.value("optional", false)) continue;
    ++req;
    if (s.match.count(r["gold"])) ++tp;
    else missed << "missed: " << r["article"].get<std::string>() << " " << r["quote"].get<std::string>()
                << " " << r["value"] << " " << r.value("note", "") << "\n";
  }
  for (std::size_t i = 0; i < mine.size(); ++i)
    if (!s.used.count(i))
      extra << "extra: " << mine[i].value("article", "") << " " << mine[i].value("quote", "") << " "
            << mine[i].value("value", json()) << "\n";
  int nh = 0;
  for (const json& n : *negs)
    for (const json& c : mine)
      if (Overlaps(c, n)) {
        ++nh;
        neg_hits << "negative hit: " << n["article"].get<std::string>() << " "
                 << n["quote"].get<std::string>() << " " << n.value("why", "") << "\n";
        break;
      }
  double P = mine.empty() ? 0 : double(s.used.size()) / mine.size();
  double R = req ? double(tp) / req : 0, F = P + R > 0 ? 2 * P * R / (P + R) : 0;
  std::ostringstream out;
  out << "claims_in_gold_articles: " << mine.size() << "\ngold_required: " << req
      << "\nfound: " << tp << "\nfalse_positives: " << mine.size() - s.used.size()
      << "\nnegatives_hit: " << nh << "\nprecision: " << Fixed(P, 4)
      << "\nrecall: " << Fixed(R, 4) << "\nf1: " << Fixed(F, 4) << "\n";
  ScoreAttributes(*gold, mine, s, out);
  ScoreGrouping(*gold, mine, s, out);
  if (Status st = ScoreConflicts(prefix, conflicts_path, *gold, mine, s, out); !st.ok()) return st;
  if (options.verbose) out << missed.str() << extra.str() << neg_hits.str();
  out << "score: P=" << Fixed(P, 3) << " R=" << Fixed(R, 3) << " F1=" << Fixed(F, 3) << "\n";
  return out.str();
}

}  // namespace suchi
