// report.html (see report.h): the page template of rules/report/page.html
// rendered with kainjow Mustache. The template receives the counts, the
// filter choices and the messages (all escaped by HtmlEscape as Mustache
// places them), the stylesheet and script as they are, and the page data
// (report_model.h) as script-safe JSON, from which page.js renders the
// cards a screenful at a time; the articles' texts in a JSON block of
// their own, parsed when an article is opened.
#include "report.h"

#include <algorithm>
#include <kainjow/mustache.hpp>
#include <map>

#include "report_locale.h"
#include "report_model.h"

namespace suchi {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

namespace mu = kainjow::mustache;

mu::data Stat(long n, const std::string& label, const std::string& cls) {
  mu::data d;
  d.set("n", std::to_string(n));
  d.set("label", label);
  d.set("cls", cls);
  return d;
}

mu::data Choice(const std::string& id, const std::string& label, long n) {
  mu::data d;
  d.set("id", id);
  d.set("label", label);
  d.set("n", std::to_string(n));
  return d;
}

// Returns choices of `counts` (value -> conflicts), most conflicts first.
mu::data Choices(const std::map<std::string, long>& counts) {
  std::vector<std::pair<std::string, long>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  mu::data list{mu::data::type::list};
  for (const auto& [name, n] : v) list.push_back(Choice(name, name, n));
  return list;
}

}  // namespace

std::string RenderHtmlReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                             const ReportOptions& o) {
  const ReportLocale& l = *o.locale;
  ReportModel m = BuildReportModel(claims, conflicts, o);
  mu::data d;
  d.set("lang", m.lang);
  d.set("title", m.title);
  mu::data t;
  for (const auto& [id, text] : l.messages()) t.set(id, text);
  d.set("t", t);
  d.set("summary", l.Format(m.articles_known ? "summary" : "summary_claims", {{"conflicts", std::to_string(m.shown)},
                                        {"articles", std::to_string(m.articles_taking_part)},
                                        {"checked_articles", std::to_string(m.total_articles)},
                                        {"checked_claims", std::to_string(m.total_claims)}}));
  mu::data stats{mu::data::type::list};
  stats.push_back(Stat(m.shown, l.Msg("stat_conflicts"), "conflicts"));
  stats.push_back(Stat(m.cross_article, l.Msg("stat_cross"), "cross"));
  stats.push_back(Stat(m.articles_taking_part, l.Msg("stat_articles"), "articles"));
  stats.push_back(Stat(m.claims_taking_part, l.Msg("stat_claims"), "claims"));
  for (const char* sev : {"high", "medium", "low"})
    stats.push_back(Stat(m.by_severity.count(sev) ? m.by_severity.at(sev) : 0, l.Msg(std::string("sev_") + sev), sev));
  d.set("stats", stats);
  mu::data verdicts{mu::data::type::list};
  verdicts.push_back(Stat(m.confirmed, l.Msg("verdict_confirmed"), "confirmed"));
  verdicts.push_back(Stat(m.needs_check, l.Msg("verdict_needs_check"), "needs_check"));
  verdicts.push_back(Stat(m.dismissed, l.Msg("verdict_dismissed_hidden"), "dismissed"));
  verdicts.push_back(Stat(m.unreviewed, l.Msg("verdict_unreviewed"), "unreviewed"));
  d.set("verdicts", verdicts);
  if (m.stale > 0) d.set("stale", l.Format("stale_verdicts", {{"n", std::to_string(m.stale)}}));
  mu::data kinds{mu::data::type::list}, sevs{mu::data::type::list};
  for (const auto& [kind, n] : m.by_kind) kinds.push_back(Choice(kind, l.Msg("kind_" + kind), n));
  for (const char* sev : {"high", "medium", "low"})
    sevs.push_back(Choice(sev, l.Msg(std::string("sev_") + sev), m.by_severity.count(sev) ? m.by_severity.at(sev) : 0));
  d.set("kinds", kinds);
  d.set("severities", sevs);
  std::map<std::string, long> outlets, subjects;
  for (const ModelConflict& mc : m.conflicts) {
    if (mc.verdict == "dismissed") continue;
    for (const std::string& outlet : mc.outlets) ++outlets[outlet];
    if (!mc.subject.empty()) ++subjects[mc.subject];
  }
  d.set("outlets", Choices(outlets));
  d.set("subjects", Choices(subjects));
  if (m.conflicts.empty()) d.set("none", true);
  d.set("css", l.css());
  d.set("script", l.script());
  d.set("data", PageJson(m, l));
  d.set("articles", ArticlesJson(m));
  mu::mustache page(l.page_template());
  page.set_custom_escape([](const std::string& s) { return HtmlEscape(s); });
  return page.render(d);
}

}  // namespace suchi
