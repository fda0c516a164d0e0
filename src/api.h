// The embedding API: what a program or a language binding calls to get the
// claims of article strings and to check them, without the CLI's batch
// driver (pipeline.h streams files through worker threads). Installed as
// <suchi/api.h>; the rule set is rules.h, the claims.jsonl records json.h.
//
//   auto rules = suchi::LoadRuleSet(dir);             // once; thread-safe
//   auto found = suchi::ExtractText(**rules, {.text = body, .title = title});
//   for (const suchi::Claim& c : found->claims) ...   // or ClaimLines()
#ifndef SUCHI_API_H_
#define SUCHI_API_H_

#include <string>
#include <string_view>
#include <vector>

#include "rules.h"
#include "status.h"
#include "types.h"

namespace suchi {

// One article given as strings.
struct TextArticle {
  std::string text;       // the body (the article without its title)
  std::string title;      // "" when it has none
  std::string published;  // "YYYY-MM-DD" ("" unknown: periods are not inferred)
  std::string id;         // "" gives the `where` of ExtractText
};

// The claims of one article, and what was noticed reading it.
struct ArticleClaims {
  std::string id;
  std::vector<Claim> claims;
  std::vector<std::string> warnings;  // e.g. invalid UTF-8 replaced
};

// Returns the claims of one JSON Lines record, read exactly as a line of a
// .jsonl input is ({"id","title","body","published","outlet","url",...},
// or "text" for the whole article; input.h). `where` names the record in
// errors, and is its id when it has none.
Result<ArticleClaims> ExtractRecord(const RuleSet& rules, std::string_view line,
                                    const std::string& where);

// Returns the claims of `article`, read as the record {"id", "title",
// "body", "published"}: the same claims as that line of a .jsonl input.
Result<ArticleClaims> ExtractText(const RuleSet& rules, const TextArticle& article,
                                  const std::string& where = "text");

// Returns the claims.jsonl line of each claim, without its newline.
std::vector<std::string> ClaimLines(const std::vector<Claim>& claims);

// Returns the conflicts among claims given as claims.jsonl lines, as
// `suchi conflicts` finds them (min_confidence < 0: the rules' threshold);
// an error names the line (1-based) that is not a claim.
Result<std::vector<Conflict>> ConflictsOfLines(const RuleSet& rules,
                                               const std::vector<std::string>& claim_lines,
                                               double min_confidence = -1);

// Returns the conflicts.jsonl line of each conflict, without its newline.
std::vector<std::string> ConflictLines(const std::vector<Conflict>& conflicts);

// Returns $SUCHI_RULES when set; else the first of `candidates` that holds
// a rule set (chrome.tsv); else the first candidate, for the error to name.
std::string FindRulesDir(const std::vector<std::string>& candidates);

// Returns the directory of the running executable (/proc/self/exe), or ""
// when it cannot be read.
std::string ExecutableDir();

}  // namespace suchi

#endif  // SUCHI_API_H_
