// libFuzzer target: one JSON Lines input record, as a crawler would send it.
#include <cstdint>
#include <string_view>

#include "input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  suchi::InputOptions opt;
  auto a = suchi::ArticleFromJsonLine(std::string_view(reinterpret_cast<const char*>(data), size),
                                      "fuzz.jsonl:1", opt);
  if (a.ok() && a->id.empty()) __builtin_trap();
  return 0;
}
