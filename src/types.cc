// Names of the enums in types.h, as written to JSON, and the parts of a
// claim key.
#include "types.h"

namespace suchi {

const char* SentenceKindName(SentenceKind k) {
  switch (k) {
    case SentenceKind::kHeadline: return "headline";
    case SentenceKind::kBody: return "body";
    case SentenceKind::kChrome: return "chrome";
  }
  return "body";
}

const char* UnitKindName(UnitKind k) {
  switch (k) {
    case UnitKind::kNone: return "none";
    case UnitKind::kCurrency: return "currency";
    case UnitKind::kPercent: return "percent";
    case UnitKind::kPercentPoint: return "percent_point";
    case UnitKind::kCount: return "count";
    case UnitKind::kScore: return "score";
    case UnitKind::kRank: return "rank";
    case UnitKind::kRankChange: return "rank_change";
    case UnitKind::kRatio: return "ratio";
    case UnitKind::kDuration: return "duration";
    case UnitKind::kIndex: return "index";
    case UnitKind::kMeasure: return "measure";
    case UnitKind::kTime: return "time";
  }
  return "none";
}

bool SplitClaimKey(std::string_view k, std::string_view& group, std::string_view& period) {
  std::size_t last = k.rfind('/');
  if (last == std::string_view::npos || last == 0) return false;
  std::size_t first = k.find('/');
  std::string_view subject = k.substr(0, first), metric = k.substr(first + 1, last - first - 1);
  auto unknown = [](std::string_view s) { return s.empty() || s == "-" || s == "?"; };
  if (first == last || unknown(subject) || unknown(metric)) return false;
  group = k.substr(0, last), period = k.substr(last + 1);
  if (period.empty()) period = "-";
  return true;
}

std::string EscapeKeyText(std::string_view text, std::string_view also) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '/' || c == '%' || c <= ' ' || c == 0x7F || c == '#' || c == '?' ||
        also.find(ch) != std::string_view::npos) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

std::string StreamGroupOfKey(std::string_view key) {
  constexpr std::string_view kRank = "_rank";
  std::string_view group, period;
  if (!SplitClaimKey(key, group, period)) return "";
  constexpr std::string_view kPercent = "_percent";
  if (group.size() > kRank.size() && group.substr(group.size() - kRank.size()) == kRank)
    group.remove_suffix(kRank.size());
  else if (group.size() > kPercent.size() && group.substr(group.size() - kPercent.size()) == kPercent)
    group.remove_suffix(kPercent.size());
  return std::string(group);
}

}  // namespace suchi
