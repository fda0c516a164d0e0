// Period mentions of a sentence, and headline figures taking the key of
// the body figure they restate (see period.h).
#include "period.h"

#include <algorithm>
#include <cmath>

#include "text_scan.h"

namespace suchi {
namespace {

// Returns the length of the first word of `words` at s[i], or 0.
std::size_t WordAt(std::string_view s, std::size_t i, const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (StartsWith(s, i, w)) return w.size();
  return 0;
}

// Reads "N년" at s[i]; returns N (> 0) and sets *end, or returns 0.
int ReadYears(std::string_view s, std::size_t i, std::size_t* end) {
  int n = 0;
  std::size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9' && j - i < 3) n = n * 10 + (s[j++] - '0');
  if (j == i || !StartsWith(s, SkipSpaces(s, j), "년")) return 0;
  *end = SkipSpaces(s, j) + std::string_view("년").size();
  return n;
}

// True when a publication word ("발간한") follows s[i] within a few bytes:
// the year before it dates a report, not its figures.
bool PublicationFollows(std::string_view s, std::size_t i, const Lexicons& lex) {
  i = SkipSpaces(s, i);
  if (StartsWith(s, i, "에")) i = SkipSpaces(s, i + std::string_view("에").size());
  return WordAt(s, i, lex.publication_words) > 0;
}

// Extends an explicit year mention by "까지 N년간": the N years ending then.
void ExtendUntil(std::string_view s, PeriodMention& m, const Lexicons& lex) {
  std::size_t i = SkipSpaces(s, m.end);
  std::size_t n = WordAt(s, i, lex.until_words);
  if (n == 0) return;
  std::size_t end = 0;
  int years = ReadYears(s, SkipSpaces(s, i + n), &end);
  if (years <= 0) return;
  std::size_t suf = WordAt(s, SkipSpaces(s, end), lex.span_suffixes);
  if (suf == 0) return;
  m.period.start = m.period.end - years + 1;
  m.end = SkipSpaces(s, end) + suf;
  m.period.text = std::string(s.substr(m.begin, m.end - m.begin));
}

// Adds "지난 N년" spans: the N years before the publication year.
void AddSpans(std::string_view s, int published_year, const Lexicons& lex,
              std::vector<PeriodMention>& out) {
  if (published_year <= 0) return;
  for (const std::string& prefix : lex.span_prefixes) {
    for (std::size_t b = s.find(prefix); b != std::string_view::npos;
         b = s.find(prefix, b + prefix.size())) {
      std::size_t end = 0;
      int years = ReadYears(s, SkipSpaces(s, b + prefix.size()), &end);
      if (years <= 0 || years > 200) continue;
      PeriodMention m{b, end, {published_year - years, published_year - 1, ""}, false, true, ""};
      m.period.text = std::string(s.substr(b, end - b));
      out.push_back(std::move(m));
    }
  }
}

// Joins "3분기" to the year mention right before it ("2019년 3분기", "올해
// 3분기"), or adds it as a mention of its own, in the year of the last
// mention before it in the sentence ("2019년 3분기 ..., 2분기 ...").
void AddSubperiods(std::string_view text, const std::vector<PhraseMatch>& subs,
                   const Lexicons& lex, std::vector<PeriodMention>& out) {
  for (const PhraseMatch& pm : subs) {
    const std::string& tag = lex.period_words[pm.row].tag;
    PeriodMention* year = nullptr;
    for (PeriodMention& m : out) {
      if (m.end <= pm.begin && SkipSpaces(text, m.end) == pm.begin && m.sub.empty()) year = &m;
      // "2010년 11월" read as one time by the number grammar: the month is
      // inside the year's mention.
      if (m.begin <= pm.begin && pm.end <= m.end && m.explicit_year && m.sub.empty()) year = &m;
    }
    if (year) {
      year->sub = tag;
      year->end = pm.end;
      continue;
    }
    PeriodMention m;  // field by field: GCC 12 -O3 warns on the aggregate form
    m.begin = pm.begin;
    m.end = pm.end;
    m.period.text = std::string(text.substr(pm.begin, pm.end - pm.begin));
    m.sub = tag;
    for (const PeriodMention& prev : out) {
      if (prev.end > pm.begin) break;
      m.period = prev.period;
      m.resolved = prev.resolved;
    }
    auto at = std::find_if(out.begin(), out.end(),
                           [&](const PeriodMention& o) { return o.begin > pm.begin; });
    out.insert(at, std::move(m));
  }
}

// True when a part of the year (a subperiod word: 2월, 1분기, 상반기)
// starts right after byte i, past a space.
bool PartFollows(std::string_view text, std::size_t i, const std::vector<PhraseMatch>& words,
                 const Lexicons& lex) {
  if (i >= text.size() || text[i] != ' ') return false;
  std::size_t next = SkipSpaces(text, i);
  for (const PhraseMatch& pm : words)
    if (pm.begin == next && lex.period_words[pm.row].type == "subperiod") return true;
  return false;
}

// "지난달" in a June 2019 article: 2019 with the part M05; unresolved when
// the publication month is unknown.
PeriodMention RelativeMonth(const PhraseMatch& pm, const PeriodWordRow& row, int published_year,
                            int published_month) {
  PeriodMention m;
  m.begin = pm.begin;
  m.end = pm.end;
  m.resolved = published_year > 0 && published_month > 0;
  int months = m.resolved ? published_year * 12 + (published_month - 1) + row.offset : 0;
  int year = months / 12, month = months % 12 + 1;
  m.period = {year, year, row.word};
  char tag[4] = {'M', static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10), 0};
  if (m.resolved) m.sub = tag;
  return m;
}

// "2016년부터 2018년까지", "2016년부터 2018년에 걸쳐": two explicit years
// joined by 부터 are one span, from the first to the second.
void JoinFromTo(std::string_view text, std::vector<PeriodMention>& out) {
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    PeriodMention& a = out[k];
    const PeriodMention& b = out[k + 1];
    if (!a.explicit_year || !b.explicit_year || a.period.start != a.period.end ||
        b.period.start <= a.period.end || b.begin < a.end)
      continue;
    std::size_t i = SkipSpaces(text, a.end);
    if (!StartsWith(text, i, "부터") || SkipSpaces(text, i + std::string_view("부터").size()) != b.begin)
      continue;
    a.period.end = b.period.end;
    a.end = b.end;
    a.period.text = std::string(text.substr(a.begin, a.end - a.begin));
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
}

}  // namespace

