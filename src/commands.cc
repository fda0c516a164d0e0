// The subcommands of the `suchi` CLI (see commands.h): wiring of the rule
// set, the batch driver, the sinks, the claim store and the reports.
#include "commands.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "conflict.h"
#include "decode.h"
#include "eval.h"
#include "groups.h"
#include "import.h"
#include "input.h"
#include "json.h"
#include "outdir.h"
#include "pipeline.h"
#include "report.h"
#include "report_locale.h"
#include "report_model.h"
#include "review.h"
#include "rules.h"
#include "sinks.h"
#include "store.h"

namespace suchi {
namespace {

using Clock = std::chrono::steady_clock;
using json = nlohmann::json;

void Say(const Status& s) { std::cerr << "suchi: error: " << s.message() << "\n"; }

// Checks the settings every input depends on, once, before any is read:
// a bad one is one error, not one per article.
bool CheckSettingsOrSay(const CommandOptions& o) {
  if (Status s = CheckEncodingName(o.encoding); !s.ok()) {
    Say(s);
    return false;
  }
  return true;
}

std::unique_ptr<OutputDir> OpenOutOrSay(const std::string& dir) {
  Result<std::unique_ptr<OutputDir>> out = OutputDir::Open(dir);
  if (!out.ok()) {
    Say(out.status());
    return nullptr;
  }
  return std::move(out.value());
}

// True when a batch read no article and had errors (a wrong path): its
// empty outputs must not replace the last good ones.
bool NothingRead(const BatchStats& st) { return st.articles == 0 && st.errors > 0; }

constexpr const char* kErrorsFile = "errors.jsonl";

// Stages OUT/errors.jsonl, one {"message": ...} per error, when there are
// errors; else names it in *remove, so a stale list goes with the commit.
Status StageErrors(OutputDir& out, const std::vector<std::string>& errors,
                   std::vector<std::string>* remove) {
  if (errors.empty()) {
    remove->push_back(kErrorsFile);
    return Status();
  }
  std::string text;
  for (const std::string& e : errors)
    text += json{{"message", e}}.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  return out.Put(kErrorsFile, text);
}

// Commits `out` with the error list of the run; says what failed.
bool CommitOrSay(OutputDir& out, const std::vector<std::string>& errors) {
  std::vector<std::string> remove;
  Status s = StageErrors(out, errors, &remove);
  if (s.ok()) s = out.Commit(remove);
  if (!s.ok()) Say(s);
  return s.ok();
}

// Says why a failed run left its output directory as it was.
void SayKept(const std::string& dir, const char* why) {
  std::cerr << "suchi: error: " << why << "; " << dir << " keeps the files of the last good run\n";
}

std::shared_ptr<const RuleSet> LoadRulesOrSay(const CommandOptions& o) {
  Result<std::shared_ptr<const RuleSet>> rs = LoadRuleSet(o.rules_dir);
  if (!rs.ok()) {
    std::cerr << "suchi: error: " << rs.status().message() << "\n";
    return nullptr;
  }
  return *rs;
}

// Progress on stderr, only when stderr is a terminal and not --quiet: done
// of the total counted ahead (when the inputs allow), rate and time left.
class Progress {
 public:
  Progress(bool quiet, const std::vector<std::string>& inputs)
      : on_(!quiet && ::isatty(2)), t0_(Clock::now()) {
    if (on_) total_ = CountInputs(inputs).value_or(-1);
  }
  void Tick() {
    long done = ++done_;
    if (!on_ || done % 25 != 0) return;
    std::fprintf(stderr, "\r%s \033[K", ProgressLine(done, total_, Seconds()).c_str());
  }
  void Done() {
    if (on_) std::fputs("\r\033[K", stderr);
  }
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - t0_).count(); }
  long done() const { return done_; }

 private:
  bool on_;
  long total_ = -1;
  long done_ = 0;
  Clock::time_point t0_;
};

