// report.md (see report.h): the report model as Markdown, in review order,
// capped at ReportOptions::max_markdown_cards cards (the rest counted);
// dismissed conflicts are counted, not shown.
#include <algorithm>

#include "conflict.h"
#include "report.h"
#include "report_locale.h"
#include "report_model.h"

namespace suchi {
namespace {

// Escapes table, emphasis and link syntax ('[' suffices to break a link)
// and HTML; keeps '_' (GitHub-flavoured Markdown does not emphasise inside
// words such as article ids).
std::string MdEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '`' || c == '[' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') out += ' ';
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

// Keeps at most `n` code points of the end (from_end) or start of `s`.
std::string Clip(const std::string& s, std::size_t n, bool from_end) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() <= n) return s;
  return from_end ? "…" + s.substr(starts[starts.size() - n]) : s.substr(0, starts[n]) + "…";
}

std::string Cell(const std::string& s) { return MdEscape(s); }

std::string Link(const std::string& text, const std::string& url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) return MdEscape(text);
  std::string u;
  for (char c : url) {
    if (c == '(' || c == ')' || c == ' ' || c == '<' || c == '>' || c == '|') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      u += buf;
    } else {
      u += c;
    }
  }
  std::string out = "[";
  out.append(MdEscape(text)).append("](").append(u).append(")");
  return out;
}

}  // namespace

std::string RenderMarkdownReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                                 const ReportOptions& o) {
  const ReportLocale& l = *o.locale;
  ReportModel m = BuildReportModel(claims, conflicts, o);
  std::string md = "# " + MdEscape(m.title) + "\n\n";
  md += MdEscape(l.Format(m.articles_known ? "md_summary" : "md_summary_claims", {{"conflicts", std::to_string(m.shown)},
                                         {"cross", std::to_string(m.cross_article)},
                                         {"articles", std::to_string(m.articles_taking_part)},
                                         {"claims", std::to_string(m.claims_taking_part)},
                                         {"checked_articles", std::to_string(m.total_articles)},
                                         {"checked_claims", std::to_string(m.total_claims)}})) +
        "\n\n";
  md += MdEscape(l.Format("md_verdicts", {{"confirmed", std::to_string(m.confirmed)},
                                          {"needs_check", std::to_string(m.needs_check)},
                                          {"dismissed", std::to_string(m.dismissed)},
                                          {"unreviewed", std::to_string(m.unreviewed)}})) +
        "\n\n";
  if (m.shown == 0) return md + MdEscape(l.Msg("no_conflicts")) + "\n";
  md += "| " + MdEscape(l.Msg("col_kind")) + " | " + MdEscape(l.Msg("stat_conflicts")) + " |\n|---|---|\n";
  for (const auto& [kind, n] : m.by_kind) md += "| " + MdEscape(l.Msg("kind_" + kind)) + " | " + std::to_string(n) + " |\n";
  md += "\n";
  std::size_t shown = 0;
  for (const ModelConflict& mc : m.conflicts) {
    if (mc.verdict == "dismissed") continue;
    if (shown == o.max_markdown_cards) break;
    const Conflict& k = *mc.k;
    ++shown;
    md += "## " + std::to_string(shown) + ". " + MdEscape(l.Msg("kind_" + k.kind)) + " · " +
          MdEscape(l.Msg("sev_" + k.severity)) + " · `" + MdEscape(k.key) + "`\n\n";
    md += MdEscape(l.Format("md_card_meta", {{"confidence", FormatNumber(k.confidence)},
                                             {"articles", std::to_string(k.articles)},
                                             {"scope", l.Msg(k.articles > 1 ? "scope_cross" : "scope_same")}}));
    if (!mc.verdict.empty()) md += " · " + MdEscape(l.Msg("verdict_" + mc.verdict));
    md += " · `" + k.id + "`\n\n" + MdEscape(mc.explanation) + "\n\n";
    md += "| " + MdEscape(l.Msg("col_side")) + " | " + MdEscape(l.Msg("col_article")) + " | " +
          MdEscape(l.Msg("col_outlet")) + " | " + MdEscape(l.Msg("col_date")) + " | " +
          MdEscape(l.Msg("col_sentence")) + " |\n|---|---|---|---|---|\n";
    std::size_t rows = 0, total = 0;
    for (const ModelSide& s : mc.sides) {
      for (int ci : s.claims) {
        ++total;
        if (rows == o.max_claims_per_card) continue;
        ++rows;
        const ModelClaim& c = m.claims[ci];
        const ModelArticle& a = m.articles[c.article];
        std::string title = a.title.empty() ? a.id : Clip(a.title, 40, false);
        md += "| " + Cell(s.label) + " | " + Link(title, a.url) + (c.c->headline ? " (" + MdEscape(l.Msg("flag_headline")) + ")" : "") +
              " | " + Cell(a.outlet) + " | " + Cell(a.published) + " | " + MdEscape(Clip(c.pre, 40, true)) + "**" +
              MdEscape(c.c->quote) + "**" + MdEscape(Clip(c.post, 40, false)) + " |\n";
      }
    }
    if (total > rows) md += "\n" + MdEscape(l.Format("more_claims", {{"n", std::to_string(total - rows)}})) + "\n";
    md += "\n";
  }
  if (static_cast<long>(shown) < m.shown)
    md += MdEscape(l.Format("md_more_cards", {{"n", std::to_string(m.shown - static_cast<long>(shown))}})) + "\n";
  return md;
}

}  // namespace suchi
