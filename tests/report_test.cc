// Tests of the reports (report.h, report_model.h, report_locale.h): HTML
// escaping of article text everywhere (markup and the page data), the
// review order, the counts the header states, the sentence around a
// figure and the per-article marks from byte offsets (UTF-16 in the page),
// both languages, the Markdown twin capped with a count of the rest, and
// bad message tables. SampleReport writes report.html, report.md and
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
#include "report_locale.h"
#include "report_model.h"

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

const ReportLocale& Locale(const std::string& lang = "ko") {
  static std::map<std::string, ReportLocale> cache;
  if (!cache.count(lang)) {
    Result<ReportLocale> l = ReportLocale::Load(std::string(SUCHI_SOURCE_DIR) + "/rules", lang);
    EXPECT_TRUE(l.ok()) << l.status().message();
    cache.emplace(lang, l.ok() ? *l : ReportLocale());
  }
  return cache.at(lang);
}

ReportOptions Options(const std::string& lang = "ko") {
  ReportOptions o;
  o.locale = &Locale(lang);
  return o;
}

std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

// A JSON block of report.html (report-data: the page data; report-articles:
// the article texts), parsed.
nlohmann::json PageData(const std::string& html, const std::string& id = "report-data") {
  std::string open = "<script type=\"application/json\" id=\"" + id + "\">";
  std::size_t b = html.find(open);
  if (b == std::string::npos) return nullptr;
  b += open.size();
  return nlohmann::json::parse(html.substr(b, html.find("</script>", b) - b));
}

Claim Pct(const std::string& article, std::size_t start, double v, const std::string& quote,
          const std::string& sentence) {
  Claim c;
  c.article = article;
  c.start = start;
  c.end = start + quote.size();
  c.id = article + "#" + std::to_string(start);
  c.key = "MK_SURVEY/answer_productivity/-";
  c.quote = quote;
  c.sentence = sentence;
  c.q.value = v;
  c.q.kind = UnitKind::kPercent;
  c.q.unit_text = "%";
  c.q.unit_id = "%";
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
  Claim b = Pct("004_y", 900, 72.4, "72.4%", "응답자의 72.4%가 '생산성 | 향상'을 꼽았다 & more");
  return {a, b};
}

Conflict Between(const std::string& id, const std::vector<const Claim*>& cs, double confidence = 0.5) {
  Conflict k;
  k.id = id, k.kind = "value_mismatch", k.key = cs[0]->key, k.severity = "medium", k.confidence = confidence;
  std::set<std::string> arts;
  for (const Claim* c : cs) {
    k.claims.push_back(c->id);
    ConflictSide s;
    s.claims = {c->id};
    s.value = s.canonical = c->q.value;
    s.canonical_unit = "%";
    k.sides.push_back(s);
    arts.insert(c->article);
  }
  k.articles = static_cast<int>(arts.size());
  return k;
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

TEST(ScriptJsonTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"{\"a\":\"x\"}", "{\"a\":\"x\"}"},
      {"\"</script><script>\"", "\"\\u003c/script\\u003e\\u003cscript\\u003e\""},
      {"\"<!--\"", "\"\\u003c!--\""},
      {"\"a&b\"", "\"a\\u0026b\""},
      {"\"\xE2\x80\xA8\xE2\x80\xA9\"", "\"\\u2028\\u2029\""},
      {"\"한글\"", "\"한글\""},
  };
  for (const auto& [in, want] : cases) {
    EXPECT_EQ(ScriptJson(in), want) << in;
    EXPECT_EQ(nlohmann::json::parse(ScriptJson(in)), nlohmann::json::parse(in)) << in;
  }
}

TEST(SentenceAroundTest, Table) {
  struct Case {
    std::string text, quote, pre, post;
  } cases[] = {
      {"첫 문장이다. 매출은 72.9%였다. 끝.", "72.9%", "매출은 ", "였다."},
      {"제목 3%\n본문 4.5% 증가. 다음", "4.5%", "본문 ", " 증가."},
      {"72.9%", "72.9%", "", ""},
      {"값은 1.5배. 그리고 2.5배였다", "2.5배", "그리고 ", "였다"},
  };
  for (const Case& c : cases) {
    std::size_t at = c.text.find(c.quote);
    auto [pre, post] = SentenceAround(c.text, at, at + c.quote.size());
    EXPECT_EQ(pre, c.pre) << c.text;
    EXPECT_EQ(post, c.post) << c.text;
  }
  // The limit cuts at a character boundary.
  std::string text = std::string(30, 'a') + "가나다라마 9%";
  std::size_t at = text.find("9%");
  auto [pre, post] = SentenceAround(text, at, at + 2, 8);
  EXPECT_EQ(pre, "라마 ");
}

