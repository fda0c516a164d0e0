// The subcommands of the `suchi` CLI as library functions. Each prints its
// results (stdout or files), its diagnostics to stderr, and returns the
// process exit code: 0 ok, 1 conflicts found with --fail-on-conflict, 2
// errors (bad rules, unreadable inputs: the others' results are complete).
// suchi_main.cc only parses flags and calls these.
#ifndef SUCHI_COMMANDS_H_
#define SUCHI_COMMANDS_H_

#include <string>
#include <vector>

namespace suchi {

struct CommandOptions {
  std::vector<std::string> inputs;  // files, directories, JSONL, "-"
  std::string rules_dir;
  std::string encoding = "auto";
  std::string id_prefix;     // prepended to every article id of the run
  std::string out_dir;       // "" = stdout where a command allows it
  std::string db;            // claim store path ("" = OUT/suchi.db)
  std::string text;          // `numbers --text`: scan this string
  int jobs = 1;
  bool quiet = false;
  bool with_time = false;    // `numbers`: also print dates/years
  bool fail_on_conflict = false;
  bool all_conflicts = false;  // `run`: report every stored conflict
  bool shuffle_key = false;    // `extract`: "GROUP<TAB>claim" lines of grouped claims only
  double min_confidence = -1;  // `run`, `report`, `conflicts`: negative = rules/samefact.tsv
  std::string lang = "ko";     // the reports' language (rules/report/messages.tsv)
};

// `suchi review`: a verdict on one conflict, an import of verdict lines,
// a listing; any of them, in that order (import, verdict, list).
struct ReviewOptions {
  std::string conflict;     // conflict id
  std::string verdict;      // confirmed, dismissed, needs_check ("" = none)
  std::string note;
  std::string import_path;  // verdicts JSON Lines (review.h), "-" = stdin
  bool list = false;        // print every verdict as a JSON line
};

// Returns the progress line for `done` articles after `seconds`: with a
// known `total` (>= 0), "120/2708 articles, 7800 articles/s, ETA 0:03",
// else "120 articles, 7800 articles/s".
std::string ProgressLine(long done, long total, double seconds);

int CmdSegment(const CommandOptions& o);
int CmdNumbers(const CommandOptions& o);
int CmdExtract(const CommandOptions& o);
int CmdRun(const CommandOptions& o);
int CmdReport(const CommandOptions& o);
// Checks claims JSON Lines (o.inputs[0], or "-" for stdin) grouped by their
// stream group (groups.h); writes conflicts.jsonl to stdout, or with
// o.out_dir the conflicts and reports there.
int CmdConflicts(const CommandOptions& o);
// Loads claims JSON Lines (o.inputs[0], or "-" for stdin), article by
// article, into the claim store o.db (import.h).
int CmdStoreImport(const CommandOptions& o);
// Returns the languages the reports can be written in ("ko", "en").
const std::vector<std::string>& ReportLanguages();
// Records verdicts in the store (OUT/suchi.db or o.db) and lists them.
int CmdReview(const CommandOptions& o, const ReviewOptions& r);
int CmdEval(const std::string& gold_prefix, const std::string& claims,
            const std::string& conflicts, bool verbose);

}  // namespace suchi

#endif  // SUCHI_COMMANDS_H_