BatchOptions MakeBatchOptions(const CommandOptions& o, Depth depth) {
  BatchOptions b;
  b.input.encoding = o.encoding;
  b.input.id_prefix = o.id_prefix;
  b.jobs = o.jobs;
  b.depth = depth;
  return b;
}

// Prints an article's warnings unless `quiet` (errors are always said);
// returns how many.
long SayWarnings(const Article& a, bool quiet) {
  if (!quiet)
    for (const std::string& w : a.warnings) std::cerr << "suchi: warning: " << a.id << ": " << w << "\n";
  return static_cast<long>(a.warnings.size());
}

// Runs a batch that only streams results to one writer: stdout without
// --out, else file `name` of the output directory.
int StreamTo(const CommandOptions& o, Depth depth, const std::string& name,
             std::unique_ptr<ResultWriter> (*make)(std::ostream&, const CommandOptions&)) {
  if (!CheckSettingsOrSay(o)) return 2;
  auto rules = LoadRulesOrSay(o);
  if (!rules) return 2;
  std::unique_ptr<OutputDir> dir;
  std::unique_ptr<AtomicFile> stdout_file;
  AtomicFile* file = nullptr;
  if (o.out_dir.empty()) {
    stdout_file = std::move(AtomicFile::Create("-").value());
    file = stdout_file.get();
  } else {
    if (!(dir = OpenOutOrSay(o.out_dir))) return 2;
    Result<AtomicFile*> f = dir->Stage(name);
    if (!f.ok()) {
      Say(f.status());
      return 2;
    }
    file = *f;
  }
  std::unique_ptr<ResultWriter> writer = make(file->out(), o);
  Progress progress(o.quiet, o.inputs);
  BatchOptions batch = MakeBatchOptions(o, depth);
  std::atomic<bool> stop{false};
  batch.stop = &stop;
  std::atomic<long> claims{0};  // counted on the workers, before the claims are freed
  batch.render = [&writer, &claims](ArticleResult& r) {
    claims.fetch_add(static_cast<long>(r.claims.size()), std::memory_order_relaxed);
    if (!writer->WritesOnlyRendered()) return writer->Render(r);
    r.ReleaseStages();  // before the rendered text grows: it needs only the claims
    writer->Render(r);
    r.KeepOnlyRendered();
  };
  long warnings = 0;
  BatchStats st = RunBatch(o.inputs, *rules, batch, [&](Result<ArticleResult>&& r) {
    progress.Tick();
    if (!r.ok()) {
      std::cerr << "suchi: error: " << r.status().message() << "\n";
      return;
    }
    warnings += SayWarnings(r->article, o.quiet);
    writer->Write(*r);
    if (!file->out()) {  // a full disk or a closed pipe: every later write fails too
      std::cerr << "suchi: error: " << (dir ? dir->Path(name) : std::string("standard output"))
                << ": write failed (disk full?); stopping the batch\n";
      stop = true;
    }
  });
  progress.Done();
  bool failed = stop.load() || (dir && NothingRead(st));
  if (!o.quiet) {
    std::string what = depth == Depth::kClaims ? std::to_string(claims.load()) + " claims, " : "";
    std::string skipped = st.skipped > 0 ? ", " + std::to_string(st.skipped) + " skipped" : "";
    std::fprintf(stderr, "suchi: %ld articles, %s%ld errors, %ld warnings%s, %.2f s; %s %s\n",
                 st.articles, what.c_str(), st.errors + (stop.load() ? 1 : 0), warnings, skipped.c_str(),
                 progress.Seconds(), failed ? "not written:" : "wrote",
                 dir ? dir->Path(name).c_str() : "stdout");
  }
  if (failed) {
    if (dir) SayKept(o.out_dir, stop.load() ? "the batch stopped" : "no article was read");
    return 2;
  }
  if (dir ? !CommitOrSay(*dir, st.error_messages) : !file->Commit().ok()) {
    if (!dir) std::cerr << "suchi: error: standard output: write failed\n";
    return 2;
  }
  return st.errors > 0 ? 2 : 0;
}

