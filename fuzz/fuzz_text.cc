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
  // The byte map covers every normalized byte, in order, inside the original.
  if (!norm.text.empty() && (norm.pieces.empty() || norm.pieces[0].norm != 0)) std::abort();
  if (norm.OrigBegin(norm.text.size()) != a.text.size()) std::abort();
  for (std::size_t i = 0; i < norm.text.size(); ++i)
    if (norm.OrigBegin(i) > norm.OrigEnd(i + 1) || norm.OrigEnd(i + 1) > a.text.size() ||
        (i > 0 && norm.OrigBegin(i - 1) > norm.OrigBegin(i)))
      std::abort();
  for (const suchi::Sentence& s : suchi::Segment(a, norm, *chrome)) {
    if (s.start > s.end || s.end > a.text.size()) std::abort();
    if (s.norm_begin > s.norm_end || s.norm_end > norm.text.size()) std::abort();
  }
  return 0;
}
