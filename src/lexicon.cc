// Loading of the extract stage's rule files into Lexicons (see lexicon.h).
// Every row is checked: unknown kinds, bad numbers and RE2 patterns that do
// not compile are errors naming file:line.
#include "lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "countries.h"
#include "required.h"
#include "rulefile.h"

namespace suchi {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(sep, b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::optional<int> ParseInt(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (*end != '\0') return std::nullopt;
  return static_cast<int>(v);
}

Result<std::shared_ptr<re2::RE2>> CompilePattern(const RuleRow& row, const std::string& pattern) {
  if (pattern == "*" || pattern.empty()) return std::shared_ptr<re2::RE2>();
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);  // room for the DFA of counted repeats: no NFA fallback
  auto re = std::make_shared<re2::RE2>(pattern, opt);
  if (!re->ok()) return RuleError(row, "bad RE2 pattern: " + re->error());
  return re;
}

Result<std::vector<UnitKind>> ParseKinds(const RuleRow& row, const std::string& field) {
  std::vector<UnitKind> kinds;
  if (field == "*" || field.empty()) return kinds;
  for (const std::string& k : Split(field, ',')) {
    std::optional<UnitKind> kind = UnitKindFromName(k);
    if (!kind) return RuleError(row, "unknown unit kind '" + k + "'");
    kinds.push_back(*kind);
  }
  return kinds;
}

Status LoadEntities(const std::string& path, Lexicons& lex) {
  auto rows = ReadRuleFile(path, 3, 3);
  if (!rows.ok()) return rows.status();
  static const char* kKinds[] = {"country", "region", "agency", "org", "product", "population", "group", "none"};
  for (const RuleRow& row : *rows) {
    const std::string& kind = row.Field(1);
    if (std::find(std::begin(kKinds), std::end(kKinds), kind) == std::end(kKinds))
      return RuleError(row, "unknown entity kind '" + kind + "'");
    int index = static_cast<int>(lex.entities.size());
    lex.entities.push_back({row.Field(0), kind});
    for (const std::string& form : Split(row.Field(2), '|')) {
      Status s = lex.entity_matcher.Add(form, index, row.Where());
      if (!s.ok()) return s;
    }
  }
  // Every other country ICU names (countries.h), from the file beside it.
  std::string dir = path.substr(0, path.find_last_of('/') + 1);
  if (Status s = AddIcuCountries(dir + "countries.tsv", lex); !s.ok()) return s;
  return lex.entity_matcher.Compile(path);
}

Status LoadMetrics(const std::string& path, Lexicons& lex) {
  auto rows = ReadRuleFile(path, 3, 3);
  if (!rows.ok()) return rows.status();
  for (const RuleRow& row : *rows) {
    for (const RuleRow& other : *rows) {
      if (&other == &row) break;
      if (row.Field(0) != "-" && other.Field(0) == row.Field(0))
        return RuleError(row, "duplicate id '" + row.Field(0) + "' (first at line " +
                                  std::to_string(other.line) + ")");
    }
    auto kinds = ParseKinds(row, row.Field(1));
    if (!kinds.ok()) return kinds.status();
    MetricRow m{row.Field(0), *kinds};
    if (m.kinds.empty())
      m.kinds = {UnitKind::kCount, UnitKind::kCurrency, UnitKind::kIndex, UnitKind::kDuration,
                 UnitKind::kMeasure};
    int index = static_cast<int>(lex.metrics.size());
    if (m.id != "-") lex.metric_index.emplace(m.id, index);
    lex.metrics.push_back(std::move(m));
    for (const std::string& cue : Split(row.Field(2), '|')) {
      Status s = lex.metric_matcher.Add(cue, index, row.Where());
      if (!s.ok()) return s;
    }
  }
  return lex.metric_matcher.Compile(path);
}

Status LoadPeriods(const std::string& path, Lexicons& lex) {
  auto rows = ReadRuleFile(path, 2, 3);
  if (!rows.ok()) return rows.status();
  for (const RuleRow& row : *rows) {
    PeriodWordRow p{row.Field(0), row.Field(1), 0};
    if (p.word.empty()) return RuleError(row, "empty word");
    if (p.type == "relative" || p.type == "relative_month" || p.type == "relative_part") {
      std::optional<int> off = ParseInt(row.Field(2));
      if (!off) return RuleError(row, "relative word needs an integer offset");
      p.offset = *off;
    } else if (p.type == "subperiod") {
      p.tag = row.Field(2);
      if (p.tag.empty() || p.tag.find('/') != std::string::npos)
        return RuleError(row, "subperiod needs a key-safe tag");
    } else if (p.type == "span_prefix") {
      lex.span_prefixes.push_back(p.word);
    } else if (p.type == "span_suffix") {
      lex.span_suffixes.push_back(p.word);
    } else if (p.type == "until") {
      lex.until_words.push_back(p.word);
    } else if (p.type == "publication") {
      lex.publication_words.push_back(p.word);
    } else if (p.type == "same") {
      lex.same_period_words.push_back(p.word);
    } else if (p.type != "base") {
      return RuleError(row, "unknown period word type '" + p.type + "'");
    }
    if (p.type == "relative" || p.type == "relative_month" || p.type == "relative_part" || p.type == "base" ||
        p.type == "subperiod") {
      Status s = lex.period_matcher.Add(p.word, static_cast<int>(lex.period_words.size()),
                                        row.Where());
      if (!s.ok()) return s;
    }
    lex.period_words.push_back(std::move(p));
  }
  return lex.period_matcher.Compile(path);
}

Status LoadSources(const std::string& path, Lexicons& lex) {
  auto rows = ReadRuleFile(path, 3, 4);
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  std::unordered_map<std::string, int> cue_ids;
  for (const RuleRow& row : *rows) {
    SourceRule r{row.Field(0), std::nullopt, nullptr, {}, {}, {}};
    if (row.Field(3) != "-")
      for (const std::string& cue : Split(row.Field(3), ','))
        if (!cue.empty()) {
          r.cues.push_back(cue);
          auto [it, fresh] = cue_ids.emplace(cue, static_cast<int>(cue_ids.size()));
          if (fresh) {
            Status s = lex.source_cues.Add(cue, it->second, row.Where());
            if (!s.ok()) return s;
          }
          r.cue_ids.push_back(it->second);
        }
    if (row.Field(1) != "-") {
      r.year_offset = ParseInt(row.Field(1));
      if (!r.year_offset) return RuleError(row, "year_offset must be an integer or '-'");
    }
    auto re = CompilePattern(row, row.Field(2));
    if (!re.ok()) return re.status();
    r.re = *re;
    if (!r.re || r.re->NumberOfCapturingGroups() < (r.year_offset ? 2 : 1))
      return RuleError(row, "pattern needs a source group (and a year group with an offset)");
    for (const std::string& field : DerivedNeeds(row.Field(2))) {
      Result<NeedSet> needs = NeedSet::Parse(row, field);
      if (!needs.ok()) return needs.status();
      r.needs.push_back(std::move(*needs));
    }
    lex.sources.push_back(std::move(r));
  }
  lex.source_cue_count = static_cast<int>(cue_ids.size());
  return lex.source_cues.Compile(path);
}

Status LoadFilters(const std::string& path, Lexicons& lex) {
  auto rows = ReadRuleFile(path, 7, 7);
  if (!rows.ok()) return rows.status();
  if (Status s = CheckUniqueColumn(*rows, 0); !s.ok()) return s;
  static const char* kActions[] = {"drop", "total", "diff", "scale", "derived", "keep"};
  for (const RuleRow& row : *rows) {
    ClaimFilter f;
    f.id = row.Field(0);
    f.action = row.Field(1);
    if (std::find(std::begin(kActions), std::end(kActions), f.action) == std::end(kActions))
      return RuleError(row, "unknown action '" + f.action + "'");
    f.derived = f.action == "derived";
    auto kinds = ParseKinds(row, row.Field(2));
    if (!kinds.ok()) return kinds.status();
    f.kinds = *kinds;
    if (row.Field(3) != "*") f.units = Split(row.Field(3), ',');
    if (row.Field(4) != "*") {
      for (const std::string& one : Split(row.Field(4), ',')) {
        char* end = nullptr;
        double v = std::strtod(one.c_str(), &end);
        if (one.empty() || *end != '\0') return RuleError(row, "value must be numbers (comma-separated) or '*'");
        f.values.push_back(v);
      }
    }
    auto before = CompilePattern(row, row.Field(5));
    if (!before.ok()) return before.status();
    auto after = CompilePattern(row, row.Field(6));
    if (!after.ok()) return after.status();
    f.before = *before;
    f.after = *after;
    for (auto [pattern, needs] : {std::pair{f.before, &f.before_needs}, std::pair{f.after, &f.after_needs}})
      if (pattern)
        for (const std::string& field : DerivedNeeds(pattern->pattern())) {
          Result<NeedSet> n = NeedSet::Parse(row, field);
          if (!n.ok()) return n.status();
          needs->push_back(std::move(*n));
        }
    if (f.action == "derived" && !f.before)
      return RuleError(row, "a derived rule needs the 'before' pattern");
    lex.filters.push_back(std::move(f));
  }
  return Status();
}

Status LoadParticles(const std::string& path, Lexicons& lex) {
  auto rows = ReadRuleFile(path, 2, 3);
  if (!rows.ok()) return rows.status();
  for (const RuleRow& row : *rows) {
    const std::string& role = row.Field(0);
    const std::string& text = row.Field(1);
    if (text.empty()) return RuleError(row, "empty text");
    if (role == "negation") lex.negations.push_back(text);
    else if (role == "even") lex.evens.push_back(text);
    else if (role == "stop") lex.stopwords.push_back(text);
    else if (role == "relative_ending") lex.relative_endings.push_back(text);
    else if (role == "verb_ending") lex.verb_endings.push_back(text);
    else if (role == "subject" || role == "possessive" || role == "object" || role == "base" ||
             role == "conj") {
      const std::string& after = row.Field(2);
      if (!after.empty() && after != "consonant" && after != "vowel")
        return RuleError(row, "after must be 'consonant', 'vowel' or empty");
      lex.particles.push_back({text, role, after});
    } else
      return RuleError(row, "unknown role '" + role + "'");
  }
  std::stable_sort(lex.particles.begin(), lex.particles.end(),
                   [](const Particle& a, const Particle& b) { return a.text.size() > b.text.size(); });
  lex.particles_by_last.assign(256, {});
  for (int k = 0; k < static_cast<int>(lex.particles.size()); ++k) {
    const std::string& text = lex.particles[k].text;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    lex.particles_by_last[byte(text.size() - 1)].push_back(k);
    if (text.size() >= 2) {
      lex.particles_by_start[byte(0) << 8 | byte(1)].push_back(k);
      continue;
    }
    for (unsigned second = 0; second < 256; ++second)  // one byte: any second byte
      lex.particles_by_start[byte(0) << 8 | second].push_back(k);
  }
  return Status();
}

// Returns true when the particle may follow the syllable ending at t[i].
bool Fits(std::string_view t, std::size_t i, const Particle& p) {
  if (p.after.empty() || i == 0) return true;
  std::size_t b = PrevCharStart(t, i);
  if (!IsWordCharAt(t, b)) return true;
  if (static_cast<unsigned char>(t[b]) < 0x80) return true;  // Latin: unknown
  unsigned cp = ((t[b] & 0x0F) << 12) | ((static_cast<unsigned char>(t[b + 1]) & 0x3F) << 6) |
                (static_cast<unsigned char>(t[b + 2]) & 0x3F);
  bool closed = (cp - 0xAC00) % 28 != 0;
  return closed == (p.after == "consonant");
}

}  // namespace