std::unique_ptr<ResultWriter> MakeSentenceWriter(std::ostream& out, const CommandOptions&) {
  return std::make_unique<SentenceJsonlWriter>(out);
}
std::unique_ptr<ResultWriter> MakeQuantityWriter(std::ostream& out, const CommandOptions& o) {
  return std::make_unique<QuantityJsonlWriter>(out, o.with_time);
}
std::unique_ptr<ResultWriter> MakeClaimWriter(std::ostream& out, const CommandOptions& o) {
  return std::make_unique<ClaimJsonlWriter>(out, /*consume=*/true, o.shuffle_key);
}

std::unique_ptr<ClaimStore> OpenStore(const CommandOptions& o) {
  std::string path = o.db.empty() ? o.out_dir + "/suchi.db" : o.db;
  Result<std::unique_ptr<ClaimStore>> store = ClaimStore::Open(path);
  if (!store.ok()) {
    std::cerr << "suchi: error: " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(store.value());
}

// The store's part of the reports: the articles the claims come from,
// every stored claim's span in them, and the verdicts that hold.
struct StoreView {
  std::vector<StoredArticle> articles;
  std::map<std::string, std::vector<ClaimSpan>> spans;
  AppliedReviews reviews;
};

// Records `conflicts` in the store's conflicts table and reads what the
// reports show of the store.
Status ReadStoreView(ClaimStore& store, const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                     StoreView& v) {
  std::vector<std::string> hashes = ClaimsHashes(claims, conflicts);
  if (Status s = store.PutConflicts(conflicts, hashes); !s.ok()) return s;
  Result<std::vector<Review>> reviews = store.Reviews();
  if (!reviews.ok()) return reviews.status();
  v.reviews = ApplyReviews(*reviews, conflicts, hashes);
  std::vector<std::string> ids;
  std::set<std::string_view> seen;
  for (const Claim& c : claims)
    if (seen.insert(c.article).second) ids.push_back(c.article);
  Result<std::vector<StoredArticle>> articles = store.Articles(ids);
  if (!articles.ok()) return articles.status();
  v.articles = std::move(*articles);
  for (const std::string& id : ids) {
    Result<std::vector<ClaimSpan>> spans = store.ArticleSpans(id);
    if (!spans.ok()) return spans.status();
    v.spans[id] = std::move(*spans);
  }
  return Status();
}

// Stages conflicts.jsonl, report.html and report.md in `dir`; with a store,
// records the conflicts there and shows its articles and verdicts.
// `*shown` gets the number of conflicts not dismissed.
bool WriteFindings(OutputDir& dir, const CommandOptions& o, const std::vector<Claim>& claims,
                   const std::vector<Conflict>& conflicts, ReportOptions ro, ClaimStore* store,
                   std::size_t* shown = nullptr) {
  Result<ReportLocale> locale = ReportLocale::Load(o.rules_dir, o.lang);
  if (!locale.ok()) {
    Say(locale.status());
    return false;
  }
  ro.locale = &*locale;
  StoreView view;
  if (store) {
    if (Status s = ReadStoreView(*store, claims, conflicts, view); !s.ok()) {
      Say(s);
      return false;
    }
    ro.articles = &view.articles, ro.spans = &view.spans, ro.reviews = &view.reviews;
  }
  if (shown) {
    std::size_t dismissed = 0;
    for (const auto& [id, r] : view.reviews.current) dismissed += r.verdict == "dismissed";
    *shown = conflicts.size() - dismissed;
  }
  std::ostringstream jl;
  WriteConflictsJsonl(jl, conflicts);
  for (Status s : {dir.Put("conflicts.jsonl", jl.str()),
                   dir.Put("report.html", RenderHtmlReport(claims, conflicts, ro)),
                   dir.Put("report.md", RenderMarkdownReport(claims, conflicts, ro))})
    if (!s.ok()) {
      Say(s);
      return false;
    }
  return true;
}

}  // namespace

