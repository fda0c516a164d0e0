// Loading of the whole rule set (see rules.h). Each stage compiles its own
// files; the first error stops loading and names the file and line.
#include "rules.h"

#include <cstdlib>

namespace suchi {

Result<std::shared_ptr<const RuleSet>> LoadRuleSet(const std::string& dir) {
  auto rs = std::make_shared<RuleSet>();
  rs->dir = dir;
  Result<ChromeRules> chrome = ChromeRules::Load(dir + "/chrome.tsv");
  if (!chrome.ok()) return chrome.status();
  rs->chrome = std::move(chrome.value());
  Result<NumberRules> numbers = NumberRules::Load(dir + "/numbers");
  if (!numbers.ok()) return numbers.status();
  rs->numbers = std::move(numbers.value());
  Result<ExtractRules> extract = ExtractRules::Load(dir);
  if (!extract.ok()) return extract.status();
  rs->extract = std::move(extract.value());
  Result<ExchangeRates> rates = ExchangeRates::Load(dir + "/exchange_rates.tsv");
  if (!rates.ok()) return rates.status();
  rs->rates = std::move(rates.value());
  return std::shared_ptr<const RuleSet>(std::move(rs));
}

std::string DefaultRulesDir(const std::string& fallback) {
  if (const char* env = std::getenv("SUCHI_RULES"); env && *env) return env;
  return fallback;
}

}  // namespace suchi