std::string MentionKey(const PeriodMention& m, const std::string& article) {
  if (!m.resolved)
    return "?" + EscapeKeyText(m.period.text, "@.") + "@" + EscapeKeyText(article, "@.") +
           (m.sub.empty() ? "" : "." + m.sub);
  std::optional<Period> p;
  if (m.period.start > 0) p = m.period;
  return PeriodKey(p) + (m.sub.empty() ? "" : "." + m.sub);
}

std::string PeriodKey(const std::optional<Period>& p) {
  if (!p) return "-";
  if (p->start == p->end) return std::to_string(p->start);
  return std::to_string(p->start) + "-" + std::to_string(p->end);
}

void AdoptBodyKeys(std::vector<Claim>& claims, const Lexicons& lex) {
  for (Claim& h : claims) {
    if (!h.headline) continue;
    const Claim* best = nullptr;
    int best_score = -1;
    for (const Claim& b : claims) {
      if (b.headline || b.q.kind != h.q.kind) continue;
      double tol = std::max(0.5 * h.q.resolution, 1e-9 * std::fabs(b.q.value));
      if (std::fabs(b.q.value - h.q.value) > tol) continue;
      if (!h.q.currency.empty() && !b.q.currency.empty() && h.q.currency != b.q.currency) continue;
      bool same_subject = h.subject && b.subject && h.subject->id == b.subject->id;
      if (h.subject && b.subject && !same_subject) continue;
      if (h.period && b.period && PeriodKey(h.period) != PeriodKey(b.period)) continue;
      if (h.metric && b.metric && h.metric->id != b.metric->id && lex.Metric(h.metric->id) &&
          lex.Metric(b.metric->id))
        continue;  // two different known metrics
      int score = (same_subject ? 2 : 0) + (h.metric && b.metric && h.metric->id == b.metric->id);
      if (score > best_score) { best = &b; best_score = score; }
    }
    if (best) {
      if (!h.subject) h.subject = best->subject;
      if (h.metric && best->metric) h.metric->id = best->metric->id;
      else h.metric = best->metric;
      if (!h.period) h.period = best->period;
      continue;
    }
    if (h.period || !h.metric) continue;
    std::optional<std::string> period;
    bool unique = true, any = false;
    for (bool need_subject : {true, false}) {
      for (const Claim& b : claims) {
        if (b.headline || !b.metric || b.metric->id != h.metric->id || !b.period) continue;
        if (need_subject && (!h.subject || !b.subject || b.subject->id != h.subject->id)) continue;
        any = true;
        if (period && *period != PeriodKey(b.period)) unique = false;
        period = PeriodKey(b.period);
        if (unique) h.period = b.period;
      }
      if (any) break;
    }
    if (!unique) h.period.reset();
  }
}

