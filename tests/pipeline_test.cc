// End-to-end tests of the pipeline driver and the CLI: ordering and
// determinism across thread counts, bad input inside a batch, rule errors
// before any input is read, the claim store across runs, and the gold
// figures on the seeds, and the seeds' claims against a hand-reviewed golden
// file. Set SUCHI_UPDATE_GOLDEN=1 to rewrite tests/data/claims_golden/*.jsonl
// from the current implementation (then read the diff by hand).
#include "pipeline.h"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "conflict.h"
#include "eval.h"
#include "extract.h"
#include "json.h"
#include "numbers.h"
#include "sinks.h"
#include "store.h"

namespace suchi {
namespace {

namespace fs = std::filesystem;

const std::string kSource = SUCHI_SOURCE_DIR;
const std::string kSuchi = SUCHI_BINARY;

const RuleSet& Rules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    Result<std::shared_ptr<const RuleSet>> r = LoadRuleSet(kSource + "/rules");
    if (!r.ok()) ADD_FAILURE() << r.status().message();
    return r.ok() ? *r : std::make_shared<const RuleSet>();
  }();
  return *rules;
}

fs::path TempDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("suchi_pipeline_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void WriteFile(const fs::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary) << content;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Returns the claims JSONL of a batch over `paths` with `jobs` threads.
// With `render`, the JSON is rendered on the worker threads.
std::string ClaimsOf(const std::vector<std::string>& paths, int jobs, BatchStats* stats = nullptr,
                     bool render = false) {
  std::ostringstream out;
  ClaimJsonlWriter w(out);
  BatchOptions o;
  o.jobs = jobs;
  if (render) o.render = [&w](ArticleResult& r) { w.Render(r); };
  o.max_in_flight = 4;  // small, to exercise back-pressure
  BatchStats st = RunBatch(paths, Rules(), o, [&](Result<ArticleResult>&& r) {
    if (r.ok()) w.Write(*r);
  });
  if (stats) *stats = st;
  return out.str();
}

// Runs the CLI; returns its exit code and fills `err` with stderr.
int RunSuchi(const std::string& args, std::string* err = nullptr) {
  fs::path e = fs::temp_directory_path() / ("suchi_err_" + std::to_string(::getpid()));
  int rc = std::system((kSuchi + " " + args + " >/dev/null 2>" + e.string()).c_str());
  if (err) *err = ReadFile(e);
  fs::remove(e);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TEST(PipelineTest, SameOutputWhateverTheThreadCount) {
  std::string one = ClaimsOf({kSource + "/seeds"}, 1);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(one, ClaimsOf({kSource + "/seeds"}, 2));
  EXPECT_EQ(one, ClaimsOf({kSource + "/seeds"}, 2, nullptr, true));
  EXPECT_EQ(one, ClaimsOf({kSource + "/seeds"}, 5));
}

// Two inputs with one id (same file name in two folders) are both
// processed; the later one carries a warning, in input order.
TEST(PipelineTest, DuplicateArticleIdsAreWarnedAbout) {
  fs::path d = TempDir("dup");
  fs::create_directories(d / "day1");
  fs::create_directories(d / "day2");
  WriteFile(d / "day1" / "0001.txt", "제목\n\n수출이 10억 달러를 넘었다.\n");
  WriteFile(d / "day2" / "0001.txt", "제목\n\n인구는 5000만명이다.\n");
  WriteFile(d / "day2" / "0002.txt", "제목\n\n3만명이 왔다.\n");
  for (int jobs : {1, 2}) {
    std::vector<std::pair<std::string, std::size_t>> seen;  // id, warnings
    BatchOptions o;
    o.jobs = jobs;
    BatchStats st = RunBatch({(d / "day1").string(), (d / "day2").string()}, Rules(), o,
                             [&](Result<ArticleResult>&& r) {
                               ASSERT_TRUE(r.ok());
                               seen.emplace_back(r->article.id, r->article.warnings.size());
                             });
    EXPECT_EQ(st.articles, 3);
    EXPECT_EQ(st.duplicates, 1);
    EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::size_t>>{{"0001", 0}, {"0001", 1}, {"0002", 0}}));
  }
  fs::remove_all(d);
}

