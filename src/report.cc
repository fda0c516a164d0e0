// Reports of the conflicts (see report.h).
//
// report.html is one self-contained page: inline CSS and JS, no fonts,
// images or scripts from the network. Every piece of article text (quotes,
// sentences, outlets, ids) goes through HtmlEscape; the only markup added
// around it is <mark> for the figure inside its sentence. Each conflict is
// a card (class "card", data-kind, data-severity) with the competing claims
// side by side and an inline SVG bar chart of their values on one scale
// (currencies in KRW when rates are given, durations in days, every value
// re-expressed per the commonest basis). report.md holds the same findings.
#include "report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "conflict.h"

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

int SeverityRank(const std::string& s) { return s == "high" ? 0 : s == "medium" ? 1 : 2; }

const char* const kKinds[] = {"value_mismatch", "basis_mismatch", "bound_mismatch", "period_mismatch",
                              "unit_mismatch"};

std::string KindLabel(std::string kind) {
  std::replace(kind.begin(), kind.end(), '_', ' ');
  return kind;
}

// The findings, sorted by severity (stable), with their claims looked up.
struct View {
  std::vector<const Conflict*> conflicts;
  std::unordered_map<std::string_view, const Claim*> by_id;
  long articles = 0, claims = 0;  // totals for the summary
  std::map<std::string, int> by_kind, by_severity;
};

View MakeView(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
              const ReportOptions& o) {
  View v;
  std::unordered_map<std::string_view, bool> articles;
  for (const Claim& c : claims) {
    v.by_id.emplace(c.id, &c);
    articles.emplace(c.article, true);
  }
  v.articles = o.total_articles >= 0 ? o.total_articles : static_cast<long>(articles.size());
  v.claims = o.total_claims >= 0 ? o.total_claims : static_cast<long>(claims.size());
  for (const Conflict& c : conflicts) {
    v.conflicts.push_back(&c);
    ++v.by_kind[c.kind];
    ++v.by_severity[c.severity];
  }
  // Cross-article first, then by the same-fact confidence, then severity.
  std::stable_sort(v.conflicts.begin(), v.conflicts.end(), [](const Conflict* a, const Conflict* b) {
    if ((a->articles > 1) != (b->articles > 1)) return a->articles > 1;
    if (a->confidence != b->confidence) return a->confidence > b->confidence;
    return SeverityRank(a->severity) < SeverityRank(b->severity);
  });
  return v;
}

std::vector<const Claim*> ClaimsOf(const Conflict& c, const View& v) {
  std::vector<const Claim*> out;
  for (const std::string& id : c.claims)
    if (auto it = v.by_id.find(id); it != v.by_id.end()) out.push_back(it->second);
  return out;
}

// Returns the sentence with the first occurrence of the quote marked; text
// escaped with `esc`, the figure wrapped in open/close.
std::string MarkQuote(const Claim& c, std::string (*esc)(std::string_view), const char* open,
                      const char* close) {
  std::string_view s = c.sentence, q = c.quote;
  std::size_t at = q.empty() ? std::string_view::npos : s.find(q);
  if (at == std::string_view::npos) return esc(s);
  return esc(s.substr(0, at)) + open + esc(q) + close + esc(s.substr(at + q.size()));
}

// ---- chart values ----

struct Bar {
  const Claim* c;
  double value = 0, value_max = 0;
  bool charted = true;
};

struct Chart {
  std::vector<Bar> bars;
  std::string unit;  // "KRW", "days", "%", ... with " per 100,000" when based
};

// Bars share a scale when they have one canonical unit; counts, indexes
// and ratios of one metric ("명", "") are plain numbers.
std::string ScaleOf(const Claim& c, const CanonicalValue& cv) {
  switch (c.q.kind) {
    case UnitKind::kCount: case UnitKind::kIndex: case UnitKind::kRatio: case UnitKind::kNone:
      return "number";
    default: return std::string(UnitKindName(c.q.kind)) + ":" + cv.unit;
  }
}

