// Site chrome rules (see chrome.h and the header of rules/chrome.tsv).
//
// Rules are tried in file order; the first match wins. A line is trimmed of
// surrounding spaces before matching, and patterns match at its start. Rules
// are grouped into bands by their max_chars, one anchored RE2::Set per band,
// so a long line only meets the rules that allow its length and the scan
// stops as soon as no rule can match. `block` and `until_blank` rules extend
// their mark over the following lines; `line` rules also mark single
// sentence units inside longer lines (MarkUnit), which is where wire-service
// boilerplate glued to the last sentence ends up.
#include "chrome.h"

#include <re2/re2.h>

#include <algorithm>

#include "needs.h"
#include "normalize.h"
#include "rulefile.h"

namespace suchi {

enum class ChromeAction { kLine, kBlock, kUntilBlank };

struct ChromeRules::Rule {
  std::string id;
  ChromeAction action = ChromeAction::kLine;
  std::size_t max_chars = 0;       // 0: any length
  NeedSet needs;  // one must occur in the line; AdmitsAll(): none
  std::unique_ptr<RE2> re;

  bool Gated() const { return !needs.AdmitsAll(); }
};

ChromeRules::ChromeRules() = default;
ChromeRules::~ChromeRules() = default;
ChromeRules::ChromeRules(ChromeRules&&) noexcept = default;
ChromeRules& ChromeRules::operator=(ChromeRules&&) noexcept = default;

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<ChromeRules> ChromeRules::Load(const std::string& path) {
  Result<std::vector<RuleRow>> rows = ReadRuleFile(path, 6, 6);
  if (!rows.ok()) return rows.status();
  return FromRows(*rows);
}

Result<ChromeRules> ChromeRules::Parse(std::string_view text, const std::string& name) {
  Result<std::vector<RuleRow>> rows = ParseRuleText(text, name, 6, 6);
  if (!rows.ok()) return rows.status();
  return FromRows(*rows);
}

namespace {

// Returns the action named `name`, or false.
bool ParseAction(const std::string& name, ChromeAction* action) {
  if (name == "line") *action = ChromeAction::kLine;
  else if (name == "block") *action = ChromeAction::kBlock;
  else if (name == "until_blank") *action = ChromeAction::kUntilBlank;
  else return false;
  return true;
}

// Returns the max_chars field as a number (0 for "-"), or -1 if malformed.
long ParseMaxChars(const std::string& field) {
  if (field == "-") return 0;
  if (field.empty() || field.size() > 6 || field.find_first_not_of("0123456789") != std::string::npos)
    return -1;
  long n = std::stol(field);
  return n > 0 ? n : -1;
}

}  // namespace

Result<ChromeRules> ChromeRules::FromRows(const std::vector<RuleRow>& rows) {
  if (Status s = CheckUniqueColumn(rows, 0); !s.ok()) return s;
  ChromeRules rules;
  for (const RuleRow& row : rows) {
    auto rule = std::make_unique<Rule>();
    rule->id = row.Field(0);
    if (rule->id.empty()) return RuleError(row, "empty rule id");
    if (!ParseAction(row.Field(1), &rule->action))
      return RuleError(row, "unknown action '" + row.Field(1) + "' (expected line, block or until_blank)");
    long max_chars = ParseMaxChars(row.Field(2));
    if (max_chars < 0)
      return RuleError(row, "bad max_chars '" + row.Field(2) + "' (expected a positive number or -)");
    rule->max_chars = static_cast<std::size_t>(max_chars);
    Result<NeedSet> needs = NeedSet::Parse(row, row.Field(3));
    if (!needs.ok()) return needs.status();
    rule->needs = std::move(*needs);
    if (row.Field(4).empty()) return RuleError(row, "empty pattern");
    RE2::Options opt;
    opt.set_log_errors(false);
    rule->re = std::make_unique<RE2>(row.Field(4), opt);
    if (!rule->re->ok()) return RuleError(row, "bad regex: " + rule->re->error());
    rules.rules_.push_back(std::move(rule));
  }
  rules.CompileBands();
  return rules;
}

void ChromeRules::CompileBands() {
  // Gated rules check their own limit; only the automaton's rules make bands.
  std::vector<std::size_t> limits;
  for (const auto& r : rules_)
    if (r->max_chars > 0 && !r->Gated()) limits.push_back(r->max_chars);
  std::sort(limits.begin(), limits.end());
  limits.erase(std::unique(limits.begin(), limits.end()), limits.end());
  limits.push_back(0);  // the band of lines longer than every limit
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (rules_[i]->Gated()) gated_.push_back(static_cast<int>(i));
    count_limit_ = std::max(count_limit_, rules_[i]->max_chars);
  }
  for (std::size_t limit : limits) {
    Band band;
    band.max_chars = limit;
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(64 << 20);
    band.set = std::make_unique<RE2::Set>(opt, RE2::ANCHOR_START);
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      const Rule& r = *rules_[i];
      if (r.Gated()) continue;
      if (r.max_chars != 0 && (limit == 0 || r.max_chars < limit)) continue;
      band.rule_of.push_back(static_cast<int>(i));
      if (band.set && band.set->Add(r.re->pattern(), nullptr) < 0) band.set.reset();
    }
    if (band.set && (band.rule_of.empty() || !band.set->Compile())) band.set.reset();
    bands_.push_back(std::move(band));
  }
}