TEST(PipelineTest, BadArticlesDoNotStopTheBatch) {
  fs::path d = TempDir("bad");
  WriteFile(d / "a_good.txt", "제목\n\n수출이 10억 달러를 넘었다.\n");
  WriteFile(d / "b_empty.txt", "");
  WriteFile(d / "c_binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  WriteFile(d / "d_good.txt", "제목\n\n인구는 5000만명이다.\n");
  BatchStats st;
  std::string claims = ClaimsOf({d.string()}, 2, &st);
  EXPECT_EQ(st.articles, 2);
  EXPECT_EQ(st.errors, 2);
  EXPECT_NE(claims.find("\"article\":\"a_good\""), std::string::npos);
  EXPECT_NE(claims.find("\"article\":\"d_good\""), std::string::npos);
  fs::remove_all(d);
}

TEST(PipelineTest, SeedsMeetTheGoldFigures) {
  fs::path d = TempDir("gold");
  {
    std::ofstream out(d / "claims.jsonl");
    out << ClaimsOf({kSource + "/seeds"}, 2);
  }
  Result<std::string> rep = Evaluate(kSource + "/tests/data/seeds_gold/seeds", (d / "claims.jsonl").string(), "", {});
  ASSERT_TRUE(rep.ok()) << rep.status().message();
  double p = 0, r = 0;
  std::size_t at = rep->find("score: P=");
  ASSERT_NE(at, std::string::npos);
  ASSERT_EQ(std::sscanf(rep->c_str() + at, "score: P=%lf R=%lf", &p, &r), 2);
  EXPECT_GE(p, 0.95) << *rep;
  EXPECT_GE(r, 0.95) << *rep;
  EXPECT_NE(rep->find("negatives_hit: 0"), std::string::npos) << *rep;
  fs::remove_all(d);
}

// One reviewable line per claim: where, what value, and its attribution.
std::string GoldenLine(const Claim& c) {
  nlohmann::ordered_json j;
  j["quote"] = c.quote;
  j["start"] = c.start;
  j["value"] = c.q.value;
  if (c.q.value_max) j["value_max"] = *c.q.value_max;
  j["kind"] = UnitKindName(c.q.kind);
  if (!c.q.currency.empty()) j["currency"] = c.q.currency;
  if (c.q.qualifier != "exact") j["qualifier"] = c.q.qualifier;
  if (c.q.basis_per) j["basis"] = *c.q.basis_per;
  j["subject"] = c.subject ? c.subject->id : "";
  if (c.period) j["period"] = c.period->text;
  j["key"] = c.key;
  std::string flags = std::string(c.headline ? "headline " : "") + (c.negated ? "negated " : "") +
                      (c.question ? "question " : "") + (c.quoted ? "quoted " : "") +
                      (c.derived_from.empty() ? "" : "derived ");
  if (!flags.empty()) j["flags"] = flags.substr(0, flags.size() - 1);
  return j.dump();
}

TEST(PipelineTest, SeedClaimsMatchTheHandReviewedGolden) {
  const std::string dir = kSource + "/tests/data/claims_golden/";
  bool update = std::getenv("SUCHI_UPDATE_GOLDEN") != nullptr;
  std::map<std::string, std::vector<std::string>> got;
  BatchOptions o;
  BatchStats st = RunBatch({kSource + "/seeds"}, Rules(), o, [&](Result<ArticleResult>&& r) {
    ASSERT_TRUE(r.ok()) << r.status().message();
    auto& lines = got[r->article.id];
    for (const Claim& c : r->claims) lines.push_back(GoldenLine(c));
  });
  ASSERT_EQ(got.size(), 5u);
  for (const auto& [id, lines] : got) {
    SCOPED_TRACE(id);
    if (update) {
      std::ofstream out(dir + id + ".jsonl", std::ios::binary);
      for (const std::string& l : lines) out << l << "\n";
      continue;
    }
    std::istringstream in(ReadFile(dir + id + ".jsonl"));
    std::vector<std::string> want;
    for (std::string l; std::getline(in, l);) want.push_back(l);
    for (std::size_t i = 0; i < std::max(want.size(), lines.size()); ++i)
      EXPECT_EQ(i < lines.size() ? lines[i] : "(none)", i < want.size() ? want[i] : "(none)") << "claim " << i;
  }
}

// Returns the claims of every seed article, in input order.
std::vector<Claim> SeedClaims() {
  std::vector<Claim> claims;
  RunBatch({kSource + "/seeds"}, Rules(), BatchOptions(), [&](Result<ArticleResult>&& r) {
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok()) claims.insert(claims.end(), r->claims.begin(), r->claims.end());
  });
  return claims;
}