namespace {

bool KindIn(UnitKind k, const std::vector<UnitKind>& kinds) {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

// At most `max` bytes of t before `pos` (or from `pos`), on character
// boundaries: filters look at a figure's neighbourhood only.
std::string_view Before(std::string_view t, std::size_t pos, std::size_t max) {
  std::size_t b = pos > max ? pos - max : 0;
  while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
  return t.substr(b, pos - b);
}

std::string_view After(std::string_view t, std::size_t pos, std::size_t max) {
  std::size_t e = std::min(t.size(), pos + max);
  while (e < t.size() && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) ++e;
  return t.substr(pos, e - pos);
}

bool Matches(const std::shared_ptr<re2::RE2>& re, const std::vector<NeedSet>& needs,
             std::string_view s) {
  if (!re) return true;
  for (const NeedSet& n : needs)
    if (!n.Admits(s)) return false;
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *re);
}

}  // namespace

std::string Lexicons::FilterAction(std::string_view t, const Quantity& q) const {
  std::string_view before = Before(t, q.begin, 60), after = After(t, q.end, 60);
  for (const ClaimFilter& f : filters) {
    if (f.derived || !KindIn(q.kind, f.kinds)) continue;
    if (!f.units.empty() && std::find(f.units.begin(), f.units.end(), q.unit_text) == f.units.end())
      continue;
    if (!f.values.empty() && std::none_of(f.values.begin(), f.values.end(),
                                          [&](double v) { return std::fabs(v - q.value) <= 1e-9; }))
      continue;
    if (Matches(f.before, f.before_needs, before) && Matches(f.after, f.after_needs, after))
      return f.action == "keep" ? "" : f.action;
  }
  return "";
}

