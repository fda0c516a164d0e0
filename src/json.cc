// JSON records of the output contract. Field names follow
// ../shared/CONTRACT.md; additions are documented in docs/schema/.
#include "json.h"

#include <cmath>

namespace suchi {
namespace {

using nlohmann::json;

// Writes integral values as integers so "109" is not "109.0".
json Number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v))
    return json(static_cast<long long>(v));
  return json(v);
}

json EntityJson(const std::optional<Entity>& e) {
  if (!e) return nullptr;
  return {{"id", e->id}, {"text", e->text}};
}

std::optional<Entity> EntityFrom(const json& j) {
  if (!j.is_object()) return std::nullopt;
  return Entity{j.value("id", ""), j.value("text", "")};
}

UnitKind UnitKindFrom(const std::string& s) {
  for (int k = 0; k <= static_cast<int>(UnitKind::kTime); ++k)
    if (s == UnitKindName(static_cast<UnitKind>(k))) return static_cast<UnitKind>(k);
  return UnitKind::kNone;
}

}  // namespace

json UnitToJson(const Quantity& q) {
  return {{"kind", UnitKindName(q.kind)},
          {"text", q.unit_text},
          {"currency", q.currency.empty() ? json(nullptr) : json(q.currency)},
          {"id", q.unit_id}};
}

json QuantityToJson(const Quantity& q) {
  json j = {{"value", Number(q.value)},
            {"value_max", q.value_max ? Number(*q.value_max) : json(nullptr)},
            {"qualifier", q.qualifier},
            {"unit", UnitToJson(q)},
            {"basis", q.basis_per ? json{{"per", Number(*q.basis_per)}, {"text", q.basis_text}}
                                  : json(nullptr)},
            {"resolution", q.resolution},
            {"rule", q.rule}};
  if (q.kind == UnitKind::kTime) {
    j["year"] = q.year;
    if (q.year_end) j["year_end"] = q.year_end;
  }
  return j;
}

json ClaimToJson(const Claim& c) {
  json j = {{"id", c.id},
            {"article", c.article},
            {"start", c.start},
            {"end", c.end},
            {"char_start", c.char_start},
            {"char_end", c.char_end},
            {"quote", c.quote}};
  json q = QuantityToJson(c.q);
  for (const char* f : {"value", "value_max", "qualifier", "unit", "basis", "resolution", "rule"})
    j[f] = q[f];
  j["subject"] = EntityJson(c.subject);
  j["metric"] = EntityJson(c.metric);
  j["period"] = c.period ? json{{"start", c.period->start}, {"end", c.period->end},
                                {"text", c.period->text}}
                         : json(nullptr);
  j["key"] = c.key;
  j["sentence"] = c.sentence;
  j["source"] = c.source.empty() ? json(nullptr) : json(c.source);
  j["flags"] = {{"headline", c.headline}, {"quoted", c.quoted}, {"question", c.question},
                {"negated", c.negated}};
  j["derived_from"] = c.derived_from.empty() ? json(nullptr) : json(c.derived_from);
  j["published"] = c.published.empty() ? json(nullptr) : json(c.published);
  j["outlet"] = c.outlet.empty() ? json(nullptr) : json(c.outlet);
  return j;
}

Result<Claim> ClaimFromJson(const json& j) {
  if (!j.is_object()) return Status::Error("claim record is not a JSON object");
  try {
    Claim c;
    c.id = j.at("id").get<std::string>();
    c.article = j.at("article").get<std::string>();
    c.start = j.at("start").get<std::size_t>();
    c.end = j.at("end").get<std::size_t>();
    c.char_start = j.value("char_start", std::size_t{0});
    c.char_end = j.value("char_end", std::size_t{0});
    c.quote = j.value("quote", "");
    c.q.value = j.at("value").get<double>();
    if (j.contains("value_max") && j["value_max"].is_number()) c.q.value_max = j["value_max"].get<double>();
    c.q.qualifier = j.value("qualifier", "exact");
    c.q.resolution = j.value("resolution", 1.0);
    c.q.rule = j.value("rule", "");
    if (const json& u = j.value("unit", json::object()); u.is_object()) {
      c.q.kind = UnitKindFrom(u.value("kind", "none"));
      c.q.unit_text = u.value("text", "");
      c.q.unit_id = u.value("id", "");
      if (u.contains("currency") && u["currency"].is_string()) c.q.currency = u["currency"];
    }
    if (const json& b = j.value("basis", json()); b.is_object()) {
      c.q.basis_per = b.value("per", 0.0);
      c.q.basis_text = b.value("text", "");
    }
    c.subject = EntityFrom(j.value("subject", json()));
    c.metric = EntityFrom(j.value("metric", json()));
    if (const json& p = j.value("period", json()); p.is_object())
      c.period = Period{p.value("start", 0), p.value("end", 0), p.value("text", "")};
    c.key = j.value("key", "");
    c.sentence = j.value("sentence", "");
    if (j.contains("source") && j["source"].is_string()) c.source = j["source"];
    if (const json& f = j.value("flags", json()); f.is_object()) {
      c.headline = f.value("headline", false);
      c.quoted = f.value("quoted", false);
      c.question = f.value("question", false);
      c.negated = f.value("negated", false);
    }
    if (j.contains("derived_from") && j["derived_from"].is_string()) c.derived_from = j["derived_from"];
    if (j.contains("published") && j["published"].is_string()) c.published = j["published"];
    if (j.contains("outlet") && j["outlet"].is_string()) c.outlet = j["outlet"];
    return c;
  } catch (const json::exception& e) {
    return Status::Error(std::string("claim record: ") + e.what());
  }
}

json ConflictToJson(const Conflict& c) {
  return {{"id", c.id},         {"kind", c.kind},
          {"key", c.key},       {"claims", c.claims},
          {"explanation", c.explanation}, {"severity", c.severity},
          {"tolerance", c.tolerance}};
}

}  // namespace suchi
