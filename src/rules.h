// The compiled rule set: every rule file under rules/ loaded and compiled
// once into an immutable object shared by all worker threads.
#ifndef SUCHI_RULES_H_
#define SUCHI_RULES_H_

#include <memory>
#include <string>

#include "chrome.h"
#include "conflict.h"
#include "extract.h"
#include "numbers.h"
#include "status.h"

namespace suchi {

struct RuleSet {
  std::string dir;
  // Identifies what this rule set and binary extract: a hash of every rule
  // file's bytes and of the running executable's size and time. The claim
  // store keys an article on it too, so a new rule set or build re-extracts
  // articles it has already stored instead of keeping stale claims.
  std::string fingerprint;
  ChromeRules chrome;
  NumberRules numbers;
  ExtractRules extract;
  ExchangeRates rates;
};

// Returns the rule set compiled from `dir`, or the first error, naming the
// rule file and line. Nothing is read from input before this succeeds.
Result<std::shared_ptr<const RuleSet>> LoadRuleSet(const std::string& dir);

// Returns the rules directory: $SUCHI_RULES if set, else `fallback`.
std::string DefaultRulesDir(const std::string& fallback);

}  // namespace suchi

#endif  // SUCHI_RULES_H_