Chart ChartOf(const std::vector<const Claim*>& cs, const ReportOptions& o) {
  Chart ch;
  std::map<double, int> bases;
  for (const Claim* c : cs)
    if (c->q.basis_per) ++bases[*c->q.basis_per];
  double basis = 0;
  int best = 0;
  for (const auto& [b, n] : bases)
    if (n > best) best = n, basis = b;
  static const ExchangeRates kNone;
  std::string scale0;
  for (const Claim* c : cs) {
    CanonicalValue cv = ToCanonical(*c, o.rates ? *o.rates : kNone);
    Bar b{c, cv.value, cv.value_max};
    if (basis > 0 && c->q.basis_per && *c->q.basis_per > 0) {
      b.value *= basis / *c->q.basis_per;
      b.value_max *= basis / *c->q.basis_per;
    }
    std::string scale = ScaleOf(*c, cv);
    if (scale0.empty()) scale0 = scale;
    b.charted = scale == scale0 && std::isfinite(b.value) && std::isfinite(b.value_max);
    if (b.charted && ch.unit.empty()) ch.unit = cv.unit;
    ch.bars.push_back(b);
  }
  if (basis > 0) ch.unit += " per " + FormatNumber(basis);
  return ch;
}

const char* const kPalette[] = {"#3b6ea8", "#c8553d", "#2a9d8f", "#8e6bb8", "#d9a404", "#5c7a29"};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string QualifierMark(const std::string& q) {
  if (q == "approx") return "≈ ";
  if (q == "nearly") return "≲ ";
  if (q == "more_than") return "> ";
  if (q == "at_least") return "≥ ";
  if (q == "less_than") return "< ";
  if (q == "at_most") return "≤ ";
  return "";
}

// An inline SVG: one horizontal bar per claim from a zero axis.
std::string Svg(const Chart& ch, const std::map<std::string, int>& color_of) {
  const double label_w = 190, bar_w = 250, value_w = 150, row_h = 26, top = 8;
  double lo = 0, hi = 0;
  for (const Bar& b : ch.bars)
    if (b.charted) lo = std::min({lo, b.value, b.value_max}), hi = std::max({hi, b.value, b.value_max});
  if (hi == lo) hi = lo + 1;
  auto x = [&](double v) { return label_w + (v - lo) / (hi - lo) * bar_w; };
  double h = top * 2 + row_h * static_cast<double>(ch.bars.size()) + 16;
  double w = label_w + bar_w + value_w;
  std::string s = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + Num(w) + " " + Num(h) + "\" width=\"" +
                  Num(w) + "\" height=\"" + Num(h) + "\" aria-label=\"values as reported, in " +
                  HtmlEscape(ch.unit) + "\">";
  for (std::size_t i = 0; i < ch.bars.size(); ++i) {
    const Bar& b = ch.bars[i];
    double y = top + row_h * static_cast<double>(i);
    std::string label = b.c->article.substr(0, 16) + " · " + b.c->quote;
    if (label.size() > 40) label = label.substr(0, 37) + "…";
    s += "<text x=\"" + Num(label_w - 8) + "\" y=\"" + Num(y + 17) + "\" class=\"lbl\">" + HtmlEscape(label) +
         "</text>";
    if (!b.charted) {
      s += "<text x=\"" + Num(label_w) + "\" y=\"" + Num(y + 17) + "\" class=\"na\">other unit: not on this scale</text>";
      continue;
    }
    auto col = color_of.find(b.c->article);
    std::string color = kPalette[(col == color_of.end() ? 0 : col->second) % 6];
    double x0 = x(std::min(0.0, b.value)), x1 = x(std::max(0.0, b.value));
    s += "<rect x=\"" + Num(x0) + "\" y=\"" + Num(y + 5) + "\" width=\"" + Num(std::max(1.5, x1 - x0)) +
         "\" height=\"16\" rx=\"3\" fill=\"" + color + "\"><title>" + HtmlEscape(b.c->id) + "</title></rect>";
    if (b.value_max > b.value)
      s += "<rect x=\"" + Num(x(b.value)) + "\" y=\"" + Num(y + 5) + "\" width=\"" +
           Num(x(b.value_max) - x(b.value)) + "\" height=\"16\" rx=\"3\" fill=\"" + color +
           "\" fill-opacity=\"0.35\"/>";
    std::string val = QualifierMark(b.c->q.qualifier) + FormatNumber(b.value);
    if (b.value_max > b.value) val += "–" + FormatNumber(b.value_max);
    s += "<text x=\"" + Num(std::max(x1, x(b.value_max)) + 6) + "\" y=\"" + Num(y + 17) + "\" class=\"val\">" +
         HtmlEscape(val) + "</text>";
  }
  double ax = x(0), bottom = top + row_h * static_cast<double>(ch.bars.size());
  s += "<line x1=\"" + Num(ax) + "\" x2=\"" + Num(ax) + "\" y1=\"" + Num(top) + "\" y2=\"" + Num(bottom) +
       "\" class=\"axis\"/>";
  s += "<text x=\"" + Num(label_w) + "\" y=\"" + Num(bottom + 14) + "\" class=\"unit\">" +
       HtmlEscape(ch.unit.empty() ? "as written" : ch.unit) + "</text></svg>";
  return s;
}

