// The reports' data model (see report_model.h).
#include "report_model.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>

#include "conflict.h"

namespace suchi {
namespace {

int SeverityRank(const std::string& s) { return s == "high" ? 0 : s == "medium" ? 1 : 2; }

// True when `a` comes before `b` in review order (report_model.h).
bool ReviewOrder(const Conflict* a, const Conflict* b) {
  bool xa = a->articles > 1, xb = b->articles > 1;
  if (xa != xb) return xa;
  if (a->confidence != b->confidence) return a->confidence > b->confidence;
  if (a->articles != b->articles) return a->articles > b->articles;
  if (a->severity != b->severity) return SeverityRank(a->severity) < SeverityRank(b->severity);
  return a->id < b->id;
}

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// The quote inside the normalized sentence, as a whole figure (not the
// "3%" of "43%"): the fallback when the article text is not known.
std::pair<std::string, std::string> FromSentence(const Claim& c) {
  std::string_view s = c.sentence, q = c.quote;
  if (!q.empty()) {
    for (std::size_t at = s.find(q); at != std::string_view::npos; at = s.find(q, at + 1)) {
      bool left = at > 0 && (IsDigitByte(s[at - 1]) || s[at - 1] == '.' || s[at - 1] == ',');
      if (!left) return {std::string(s.substr(0, at)), std::string(s.substr(at + q.size()))};
    }
  }
  return {std::string(s) + " ", ""};
}

std::string KeyPart(std::string_view key, int i) {
  for (int n = 0; n < i; ++n) {
    std::size_t slash = key.find('/');
    if (slash == std::string_view::npos) return "";
    key.remove_prefix(slash + 1);
  }
  return std::string(key.substr(0, key.find('/')));
}

}  // namespace

std::pair<std::string, std::string> SentenceAround(std::string_view text, std::size_t start, std::size_t end,
                                                   std::size_t limit) {
  start = std::min(start, text.size());
  end = std::clamp(end, start, text.size());
  auto ends_sentence = [&](std::size_t i) {  // text[i] closes a sentence
    char c = text[i];
    return (c == '.' || c == '?' || c == '!') && i + 1 < text.size() &&
           (text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '\r');
  };
  std::size_t b = start;
  while (b > 0 && start - b < limit && text[b - 1] != '\n' && !(b >= 2 && ends_sentence(b - 2) && text[b - 1] == ' '))
    --b;
  std::size_t e = end;
  while (e < text.size() && e - end < limit && text[e] != '\n' && text[e] != '\r') {
    if (ends_sentence(e)) {
      ++e;
      break;
    }
    ++e;
  }
  while (b < start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;  // a character boundary
  while (e > end && e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
  std::string pre(text.substr(b, start - b)), post(text.substr(end, e - end));
  std::size_t lead = pre.find_first_not_of(' ');
  return {lead == std::string::npos ? "" : pre.substr(lead), post};
}

std::vector<std::size_t> Utf16Offsets(std::string_view text, const std::vector<std::size_t>& bytes) {
  std::vector<std::size_t> out;
  out.reserve(bytes.size());
  std::size_t i = 0, u = 0;
  for (std::size_t want : bytes) {
    while (i < text.size() && i < want) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      std::size_t len = c < 0x80 ? 1 : c >> 5 == 6 ? 2 : c >> 4 == 14 ? 3 : c >> 3 == 30 ? 4 : 1;
      if (i + len > want) break;  // inside a character: its start
      i += len;
      u += len == 4 ? 2 : 1;
    }
    out.push_back(u);
  }
  return out;
}

std::string ScriptJson(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> ClaimsHashes(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts) {
  std::unordered_map<std::string_view, const Claim*> by_id;
  for (const Claim& c : claims) by_id.emplace(c.id, &c);
  std::vector<std::string> out;
  out.reserve(conflicts.size());
  for (const Conflict& k : conflicts) out.push_back(ConflictClaimsHash(k, by_id));
  return out;
}

namespace {

// Builds claim, article and mark entries; one instance per model.
class ModelBuilder {
 public:
  ModelBuilder(ReportModel& m, const std::vector<Claim>& claims, const ReportOptions& o) : m_(m), o_(o) {
    for (const Claim& c : claims) by_id_.emplace(c.id, &c);
    if (o.articles)
      for (const StoredArticle& a : *o.articles) stored_.emplace(a.id, &a);
  }
  const std::unordered_map<std::string_view, const Claim*>& by_id() const { return by_id_; }

  // Returns the index of claim `id` in the model (adding it), or -1.
  int ClaimIndex(const std::string& id) {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return -1;
    auto [at, added] = claim_index_.emplace(id, static_cast<int>(m_.claims.size()));
    if (!added) return at->second;
    const Claim& c = *it->second;
    ModelClaim mc;
    mc.c = &c;
    mc.article = ArticleIndex(c);
    const ModelArticle& a = m_.articles[mc.article];
    if (a.text && c.end <= a.text->size() && c.start < c.end &&
        std::string_view(*a.text).substr(c.start, c.end - c.start) == c.quote) {
      std::tie(mc.pre, mc.post) = SentenceAround(*a.text, c.start, c.end);
    } else {
      std::tie(mc.pre, mc.post) = FromSentence(c);
    }
    m_.claims.push_back(std::move(mc));
    return at->second;
  }

  // Marks every article's claims at their offsets (after all claims are in).
  void MarkArticles() {
    std::unordered_map<std::string_view, int> claim_of;
    for (std::size_t i = 0; i < m_.claims.size(); ++i) claim_of.emplace(m_.claims[i].c->id, static_cast<int>(i));
    std::vector<std::vector<ClaimSpan>> own(m_.articles.size());
    for (const ModelClaim& mc : m_.claims) own[mc.article].push_back({mc.c->id, mc.c->start, mc.c->end});
    for (std::size_t i = 0; i < m_.articles.size(); ++i) {
      ModelArticle& a = m_.articles[i];
      if (!a.text) continue;
      std::vector<ClaimSpan> spans = own[i];
      if (o_.spans)
        if (auto it = o_.spans->find(a.id); it != o_.spans->end()) spans = it->second;
      std::sort(spans.begin(), spans.end(), [](const ClaimSpan& x, const ClaimSpan& y) {
        return x.start != y.start ? x.start < y.start : x.end > y.end;
      });
      std::vector<std::size_t> bytes;
      std::vector<const ClaimSpan*> kept;
      std::size_t last = 0;
      for (const ClaimSpan& s : spans) {
        if (s.start < last || s.end <= s.start || s.end > a.text->size()) continue;  // overlapping or out of the text
        kept.push_back(&s);
        bytes.push_back(s.start), bytes.push_back(s.end);
        last = s.end;
      }
      std::vector<std::size_t> u = Utf16Offsets(*a.text, bytes);
      for (std::size_t j = 0; j < kept.size(); ++j) {
        auto it = claim_of.find(kept[j]->id);
        a.marks.push_back({u[2 * j], u[2 * j + 1], it == claim_of.end() ? -1 : it->second, kept[j]->id});
      }
    }
  }

 private:
  int ArticleIndex(const Claim& c) {
    auto [at, added] = article_index_.emplace(c.article, static_cast<int>(m_.articles.size()));
    if (!added) return at->second;
    ModelArticle a;
    a.id = c.article;
    a.outlet = c.outlet;
    a.published = c.published;
    if (auto it = stored_.find(c.article); it != stored_.end()) {
      const StoredArticle& s = *it->second;
      a.title = s.title;
      a.url = s.url;
      if (!s.outlet.empty()) a.outlet = s.outlet;
      if (!s.published.empty()) a.published = s.published;
      if (!s.text.empty()) a.text = &s.text;
    }
    m_.articles.push_back(std::move(a));
    return at->second;
  }

  ReportModel& m_;
  const ReportOptions& o_;
  std::unordered_map<std::string_view, const Claim*> by_id_;
  std::unordered_map<std::string_view, const StoredArticle*> stored_;
  std::unordered_map<std::string, int> claim_index_, article_index_;
};

std::string Explain(const Conflict& k, const ModelConflict& mc, const ReportLocale& l) {
  std::string id = "expl_" + k.kind;
  if (l.messages().count(id) == 0) return k.explanation;
  std::string values;
  for (const ModelSide& s : mc.sides) values += (values.empty() ? "" : " · ") + s.label;
  return l.Format(id, {{"values", values},
                       {"sides", std::to_string(mc.sides.size())},
                       {"articles", std::to_string(k.articles)},
                       {"claims", std::to_string(k.claims.size())},
                       {"subject", mc.subject},
                       {"metric", mc.metric},
                       {"tolerance", FormatNumber(k.tolerance)}});
}

}  // namespace

ReportModel BuildReportModel(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                             const ReportOptions& o) {
  ReportModel m;
  const ReportLocale& l = *o.locale;
  m.lang = l.lang();
  m.title = o.title.empty() ? l.Msg("report_title") : o.title;
  ModelBuilder b(m, claims, o);
  std::vector<std::string> hashes = ClaimsHashes(claims, conflicts);
  std::vector<std::size_t> order(conflicts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return ReviewOrder(&conflicts[a], &conflicts[b]); });
  std::unordered_set<std::string_view> articles, claim_ids, all_articles;
  for (const Claim& c : claims) all_articles.insert(c.article);
  for (std::size_t i : order) {
    const Conflict& k = conflicts[i];
    ModelConflict mc;
    mc.k = &k;
    mc.claims_hash = hashes[i];
    mc.subject = KeyPart(k.key, 0), mc.metric = KeyPart(k.key, 1);
    if (o.reviews)
      if (auto it = o.reviews->current.find(k.id); it != o.reviews->current.end())
        mc.verdict = it->second.verdict, mc.note = it->second.note;
    if (o.reviews)
      if (auto it = o.reviews->stale_of.find(k.id); it != o.reviews->stale_of.end())
        mc.stale_verdict = it->second.verdict;
    std::vector<ConflictSide> sides = k.sides;
    if (sides.empty())  // records without sides: one side per claim
      for (const std::string& id : k.claims) {
        ConflictSide one;
        one.claims = {id};
        sides.push_back(std::move(one));
      }
    std::set<std::string> units;
    for (const ConflictSide& s : sides) {
      ModelSide ms;
      for (const std::string& id : s.claims)
        if (int ci = b.ClaimIndex(id); ci >= 0) ms.claims.push_back(ci);
      ms.label = ms.claims.empty() ? FormatNumber(s.value) + s.unit_text : m.claims[ms.claims[0]].c->quote;
      ms.canonical = s.canonical, ms.unit = s.canonical_unit;
      units.insert(s.canonical_unit);
      mc.sides.push_back(std::move(ms));
    }
    mc.chart = units.size() == 1 && k.kind != "period_mismatch" && !k.sides.empty();
    for (const ModelSide& s : mc.sides)
      for (int ci : s.claims) {
        const std::string& outlet = m.articles[m.claims[ci].article].outlet;
        if (!outlet.empty() && std::find(mc.outlets.begin(), mc.outlets.end(), outlet) == mc.outlets.end())
          mc.outlets.push_back(outlet);
      }
    mc.explanation = Explain(k, mc, l);
    if (mc.verdict == "dismissed") ++m.dismissed;
    else if (mc.verdict == "confirmed") ++m.confirmed;
    else if (mc.verdict == "needs_check") ++m.needs_check;
    else ++m.unreviewed;
    if (mc.verdict != "dismissed") {
      ++m.shown;
      ++m.by_kind[k.kind], ++m.by_severity[k.severity];
      if (k.articles > 1) ++m.cross_article;
      for (const std::string& id : k.claims) {
        claim_ids.insert(id);
        if (auto it = b.by_id().find(id); it != b.by_id().end()) articles.insert(it->second->article);
      }
    }
    m.conflicts.push_back(std::move(mc));
  }
  b.MarkArticles();
  m.articles_taking_part = static_cast<long>(articles.size());
  m.claims_taking_part = static_cast<long>(claim_ids.size());
  m.articles_known = o.total_articles >= 0;
  m.total_articles = m.articles_known ? o.total_articles : static_cast<long>(all_articles.size());
  m.total_claims = o.total_claims >= 0 ? o.total_claims : static_cast<long>(claims.size());
  if (o.reviews) m.stale = o.reviews->stale;
  return m;
}

std::string PageJson(const ReportModel& m, const ReportLocale& l) {
  using json = nlohmann::json;
  json conflicts = json::array(), claims = json::array(), articles = json::array();
  for (const ModelConflict& mc : m.conflicts) {
    const Conflict& k = *mc.k;
    json sides = json::array();
    for (const ModelSide& s : mc.sides)
      sides.push_back({{"l", s.label}, {"c", s.claims}, {"v", s.canonical}, {"u", s.unit}});
    conflicts.push_back({{"id", k.id},         {"kind", k.kind},       {"sev", k.severity},
                         {"key", k.key},       {"conf", k.confidence}, {"n", k.articles},
                         {"x", k.articles > 1}, {"expl", mc.explanation}, {"detail", k.explanation},
                         {"hash", mc.claims_hash}, {"v", mc.verdict}, {"note", mc.note},
                         {"subj", mc.subject}, {"met", mc.metric},   {"outl", mc.outlets},
                         {"chart", mc.chart},  {"sides", sides},     {"nclaims", k.claims.size()}});
    if (!mc.stale_verdict.empty()) conflicts.back()["was"] = mc.stale_verdict;
  }
  for (const ModelClaim& mc : m.claims) {
    const Claim& c = *mc.c;
    json j = {{"id", c.id}, {"a", mc.article}, {"q", c.quote}, {"pre", mc.pre}, {"post", mc.post},
              {"qual", c.q.qualifier}};
    if (c.headline) j["hl"] = true;
    if (!c.derived_from.empty()) j["dv"] = true;
    if (c.q.basis_per) j["per"] = FormatNumber(*c.q.basis_per);
    claims.push_back(std::move(j));
  }
  for (const ModelArticle& a : m.articles)
    articles.push_back({{"id", a.id}, {"t", a.title}, {"o", a.outlet}, {"d", a.published}, {"u", a.url}});
  json page = {{"lang", m.lang}, {"t", l.messages()}, {"conflicts", conflicts}, {"claims", claims},
               {"articles", articles}};
  return ScriptJson(page.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::string ArticlesJson(const ReportModel& m) {
  using json = nlohmann::json;
  json out = json::array();
  for (const ModelArticle& a : m.articles) {
    if (!a.text) {
      out.push_back(nullptr);
      continue;
    }
    json marks = json::array();
    for (const ModelMark& k : a.marks) marks.push_back({k.begin, k.end, k.claim, k.id});
    out.push_back({{"text", *a.text}, {"m", std::move(marks)}});
  }
  return ScriptJson(out.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace suchi