bool Lexicons::IsConversion(std::string_view t, const Quantity& p, const Quantity& q) const {
  if (p.end > q.begin || q.begin - p.end > 60) return false;
  // "GS 26억 원, 한화 15억 원": one currency on both sides converts nothing.
  if (!p.currency.empty() && p.currency == q.currency) return false;
  std::string_view between = t.substr(p.end, q.begin - p.end);
  for (const ClaimFilter& f : filters)
    if (f.derived && KindIn(p.kind, f.kinds) && KindIn(q.kind, f.kinds) &&
        Matches(f.before, f.before_needs, between))
      return true;
  return false;
}

SourceMatch Lexicons::FindSource(std::string_view t) const {
  SentencePhrases phrases;
  phrases.source_cues.assign(static_cast<std::size_t>(source_cue_count), 0);
  source_cues.MarkPresent(t, &phrases.source_cues);
  return FindSource(t, phrases);
}

SourceMatch Lexicons::FindSource(std::string_view t, const SentencePhrases& phrases) const {
  SourceMatch out;
  re2::StringPiece input(t.data(), t.size());
  for (const SourceRule& r : sources) {
    if (!r.cue_ids.empty() && std::none_of(r.cue_ids.begin(), r.cue_ids.end(),
                                           [&](int c) { return phrases.source_cues[c]; }))
      continue;
    if (!std::all_of(r.needs.begin(), r.needs.end(), [&](const NeedSet& n) { return n.Admits(t); }))
      continue;
    re2::StringPiece sub[3];
    if (!r.re->Match(input, 0, t.size(), RE2::UNANCHORED, sub, r.year_offset ? 3 : 2)) continue;
    out.text = std::string(sub[1].data(), sub[1].size());
    out.begin = static_cast<std::size_t>(sub[0].data() - t.data());
    out.end = out.begin + sub[0].size();
    if (r.year_offset && sub[2].size() == 4) {
      int y = 0;
      for (char c : std::string_view(sub[2].data(), 4)) y = y * 10 + (c - '0');
      out.year = y + *r.year_offset;
    }
    return out;
  }
  return out;
}