const ChromeRules::Rule* ChromeRules::FirstHit(std::string_view text, const int* action) const {
  std::size_t chars = count_limit_ > 0 ? CountCodePoints(text, count_limit_) : 0;
  const Band* band = &bands_.back();
  for (std::size_t i = 0; i + 1 < bands_.size(); ++i)
    if (bands_[i].max_chars >= chars) {
      band = &bands_[i];
      break;
    }
  int best = UngatedHit(*band, text, action);
  // A gated rule wins if it comes earlier in the file, allows the line's
  // length and its literal occurs.
  for (int i : gated_) {
    if (best >= 0 && i > best) break;
    const Rule& r = *rules_[i];
    if ((r.max_chars == 0 || chars <= r.max_chars) && Fits(r, action) && r.needs.Admits(text) &&
        r.re->Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0))
      return &r;
  }
  return best >= 0 ? rules_[best].get() : nullptr;
}

bool ChromeRules::Fits(const Rule& r, const int* action) {
  return action == nullptr || static_cast<int>(r.action) == *action;
}

int ChromeRules::UngatedHit(const Band& band, std::string_view text, const int* action) const {
  if (band.set) {
    // Most lines match no rule: ask first whether any does, which stops at
    // the first match and, without a result vector, allocates nothing.
    RE2::Set::ErrorInfo err;
    if (!band.set->Match(text, nullptr, &err) && err.kind == RE2::Set::kNoError) return -1;
    thread_local std::vector<int> hits;  // reused: no allocation per line
    hits.clear();
    if (band.set->Match(text, &hits, &err)) {
      std::sort(hits.begin(), hits.end());  // pattern order is file order
      for (int h : hits)
        if (Fits(*rules_[band.rule_of[h]], action)) return band.rule_of[h];
      return -1;
    }
    if (err.kind == RE2::Set::kNoError) return -1;  // no rule matched
  }
  for (int i : band.rule_of) {  // no automaton, or it ran out of memory
    const Rule& r = *rules_[i];
    if (Fits(r, action) && r.re->Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0)) return i;
  }
  return -1;
}

std::size_t ChromeRules::size() const { return rules_.size(); }

std::vector<std::string> ChromeRules::MarkLines(const std::vector<std::string_view>& lines) const {
  std::vector<std::string> marks(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty()) continue;
    const Rule* hit = FirstHit(line, nullptr);
    if (hit == nullptr) continue;
    marks[i] = hit->id;
    if (hit->action == ChromeAction::kBlock) {
      for (std::size_t j = i + 1; j < lines.size(); ++j) marks[j] = hit->id;
      break;
    }
    if (hit->action == ChromeAction::kUntilBlank) {
      std::size_t j = i + 1;
      for (; j < lines.size() && !Trim(lines[j]).empty(); ++j) marks[j] = hit->id;
      i = j;  // the blank line ends the run; nothing to mark there
    }
  }
  return marks;
}

std::string ChromeRules::MarkUnit(std::string_view unit) const {
  unit = Trim(unit);
  if (unit.empty()) return "";
  const int line = static_cast<int>(ChromeAction::kLine);
  const Rule* hit = FirstHit(unit, &line);
  return hit ? hit->id : "";
}

}  // namespace suchi
