// JSON records of the output contract. Field names follow
// ../shared/CONTRACT.md; additions are documented in docs/schema/.
#include "json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "utf8.h"

namespace suchi {
namespace {

using nlohmann::json;

// Returns true when `v` is written as an integer ("109", not "109.0").
bool WrittenAsInteger(double v) { return std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v); }

json Number(double v) { return WrittenAsInteger(v) ? json(static_cast<long long>(v)) : json(v); }

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
  j["key"] = c.key.empty() ? json(nullptr) : json(c.key);
  std::string group = c.question ? "" : StreamGroupOfKey(c.key);
  j["group"] = group.empty() ? json(nullptr) : json(group);
  j["sentence"] = c.sentence;
  j["source"] = c.source.empty() ? json(nullptr) : json(c.source);
  j["change"] = c.change.empty() ? json(nullptr) : json(c.change);
  j["change_beside"] = c.change_beside ? json(*c.change_beside) : json(nullptr);
  j["status"] = c.status.empty() ? json(nullptr) : json(c.status);
  j["flags"] = {{"headline", c.headline}, {"quoted", c.quoted}, {"question", c.question},
                {"negated", c.negated}, {"intraday", c.intraday},
                {"subject_inferred", c.subject_inferred}};
  j["derived_from"] = c.derived_from.empty() ? json(nullptr) : json(c.derived_from);
  j["published"] = c.published.empty() ? json(nullptr) : json(c.published);
  j["outlet"] = c.outlet.empty() ? json(nullptr) : json(c.outlet);
  return j;
}

namespace {

// How a string goes into JSON: as it is (valid UTF-8 without quotes,
// backslashes or control characters), escaped, or, for invalid UTF-8,
// through nlohmann::json, which replaces the bad bytes.
enum class JsonText { kPlain, kEscape, kInvalid };

JsonText Classify(std::string_view s) {
  bool escape = false;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      escape |= c < 0x20 || c == '"' || c == '\\';
      ++i;
      continue;
    }
    std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return JsonText::kInvalid;
    i += n;
  }
  return escape ? JsonText::kEscape : JsonText::kPlain;
}

