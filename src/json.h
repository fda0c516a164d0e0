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
// Returns the contract record of a conflict.
nlohmann::json ConflictToJson(const Conflict& c);
// Returns the record of a quantity found in an article's sentence, with
// original offsets (for `suchi numbers`).
nlohmann::json QuantityToJson(const Quantity& q);
// Returns the `unit` object of the contract for a quantity.
nlohmann::json UnitToJson(const Quantity& q);

}  // namespace suchi

#endif  // SUCHI_JSON_H_
