// libFuzzer target: decoding + normalization + segmentation of arbitrary
// bytes. Checks the offset map stays inside the original text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "chrome.h"
#include "decode.h"
#include "normalize.h"
#include "segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const suchi::ChromeRules* chrome = [] {
    auto r = suchi::ChromeRules::Load(SUCHI_SOURCE_DIR "/rules/chrome.tsv");
    if (!r.ok()) std::abort();
    return new suchi::ChromeRules(std::move(r.value()));
  }();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto dec = suchi::DecodeToUtf8(bytes, "auto");
  if (!dec.ok()) return 0;
  suchi::Article a;
  a.id = "fuzz";
  a.text = dec->text;
  suchi::NormalizedText norm = suchi::Normalize(a.text);
  if (norm.to_orig.size() != norm.text.size() + 1) std::abort();
  for (const suchi::Sentence& s : suchi::Segment(a, norm, *chrome)) {
    if (s.start > s.end || s.end > a.text.size()) std::abort();
    if (s.norm_begin > s.norm_end || s.norm_end > norm.text.size()) std::abort();
  }
  return 0;
}
