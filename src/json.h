// JSON records of the output contract (../shared/CONTRACT.md, schema in
// docs/schema/): claims, conflicts, quantities and sentences, to and from
// nlohmann::json. Sinks and the claim store use these, so the schema lives
// in one place.
#ifndef SUCHI_JSON_H_
#define SUCHI_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "status.h"
#include "types.h"

namespace suchi {

// Returns the contract record of a claim (all CONTRACT.md fields).
nlohmann::json ClaimToJson(const Claim& c);
// Appends ClaimToJson(c).dump() (compact, invalid UTF-8 replaced) and a
// newline to `out`, without building the JSON tree: the claims.jsonl line.
void AppendClaimJsonLine(const Claim& c, std::string& out);
// Returns the claim parsed from ClaimToJson's output.
Result<Claim> ClaimFromJson(const nlohmann::json& j);
// Returns `c` as the claim store gives it back (ClaimFromJson of its JSON
// line) without the round trip: fields the line does not carry are reset
// (the quantity's offsets in its sentence and a time quantity's years; a
// basis text without a basis), and -0 becomes 0.
Claim AsStored(Claim c);
// Returns the contract record of a conflict.
nlohmann::json ConflictToJson(const Conflict& c);
// Returns the record of a quantity found in an article's sentence, with
// original offsets (for `suchi numbers`).
nlohmann::json QuantityToJson(const Quantity& q);
// Returns the `unit` object of the contract for a quantity.
nlohmann::json UnitToJson(const Quantity& q);

}  // namespace suchi

#endif  // SUCHI_JSON_H_