TEST(Utf16OffsetsTest, Table) {
  struct Case {
    std::string text;
    std::vector<std::size_t> bytes, want;
  } cases[] = {
      {"abc", {0, 1, 3}, {0, 1, 3}},
      {"가나다", {0, 3, 6, 9}, {0, 1, 2, 3}},
      {"😀a", {0, 4, 5}, {0, 2, 3}},     // a 4-byte character is two UTF-16 units
      {"가a", {1, 3}, {0, 1}},            // inside a character: its start
      {"ab", {5}, {2}},                   // past the end: the end
  };
  for (const Case& c : cases) EXPECT_EQ(Utf16Offsets(c.text, c.bytes), c.want) << c.text;
}

TEST(HtmlReportTest, ArticleTextIsEscapedEverywhere) {
  std::vector<Claim> claims = Hostile();
  Conflict k = Between("K1", {&claims[0], &claims[1]});
  std::vector<StoredArticle> arts = {
      {"003_x", "</script><script>alert(3)</script>", "2024-02-18", "\"><b>x</b>", "javascript:alert(4)",
       std::string(10, ' ') + "72.9%</script><!-- " + std::string(30, ' ')},
  };
  AppliedReviews reviews;
  reviews.current["K1"] = {"K1", "confirmed", "</script><img src=x onerror=alert(5)>", "", ""};
  ReportOptions o = Options();
  o.articles = &arts;
  o.reviews = &reviews;
  std::string html = RenderHtmlReport(claims, {k}, o);
  EXPECT_EQ(Count(html, "<script"), 3u);   // the page data, the article texts and the page script
  EXPECT_EQ(Count(html, "</script"), 3u);  // their own ends: no text closes them
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>x"), std::string::npos);
  EXPECT_EQ(html.find("<!-- "), std::string::npos);
  EXPECT_NE(html.find("<option value=\"&quot;&gt;&lt;b&gt;x&lt;/b&gt;\">"), std::string::npos);  // the outlet filter
  nlohmann::json d = PageData(html);
  ASSERT_TRUE(d.is_object());
  EXPECT_EQ(d["articles"][0]["t"], "</script><script>alert(3)</script>");  // kept as text, for textContent
  EXPECT_EQ(d["conflicts"][0]["note"], "</script><img src=x onerror=alert(5)>");
  nlohmann::json texts = PageData(html, "report-articles");
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0]["text"], arts[0].text);
  EXPECT_TRUE(texts[1].is_null());  // 004_y: no text known
  EXPECT_EQ(d["claims"][0]["pre"], "");  // the sentence read from the article text by offsets
  EXPECT_EQ(d["claims"][0]["post"].get<std::string>().rfind("</script><!--", 0), 0u);
  // Self-contained: nothing is loaded from anywhere.
  for (const char* ref : {"src=\"", "<link", "@import", "url("}) EXPECT_EQ(html.find(ref), std::string::npos) << ref;
}

TEST(HtmlReportTest, DeclaresItsLanguageAndSpeaksIt) {
  std::vector<Claim> claims = Hostile();
  Conflict k = Between("K1", {&claims[0], &claims[1]});
  const std::tuple<std::string, std::string, std::string> cases[] = {
      {"ko", "<html lang=\"ko\">", "수치 불일치 검토 보고서"},
      {"en", "<html lang=\"en\">", "Conflicting figures: review report"},
  };
  for (const auto& [lang, tag, title] : cases) {
    std::string html = RenderHtmlReport(claims, {k}, Options(lang));
    EXPECT_NE(html.find(tag), std::string::npos) << lang;
    EXPECT_NE(html.find("<title>" + title + "</title>"), std::string::npos) << lang;
    EXPECT_EQ(PageData(html)["lang"], lang);
  }
  EXPECT_NE(PageData(RenderHtmlReport(claims, {k}, Options("ko")))["conflicts"][0]["expl"].get<std::string>().find(
                "72.9% · 72.4%"),
            std::string::npos);
}

