// Loading claims made elsewhere into the claim store: the claims.jsonl of a
// distributed run (many machines extract, one store holds the result) or of
// another `suchi extract`, so that `suchi report` and the review workflow
// work on it as on the store of a `suchi run`.
//
// claims.jsonl holds no article text, so an imported article is stored with
// its id, the `published` and `outlet` of its claims and, as its content
// hash, a hash of its claim lines: importing the same file again changes
// nothing, a changed article's claims replace the stored ones (so do those
// of a later `suchi run` of the article, whose hash covers its text).
#ifndef SUCHI_IMPORT_H_
#define SUCHI_IMPORT_H_

#include <istream>
#include <string>

#include "status.h"
#include "store.h"

namespace suchi {

struct ImportStats {
  long articles = 0;  // articles read
  long added = 0, replaced = 0, unchanged = 0;
  long claims = 0;    // claims read
};

// Reads claims as JSON Lines from `in` (named `name` in errors) and stores
// them article by article. The claims of an article must come on
// consecutive lines, as claims.jsonl writes them; blank lines are skipped.
// Errors name `name`:line: a line that is no claim, an article whose
// claims come back after another article's ("not grouped by article"), or
// the store's failure. Articles before an error stay stored (each is one
// transaction).
Result<ImportStats> ImportClaims(std::istream& in, const std::string& name, ClaimStore& store);

}  // namespace suchi

#endif  // SUCHI_IMPORT_H_