int PublishedYear(std::string_view published) {
  if (published.size() < 4) return 0;
  int y = 0;
  for (int i = 0; i < 4; ++i) {
    if (published[i] < '0' || published[i] > '9') return 0;
    y = y * 10 + (published[i] - '0');
  }
  return y;
}

int PublishedMonth(std::string_view published) {
  if (PublishedYear(published) == 0 || published.size() < 7 || published[4] != '-') return 0;
  if (published[5] < '0' || published[5] > '9' || published[6] < '0' || published[6] > '9') return 0;
  int m = (published[5] - '0') * 10 + (published[6] - '0');
  return m >= 1 && m <= 12 ? m : 0;
}

std::vector<PeriodMention> FindPeriods(std::string_view text,
                                       const std::vector<Quantity>& quantities,
                                       int published_year, const Lexicons& lex, int published_month) {
  return FindPeriods(text, quantities, published_year, lex,
                     lex.period_matcher.FindAll(text, false), published_month);
}

std::vector<PeriodMention> FindPeriods(std::string_view text,
                                       const std::vector<Quantity>& quantities,
                                       int published_year, const Lexicons& lex,
                                       const std::vector<PhraseMatch>& words, int published_month) {
  std::vector<PeriodMention> out;
  for (const Quantity& q : quantities) {
    if (q.kind != UnitKind::kTime || q.year <= 0 || q.end > text.size()) continue;
    if (PublicationFollows(text, q.end, lex)) continue;
    PeriodMention m{q.begin, q.end, {q.year, q.year_end > 0 ? q.year_end : q.year, ""}, true, true,
                    ""};
    m.period.text = std::string(text.substr(q.begin, q.end - q.begin));
    ExtendUntil(text, m, lex);
    out.push_back(std::move(m));
  }
  std::vector<PhraseMatch> subs;
  for (const PhraseMatch& pm : words) {
    const PeriodWordRow& row = lex.period_words[pm.row];
    if (row.type == "subperiod") subs.push_back(pm);
    if (row.type != "relative" && row.type != "relative_month" && row.type != "relative_part") continue;
    if (pm.begin > 0 && IsWordCharAt(text, PrevCharStart(text, pm.begin))) continue;
    // "올 2월", "올 1분기": a year only as a word of its own before a part
    // of the year (not 올라, 올림픽).
    if (row.type == "relative_part" && !PartFollows(text, pm.end, words, lex)) continue;
    if (PublicationFollows(text, pm.end, lex)) continue;
    if (row.type == "relative_month") {
      out.push_back(RelativeMonth(pm, row, published_year, published_month));
      continue;
    }
    int y = published_year > 0 ? published_year + row.offset : 0;
    out.push_back({pm.begin, pm.end, {y, y, row.word}, false, published_year > 0, ""});
  }
  std::vector<PeriodMention> spans;
  AddSpans(text, published_year, lex, spans);
  for (PeriodMention& sp : spans) {
    // An explicit range right after the span ("지난 10년(2013~2023년)") wins.
    bool shadowed = std::any_of(out.begin(), out.end(), [&](const PeriodMention& m) {
      return m.explicit_year && m.begin >= sp.end && m.begin <= sp.end + 2;
    });
    if (!shadowed) out.push_back(std::move(sp));
  }
  std::sort(out.begin(), out.end(),
            [](const PeriodMention& a, const PeriodMention& b) { return a.begin < b.begin; });
  JoinFromTo(text, out);
  AddSubperiods(text, subs, lex, out);
  return out;
}

}  // namespace suchi
