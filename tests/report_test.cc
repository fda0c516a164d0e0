// Tests of the reports: HTML escaping of article text (a <script> in an
// article is shown as text), one card per conflict in severity order with
// the figure marked in its sentence and a chart, no network references,
// and the Markdown report. SampleReport writes report.html, report.md and
// conflicts.jsonl of the gold seed claims to $SUCHI_REPORT_OUT (or a temp
// dir) for tests/browser/check_report.sh.
#include "report.h"
#include "seed_gold.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "conflict.h"
#include "json.h"

namespace suchi {
namespace {

// The report tests render every finding, whatever its same-fact confidence.

const ExchangeRates& Rates() {
  static const ExchangeRates r = [] {
    Result<ExchangeRates> x = ExchangeRates::Load(std::string(SUCHI_SOURCE_DIR) + "/rules/exchange_rates.tsv");
    EXPECT_TRUE(x.ok()) << x.status().message();
    return x.ok() ? *x : ExchangeRates();
  }();
  return r;
}

std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

Claim Pct(const std::string& article, std::size_t start, double v, const std::string& quote,
          const std::string& sentence) {
  Claim c;
  c.article = article;
  c.start = start;
  c.id = article + "#" + std::to_string(start);
  c.key = "MK_SURVEY/answer_productivity/-";
  c.quote = quote;
  c.sentence = sentence;
  c.q.value = v;
  c.q.kind = UnitKind::kPercent;
  c.q.unit_text = "%";
  c.q.resolution = 0.1;
  c.outlet = "매일경제";
  c.published = "2024-02-18";
  return c;
}

// Two disagreeing claims, one of them in a hostile sentence and outlet.
std::vector<Claim> Hostile() {
  Claim a = Pct("003_x", 10, 72.9, "72.9%", "<script>alert(1)</script> 생산성 향상 72.9%");
  a.outlet = "\"><img src=x onerror=alert(2)>";
  a.headline = true;
  Claim b = Pct("003_x", 900, 72.4, "72.4%", "응답자의 72.4%가 '생산성 | 향상'을 꼽았다 & more");
  return {a, b};
}

TEST(HtmlEscapeTest, Table) {
  const std::pair<const char*, const char*> cases[] = {
      {"", ""},
      {"plain 한글", "plain 한글"},
      {"<script>", "&lt;script&gt;"},
      {"a&b", "a&amp;b"},
      {"\"q\" 'a'", "&quot;q&quot; &#39;a&#39;"},
      {"&amp;", "&amp;amp;"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(HtmlEscape(in), want) << in;
}

TEST(HtmlReportTest, ArticleTextIsEscapedNeverRaw) {
  std::vector<Claim> claims = Hostile();
  std::vector<Conflict> conflicts = FindConflicts(claims, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(conflicts.size(), 1u);
  std::string html = RenderHtmlReport(claims, conflicts, ReportOptions{&Rates()});
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_EQ(Count(html, "<script"), 1u);  // the page's own filter script only
  EXPECT_NE(html.find("<mark>72.9%</mark>"), std::string::npos);
  EXPECT_NE(html.find("&#39;생산성 | 향상&#39;을 꼽았다 &amp; more"), std::string::npos);
}

TEST(HtmlReportTest, PeriodMismatchCardHasNoChart) {
  // A year dispute may pair a rank with the figure behind it: no common scale.
  std::vector<Claim> claims = Hostile();
  Conflict k;
  k.id = "K1", k.kind = "period_mismatch", k.key = claims[0].key, k.severity = "medium";
  k.claims = {claims[0].id, claims[1].id};
  std::string html = RenderHtmlReport(claims, {k}, ReportOptions{&Rates()});
  EXPECT_EQ(Count(html, "<article class=\"card "), 1u);
  EXPECT_EQ(Count(html, "<svg class=\"chart\""), 0u);
}

TEST(HtmlReportTest, OneCardPerConflictBySeverityWithChart) {
  std::vector<Claim> claims = Hostile();
  Claim c = Pct("003_x", 2000, 44, "44%", "예산 44%");
  c.key = "MK_SURVEY/answer_budget/-";
  c.q.resolution = 1;
  Claim d = Pct("001_y", 30, 46.7, "46.7%", "예산 46.7%");
  d.key = c.key;
  claims.push_back(c);
  claims.push_back(d);
  std::vector<Conflict> conflicts = FindConflicts(claims, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(conflicts.size(), 2u);
  std::reverse(conflicts.begin(), conflicts.end());  // the report orders its cards itself
  std::string html = RenderHtmlReport(claims, conflicts, ReportOptions{&Rates()});
  EXPECT_EQ(Count(html, "<article class=\"card "), 2u);
  EXPECT_EQ(Count(html, "<svg class=\"chart\""), 2u);
  for (const Conflict& k : conflicts) {
    EXPECT_NE(html.find("id=\"" + k.id + "\""), std::string::npos);
    EXPECT_NE(html.find(HtmlEscape(k.explanation)), std::string::npos);
  }
  EXPECT_LT(html.find("data-severity=\"high\""), html.find("data-severity=\"medium\""));
  EXPECT_NE(html.find("data-kind=\"value_mismatch\""), std::string::npos);
  EXPECT_NE(html.find("data-filter-kind=\"basis_mismatch\""), std::string::npos);
  EXPECT_NE(html.find("<mark>46.7%</mark>"), std::string::npos);
  // Self-contained: nothing is loaded from anywhere.
  for (const char* ref : {"http://", "https://", "src=\"", "<link", "@import", "url("})
    EXPECT_EQ(html.find(ref), std::string::npos) << ref;
}

TEST(HtmlReportTest, NoConflicts) {
  std::vector<Claim> claims = {Hostile()[0]};
  std::string html = RenderHtmlReport(claims, {});
  EXPECT_EQ(Count(html, "<article class=\"card "), 0u);
  EXPECT_NE(html.find("No conflicts found."), std::string::npos);
  EXPECT_NE(html.find("<div class=\"n\">1</div><div class=\"l\">claims"), std::string::npos);
}

TEST(HtmlReportTest, ChartConvertsCurrenciesWithRates) {
  Claim usd = Pct("a", 1, 1e10, "100억달러", "투자 100억달러");
  usd.key = "KR/inv/2023";
  usd.q.kind = UnitKind::kCurrency, usd.q.currency = "USD", usd.q.unit_text = "달러", usd.q.resolution = 1e9;
  usd.published = "2024-04-17";
  Claim krw = usd;
  krw.article = "b", krw.id = "b#1", krw.quote = "5조원", krw.sentence = "투자 5조원";
  krw.q.value = 5e12, krw.q.currency = "KRW", krw.q.unit_text = "원", krw.q.resolution = 1e12;
  std::vector<Conflict> conflicts = FindConflicts({usd, krw}, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(conflicts.size(), 1u);
  std::string with = RenderHtmlReport({usd, krw}, conflicts, ReportOptions{&Rates()});
  EXPECT_NE(with.find("13,640,000,000,000"), std::string::npos);  // 100억달러 at 1,364
  EXPECT_NE(with.find("Values as reported, in KRW"), std::string::npos);
  std::string without = RenderHtmlReport({usd, krw}, conflicts);
  EXPECT_EQ(without.find("<svg"), std::string::npos);  // one bar per unit: no chart
  Claim usd2 = usd;
  usd2.article = "c", usd2.id = "c#1", usd2.q.value = 5e9;
  conflicts = FindConflicts({usd, krw, usd2}, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(conflicts.size(), 1u);
  std::string two = RenderHtmlReport({usd, krw, usd2}, conflicts);  // two USD bars, KRW apart
  EXPECT_NE(two.find("other unit: not on this scale"), std::string::npos);
}

TEST(MarkdownReportTest, SameFindings) {
  std::vector<Claim> claims = Hostile();
  std::vector<Conflict> conflicts = FindConflicts(claims, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(conflicts.size(), 1u);
  std::string md = RenderMarkdownReport(claims, conflicts);
  EXPECT_EQ(md.rfind("# Conflicting figures\n", 0), 0u);
  EXPECT_NE(md.find("1 articles, 2 claims, 1 conflicts (high 0, medium 1, low 0)"), std::string::npos) << md;
  EXPECT_NE(md.find("## 1. value mismatch (medium) — `MK_SURVEY/answer_productivity/-`"), std::string::npos);
  EXPECT_NE(md.find("`" + conflicts[0].id + "`"), std::string::npos);
  EXPECT_NE(md.find("**72.9%**"), std::string::npos);
  EXPECT_NE(md.find("003_x (headline)"), std::string::npos);
  EXPECT_NE(md.find("생산성 \\| 향상"), std::string::npos);  // a pipe cannot break the table
  EXPECT_EQ(md.find("<script>"), std::string::npos);
  EXPECT_NE(md.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(RenderMarkdownReport(claims, {}).find("No conflicts found."), std::string::npos);
}

// ---- the sample report of the gold seeds ----

using testing_gold::GoldClaims;
using testing_gold::ReadAll;

TEST(SampleReport, GoldSeedsWithAHostileArticle) {
  std::vector<Claim> claims = GoldClaims();
  ASSERT_EQ(claims.size(), 137u);
  for (Claim c : Hostile()) {
    c.key = "HOSTILE/share/-";
    claims.push_back(c);
  }
  std::vector<Conflict> conflicts = FindConflicts(claims, Rates(), SameFactRules::Default(), 0.0);
  ASSERT_EQ(conflicts.size(), 5u);  // C1-C3, S1 and the hostile pair (S2: see conflict_test)
  const char* env = std::getenv("SUCHI_REPORT_OUT");
  std::string dir = env && *env ? env : testing::TempDir() + "/report_sample";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/report.html") << RenderHtmlReport(claims, conflicts, ReportOptions{&Rates()});
  std::ofstream(dir + "/report.md") << RenderMarkdownReport(claims, conflicts, ReportOptions{&Rates()});
  std::ofstream jl(dir + "/conflicts.jsonl");
  for (const Conflict& k : conflicts) jl << ConflictToJson(k).dump() << "\n";
  jl.close();
  std::string html = ReadAll(dir + "/report.html");
  EXPECT_EQ(Count(html, "<article class=\"card "), conflicts.size());
  EXPECT_NE(html.find("<mark>-0.3명</mark>"), std::string::npos);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
}

TEST(HtmlReportTest, QuoteNotInSentenceIsShownUnmarked) {
  // The quote is original text, the sentence normalized: they may differ.
  Claim c = Pct("a", 1, 72.9, "７２.９%", "생산성 72.9%");
  Conflict k{"K1", "value_mismatch", "k", {"a#1"}, "e", "low", 0, {}, 0, 1};
  std::string html = RenderHtmlReport({c}, {k});
  EXPECT_NE(html.find("<p class=\"sent\">생산성 72.9%</p>"), std::string::npos);
  EXPECT_EQ(html.find("<mark>"), std::string::npos);
}

// Former bugs.

}  // namespace
}  // namespace suchi