std::string ProgressLine(long done, long total, double seconds) {
  double rate = seconds > 0 ? done / seconds : 0;
  char buf[160];
  if (total < 0) {
    std::snprintf(buf, sizeof buf, "%ld articles, %.0f articles/s", done, rate);
    return buf;
  }
  long left = rate > 0 ? static_cast<long>((std::max(total - done, 0L)) / rate + 0.5) : -1;
  char eta[32] = "?";
  if (left >= 3600) std::snprintf(eta, sizeof eta, "%ld:%02ld:%02ld", left / 3600, left / 60 % 60, left % 60);
  else if (left >= 0) std::snprintf(eta, sizeof eta, "%ld:%02ld", left / 60, left % 60);
  std::snprintf(buf, sizeof buf, "%ld/%ld articles, %.0f articles/s, ETA %s", done, std::max(total, done), rate, eta);
  return buf;
}

int CmdSegment(const CommandOptions& o) {
  return StreamTo(o, Depth::kSegment, "sentences.jsonl", MakeSentenceWriter);
}

int CmdNumbers(const CommandOptions& o) {
  if (o.text.empty())
    return StreamTo(o, Depth::kNumbers, "numbers.jsonl", MakeQuantityWriter);
  auto rules = LoadRulesOrSay(o);
  if (!rules) return 2;
  Article a;
  a.id = o.id_prefix + "text";
  a.text = o.text;
  ArticleResult r = ProcessArticle(std::move(a), *rules, Depth::kNumbers);
  QuantityJsonlWriter(std::cout, o.with_time).Write(r);
  return 0;
}

int CmdExtract(const CommandOptions& o) {
  return StreamTo(o, Depth::kClaims, "claims.jsonl", MakeClaimWriter);
}

// Stores each result and writes its claims; runs on the emitting thread.
// Keeps what the conflict check needs, and no claim: the ids of this
// batch's comparable claims and their stream groups. The check then reads
// the claims back from the store a group at a time (groups.h). A systemic
// error (the store or the claims file cannot be written) is said once and
// stops the batch.
struct RunSink {
  ClaimStore& store;
  std::string_view fingerprint;  // the rule set's (ContentHash)
  ClaimJsonlWriter& claims_out;
  std::ostream& claims_file;
  std::string claims_path;
  Progress& progress;
  std::atomic<bool>& stop;
  bool quiet;
  std::unordered_set<std::string> batch_claims;
  std::set<std::string> batch_groups;
  std::vector<std::string> store_errors;
  long claims = 0, added = 0, unchanged = 0, replaced = 0, warnings = 0;

  void operator()(Result<ArticleResult>&& r) {
    progress.Tick();
    if (!r.ok()) {
      std::cerr << "suchi: error: " << r.status().message() << "\n";
      return;
    }
    warnings += SayWarnings(r->article, quiet);
    claims_out.Write(*r);
    if (!claims_file) return Stop(claims_path + ": write failed (disk full?)");
    claims += static_cast<long>(r->claims.size());
    for (const Claim& c : r->claims)
      if (std::optional<std::string> g = StreamGroup(c)) {
        batch_claims.insert(c.id);
        batch_groups.insert(std::move(*g));
      }
    Result<ClaimStore::PutResult> put =
        store.PutArticle(r->article, ContentHash(r->article, fingerprint), r->claims);
    if (!put.ok()) {
      if (put.status().systemic()) return Stop(put.status().message());
      std::cerr << "suchi: error: " << put.status().message() << "\n";
      store_errors.push_back(put.status().message());
      return;
    }
    ClaimStore::PutResult p = *put;
    (p == ClaimStore::PutResult::kAdded ? added
     : p == ClaimStore::PutResult::kReplaced ? replaced : unchanged) += 1;
  }