// A huge article is extracted in the low-memory way (analyses not kept
// between the passes, quantities found sentence by sentence): the claims
// must be the very same. Each seed is run both ways.
TEST(PipelineTest, LowMemoryExtractionGivesTheSameClaims) {
  const RuleSet& rules = Rules();
  int articles = 0;
  RunBatch({kSource + "/seeds"}, rules, BatchOptions(), [&](Result<ArticleResult>&& r) {
    ASSERT_TRUE(r.ok()) << r.status().message();
    ++articles;
    ArticleResult full = ProcessArticle(r->article, rules, Depth::kNumbers);
    CodePointIndex cps(full.article.text);
    auto lines = [](const std::vector<Claim>& claims) {
      std::string out;
      for (const Claim& c : claims) AppendClaimJsonLine(c, out);
      return out;
    };
    std::string usual = lines(r->claims);
    ASSERT_FALSE(usual.empty()) << r->article.id;
    struct Way {
      const char* name;
      bool find;
    };
    for (const Way& w : {Way{"analyses not kept", false}, Way{"and quantities on demand", true}}) {
      SCOPED_TRACE(std::string(r->article.id) + ": " + w.name);
      QuantityFinder find;
      if (w.find) find = [&](std::string_view t) { return FindQuantities(t, rules.numbers); };
      std::vector<Claim> low = ExtractClaims(full.article, full.norm, cps, full.sentences,
                                             w.find ? std::vector<std::vector<Quantity>>{} : full.quantities,
                                             rules.extract, /*low_memory_bytes=*/0, find);
      EXPECT_EQ(lines(low), usual);
    }
  });
  EXPECT_EQ(articles, 5);
}