TEST(ReportModelTest, ReviewOrder) {
  // Cross-article first, then confidence, then the number of articles.
  Claim a = Pct("a", 1, 1, "1%", "1%"), b = Pct("b", 1, 2, "2%", "2%"), c = Pct("c", 1, 3, "3%", "3%");
  Claim a2 = Pct("a", 50, 4, "4%", "4%");
  std::vector<Claim> claims = {a, b, c, a2};
  std::vector<Conflict> ks = {
      Between("same_hi", {&claims[0], &claims[3]}, 0.99),   // one article
      Between("cross2_lo", {&claims[0], &claims[1]}, 0.4),
      Between("cross2_hi", {&claims[1], &claims[2]}, 0.9),
      Between("cross3_lo", {&claims[0], &claims[1], &claims[2]}, 0.4),
  };
  ReportModel m = BuildReportModel(claims, ks, Options());
  std::vector<std::string> order;
  for (const ModelConflict& mc : m.conflicts) order.push_back(mc.k->id);
  EXPECT_EQ(order, (std::vector<std::string>{"cross2_hi", "cross3_lo", "cross2_lo", "same_hi"}));
}

TEST(ReportModelTest, CountsWhatTakesPart) {
  // Articles and claims taking part are those of the conflicts not
  // dismissed; checked totals are the store's; verdicts are counted.
  Claim a = Pct("a", 1, 1, "1%", "1%"), b = Pct("b", 1, 2, "2%", "2%"), c = Pct("c", 1, 3, "3%", "3%");
  Claim d = Pct("d", 1, 4, "4%", "4%");
  std::vector<Claim> claims = {a, b, c, d};
  std::vector<Conflict> ks = {Between("K1", {&claims[0], &claims[1]}), Between("K2", {&claims[2], &claims[3]}),
                              Between("K3", {&claims[0], &claims[2]})};
  AppliedReviews r;
  r.current["K2"] = {"K2", "dismissed", "", "", ""};
  r.current["K3"] = {"K3", "confirmed", "", "", ""};
  r.stale_of["K1"] = {"K1", "dismissed", "", "old hash", ""};
  r.stale = 1;
  ReportOptions o = Options();
  o.reviews = &r;
  o.total_articles = 2321, o.total_claims = 20073;
  ReportModel m = BuildReportModel(claims, ks, o);
  EXPECT_EQ(m.shown, 2);
  EXPECT_EQ(m.dismissed, 1);
  EXPECT_EQ(m.confirmed, 1);
  EXPECT_EQ(m.unreviewed, 1);
  EXPECT_EQ(m.stale, 1);
  EXPECT_EQ(m.articles_taking_part, 3);  // a, b, c: d is only in the dismissed K2
  EXPECT_EQ(m.claims_taking_part, 3);
  EXPECT_EQ(m.total_articles, 2321);
  std::string html = RenderHtmlReport(claims, ks, o);
  EXPECT_NE(html.find("data-stat=\"articles\"><div class=\"n\">3</div>"), std::string::npos);
  EXPECT_NE(html.find("data-verdict-count=\"dismissed\"><div class=\"n\">1</div>"), std::string::npos);
  // K1 was dismissed before its claims changed: shown again, and marked so.
  nlohmann::json page = PageData(html);
  for (const nlohmann::json& k : page["conflicts"]) {
    EXPECT_EQ(k.value("was", ""), k["id"] == "K1" ? "dismissed" : "") << k["id"];
    EXPECT_EQ(k["v"], k["id"] == "K2" ? "dismissed" : k["id"] == "K3" ? "confirmed" : "") << k["id"];
  }
}

TEST(ReportModelTest, ArticleMarksComeFromOffsets) {
  // The article view marks every stored claim at its offsets, in UTF-16.
  std::string text = "😀 제목\n매출 43%와 3% 그리고 3%.";
  std::size_t first = text.find("3%", text.find("43%") + 3), second = text.rfind("3%");
  Claim c1 = Pct("a", first, 3, "3%", "매출 43%와 3% 그리고 3%.");
  Claim c2 = Pct("b", 1, 5, "5%", "5%");
  std::vector<Claim> claims = {c1, c2};
  std::vector<StoredArticle> arts = {{"a", "😀 제목", "", "", "", text}};
  std::map<std::string, std::vector<ClaimSpan>> spans = {
      {"a", {{"a#x", text.find("43%"), text.find("43%") + 3}, {c1.id, first, first + 2}, {"a#y", second, second + 2}}}};
  ReportOptions o = Options();
  o.articles = &arts;
  o.spans = &spans;
  ReportModel m = BuildReportModel(claims, {Between("K", {&claims[0], &claims[1]})}, o);
  ASSERT_EQ(m.articles.size(), 2u);
  const ModelArticle& a = m.articles[0];
  ASSERT_EQ(a.marks.size(), 3u);
  std::u16string u16 = u"😀 제목\n매출 43%와 3% 그리고 3%.";
  for (const ModelMark& k : a.marks) {
    std::u16string marked = u16.substr(k.begin, k.end - k.begin);
    EXPECT_TRUE(marked == u"43%" || marked == u"3%") << k.id;
  }
  EXPECT_EQ(a.marks[1].claim, 0);  // the conflict's claim, by its own offsets
  EXPECT_EQ(a.marks[1].begin, u16.find(u"3%", u16.find(u"43%") + 3));
  EXPECT_EQ(a.marks[0].claim, -1);
  EXPECT_EQ(m.claims[0].pre, "매출 43%와 ");
  EXPECT_EQ(m.claims[0].post, " 그리고 3%.");
}