  void Stop(const std::string& why) {
    std::cerr << "suchi: error: " << why << "; stopping the batch\n";
    stop = true;
  }
};

// The check's options for the rules and flags of `o`.
GroupCheckOptions CheckOptions(const RuleSet& rules, const CommandOptions& o) {
  GroupCheckOptions g;
  g.rates = &rules.rates;
  g.same_fact = &rules.extract.same_fact();
  g.min_confidence = o.min_confidence;
  return g;
}

int CmdRun(const CommandOptions& o) {
  if (!CheckSettingsOrSay(o)) return 2;
  auto rules = LoadRulesOrSay(o);
  if (!rules) return 2;
  std::unique_ptr<OutputDir> out = OpenOutOrSay(o.out_dir);
  if (!out) return 2;
  std::unique_ptr<ClaimStore> store = OpenStore(o);
  if (!store) return 2;
  Result<AtomicFile*> claims_file = out->Stage("claims.jsonl");
  if (!claims_file.ok()) {
    Say(claims_file.status());
    return 2;
  }
  ClaimJsonlWriter claims_out((*claims_file)->out());
  Progress progress(o.quiet, o.inputs);
  std::atomic<bool> stop{false};
  RunSink sink{*store, rules->fingerprint, claims_out, (*claims_file)->out(),
               out->Path("claims.jsonl"), progress, stop, o.quiet};
  BatchOptions batch = MakeBatchOptions(o, Depth::kClaims);
  batch.stop = &stop;
  batch.render = [&claims_out](ArticleResult& r) {
    r.ReleaseStages();  // the sink writes `rendered`, stores the claims, hashes the text
    claims_out.Render(r);
  };
  BatchStats st = RunBatch(o.inputs, *rules, batch, [&](Result<ArticleResult>&& r) { sink(std::move(r)); });
  progress.Done();
  long errors = st.errors + static_cast<long>(sink.store_errors.size()) + (stop.load() ? 1 : 0);
  auto summary = [&](const char* conflicts) {
    if (o.quiet) return;
    std::string skipped = st.skipped > 0 ? ", " + std::to_string(st.skipped) + " skipped" : "";
    std::fprintf(stderr,
                 "suchi: %ld articles (%ld new, %ld changed, %ld unchanged), %ld claims, "
                 "%s conflicts, %ld errors, %ld warnings%s, %.2f s; %s %s/{claims.jsonl,"
                 "conflicts.jsonl,report.html,report.md%s}\n",
                 st.articles, sink.added, sink.replaced, sink.unchanged, sink.claims, conflicts,
                 errors, sink.warnings, skipped.c_str(), progress.Seconds(),
                 stop.load() || NothingRead(st) ? "not written:" : "wrote", o.out_dir.c_str(),
                 errors > 0 && !stop.load() ? ",errors.jsonl" : "");
  };
  if (stop.load() || NothingRead(st)) {
    summary("no");
    SayKept(o.out_dir, stop.load() ? "the batch stopped" : "no article was read");
    return 2;
  }
  // The check runs group by group from the store: every group with
  // --all-conflicts, else the groups of this batch, keeping the conflicts
  // that touch it.
  GroupCheckOptions check = CheckOptions(*rules, o);
  if (!o.all_conflicts) check.touching = &sink.batch_claims;
  Result<GroupCheck> found =
      CheckStoredGroups(*store, o.all_conflicts ? nullptr : &sink.batch_groups, check);
  Result<long> stored_articles = store->ArticlesWithClaimsCount(), stored_claims = store->ClaimCount();
  for (const Status& s : {found.status(), stored_articles.status(), stored_claims.status()})
    if (!s.ok()) {
      Say(s);
      return 2;
    }
  const std::vector<Conflict>& conflicts = found->conflicts;
  ReportOptions ro;
  ro.total_articles = *stored_articles, ro.total_claims = *stored_claims;
  std::vector<std::string> error_list = st.error_messages;
  error_list.insert(error_list.end(), sink.store_errors.begin(), sink.store_errors.end());
  std::size_t shown = 0;
  if (!WriteFindings(*out, o, found->claims, conflicts, ro, store.get(), &shown) || !CommitOrSay(*out, error_list))
    return 2;
  std::string counted = std::to_string(conflicts.size());
  if (shown < conflicts.size()) counted += " (" + std::to_string(conflicts.size() - shown) + " dismissed)";
  summary(counted.c_str());
  if (errors > 0) return 2;
  return o.fail_on_conflict && shown > 0 ? 1 : 0;
}