void Lexicons::Scan(std::string_view t, SentencePhrases* out) const {
  thread_local std::vector<PhraseStarts> starts;  // per matcher, in scanner.Build's order
  scanner.Scan(t, &starts);
  out->entities = entity_matcher.FindAll(t, true, starts[0]);
  out->cues = metric_matcher.FindAll(t, false, starts[1]);
  out->periods = period_matcher.FindAll(t, false, starts[2]);
  out->source_cues.assign(static_cast<std::size_t>(source_cue_count), 0);
  source_cues.MarkPresent(t, starts[3], &out->source_cues);
}

bool Lexicons::NegatesOne(std::string_view t, const Quantity& q) const {
  if (std::fabs(q.value - 1) > 1e-9 || q.value_max || q.end > t.size()) return false;
  bool even = false;
  for (const std::string& e : evens) even = even || t.substr(q.end).substr(0, e.size()) == e;
  // "한 명의 수상자도 배출하지 못했다": the even particle ends the counted
  // noun; "단 한 건의 사고 없이": the negation follows it directly.
  if (!even && t.substr(q.end, 4) == "의 ") {
    std::size_t w = q.end + 4, we = t.find(' ', w);
    std::string_view word = t.substr(w, (we == std::string_view::npos ? t.size() : we) - w);
    for (const std::string& e : evens)
      even = even || (word.size() > e.size() && word.substr(word.size() - e.size()) == e);
    if (!even && we != std::string_view::npos && t.substr(we + 1, 3) == "없") return true;
  }
  if (!even) return false;
  std::string_view rest = t.substr(q.end);
  for (const std::string& n : negations)
    if (rest.find(n) != std::string_view::npos) return true;
  return false;
}