TEST(MarkdownReportTest, SameOrderCappedWithTheRestCounted) {
  std::vector<Claim> claims;
  for (int i = 0; i < 8; ++i) claims.push_back(Pct("art" + std::to_string(i), 1, i, std::to_string(i) + "%", "x"));
  std::vector<Conflict> ks;
  for (int i = 0; i < 4; ++i)
    ks.push_back(Between("K" + std::to_string(i), {&claims[2 * i], &claims[2 * i + 1]}, 0.1 * (i + 1)));
  AppliedReviews r;
  r.current["K3"] = {"K3", "dismissed", "", "", ""};
  ReportOptions o = Options("en");
  o.reviews = &r;
  o.max_markdown_cards = 2;
  std::string md = RenderMarkdownReport(claims, ks, o);
  EXPECT_EQ(md.find("`K3`"), std::string::npos);  // dismissed
  EXPECT_LT(md.find("`K2`"), md.find("`K1`"));     // by confidence
  EXPECT_EQ(md.find("`K0`"), std::string::npos);  // past the cap
  EXPECT_NE(md.find("1 more conflicts are in report.html."), std::string::npos) << md;
  EXPECT_NE(md.find("3 conflicts (3 cross-article), 6 articles and 6 claims taking part"), std::string::npos) << md;
  EXPECT_NE(md.find("1 dismissed (hidden)"), std::string::npos);
}

TEST(MarkdownReportTest, EscapesArticleText) {
  std::vector<Claim> claims = Hostile();
  std::vector<StoredArticle> arts = {{"003_x", "[x](javascript:1) <b>", "", "", "https://e.x/a b)", ""}};
  ReportOptions o = Options();
  o.articles = &arts;
  std::string md = RenderMarkdownReport(claims, {Between("K1", {&claims[0], &claims[1]})}, o);
  EXPECT_EQ(md.find("<script>"), std::string::npos);
  EXPECT_EQ(md.find("<b>"), std::string::npos);
  EXPECT_NE(md.find("[\\[x](javascript:1) &lt;b&gt;](https://e.x/a%20b%29)"), std::string::npos) << md;
  EXPECT_NE(md.find("생산성 \\| 향상"), std::string::npos);  // a pipe cannot break the table
  EXPECT_NE(RenderMarkdownReport(claims, {}, o).find("불일치가 없습니다."), std::string::npos);
}

TEST(ReportLocaleTest, BadTablesNameFileAndLine) {
  std::string dir = testing::TempDir() + "/locale_rules";
  std::filesystem::create_directories(dir + "/report");
  for (const char* f : {"page.html", "page.css", "page.js"})
    std::filesystem::copy_file(std::string(SUCHI_SOURCE_DIR) + "/rules/report/" + f, dir + "/report/" + f,
                               std::filesystem::copy_options::overwrite_existing);
  const std::pair<std::string, std::string> cases[] = {
      {"# doc\na\t가\tA\nb\t나\n", "messages.tsv:3:"},          // no English column
      {"a\t가\t\n", "messages.tsv:1: message 'a' has no en text"},
      {"a\t{{#x}}가\tA\n", "messages.tsv:1: message 'a'"},     // an unclosed section
      {"a\t가\tA\na\t나\tB\n", "messages.tsv:2: duplicate id"},
  };
  for (const auto& [text, want] : cases) {
    std::ofstream(dir + "/report/messages.tsv") << text;
    Result<ReportLocale> l = ReportLocale::Load(dir, "ko");
    ASSERT_FALSE(l.ok()) << text;
    EXPECT_NE(l.status().message().find(want), std::string::npos) << l.status().message();
  }
  std::ofstream(dir + "/report/messages.tsv") << "a\t가\tA\n";
  EXPECT_TRUE(ReportLocale::Load(dir, "en").ok());
  Result<ReportLocale> fr = ReportLocale::Load(dir, "fr");
  ASSERT_FALSE(fr.ok());
  EXPECT_NE(fr.status().message().find("unknown report language 'fr'"), std::string::npos);
  EXPECT_EQ(ReportLocale::Load(dir, "en")->Format("a", {}), "A");
}