constexpr const char* kCss = R"css(
:root{--ink:#1d2433;--muted:#5d6778;--line:#dfe3ea;--bg:#f5f6f8;--card:#fff;
--high:#b42318;--high-bg:#fdecea;--medium:#b25e09;--medium-bg:#fff4e0;--low:#475467;--low-bg:#eef1f5;--accent:#3b5bdb}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 -apple-system,"Segoe UI","Noto Sans KR","NanumGothic","Apple SD Gothic Neo","Malgun Gothic",sans-serif}
header{background:#1f2a44;color:#fff;padding:28px 40px 24px}
header h1{margin:0 0 4px;font-size:26px;font-weight:650;letter-spacing:-.01em}
header p{margin:0;color:#c5cde0}
.wrap{max-width:1180px;margin:0 auto;padding:0 32px}
.summary{display:flex;flex-wrap:wrap;gap:14px;margin:22px 0 10px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 18px;min-width:120px}
.stat .n{font-size:26px;font-weight:700;line-height:1.2}
.stat .l{color:var(--muted);font-size:13px;text-transform:uppercase;letter-spacing:.04em}
.stat.high .n{color:var(--high)}.stat.medium .n{color:var(--medium)}.stat.low .n{color:var(--low)}
.kinds{color:var(--muted);font-size:14px;margin:4px 0 0}
.filters{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding:12px 0;margin-bottom:18px;display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center}
.filters .group{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.filters .title{font-weight:600;color:var(--muted);font-size:13px;margin-right:2px}
.filters label{background:var(--card);border:1px solid var(--line);border-radius:999px;padding:3px 12px;font-size:13px;cursor:pointer;user-select:none}
.filters input{margin:0 6px 0 0;vertical-align:-1px}
.shown{margin-left:auto;color:var(--muted);font-size:13px}
.card{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--low);border-radius:10px;padding:18px 22px;margin:0 0 18px;box-shadow:0 1px 2px rgba(16,24,40,.05)}
.card.sev-high{border-left-color:var(--high)}.card.sev-medium{border-left-color:var(--medium)}
.card-head{display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.badge{display:inline-block;border-radius:6px;padding:1px 9px;font-size:12.5px;font-weight:600;letter-spacing:.02em}
.badge.kind{background:#e8edff;color:#2f4bb8}
.badge.high{background:var(--high-bg);color:var(--high)}.badge.medium{background:var(--medium-bg);color:var(--medium)}.badge.low{background:var(--low-bg);color:var(--low)}
.key{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f2f4f7;border-radius:6px;padding:1px 8px;color:#344054}
.cid{margin-left:auto;color:#98a2b3;font:12px ui-monospace,monospace}
.expl{margin:10px 0 14px;color:#27303f}
.tol{color:var(--muted);font-size:13px}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:12px}
.claim{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:#fbfcfd}
.claim .meta{font-size:12.5px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 10px}
.claim .meta b{color:var(--ink);font-weight:600}
.claim .fig{font-size:20px;font-weight:700;margin:4px 0 2px;color:#101828}
.claim .sent{margin:4px 0 0;font-size:14px;color:#344054}
mark{background:#ffe58f;color:inherit;border-radius:3px;padding:0 2px}
.flag{font-size:11.5px;background:#eef4ff;color:#3538cd;border-radius:4px;padding:0 6px}
.more{color:var(--muted);font-size:13px;margin:8px 0 0}
figure{margin:14px 0 0}
figcaption{font-size:12.5px;color:var(--muted);margin-bottom:4px}
svg.chart{max-width:100%;height:auto;font:12px -apple-system,"Segoe UI","Noto Sans KR","NanumGothic",sans-serif}
svg .lbl{text-anchor:end;fill:#344054}svg .val{fill:#101828;font-weight:600}svg .na{fill:#98a2b3;font-style:italic}
svg .axis{stroke:#98a2b3;stroke-width:1}svg .unit{fill:#667085;font-size:11px}
.empty{color:var(--muted);text-align:center;padding:40px}
footer{color:#98a2b3;font-size:12.5px;padding:10px 0 40px}
)css";

constexpr const char* kScript = R"js(
(function(){
  var boxes=document.querySelectorAll('.filters input');
  var cards=document.querySelectorAll('.card');
  function on(attr){var s={};boxes.forEach(function(b){if(b.dataset[attr]&&b.checked)s[b.dataset[attr]]=1;});return s;}
  function apply(){
    var k=on('filterKind'),v=on('filterSeverity'),n=0;
    cards.forEach(function(c){var show=k[c.dataset.kind]&&v[c.dataset.severity];c.hidden=!show;if(show)n++;});
    document.getElementById('shown').textContent=n+' of '+cards.length+' shown';
    document.getElementById('empty').hidden=n>0;
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
)js";

std::string Stat(const std::string& cls, long n, const std::string& label) {
  return "<div class=\"stat " + cls + "\"><div class=\"n\">" + std::to_string(n) + "</div><div class=\"l\">" +
         HtmlEscape(label) + "</div></div>";
}

std::string EscapeFn(std::string_view s) { return HtmlEscape(s); }

std::string ClaimBox(const Claim& c) {
  std::string s = "<div class=\"claim\"><div class=\"meta\"><b>" + HtmlEscape(c.article) + "</b>";
  if (!c.outlet.empty()) s += "<span>" + HtmlEscape(c.outlet) + "</span>";
  if (!c.published.empty()) s += "<span>" + HtmlEscape(c.published) + "</span>";
  if (c.headline) s += "<span class=\"flag\">headline</span>";
  if (!c.derived_from.empty()) s += "<span class=\"flag\">conversion</span>";
  s += "</div><div class=\"fig\">" + HtmlEscape(QualifierMark(c.q.qualifier)) + HtmlEscape(c.quote);
  if (c.q.basis_per) s += " <span class=\"tol\">per " + HtmlEscape(FormatNumber(*c.q.basis_per)) + "</span>";
  s += "</div><p class=\"sent\">" + MarkQuote(c, EscapeFn, "<mark>", "</mark>") + "</p></div>";
  return s;
}

std::string Card(const Conflict& k, const View& v, const ReportOptions& o,
                 const std::map<std::string, int>& color_of) {
  std::vector<const Claim*> cs = ClaimsOf(k, v);
  std::string s = "<article class=\"card sev-" + HtmlEscape(k.severity) + "\" id=\"" + HtmlEscape(k.id) +
                  "\" data-kind=\"" + HtmlEscape(k.kind) + "\" data-severity=\"" + HtmlEscape(k.severity) + "\">";
  s += "<div class=\"card-head\"><span class=\"badge kind\">" + HtmlEscape(KindLabel(k.kind)) +
       "</span><span class=\"badge " + HtmlEscape(k.severity) + "\">" + HtmlEscape(k.severity) +
       "</span><code class=\"key\">" + HtmlEscape(k.key) + "</code><span class=\"conf\">confidence " +
       FormatNumber(k.confidence) + " · " + std::to_string(k.articles) + " article" + (k.articles == 1 ? "" : "s") +
       "</span><span class=\"cid\">" + HtmlEscape(k.id) + "</span></div>";
  s += "<p class=\"expl\">" + HtmlEscape(k.explanation) + "</p><div class=\"claims\">";
  std::size_t shown = std::min(cs.size(), o.max_claims_per_card);
  for (std::size_t i = 0; i < shown; ++i) s += ClaimBox(*cs[i]);
  s += "</div>";
  if (cs.size() > shown)
    s += "<p class=\"more\">and " + std::to_string(cs.size() - shown) + " more claims</p>";
  if (cs.size() < k.claims.size())
    s += "<p class=\"more\">" + std::to_string(k.claims.size() - cs.size()) + " claim ids not in the store</p>";
  cs.resize(shown);
  Chart ch = ChartOf(cs, o);
  // A period mismatch is about years, not values: a chart would mix units.
  if (k.kind != "period_mismatch" && std::count_if(ch.bars.begin(), ch.bars.end(), [](const Bar& b) { return b.charted; }) >= 2) {
    s += "<figure><figcaption>Values as reported" +
         (ch.unit.empty() ? std::string() : ", in " + HtmlEscape(ch.unit)) + "</figcaption>" + Svg(ch, color_of) +
         "</figure>";
  }
  return s + "</article>\n";
}

}  // namespace

std::string RenderHtmlReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts) {
  return RenderHtmlReport(claims, conflicts, ReportOptions{});
}

std::string RenderHtmlReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                             const ReportOptions& o) {
  View v = MakeView(claims, conflicts, o);
  std::map<std::string, int> color_of;  // article -> palette index, in order of appearance
  for (const Conflict* k : v.conflicts)
    for (const Claim* c : ClaimsOf(*k, v)) color_of.emplace(c->article, static_cast<int>(color_of.size()));
  std::string h = "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                  "<title>" + HtmlEscape(o.title) + "</title><style>" + kCss + "</style></head><body>\n";
  h += "<header><div class=\"wrap\"><h1>" + HtmlEscape(o.title) + "</h1><p>Numeric claims that disagree across " +
       std::to_string(v.articles) +
       " articles, cross-article first, then by confidence. Every figure links back to its sentence.</p></div></header>\n";
  h += "<div class=\"wrap\"><section class=\"summary\">" + Stat("", v.articles, "articles") +
       Stat("", v.claims, "claims") +
       Stat("", static_cast<long>(conflicts.size()), "conflicts");
  for (const char* sev : {"high", "medium", "low"})
    h += Stat(sev, v.by_severity.count(sev) ? v.by_severity.at(sev) : 0, sev);
  h += "</section><p class=\"kinds\">";
  bool first = true;
  for (const auto& [kind, n] : v.by_kind) {
    h += (first ? "" : " · ") + HtmlEscape(KindLabel(kind)) + ": " + std::to_string(n);
    first = false;
  }
  if (first) h += "No conflicts found.";
  h += "</p>\n<nav class=\"filters\"><div class=\"group\"><span class=\"title\">Kind</span>";
  for (const char* kind : kKinds) {
    int n = v.by_kind.count(kind) ? v.by_kind.at(kind) : 0;
    h += "<label><input type=\"checkbox\" checked data-filter-kind=\"" + std::string(kind) + "\">" +
         KindLabel(kind) + " (" + std::to_string(n) + ")</label>";
  }
  for (const auto& [kind, n] : v.by_kind)  // kinds beyond the known five
    if (std::find(std::begin(kKinds), std::end(kKinds), kind) == std::end(kKinds))
      h += "<label><input type=\"checkbox\" checked data-filter-kind=\"" + HtmlEscape(kind) + "\">" +
           HtmlEscape(KindLabel(kind)) + " (" + std::to_string(n) + ")</label>";
  h += "</div><div class=\"group\"><span class=\"title\">Severity</span>";
  for (const char* sev : {"high", "medium", "low"})
    h += "<label><input type=\"checkbox\" checked data-filter-severity=\"" + std::string(sev) + "\">" + sev +
         "</label>";
  h += "</div><span class=\"shown\" id=\"shown\"></span></nav>\n<main id=\"cards\">\n";
  for (const Conflict* k : v.conflicts) h += Card(*k, v, o, color_of);
  h += "</main><p class=\"empty\" id=\"empty\" hidden>No conflicts match the filters.</p>"
       "<footer>suchi conflict report · values in charts are shown as reported, converted to one unit "
       "and basis where possible.</footer></div>\n<script>" + std::string(kScript) + "</script></body></html>\n";
  return h;
}

// ---- Markdown ----

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

}  // namespace

std::string RenderMarkdownReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts) {
  return RenderMarkdownReport(claims, conflicts, ReportOptions{});
}

std::string RenderMarkdownReport(const std::vector<Claim>& claims, const std::vector<Conflict>& conflicts,
                                 const ReportOptions& o) {
  View v = MakeView(claims, conflicts, o);
  auto count = [](const std::map<std::string, int>& m, const std::string& k) { return m.count(k) ? m.at(k) : 0; };
  std::string m = "# " + MdEscape(o.title) + "\n\n" + std::to_string(v.articles) + " articles, " +
                  std::to_string(v.claims) + " claims, " + std::to_string(conflicts.size()) +
                  " conflicts (high " + std::to_string(count(v.by_severity, "high")) + ", medium " +
                  std::to_string(count(v.by_severity, "medium")) + ", low " +
                  std::to_string(count(v.by_severity, "low")) + ").\n\n";
  if (!v.by_kind.empty()) {
    m += "| kind | conflicts |\n|---|---|\n";
    for (const auto& [kind, n] : v.by_kind) m += "| " + MdEscape(kind) + " | " + std::to_string(n) + " |\n";
    m += "\n";
  } else {
    m += "No conflicts found.\n";
  }
  int i = 0;
  for (const Conflict* k : v.conflicts) {
    m += "## " + std::to_string(++i) + ". " + MdEscape(KindLabel(k->kind)) + " (" + k->severity + ") — `" + k->key +
         "`\n\n" + MdEscape(k->explanation) + "\n\nId: `" + k->id + "`\n\n";
    m += "| article | outlet | published | figure | sentence |\n|---|---|---|---|---|\n";
    std::vector<const Claim*> cs = ClaimsOf(*k, v);
    std::size_t shown = std::min(cs.size(), o.max_claims_per_card);
    for (std::size_t j = 0; j < shown; ++j) {
      const Claim& c = *cs[j];
      m += "| " + MdEscape(c.article) + (c.headline ? " (headline)" : "") + " | " + MdEscape(c.outlet) + " | " +
           MdEscape(c.published) + " | " + MdEscape(QualifierMark(c.q.qualifier) + c.quote) +
           (c.q.basis_per ? " per " + FormatNumber(*c.q.basis_per) : "") + " | " +
           MarkQuote(c, [](std::string_view s) { return MdEscape(s); }, "**", "**") + " |\n";
    }
    if (cs.size() > shown) m += "\nand " + std::to_string(cs.size() - shown) + " more claims\n";
    m += "\n";
  }
  return m;
}

}  // namespace suchi