// Writes one JSON line through a raw cursor into a scratch buffer of the
// thread, then appends it to the string in one copy. The buffer keeps its
// size from line to line (1 KiB of room past what a write needs, growth
// geometric), so no bytes are cleared per line and a claim costs a few
// memcpy calls rather than dozens of std::string appends.
class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out), buf_(Scratch()), p_(buf_.data()) {
    end_ = p_ + buf_.size();
    Room(1024);
  }
  ~LineWriter() { out_.append(buf_.data(), static_cast<std::size_t>(p_ - buf_.data())); }
  LineWriter(const LineWriter&) = delete;
  LineWriter& operator=(const LineWriter&) = delete;

  template <std::size_t N>
  void Key(const char (&k)[N]) {  // N counts the terminating NUL
    Room(N + 3);
    if (!first_) Byte(',');
    first_ = false;
    Byte('"');
    Raw(k, N - 1);
    Raw("\":", 2);
  }
  void Str(std::string_view s) { Str(s, Classify(s)); }
  // Writes the sentence of a claim: the claims of one sentence come one
  // after another, so the last sentence's class is kept (per thread).
  void Sentence(std::string_view s) {
    thread_local std::string last;
    thread_local JsonText last_class = JsonText::kPlain;
    if (s != last) last.assign(s), last_class = Classify(s);
    Str(s, last_class);
  }
  void Str(std::string_view s, JsonText text) {
    switch (text) {
      case JsonText::kPlain:
        Room(s.size() + 2);
        Byte('"');
        Raw(s.data(), s.size());
        Byte('"');
        return;
      case JsonText::kEscape:
        return Escaped(s);
      case JsonText::kInvalid:
        return Append(json(std::string(s)).dump(-1, ' ', false, json::error_handler_t::replace));
    }
  }
  void StrOrNull(std::string_view s) { s.empty() ? Null() : Str(s); }
  void Null() { Append("null"); }
  void Bool(bool b) { Append(b ? "true" : "false"); }
  void Int(long long v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    Append(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  // Writes `v` as Number(v) dumps: integral values as integers.
  void Num(double v) {
    if (WrittenAsInteger(v)) return Int(static_cast<long long>(v));
    Float(v);
  }
  // Writes `v` as json(v).dump() does ("1.0", "0.25", null when not finite),
  // with nlohmann's own formatter but no json value or string.
  void Float(double v) {
    if (!std::isfinite(v)) return Null();
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    Append(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  void Open() { Append("{"), first_ = true; }
  void Close() { Append("}"), first_ = false; }
  void Append(std::string_view s) {
    Room(s.size());
    Raw(s.data(), s.size());
  }

 private:
  // Writes valid UTF-8 `s` as a JSON string, escaped as nlohmann::json
  // escapes it: \" \\ \b \f \n \r \t, other controls as \u00xx.
  void Escaped(std::string_view s) {
    Room(s.size() * 6 + 2);  // \u00xx is the longest escape
    Byte('"');
    for (char ch : s) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (c >= 0x20 && c != '"' && c != '\\') {
        Byte(ch);
        continue;
      }
      Byte('\\');
      switch (c) {
        case '"': Byte('"'); break;
        case '\\': Byte('\\'); break;
        case '\b': Byte('b'); break;
        case '\f': Byte('f'); break;
        case '\n': Byte('n'); break;
        case '\r': Byte('r'); break;
        case '\t': Byte('t'); break;
        default:
          Raw("u00", 3);
          Byte("0123456789abcdef"[c >> 4]);
          Byte("0123456789abcdef"[c & 0xF]);
      }
    }
    Byte('"');
  }
  // The scratch buffer of this thread (one line is written at a time).
  static std::string& Scratch() {
    thread_local std::string buf;
    return buf;
  }
  // Makes room for n more bytes after the cursor.
  void Room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) >= n) return;
    std::size_t pos = static_cast<std::size_t>(p_ - buf_.data());
    buf_.resize(std::max(pos + n + 1024, buf_.size() * 2));
    p_ = buf_.data() + pos;
    end_ = buf_.data() + buf_.size();
  }
  void Byte(char c) { *p_++ = c; }
  void Raw(const char* p, std::size_t n) {
    std::memcpy(p_, p, n);
    p_ += n;
  }

  std::string& out_;
  std::string& buf_;
  char* p_;    // end of what was written; the buffer beyond it is scratch
  char* end_;  // end of the buffer
  bool first_ = true;
};

void EntityLine(LineWriter& w, const std::optional<Entity>& e) {
  if (!e) return w.Null();
  w.Open();
  w.Key("id"), w.Str(e->id);
  w.Key("text"), w.Str(e->text);
  w.Close();
}

}  // namespace

