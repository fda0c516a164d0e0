// Site chrome rules (see chrome.h and the header of rules/chrome.tsv).
//
// Rules are tried in file order; the first match wins. A line is trimmed of
// surrounding spaces before matching. `block` and `until_blank` rules extend
// their mark over the following lines; `line` rules also mark single
// sentence units inside longer lines (MarkUnit), which is where wire-service
// boilerplate glued to the last sentence ends up.
#include "chrome.h"

#include <re2/re2.h>

#include <algorithm>

#include "rulefile.h"

namespace suchi {

enum class ChromeAction { kLine, kBlock, kUntilBlank };

struct ChromeRules::Rule {
  std::string id;
  ChromeAction action = ChromeAction::kLine;
  std::unique_ptr<RE2> re;
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
  Result<std::vector<RuleRow>> rows = ReadRuleFile(path, 4, 4);
  if (!rows.ok()) return rows.status();
  return FromRows(*rows);
}

Result<ChromeRules> ChromeRules::Parse(std::string_view text, const std::string& name) {
  Result<std::vector<RuleRow>> rows = ParseRuleText(text, name, 4, 4);
  if (!rows.ok()) return rows.status();
  return FromRows(*rows);
}

Result<ChromeRules> ChromeRules::FromRows(const std::vector<RuleRow>& rows) {
  if (Status s = CheckUniqueColumn(rows, 0); !s.ok()) return s;
  ChromeRules rules;
  for (const RuleRow& row : rows) {
    auto rule = std::make_unique<Rule>();
    rule->id = row.Field(0);
    if (rule->id.empty()) return RuleError(row, "empty rule id");
    const std::string& action = row.Field(1);
    if (action == "line") {
      rule->action = ChromeAction::kLine;
    } else if (action == "block") {
      rule->action = ChromeAction::kBlock;
    } else if (action == "until_blank") {
      rule->action = ChromeAction::kUntilBlank;
    } else {
      return RuleError(row, "unknown action '" + action + "' (expected line, block or until_blank)");
    }
    if (row.Field(2).empty()) return RuleError(row, "empty pattern");
    RE2::Options opt;
    opt.set_log_errors(false);
    rule->re = std::make_unique<RE2>(row.Field(2), opt);
    if (!rule->re->ok()) return RuleError(row, "bad regex: " + rule->re->error());
    rules.rules_.push_back(std::move(rule));
  }
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  rules.set_ = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
  for (const auto& r : rules.rules_)
    if (rules.set_->Add(r->re->pattern(), nullptr) < 0) rules.set_.reset();
  if (rules.set_ && !rules.set_->Compile()) rules.set_.reset();
  return rules;
}

const ChromeRules::Rule* ChromeRules::FirstHit(std::string_view text, const int* action) const {
  auto fits = [&](const Rule& r) { return action == nullptr || static_cast<int>(r.action) == *action; };
  if (set_) {
    std::vector<int> hits;
    RE2::Set::ErrorInfo err;
    if (set_->Match(text, &hits, &err)) {
      std::sort(hits.begin(), hits.end());
      for (int h : hits)
        if (fits(*rules_[h])) return rules_[h].get();
      return nullptr;
    }
    if (err.kind == RE2::Set::kNoError) return nullptr;  // no rule matched
  }
  for (const auto& r : rules_)  // no automaton, or it ran out of memory
    if (fits(*r) && RE2::PartialMatch(text, *r->re)) return r.get();
  return nullptr;
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
