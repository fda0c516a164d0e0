// suchi: numeric claims from Korean news articles, and the figures that
// disagree. This file only parses flags (CLI11) and calls commands.h.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <filesystem>
#include <string>
#include <thread>

#include "api.h"
#include "commands.h"

#ifndef SUCHI_VERSION
#define SUCHI_VERSION "unknown"
#endif

#ifndef SUCHI_DEFAULT_RULES
#define SUCHI_DEFAULT_RULES "rules"
#endif
#ifndef SUCHI_INSTALLED_RULES
#define SUCHI_INSTALLED_RULES "../share/suchi/rules"
#endif

namespace {

constexpr int kMaxJobs = 256;  // threads beyond this only cost memory and switches

// Returns $SUCHI_RULES, else the rules installed beside the binary
// (BIN/../share/suchi/rules), else those of the source tree it was built
// from (a binary run from its build directory), else ./rules.
std::string RulesDir() {
  std::string installed =
      (std::filesystem::path(suchi::ExecutableDir()) / SUCHI_INSTALLED_RULES).lexically_normal();
  return suchi::FindRulesDir({installed, SUCHI_DEFAULT_RULES, "rules"});
}

void AddInputs(CLI::App* cmd, suchi::CommandOptions& o, bool required) {
  cmd->add_option("inputs", o.inputs,
                  "Articles: directories (read recursively) of .txt and .jsonl, .txt files, .jsonl files, or - (JSONL on stdin)")
      ->required(required);
  cmd->add_option("--id-prefix", o.id_prefix,
                  "Prepend this to every article id (ids are paths under a directory given, "
                  "without .txt, or JSONL ids)");
  cmd->add_option("--encoding", o.encoding, "Input encoding: auto, utf-8, cp949, euc-kr")
      ->capture_default_str();
  cmd->add_option("-j,--jobs", o.jobs, "Worker threads (1.." + std::to_string(kMaxJobs) + ")")
      ->capture_default_str()
      ->check(CLI::Range(1, kMaxJobs));
  cmd->add_flag("-q,--quiet", o.quiet, "No progress line or summary");
}

void AddLang(CLI::App* cmd, suchi::CommandOptions& o) {
  cmd->add_option("--lang", o.lang, "Language of report.html and report.md (rules/report/messages.tsv)")
      ->capture_default_str()
      ->check(CLI::IsMember(suchi::ReportLanguages()));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"suchi: pulls numeric claims out of Korean news and flags figures that disagree"};
  app.require_subcommand(1);
  // Global options (--rules) are accepted after the subcommand too:
  // "suchi extract seeds --rules r" as "suchi --rules r extract seeds".
  app.fallthrough();
  app.set_version_flag("--version", std::string("suchi ") + SUCHI_VERSION);
  suchi::CommandOptions o;
  o.jobs = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, kMaxJobs);
  o.rules_dir = RulesDir();
  o.out_dir = "";
  app.add_option("--rules", o.rules_dir,
                 "Rules directory (default: $SUCHI_RULES, else the installed share/suchi/rules, "
                 "else the source tree's)");

  auto* run = app.add_subcommand("run", "Extract claims, store them, flag conflicts, write reports");
  AddInputs(run, o, true);
  std::string run_out = "out";
  run->add_option("-o,--out", run_out, "Output directory")->capture_default_str();
  run->add_option("--db", o.db, "Claim store (default: OUT/suchi.db)");
  run->add_flag("--fail-on-conflict", o.fail_on_conflict, "Exit 1 when conflicts are found");
  run->add_flag("--all-conflicts", o.all_conflicts,
                "Report every stored conflict, not only those touching this batch");
  run->add_option("--min-confidence", o.min_confidence,
                  "Report conflicts whose same-fact confidence is at least this (0..1; "
                  "default: rules/samefact.tsv)")
      ->check(CLI::Range(0.0, 1.0));
  // Kept for scripts that pass it: the check now reads every group back
  // from the store, so nothing is kept.
  std::size_t keep_claims = 0;
  run->add_option("--keep-claims", keep_claims, "Ignored (the conflict check streams from the store)")
      ->group("");

  AddLang(run, o);

  auto* extract = app.add_subcommand("extract", "Write claims as JSON Lines");
  AddInputs(extract, o, true);
  extract->add_option("-o,--out", o.out_dir, "Write OUT/claims.jsonl (default: stdout)");
  extract->add_flag("--shuffle-key", o.shuffle_key,
                    "Write only claims with a group, each line led by the group and a tab: "
                    "the map output for a sort by group and `suchi conflicts -`");

  auto* numbers = app.add_subcommand("numbers", "Print every quantity found, one JSON per line");
  AddInputs(numbers, o, false);
  numbers->add_option("--text", o.text, "Scan this text instead of input files");
  numbers->add_flag("--with-time", o.with_time, "Also print dates and years");

  auto* segment = app.add_subcommand("segment", "Print sentences, one JSON per line");
  AddInputs(segment, o, true);

  auto* report = app.add_subcommand("report", "Regenerate conflicts and reports from the store");
  report->add_option("--min-confidence", o.min_confidence,
                     "Report conflicts whose same-fact confidence is at least this (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  std::string report_out = "out";
  report->add_option("-o,--out", report_out, "Output directory")->capture_default_str();
  report->add_option("--db", o.db, "Claim store (default: OUT/suchi.db)");
  report->add_flag("--fail-on-conflict", o.fail_on_conflict, "Exit 1 when conflicts are found");
  report->add_flag("-q,--quiet", o.quiet, "No summary line");
  AddLang(report, o);

  auto* conflicts = app.add_subcommand(
      "conflicts", "Check claims JSON Lines grouped by their \"group\" field for conflicts");
  conflicts->add_option("claims", o.inputs, "claims.jsonl, grouped by group, or - for stdin (default)");
  conflicts->add_option("-o,--out", o.out_dir,
                        "Write OUT/conflicts.jsonl and the reports (default: conflicts.jsonl to stdout)");
  conflicts->add_option("--min-confidence", o.min_confidence,
                        "Report conflicts whose same-fact confidence is at least this (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  conflicts->add_flag("--fail-on-conflict", o.fail_on_conflict, "Exit 1 when conflicts are found");
  conflicts->add_flag("-q,--quiet", o.quiet, "No summary line");
  AddLang(conflicts, o);

  auto* review = app.add_subcommand(
      "review", "Record verdicts on conflicts (confirmed, dismissed, needs check) in the store, or list them");
  suchi::ReviewOptions ro;
  review->add_option("conflict", ro.conflict, "Conflict id (conflicts.jsonl, report.html)");
  auto* verdicts = review->add_option_group("verdict", "The verdict on CONFLICT");
  bool confirm = false, dismiss = false, needs_check = false;
  verdicts->add_flag("--confirm", confirm, "The figures do disagree");
  verdicts->add_flag("--dismiss", dismiss, "A false alarm: hide it while its claims are unchanged");
  verdicts->add_flag("--needs-check", needs_check, "Needs a closer look");
  verdicts->require_option(0, 1);
  review->add_option("--note", ro.note, "A note kept with the verdict");
  review->add_option("--import", ro.import_path, "Read verdicts from JSON Lines (the report page's export; - = stdin)");
  review->add_flag("--list", ro.list, "Print every verdict as a JSON line");
  std::string review_out = "out";
  review->add_option("-o,--out", review_out, "Output directory whose suchi.db holds the store")->capture_default_str();
  review->add_option("--db", o.db, "Claim store (default: OUT/suchi.db)");
  review->add_flag("-q,--quiet", o.quiet, "No summary line");

  auto* store = app.add_subcommand(
      "store", "Load claims.jsonl made elsewhere (a distributed run) into the claim store");
  std::string import_path;
  store->add_option("--import", import_path, "claims.jsonl to load, or - for stdin")->required();
  std::string store_db = "out/suchi.db";
  store->add_option("--db", store_db, "Claim store")->capture_default_str();
  store->add_flag("-q,--quiet", o.quiet, "No summary line");

  auto* eval = app.add_subcommand("eval", "Score claims against a gold set");
  std::string gold, claims_path = "out/claims.jsonl", conflicts_path;
  bool verbose = false;
  eval->add_option("gold", gold, "Gold prefix, e.g. ../shared/gold/seeds")->required();
  eval->add_option("claims", claims_path, "claims.jsonl")->capture_default_str();
  eval->add_option("conflicts", conflicts_path, "conflicts.jsonl");
  eval->add_flag("-v,--verbose", verbose, "List misses, extras and negative hits");
  eval->add_flag("-q,--quiet", o.quiet, "Accepted for symmetry: eval prints only its scores");

  // Usage errors exit 2 like every other error (ripgrep, jq); --help 0.
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (*run) {
    o.out_dir = run_out;
    return suchi::CmdRun(o);
  }
  if (*report) {
    o.out_dir = report_out;
    return suchi::CmdReport(o);
  }
  if (*review) {
    o.out_dir = review_out;
    ro.verdict = confirm ? "confirmed" : dismiss ? "dismissed" : needs_check ? "needs_check" : "";
    if (ro.conflict.empty() && ro.import_path.empty() && !ro.list) {
      std::cerr << "suchi: error: review: give a conflict id with a verdict, --import FILE or --list\n";
      return 2;
    }
    return suchi::CmdReview(o, ro);
  }
  if (*extract) return suchi::CmdExtract(o);
  if (*conflicts) return suchi::CmdConflicts(o);
  if (*numbers) {
    if (o.inputs.empty() && o.text.empty()) o.inputs = {"-"};
    return suchi::CmdNumbers(o);
  }
  if (*segment) return suchi::CmdSegment(o);
  if (*store) {
    o.inputs = {import_path};
    o.db = store_db;
    return suchi::CmdStoreImport(o);
  }
  return suchi::CmdEval(gold, claims_path, conflicts_path, verbose);
}
