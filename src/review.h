// Reviewers' verdicts on conflicts: confirmed, dismissed or needs_check,
// with a note. A verdict is kept in the store's reviews table (store.h),
// keyed by the conflict id, with the conflict's claims hash at the time of
// review. The conflict id is derived from the kind and the claim ids
// (conflict.cc); the claims hash adds what each claim says (quote, value,
// unit, key), so a verdict holds exactly while the conflict's claims are
// unchanged: a changed article that moves, drops or alters one of them
// leaves the verdict stale, and the conflict is shown again.
//
// Verdicts travel as JSON Lines, one object per verdict:
//   {"conflict":"K0123456789ab","verdict":"dismissed","note":"...",
//    "claims_hash":"...","reviewed_at":"2026-12-01T21:00:00Z"}
// (the report page exports them in that form; `suchi review --import`
// reads them back).
#ifndef SUCHI_REVIEW_H_
#define SUCHI_REVIEW_H_

#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "status.h"
#include "store.h"
#include "types.h"

namespace suchi {

// Returns the canonical verdict name of `s` ("confirmed", "dismissed",
// "needs_check"; "confirm", "dismiss" and "needs-check" are read as those),
// or nullopt for anything else.
std::optional<std::string> CanonicalVerdict(std::string_view s);

// Returns the claims hash of `conflict` over the claims `by_id` (claim id ->
// claim): the sorted claim ids with each claim's quote, value, unit and
// key. A claim missing from `by_id` counts by its id alone.
std::string ConflictClaimsHash(const Conflict& conflict,
                               const std::unordered_map<std::string_view, const Claim*>& by_id);

// Returns the review of one JSON line, or an error saying what is wrong
// (not JSON, no conflict id, an unknown verdict). reviewed_at may be absent.
Result<Review> ParseReviewLine(std::string_view line);
// Returns `r` as one JSON line, without the newline.
std::string ReviewJsonLine(const Review& r);

// The verdicts that hold for a set of conflicts.
struct AppliedReviews {
  std::map<std::string, Review> current;  // conflict id -> verdict whose claims hash matches
  long stale = 0;  // verdicts on these conflicts whose claims changed since
  std::map<std::string, Review> stale_of;  // conflict id -> its latest such verdict
};
// Returns the verdicts of `reviews` that hold for `conflicts`, whose claims
// hashes are `hashes` (same order).
AppliedReviews ApplyReviews(const std::vector<Review>& reviews, const std::vector<Conflict>& conflicts,
                            const std::vector<std::string>& hashes);

// Reads verdict lines from `in` (named `name` in errors) into `store`.
// Each conflict must be known to the store (its conflicts table); a line
// without claims_hash takes the stored conflict's. Returns how many were
// stored; an error names name:line, and the lines before it are stored.
Result<long> ImportReviews(ClaimStore& store, std::istream& in, const std::string& name);

}  // namespace suchi

#endif  // SUCHI_REVIEW_H_
