// Loading of the whole rule set (see rules.h). Each stage compiles its own
// files; the first error stops loading and names the file and line.
#include "rules.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <string_view>
#include <vector>

#include "hash.h"

namespace suchi {

namespace {

// FieldHash over the rule files (sorted by path, recursively) and the
// executable's size and modification time, as hex.
std::string Fingerprint(const std::string& dir) {
  namespace fs = std::filesystem;
  FieldHash h;
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    h.Add(fs::relative(f, dir, ec).string());
    h.Add(bytes);
  }
  struct stat st {};
  if (stat("/proc/self/exe", &st) == 0)
    h.Add(std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
        std::to_string(st.st_mtim.tv_nsec));
  return h.Hex();
}

}  // namespace

Result<std::shared_ptr<const RuleSet>> LoadRuleSet(const std::string& dir) {
  // The chrome automata are the largest part of start-up: they compile on a
  // second thread while the other files load. Errors are still reported in
  // file order (chrome first).
  std::future<Result<ChromeRules>> chrome_job =
      std::async(std::launch::async, [&dir] { return ChromeRules::Load(dir + "/chrome.tsv"); });
  // After the first error the later files are not read (never reported).
  const Status skipped = Status::Error("not loaded");
  Result<NumberRules> numbers = NumberRules::Load(dir + "/numbers");
  Result<ExtractRules> extract = numbers.ok() ? ExtractRules::Load(dir) : skipped;
  Result<ExchangeRates> rates =
      extract.ok() ? ExchangeRates::Load(dir + "/exchange_rates.tsv") : skipped;
  Result<ChromeRules> chrome = chrome_job.get();
  if (!chrome.ok()) return chrome.status();
  if (!numbers.ok()) return numbers.status();
  if (!extract.ok()) return extract.status();
  if (!rates.ok()) return rates.status();
  auto rs = std::make_shared<RuleSet>();
  rs->dir = dir;
  rs->fingerprint = Fingerprint(dir);
  rs->chrome = std::move(chrome.value());
  rs->numbers = std::move(numbers.value());
  rs->extract = std::move(extract.value());
  rs->rates = std::move(rates.value());
  return std::shared_ptr<const RuleSet>(std::move(rs));
}

std::string DefaultRulesDir(const std::string& fallback) {
  if (const char* env = std::getenv("SUCHI_RULES"); env && *env) return env;
  return fallback;
}

}  // namespace suchi
