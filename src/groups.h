// The conflict check group by group. Claims of two stream groups never meet
// in a conflict (StreamGroup, conflict.h), so the check needs one group in
// memory at a time: the claims of a group arrive together, from the claim
// store through its key index or as JSON Lines grouped by `group` (`suchi
// conflicts -`, the reducer of a distributed run); each group is checked on
// its own (FindGroupConflicts); the conflicts found and the claims they name
// are all that is kept. Memory is bounded by the largest group plus the
// findings, whatever the size of the batch or the store.
//
// The result equals FindConflicts over all the claims at once, byte for
// byte: within a group the claims are put in FindConflicts' order (article,
// start, id), and the conflicts are sorted at the end (SortConflicts).
#ifndef SUCHI_GROUPS_H_
#define SUCHI_GROUPS_H_

#include <istream>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "conflict.h"
#include "samefact.h"
#include "status.h"
#include "store.h"
#include "types.h"

namespace suchi {

struct GroupCheckOptions {
  const ExchangeRates* rates = nullptr;  // required
  const SameFactRules* same_fact = &SameFactRules::Default();
  double min_confidence = -1;  // negative: the rules' own threshold
  // When set, only conflicts naming one of these claim ids are kept (the
  // claims of a batch: the conflicts it touches).
  const std::unordered_set<std::string>* touching = nullptr;
};

struct GroupCheck {
  std::vector<Conflict> conflicts;  // in FindConflicts' order
  std::vector<Claim> claims;        // the claims the conflicts name, by article then start
  long groups = 0;                  // groups checked
  long claims_checked = 0;          // claims in them
  std::size_t largest_group = 0;    // claims in the largest group
};

// Checks the stream groups `groups` of the store (every group of the store
// when null). An error names the store's failure.
Result<GroupCheck> CheckStoredGroups(const ClaimStore& store, const std::set<std::string>* groups,
                                     const GroupCheckOptions& options);

// Reads claims as JSON Lines from `in` (named `name` in errors) and checks
// them group by group. The claims of a stream group must come on
// consecutive lines, in any order among themselves; claims without a group
// (no key, questions) may come anywhere and are skipped. A line may carry a
// sort key before a tab ("KR/gdp<TAB>{...}", as a streaming sort leaves
// it): what precedes the first '{' is ignored. Blank lines are skipped.
// Errors name `name`:line: a line that is no claim, or a group that comes
// back after another group ("not grouped": sort the input by group).
Result<GroupCheck> CheckClaimStream(std::istream& in, const std::string& name,
                                    const GroupCheckOptions& options);

}  // namespace suchi

#endif  // SUCHI_GROUPS_H_