int CmdReport(const CommandOptions& o) {
  auto rules = LoadRulesOrSay(o);
  if (!rules) return 2;
  std::unique_ptr<OutputDir> out = OpenOutOrSay(o.out_dir);
  if (!out) return 2;
  std::unique_ptr<ClaimStore> store = OpenStore(o);
  if (!store) return 2;
  Result<GroupCheck> found = CheckStoredGroups(*store, nullptr, CheckOptions(*rules, o));
  Result<long> stored_articles = store->ArticlesWithClaimsCount(), stored_claims = store->ClaimCount();
  for (const Status& s : {found.status(), stored_articles.status(), stored_claims.status()})
    if (!s.ok()) {
      Say(s);
      return 2;
    }
  ReportOptions ro;
  ro.total_articles = *stored_articles, ro.total_claims = *stored_claims;
  std::size_t shown = 0;
  if (!WriteFindings(*out, o, found->claims, found->conflicts, ro, store.get(), &shown)) return 2;
  if (Status s = out->Commit(); !s.ok()) {  // a run's errors.jsonl stays: it is the run's
    Say(s);
    return 2;
  }
  if (!o.quiet)
    std::fprintf(stderr, "suchi: %ld stored claims, %zu conflicts; wrote %s/report.html\n",
                 *stored_claims, found->conflicts.size(), o.out_dir.c_str());
  return o.fail_on_conflict && shown > 0 ? 1 : 0;
}

// Opens file `name` for reading, or leaves `file` closed for "-" (stdin);
// says why when it cannot.
static bool OpenNamedOrSay(const std::string& name, std::ifstream& file) {
  if (name == "-") return true;
  file.open(name, std::ios::binary);
  if (!file) std::cerr << "suchi: error: " << name << ": cannot read\n";
  return static_cast<bool>(file);
}

int CmdConflicts(const CommandOptions& o) {
  auto rules = LoadRulesOrSay(o);
  if (!rules) return 2;
  if (o.inputs.size() > 1) {
    std::cerr << "suchi: error: conflicts reads one claims file, or - for stdin\n";
    return 2;
  }
  std::string name = o.inputs.empty() ? "-" : o.inputs[0];
  std::ifstream file;
  if (!OpenNamedOrSay(name, file)) return 2;
  std::istream& in = name == "-" ? std::cin : file;
  Result<GroupCheck> found =
      CheckClaimStream(in, name == "-" ? "stdin" : name, CheckOptions(*rules, o));
  if (!found.ok()) {
    std::cerr << "suchi: error: " << found.status().message() << "\n";
    return 2;
  }
  if (o.out_dir.empty()) {
    WriteConflictsJsonl(std::cout, found->conflicts);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "suchi: error: cannot write the conflicts to stdout\n";
      return 2;
    }
  } else {
    std::unique_ptr<OutputDir> out = OpenOutOrSay(o.out_dir);
    if (!out) return 2;
    ReportOptions ro;
    ro.total_claims = found->claims_checked;
    if (!WriteFindings(*out, o, found->claims, found->conflicts, ro, nullptr)) return 2;
    if (Status s = out->Commit(); !s.ok()) {
      Say(s);
      return 2;
    }
  }
  if (!o.quiet)
    std::fprintf(stderr, "suchi: %ld groups, %ld claims (largest group %zu), %zu conflicts\n",
                 found->groups, found->claims_checked, found->largest_group,
                 found->conflicts.size());
  return o.fail_on_conflict && !found->conflicts.empty() ? 1 : 0;
}