const Particle* Lexicons::ParticleAt(std::string_view t, std::size_t i) const {
  auto at = [&](const Particle& p) {
    return t.substr(i).substr(0, p.text.size()) == p.text && Fits(t, i, p);
  };
  if (i + 1 >= t.size()) {  // no two bytes to look up
    for (const Particle& p : particles)
      if (at(p)) return &p;
    return nullptr;
  }
  auto it = particles_by_start.find(static_cast<unsigned char>(t[i]) << 8 |
                                    static_cast<unsigned char>(t[i + 1]));
  if (it == particles_by_start.end()) return nullptr;
  for (int k : it->second)
    if (at(particles[k])) return &particles[k];
  return nullptr;
}

const Particle* Lexicons::ParticleEnding(std::string_view t, std::size_t s, std::size_t e,
                                         std::size_t min_stem) const {
  if (e == 0 || e > t.size()) return nullptr;  // no word there
  for (int k : particles_by_last[static_cast<unsigned char>(t[e - 1])]) {
    const Particle& p = particles[k];
    if (p.text == "," || p.text == "·" || e - s < p.text.size() + min_stem) continue;
    std::size_t b = e - p.text.size();
    if (t.substr(b, p.text.size()) == p.text && Fits(t, b, p)) return &p;
  }
  return nullptr;
}

const MetricRow* Lexicons::Metric(const std::string& id) const {
  auto it = metric_index.find(id);
  return it == metric_index.end() ? nullptr : &metrics[it->second];
}

std::optional<UnitKind> UnitKindFromName(std::string_view name) {
  for (int k = 0; k <= static_cast<int>(UnitKind::kTime); ++k)
    if (name == UnitKindName(static_cast<UnitKind>(k))) return static_cast<UnitKind>(k);
  return std::nullopt;
}

Result<std::shared_ptr<const Lexicons>> LoadLexicons(const std::string& rules_dir) {
  auto lex = std::make_shared<Lexicons>();
  const std::string d = rules_dir + "/";
  for (Status s : {LoadEntities(d + "entities.tsv", *lex), LoadMetrics(d + "metrics.tsv", *lex),
                   LoadPeriods(d + "periods.tsv", *lex), LoadSources(d + "sources.tsv", *lex),
                   LoadFilters(d + "claim_filters.tsv", *lex),
                   LoadParticles(d + "particles.tsv", *lex)})
    if (!s.ok()) return s;
  lex->scanner.Build({&lex->entity_matcher, &lex->metric_matcher, &lex->period_matcher,
                      &lex->source_cues});
  return std::shared_ptr<const Lexicons>(std::move(lex));
}

}  // namespace suchi
