// libFuzzer target: the rule loader. Arbitrary bytes as each kind of rule
// file must give a rule set or a file:line error, never a crash.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "chrome.h"
#include "conflict.h"
#include "rulefile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto rows = suchi::ParseRuleText(text, "fuzz.tsv", 1, 8);
  if (rows.ok()) (void)suchi::CheckUniqueColumn(*rows, 0);
  static const std::string path = "/tmp/suchi_fuzz_rules_" + std::to_string(::getpid()) + ".tsv";
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  auto chrome = suchi::ChromeRules::Load(path);
  if (!chrome.ok() && chrome.status().message().rfind(path, 0) != 0) __builtin_trap();
  auto rates = suchi::ExchangeRates::Load(path);
  if (!rates.ok() && rates.status().message().rfind(path, 0) != 0) __builtin_trap();
  return 0;
}
