// libFuzzer target: the number grammar over arbitrary (valid UTF-8) text.
// Checks spans are ordered, non-overlapping and inside the input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "decode.h"
#include "numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const suchi::NumberRules* rules = [] {
    auto r = suchi::NumberRules::Load(SUCHI_SOURCE_DIR "/rules/numbers");
    if (!r.ok()) std::abort();
    return new suchi::NumberRules(std::move(r.value()));
  }();
  auto dec = suchi::DecodeToUtf8(std::string_view(reinterpret_cast<const char*>(data), size), "utf-8");
  if (!dec.ok()) return 0;
  std::size_t last = 0;
  for (const suchi::Quantity& q : suchi::FindQuantities(dec->text, *rules)) {
    if (q.begin < last || q.begin >= q.end || q.end > dec->text.size()) std::abort();
    last = q.end;
  }
  return 0;
}