TEST(JsonLineTest, FastWriterEqualsTheJsonTreeDump) {
  std::vector<Claim> claims = SeedClaims();
  ASSERT_GT(claims.size(), 100u);
  // Strings that need escaping or replacing, and numbers of every shape.
  const char* hostile[] = {"a\"b", "back\\slash", "new\nline\t", "\x01ctl", "bad \xff byte",
                           "surrogate \xed\xa0\x80", "overlong \xc0\xaf", "cut \xea\xb0", "", "\x7f"};
  Claim base = claims[0];
  for (const char* h : hostile) {
    Claim c = base;
    c.quote = c.sentence = c.key = c.source = c.outlet = h;
    c.subject = Entity{h, h};
    claims.push_back(c);
  }
  const char controls[] =  // every control character, escaped one by one
      "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10"
      "\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f";
  for (const char* h : {controls, "\"quoted\" 47%\b\f\r"}) {
    Claim c = base;
    c.quote = c.sentence = h;
    claims.push_back(c);
  }
  for (double v : {0.1, -0.3, 1e20, 12345678.9, -0.0, 1.5e-7, 9e15, 2.5e-5, 1.0 / 3,
                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    Claim c = base;
    c.q.value = v, c.q.value_max = v * 2, c.q.basis_per = v, c.q.resolution = v;
    c.period = Period{2013, 2023, "2013~2023년"};
    claims.push_back(c);
  }
  for (const Claim& c : claims) {
    std::string line;
    AppendClaimJsonLine(c, line);
    EXPECT_EQ(line, ClaimToJson(c).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  }
}

// AsStored gives what the claim store gives back, without the JSON round
// trip: the same line, and the fields the line does not carry reset.
TEST(JsonLineTest, AsStoredEqualsTheStoreRoundTrip) {
  std::vector<Claim> claims = SeedClaims();
  ASSERT_GT(claims.size(), 100u);
  Claim odd = claims[0];
  odd.q.value = -0.0, odd.q.value_max = -0.0, odd.q.basis_per = -0.0;
  odd.q.kind = UnitKind::kTime, odd.q.year = 2013, odd.q.year_end = 2023;
  claims.push_back(odd);
  odd.q.basis_per.reset(), odd.q.basis_text = "인구 10만명당";
  claims.push_back(odd);
  for (const Claim& c : claims) {
    std::string line;
    AppendClaimJsonLine(c, line);
    Result<Claim> back = ClaimFromJson(nlohmann::json::parse(line));
    ASSERT_TRUE(back.ok()) << back.status().message();
    Claim fast = AsStored(c);
    std::string a, b;
    AppendClaimJsonLine(fast, a);
    AppendClaimJsonLine(*back, b);
    EXPECT_EQ(a, b);
    EXPECT_EQ(fast.q.begin, back->q.begin);
    EXPECT_EQ(fast.q.end, back->q.end);
    EXPECT_EQ(fast.q.year, back->q.year);
    EXPECT_EQ(fast.q.year_end, back->q.year_end);
    EXPECT_EQ(fast.q.basis_text, back->q.basis_text);
    EXPECT_EQ(std::signbit(fast.q.value), std::signbit(back->q.value));
  }
}

TEST(CliTest, BrokenRuleFileFailsBeforeReadingInput) {
  fs::path d = TempDir("rules");
  fs::copy(kSource + "/rules", d / "rules", fs::copy_options::recursive);
  {
    std::ofstream chrome(d / "rules" / "chrome.tsv", std::ios::app);
    chrome << "broken\tline\t-\t-\t(unclosed\tbad regex\n";
  }
  std::string err;
  int rc = RunSuchi("--rules " + (d / "rules").string() + " run /nonexistent --out " +
                        (d / "out").string(), &err);
  EXPECT_EQ(rc, 2);
  EXPECT_NE(err.find("chrome.tsv:"), std::string::npos) << err;
  EXPECT_EQ(err.find("/nonexistent"), std::string::npos) << "input was read: " << err;
  fs::remove_all(d);
}

TEST(CliTest, UnwritableOutIsAClearError) {
  fs::path d = TempDir("ro");
  WriteFile(d / "out", "a file where a directory should be");
  std::string err;
  int rc = RunSuchi("--rules " + kSource + "/rules run " + kSource + "/seeds --out " +
                        (d / "out").string(), &err);
  EXPECT_EQ(rc, 2);
  EXPECT_NE(err.find((d / "out").string()), std::string::npos) << err;
  fs::remove_all(d);
}

TEST(CliTest, SecondRunChangesNothingAndANewArticleIsCheckedAgainstTheStore) {
  fs::path d = TempDir("store");
  std::string rules = "--rules " + kSource + "/rules ";
  fs::create_directories(d / "batch1");
  for (const auto& e : fs::directory_iterator(kSource + "/seeds"))
    if (e.path().filename().string().rfind("001_", 0) != 0) fs::copy(e.path(), d / "batch1");
  std::string out = " --out " + (d / "out").string() + " -q";
  ASSERT_EQ(RunSuchi(rules + "run " + (d / "batch1").string() + out), 0);
  std::string db1 = ReadFile(d / "out" / "claims.jsonl");
  ASSERT_EQ(RunSuchi(rules + "run " + (d / "batch1").string() + out), 0);
  EXPECT_EQ(db1, ReadFile(d / "out" / "claims.jsonl"));
  // 001 alone, later: its -0.3 per 10,000 conflicts with 000's per 100,000.
  fs::create_directories(d / "batch2");
  for (const auto& e : fs::directory_iterator(kSource + "/seeds"))
    if (e.path().filename().string().rfind("001_", 0) == 0 ||
        e.path().filename() == "meta.jsonl")
      fs::copy(e.path(), d / "batch2");
  ASSERT_EQ(RunSuchi(rules + "run " + (d / "batch2").string() + out), 0);
  std::string conflicts = ReadFile(d / "out" / "conflicts.jsonl");
  EXPECT_NE(conflicts.find("basis_mismatch"), std::string::npos) << conflicts;
  EXPECT_NE(conflicts.find("000_2a1bd2f13118dc1c#"), std::string::npos) << conflicts;
  fs::remove_all(d);
}

TEST(CliTest, ProgressLineShowsTotalRateAndTimeLeft) {
  struct Case {
    long done, total;
    double seconds;
    std::string want;
  };
  const Case cases[] = {
      {120, -1, 0.5, "120 articles, 240 articles/s"},
      {120, 2708, 0.5, "120/2708 articles, 240 articles/s, ETA 0:11"},
      {25, 100000, 1.0, "25/100000 articles, 25 articles/s, ETA 1:06:39"},
      {50, 40, 1.0, "50/50 articles, 50 articles/s, ETA 0:00"},  // a count ahead that fell short
      {0, 10, 0.0, "0/10 articles, 0 articles/s, ETA ?"},
  };
  for (const Case& c : cases) EXPECT_EQ(ProgressLine(c.done, c.total, c.seconds), c.want);
}

TEST(CliTest, ExtractEndsWithASummaryUnlessQuiet) {
  fs::path d = TempDir("summary");
  std::string err;
  std::string rules = "--rules " + kSource + "/rules ";
  ASSERT_EQ(RunSuchi(rules + "extract " + kSource + "/seeds", &err), 0);
  EXPECT_EQ(err.rfind("suchi: 5 articles, 141 claims, 0 errors, 0 warnings, ", 0), 0u) << err;
  EXPECT_NE(err.find("; wrote stdout\n"), std::string::npos) << err;
  WriteFile(d / "bad.txt", "\xff\xfe\x00\x01binary");
  WriteFile(d / "ok.txt", "제목\n\n본문에 잘못된 바이트 \xff 하나가 있다. 3만명이 왔다.\n");
  ASSERT_EQ(RunSuchi(rules + "extract " + d.string() + " --out " + (d / "out").string(), &err), 2);
  EXPECT_NE(err.find("suchi: 1 articles, 1 claims, 1 errors, 1 warnings, "), std::string::npos) << err;
  ASSERT_EQ(RunSuchi(rules + "extract -q " + kSource + "/seeds", &err), 0);
  EXPECT_EQ(err, "");
  fs::remove_all(d);
}

// `suchi run` checks a batch against the claims of its groups only; the
// conflicts it reports must be those of the whole store that touch the
// batch, over a first batch, a later one and a re-run of unchanged articles.
TEST(CliTest, ConflictsOfABatchAreThoseOfTheWholeStoreTouchingIt) {
  fs::path d = TempDir("groups");
  std::string rules = "--rules " + kSource + "/rules ";
  std::map<std::string, std::vector<std::string>> batches = {
      {"b1", {"000_", "002_", "003_"}}, {"b2", {"001_", "004_"}}};
  for (const auto& [name, prefixes] : batches) {
    fs::create_directories(d / name);
    for (const auto& e : fs::directory_iterator(kSource + "/seeds"))
      for (const std::string& p : prefixes)
        if (e.path().filename().string().rfind(p, 0) == 0 || e.path().filename() == "meta.jsonl")
          fs::copy(e.path(), d / name, fs::copy_options::skip_existing);
  }
  // A second store, "spill", is given --keep-claims, a flag of the former
  // in-memory check: still accepted, and without effect.
  for (std::string run : {"out b1", "out b2", "out b1", "spill b1", "spill b2"}) {
    SCOPED_TRACE(run);
    std::string store_dir = run.substr(0, run.find(' ')), batch = run.substr(run.find(' ') + 1);
    std::string out = " --out " + (d / "out").string() + " --db " + (d / (store_dir + ".db")).string() +
                      " -q --lang en" + (store_dir == "spill" ? " --keep-claims 10" : "");
    ASSERT_EQ(RunSuchi(rules + "run " + (d / batch).string() + out), 0);
    std::set<std::string> batch_ids;
    std::istringstream claims(ReadFile(d / "out" / "claims.jsonl"));
    for (std::string line; std::getline(claims, line);)
      batch_ids.insert(nlohmann::json::parse(line).at("id").get<std::string>());
    ASSERT_FALSE(batch_ids.empty());
    Result<std::unique_ptr<ClaimStore>> store = ClaimStore::Open((d / (store_dir + ".db")).string());
    ASSERT_TRUE(store.ok()) << store.status().message();
    Result<std::vector<Claim>> all = (*store)->AllClaims();
    ASSERT_TRUE(all.ok()) << all.status().message();
    std::vector<Conflict> want;
    for (const Conflict& c : FindConflicts(*all, Rules().rates))
      if (std::any_of(c.claims.begin(), c.claims.end(), [&](const std::string& id) { return batch_ids.count(id); }))
        want.push_back(c);
    std::ostringstream jl;
    WriteConflictsJsonl(jl, want);
    EXPECT_FALSE(want.empty());
    EXPECT_EQ(ReadFile(d / "out" / "conflicts.jsonl"), jl.str());
    // The summary counts the store, not only the claims read for the check.
    std::set<std::string> articles;
    for (const Claim& c : *all) articles.insert(c.article);
    EXPECT_NE(ReadFile(d / "out" / "report.md").find(std::to_string(articles.size()) + " articles and " +
                                                     std::to_string(all->size()) + " claims checked"),
              std::string::npos);
  }
  fs::remove_all(d);
}

TEST(CliTest, ConflictsOfAGroupedClaimStreamAreThoseOfTheRun) {
  fs::path d = fs::temp_directory_path() / ("suchi_stream_" + std::to_string(::getpid()));
  fs::remove_all(d);
  std::string rules = "--rules " + kSource + "/rules ";
  ASSERT_EQ(RunSuchi(rules + "run -q --all-conflicts " + kSource + "/seeds --out " + (d / "out").string()), 0);
  // claims.jsonl sorted by group, as a streaming sort leaves it
  // ("group<TAB>json"), then through `suchi conflicts -`.
  std::vector<std::pair<std::string, std::string>> lines;
  std::istringstream claims(ReadFile(d / "out" / "claims.jsonl"));
  for (std::string line; std::getline(claims, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    lines.emplace_back(j["group"].is_string() ? j["group"].get<std::string>() : "", line);
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string sorted;
  for (const auto& [group, line] : lines) sorted += group + "\t" + line + "\n";
  std::ofstream(d / "sorted.tsv") << sorted;
  std::string cmd = kSuchi + " " + rules + "conflicts -q - < " + (d / "sorted.tsv").string() + " > " +
                    (d / "stream.jsonl").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string want = ReadFile(d / "out" / "conflicts.jsonl");
  EXPECT_FALSE(want.empty());
  EXPECT_EQ(ReadFile(d / "stream.jsonl"), want);
  // Claims out of group order are refused, naming the line.
  std::string reversed;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) reversed += it->second + "\n";
  for (const auto& [group, line] : lines) reversed += line + "\n";
  std::ofstream(d / "twice.jsonl") << reversed;
  std::string err;
  EXPECT_EQ(RunSuchi(rules + "conflicts " + (d / "twice.jsonl").string(), &err), 2);
  EXPECT_NE(err.find("twice.jsonl:"), std::string::npos) << err;
  EXPECT_NE(err.find("not grouped"), std::string::npos) << err;
  fs::remove_all(d);
}

TEST(CliTest, ShuffleKeyLinesAreTheGroupedClaimsLedByTheirGroup) {
  // `suchi extract --shuffle-key -`, the mapper of a streaming engine: the
  // claims with a group, in order, each led by its group and a tab.
  fs::path d = fs::temp_directory_path() / ("suchi_keyed_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  std::string rules = "--rules " + kSource + "/rules ";
  std::string cmd = kSuchi + " " + rules + "extract -q " + kSource + "/seeds > " + (d / "plain").string() +
                    " && " + kSuchi + " " + rules + "extract -q -j 2 --shuffle-key " + kSource +
                    "/seeds > " + (d / "keyed").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string want;
  std::istringstream plain(ReadFile(d / "plain"));
  long skipped = 0;
  for (std::string line; std::getline(plain, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j["group"].is_string()) want += j["group"].get<std::string>() + "\t" + line + "\n";
    else ++skipped;
  }
  EXPECT_GT(skipped, 0);  // the seeds have claims without a group: they are left out
  EXPECT_FALSE(want.empty());
  EXPECT_EQ(ReadFile(d / "keyed"), want);
  fs::remove_all(d);
}

TEST(CliTest, ImportedClaimsGiveTheRunsConflictsAndReport) {
  // A distributed run's claims.jsonl loaded with `suchi store --import`:
  // `suchi report` on that store says what the run said.
  fs::path d = fs::temp_directory_path() / ("suchi_import_" + std::to_string(::getpid()));
  fs::remove_all(d);
  std::string rules = "--rules " + kSource + "/rules ";
  ASSERT_EQ(RunSuchi(rules + "run -q --all-conflicts " + kSource + "/seeds --out " + (d / "run").string()), 0);
  std::string db = (d / "team.db").string(), err;
  ASSERT_EQ(RunSuchi(rules + "store --import " + (d / "run" / "claims.jsonl").string() + " --db " + db, &err), 0);
  EXPECT_NE(err.find(" new, 0 changed, 0 unchanged"), std::string::npos) << err;
  ASSERT_EQ(RunSuchi(rules + "report --db " + db + " --out " + (d / "report").string()), 0);
  std::string want = ReadFile(d / "run" / "conflicts.jsonl");
  EXPECT_FALSE(want.empty());
  EXPECT_EQ(ReadFile(d / "report" / "conflicts.jsonl"), want);
  // The cards are the run's, in its order; claims.jsonl holds no article
  // titles or texts, so the imported store's cards name articles by id.
  auto headings = [](const std::string& md) {
    std::string out;
    std::istringstream in(md);
    for (std::string line; std::getline(in, line);)
      if (line.rfind("## ", 0) == 0) out += line + "\n";
    return out;
  };
  std::string run_md = ReadFile(d / "run" / "report.md");
  EXPECT_FALSE(headings(run_md).empty());
  EXPECT_EQ(headings(ReadFile(d / "report" / "report.md")), headings(run_md));
  // Again: nothing changes. A missing file is an error naming it.
  ASSERT_EQ(RunSuchi(rules + "store --import " + (d / "run" / "claims.jsonl").string() + " --db " + db, &err), 0);
  EXPECT_NE(err.find("(0 new, 0 changed, "), std::string::npos) << err;
  EXPECT_EQ(RunSuchi(rules + "store --import " + (d / "none.jsonl").string() + " --db " + db, &err), 2);
  EXPECT_NE(err.find("none.jsonl: cannot read"), std::string::npos) << err;
  fs::remove_all(d);
}

// Former bugs.

}  // namespace
}  // namespace suchi
