// The embedding API (api.h): one article string or JSON Lines record
// through the pipeline, claims and conflicts as their JSON Lines, and where
// a program finds its rule set.
#include "api.h"

#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "conflict.h"
#include "input.h"
#include "json.h"
#include "pipeline.h"

namespace suchi {

namespace fs = std::filesystem;

Result<ArticleClaims> ExtractRecord(const RuleSet& rules, std::string_view line,
                                    const std::string& where) {
  Result<Article> article = ArticleFromJsonLine(line, where, InputOptions());
  if (!article.ok()) return article.status();
  ArticleClaims out;
  out.id = article->id;
  out.warnings = article->warnings;
  out.claims = ProcessArticle(std::move(*article), rules, Depth::kClaims).claims;
  return out;
}

Result<ArticleClaims> ExtractText(const RuleSet& rules, const TextArticle& article,
                                  const std::string& where) {
  nlohmann::json record = {{"body", article.text}};
  if (!article.id.empty()) record["id"] = article.id;
  if (!article.title.empty()) record["title"] = article.title;
  if (!article.published.empty()) record["published"] = article.published;
  // Invalid UTF-8 is replaced here as the reader would replace it.
  return ExtractRecord(rules, record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       where);
}

std::vector<std::string> ClaimLines(const std::vector<Claim>& claims) {
  std::vector<std::string> lines;
  lines.reserve(claims.size());
  for (const Claim& c : claims) {
    std::string line;
    AppendClaimJsonLine(c, line);
    line.pop_back();  // the newline
    lines.push_back(std::move(line));
  }
  return lines;
}

Result<std::vector<Conflict>> ConflictsOfLines(const RuleSet& rules,
                                               const std::vector<std::string>& claim_lines,
                                               double min_confidence) {
  std::vector<Claim> claims;
  claims.reserve(claim_lines.size());
  for (std::size_t i = 0; i < claim_lines.size(); ++i) {
    nlohmann::json j = nlohmann::json::parse(claim_lines[i], nullptr, false);
    Result<Claim> c = j.is_discarded() ? Result<Claim>(Status::Error("not valid JSON"))
                                       : ClaimFromJson(j);
    if (!c.ok()) return Status::Error("claim " + std::to_string(i + 1) + ": " + c.status().message());
    claims.push_back(std::move(*c));
  }
  return FindConflicts(claims, rules.rates, rules.extract.same_fact(), min_confidence);
}

std::vector<std::string> ConflictLines(const std::vector<Conflict>& conflicts) {
  std::vector<std::string> lines;
  lines.reserve(conflicts.size());
  for (const Conflict& c : conflicts)
    lines.push_back(ConflictToJson(c).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return lines;
}

std::string FindRulesDir(const std::vector<std::string>& candidates) {
  std::error_code ec;
  for (const std::string& dir : candidates)
    if (fs::is_regular_file(fs::path(dir) / "chrome.tsv", ec)) return DefaultRulesDir(dir);
  return DefaultRulesDir(candidates.empty() ? "rules" : candidates.front());
}

std::string ExecutableDir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? "" : self.parent_path().string();
}

}  // namespace suchi