TEST(ReportLocaleTest, EveryIdTheReportUsesExists) {
  // A message the code or page names but the table lacks shows its id.
  for (const char* lang : {"ko", "en"}) {
    const ReportLocale& l = Locale(lang);
    for (const char* id : {"report_title", "summary", "stat_conflicts", "stat_cross", "stat_articles", "stat_claims",
                           "sev_high", "sev_medium", "sev_low", "verdict_confirmed", "verdict_needs_check",
                           "verdict_dismissed", "verdict_dismissed_hidden", "verdict_unreviewed", "stale_verdicts",
                           "kind_value_mismatch", "kind_basis_mismatch", "kind_bound_mismatch", "kind_period_mismatch",
                           "kind_unit_mismatch", "expl_value_mismatch", "md_summary", "md_verdicts", "md_card_meta",
                           "md_more_cards", "no_conflicts", "side_more", "shown_of", "article_marks", "chart_caption"})
      EXPECT_EQ(l.messages().count(id), 1u) << lang << " " << id;
  }
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
  std::ofstream(dir + "/report.html") << RenderHtmlReport(claims, conflicts, Options());
  std::ofstream(dir + "/report.md") << RenderMarkdownReport(claims, conflicts, Options());
  std::ofstream jl(dir + "/conflicts.jsonl");
  for (const Conflict& k : conflicts) jl << ConflictToJson(k).dump() << "\n";
  jl.close();
  std::string html = ReadAll(dir + "/report.html");
  nlohmann::json d = PageData(html);
  ASSERT_TRUE(d.is_object());
  EXPECT_EQ(d["conflicts"].size(), conflicts.size());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
}

// Former bugs.

TEST(ReportFormerBugs, QuoteIsTheWholeFigureNotTheEndOfAnother) {
  // Without the article text the figure is found in its sentence: "3%" is
  // not the end of "43%" ("4<mark>3%</mark>").
  Claim c = Pct("a", 1, 3, "3%", "비중은 43%에서 3%로 줄었다");
  Claim d = Pct("b", 1, 5, "5%", "5%");
  std::vector<Claim> claims = {c, d};
  ReportModel m = BuildReportModel(claims, {Between("K", {&claims[0], &claims[1]})}, Options());
  EXPECT_EQ(m.claims[0].pre, "비중은 43%에서 ");
  EXPECT_EQ(m.claims[0].post, "로 줄었다");
}

TEST(ReportFormerBugs, HeaderCountsArticlesTakingPartNotAllChecked) {
  // "disagree across 2321 articles" where 2 take part.
  std::vector<Claim> claims = Hostile();
  ReportOptions o = Options("en");
  o.total_articles = 2321;
  std::string html = RenderHtmlReport(claims, {Between("K1", {&claims[0], &claims[1]})}, o);
  EXPECT_NE(html.find("Checked 2321 articles"), std::string::npos);
  EXPECT_NE(html.find("1 conflicts across 2 articles"), std::string::npos);
  // Without the store's count the articles checked are not guessed from
  // those taking part (`suchi conflicts`).
  o.total_articles = -1, o.total_claims = 13526;
  html = RenderHtmlReport(claims, {Between("K1", {&claims[0], &claims[1]})}, o);
  EXPECT_EQ(html.find("Checked 2 articles"), std::string::npos);
  EXPECT_NE(html.find("Checked 13526 numeric claims: 1 conflicts across 2 articles"), std::string::npos);
  EXPECT_NE(RenderMarkdownReport(claims, {Between("K1", {&claims[0], &claims[1]})}, o).find("; 13526 claims checked."),
            std::string::npos);
}

TEST(ReportFormerBugs, NoPageDomPerConflict) {
  // 3.9 MB of markup for 1,000 conflicts: the cards are data, rendered a
  // page at a time by the script; the markup does not grow with them.
  std::vector<Claim> claims;
  std::vector<Conflict> ks;
  for (int i = 0; i < 1200; ++i) {
    claims.push_back(Pct("x" + std::to_string(i), 1, 1, "1%", "1%"));
    claims.push_back(Pct("y" + std::to_string(i), 1, 2, "2%", "2%"));
    ks.push_back(Between("K" + std::to_string(i), {&claims[claims.size() - 2], &claims.back()}));
  }
  std::string html = RenderHtmlReport(claims, ks, Options());
  EXPECT_EQ(Count(html, "<article"), 0u);
  EXPECT_EQ(PageData(html)["conflicts"].size(), 1200u);
}

}  // namespace
}  // namespace suchi
