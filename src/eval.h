// `suchi eval`: scores claims (and conflicts) against a gold set, with the
// same matching and figures as the reference scorer
// (../shared/tools/score-claims), so rule authors can check coverage after
// every rule change. Gold prefix P means P.claims.jsonl, P.negatives.jsonl
// (optional) and P.conflicts.json (optional).
#ifndef SUCHI_EVAL_H_
#define SUCHI_EVAL_H_

#include <string>
#include <vector>

#include "status.h"
#include "types.h"

namespace suchi {

struct EvalOptions {
  bool verbose = false;  // list missed gold claims, extras, negative hits
};

// Returns the printable score report (last line "score: P=.. R=.. F1=..")
// for `claims` against the gold at `gold_prefix`; `conflicts_path` may be
// empty. Errors name the file and line that could not be read.
Result<std::string> Evaluate(const std::string& gold_prefix, const std::string& claims_path,
                             const std::string& conflicts_path, const EvalOptions& options);

}  // namespace suchi

#endif  // SUCHI_EVAL_H_