int CmdStoreImport(const CommandOptions& o) {
  std::string name = o.inputs.empty() ? "-" : o.inputs[0];
  std::ifstream file;
  if (!OpenNamedOrSay(name, file)) return 2;
  std::unique_ptr<ClaimStore> store = OpenStore(o);
  if (!store) return 2;
  Result<ImportStats> st = ImportClaims(name == "-" ? std::cin : file, name == "-" ? "stdin" : name, *store);
  if (!st.ok()) {
    Say(st.status());
    return 2;
  }
  if (!o.quiet)
    std::fprintf(stderr, "suchi: imported %ld claims of %ld articles (%ld new, %ld changed, %ld unchanged) into %s\n",
                 st->claims, st->articles, st->added, st->replaced, st->unchanged,
                 o.db.c_str());
  return 0;
}

const std::vector<std::string>& ReportLanguages() { return ReportLocale::Languages(); }

int CmdReview(const CommandOptions& o, const ReviewOptions& r) {
  std::unique_ptr<ClaimStore> store = OpenStore(o);
  if (!store) return 2;
  if (!r.import_path.empty()) {
    std::ifstream file;
    if (r.import_path != "-") {
      file.open(r.import_path, std::ios::binary);
      if (!file) {
        std::cerr << "suchi: error: " << r.import_path << ": cannot read\n";
        return 2;
      }
    }
    Result<long> n = ImportReviews(*store, r.import_path == "-" ? std::cin : file,
                                   r.import_path == "-" ? "stdin" : r.import_path);
    if (!n.ok()) {
      Say(n.status());
      return 2;
    }
    if (!o.quiet) std::fprintf(stderr, "suchi: imported %ld verdicts\n", *n);
  }
  if (!r.conflict.empty()) {
    if (r.verdict.empty()) {
      std::cerr << "suchi: error: review " << r.conflict << ": give --confirm, --dismiss or --needs-check\n";
      return 2;
    }
    Result<std::optional<StoredConflict>> known = store->GetConflict(r.conflict);
    if (!known.ok()) {
      Say(known.status());
      return 2;
    }
    if (!*known) {
      std::cerr << "suchi: error: conflict '" << r.conflict << "' is not in the store (see conflicts.jsonl)\n";
      return 2;
    }
    Review rv{r.conflict, r.verdict, r.note, (*known)->claims_hash, ""};
    if (Status s = store->PutReview(rv); !s.ok()) {
      Say(s);
      return 2;
    }
    if (!o.quiet) std::fprintf(stderr, "suchi: %s: %s\n", r.conflict.c_str(), r.verdict.c_str());
  }
  if (r.list) {
    Result<std::vector<Review>> reviews = store->Reviews();
    if (!reviews.ok()) {
      Say(reviews.status());
      return 2;
    }
    for (const Review& rv : *reviews) {
      Result<std::optional<StoredConflict>> known = store->GetConflict(rv.conflict);
      nlohmann::ordered_json j = nlohmann::ordered_json::parse(ReviewJsonLine(rv));
      if (known.ok() && *known) {
        j["kind"] = (*known)->kind;
        j["key"] = (*known)->key;
        j["current"] = (*known)->claims_hash == rv.claims_hash;
      }
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }
  return 0;
}

int CmdEval(const std::string& gold_prefix, const std::string& claims,
            const std::string& conflicts, bool verbose) {
  Result<std::string> report = Evaluate(gold_prefix, claims, conflicts, EvalOptions{verbose});
  if (!report.ok()) {
    std::cerr << "suchi: error: " << report.status().message() << "\n";
    return 2;
  }
  std::cout << *report;
  return 0;
}

}  // namespace suchi
