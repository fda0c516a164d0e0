// Names of the enums in types.h, as written to JSON.
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

}  // namespace suchi