// Keys in the sorted order nlohmann::json's std::map gives ClaimToJson.
void AppendClaimJsonLine(const Claim& c, std::string& out) {
  LineWriter w(out);
  const Quantity& q = c.q;
  w.Open();
  w.Key("article"), w.Str(c.article);
  w.Key("basis");
  if (q.basis_per) {
    w.Open();
    w.Key("per"), w.Num(*q.basis_per);
    w.Key("text"), w.Str(q.basis_text);
    w.Close();
  } else {
    w.Null();
  }
  w.Key("change"), w.StrOrNull(c.change);
  w.Key("change_beside");
  if (c.change_beside) w.Num(*c.change_beside);
  else w.Null();
  w.Key("char_end"), w.Int(static_cast<long long>(c.char_end));
  w.Key("char_start"), w.Int(static_cast<long long>(c.char_start));
  w.Key("derived_from"), w.StrOrNull(c.derived_from);
  w.Key("end"), w.Int(static_cast<long long>(c.end));
  w.Key("flags"), w.Open();
  w.Key("headline"), w.Bool(c.headline);
  w.Key("intraday"), w.Bool(c.intraday);
  w.Key("negated"), w.Bool(c.negated);
  w.Key("question"), w.Bool(c.question);
  w.Key("quoted"), w.Bool(c.quoted);
  w.Key("subject_inferred"), w.Bool(c.subject_inferred);
  w.Close();
  w.Key("group"), w.StrOrNull(c.question ? "" : StreamGroupOfKey(c.key));
  w.Key("id"), w.Str(c.id);
  w.Key("key"), w.StrOrNull(c.key);
  w.Key("metric"), EntityLine(w, c.metric);
  w.Key("outlet"), w.StrOrNull(c.outlet);
  w.Key("period");
  if (c.period) {
    w.Open();
    w.Key("end"), w.Int(c.period->end);
    w.Key("start"), w.Int(c.period->start);
    w.Key("text"), w.Str(c.period->text);
    w.Close();
  } else {
    w.Null();
  }
  w.Key("published"), w.StrOrNull(c.published);
  w.Key("qualifier"), w.Str(q.qualifier);
  w.Key("quote"), w.Str(c.quote);
  w.Key("resolution"), w.Float(q.resolution);
  w.Key("rule"), w.Str(q.rule);
  w.Key("sentence"), w.Sentence(c.sentence);
  w.Key("source"), w.StrOrNull(c.source);
  w.Key("start"), w.Int(static_cast<long long>(c.start));
  w.Key("status"), w.StrOrNull(c.status);
  w.Key("subject"), EntityLine(w, c.subject);
  w.Key("unit"), w.Open();
  w.Key("currency"), w.StrOrNull(q.currency);
  w.Key("id"), w.Str(q.unit_id);
  w.Key("kind"), w.Str(UnitKindName(q.kind));
  w.Key("text"), w.Str(q.unit_text);
  w.Close();
  w.Key("value"), w.Num(q.value);
  w.Key("value_max");
  if (q.value_max) w.Num(*q.value_max);
  else w.Null();
  w.Close();
  w.Append("\n");
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
    if (j.contains("key") && j["key"].is_string()) c.key = j["key"];
    c.sentence = j.value("sentence", "");
    if (j.contains("source") && j["source"].is_string()) c.source = j["source"];
    if (const json& f = j.value("flags", json()); f.is_object()) {
      c.headline = f.value("headline", false);
      c.quoted = f.value("quoted", false);
      c.question = f.value("question", false);
      c.negated = f.value("negated", false);
      c.intraday = f.value("intraday", false);
      c.subject_inferred = f.value("subject_inferred", false);
    }
    if (j.contains("derived_from") && j["derived_from"].is_string()) c.derived_from = j["derived_from"];
    if (j.contains("change") && j["change"].is_string()) c.change = j["change"];
    if (j.contains("change_beside") && j["change_beside"].is_number()) c.change_beside = j["change_beside"].get<double>();
    if (j.contains("status") && j["status"].is_string()) c.status = j["status"];
    if (j.contains("published") && j["published"].is_string()) c.published = j["published"];
    if (j.contains("outlet") && j["outlet"].is_string()) c.outlet = j["outlet"];
    return c;
  } catch (const json::exception& e) {
    return Status::Error(std::string("claim record: ") + e.what());
  }
}

Claim AsStored(Claim c) {
  c.q.begin = c.q.end = 0;
  c.q.year = c.q.year_end = 0;
  if (!c.q.basis_per) c.q.basis_text.clear();
  if (c.q.value == 0) c.q.value = 0;  // -0 is written "0"
  if (c.q.value_max && *c.q.value_max == 0) c.q.value_max = 0.0;
  if (c.q.basis_per && *c.q.basis_per == 0) c.q.basis_per = 0.0;
  return c;
}

json ConflictToJson(const Conflict& c) {
  json sides = json::array();
  for (const ConflictSide& s : c.sides)
    sides.push_back({{"claims", s.claims},
                     {"value", s.value},
                     {"value_max", s.value_max ? json(*s.value_max) : json(nullptr)},
                     {"unit", {{"kind", UnitKindName(s.kind)},
                               {"text", s.unit_text},
                               {"currency", s.currency.empty() ? json(nullptr) : json(s.currency)}}},
                     {"basis_per", s.basis_per ? json(*s.basis_per) : json(nullptr)},
                     {"canonical", {{"value", s.canonical}, {"unit", s.canonical_unit}}}});
  return {{"id", c.id},         {"kind", c.kind},
          {"key", c.key},       {"claims", c.claims},
          {"explanation", c.explanation}, {"severity", c.severity},
          {"tolerance", c.tolerance},     {"sides", sides},
          {"confidence", c.confidence},   {"articles", c.articles},
          {"cross_article", c.articles > 1}};
}

}  // namespace suchi
