// Claim attribution (see extract.h). For every quantity of a non-chrome
// sentence: drop it if a claim filter says it is no claim of its own
// (rules/claim_filters.tsv), then attach
//   metric   a lexicon cue in the figure's clause (the counted noun right
//            after a count first); else the noun phrase right before the
//            figure or its "(", or the counted noun after it; else a cue
//            elsewhere in the sentence; else the paragraph's metric when
//            the list continues; else the head noun before a particle.
//   subject  ENTITY(VALUE) > 각각 lists > "N위 ENTITY" > nearest eligible
//            entity before it in the clause > first after it in the clause
//            > nearest before it in the sentence > the paragraph's topic or
//            previous subject > for lexicon metrics, the article's subject
//            (the title's only entity, or the dominant country). Entities
//            that particles mark as objects, comparison bases or sources
//            (을/를, 보다, 대비, 에 이어, ...에 따르면) are not subjects.
//   period   the nearest period mention before the figure; else carried
//            with the metric; else the year a year-titled source implies.
// A conversion "(약 2600억원)" copies the claim it converts. Headline
// figures then take the key of the body figure they restate (period.h).
#include "extract.h"

#include <re2/re2.h>
#include <string.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <future>
#include <map>
#include <set>

#include "attribution.h"
#include "claim_periods.h"
#include "clause.h"
#include "lexicon.h"
#include "period.h"
#include "samefact.h"
#include "text_scan.h"
#include "words.h"
#include "punctuation.h"

namespace suchi {
namespace {

constexpr std::size_t kNone = std::string::npos;

struct EntityMention {
  std::size_t begin = 0, end = 0;
  int row = -1;
  std::string role;        // subject possessive object base bare modifier
  std::size_t after = 0;   // first byte after the entity and its parenthesis
  int own_quantity = -1;   // quantity inside "(...)" right after the entity
  bool of_next = false;    // "구글의 제미나이": a possessive of the next entity
  bool embedded = false;   // "엔비디아가 개발한": subject of a relative clause
  std::string compound;    // "카카오페이": an organisation named after a known one
};

const std::string& EntityId(const EntityMention& m, const Lexicons& lex) {
  return m.compound.empty() ? lex.entities[m.row].id : m.compound;
}

const std::string& EntityKind(const EntityMention& m, const Lexicons& lex) {
  static const std::string kOrg = "org";  // "한국연구재단": named after a country
  return m.compound.empty() ? lex.entities[m.row].kind : kOrg;
}

struct SentenceInfo {
  std::vector<EntityMention> entities;
  std::vector<PhraseMatch> cues;
  std::vector<PeriodMention> periods;
  std::vector<std::size_t> commas;  // clause boundaries (top-level commas)
  std::string source;
  std::size_t source_begin = kNone, source_end = kNone;
  std::optional<int> source_year;  // year the source's figures are for
  SentenceParse parse;             // words and clauses (sentences with figures only)
  bool needs_parse = false;        // has a figure that can become a claim: `parse` is filled
                                   // when it is attributed (ParseSentence), then freed
  // Per quantity: its filter action (Lexicons::FilterAction), "" for
  // kTime and kNone quantities, which never become claims.
  std::vector<std::string> actions;
};

struct Attribution {
  std::optional<Entity> subject;
  std::optional<Entity> metric;  // id without kind suffix
  std::optional<Period> period;
  std::string period_key;  // the key's period part when it says more (period.h)
  bool metric_carried = false;
  bool lexicon_metric = false;
  bool subject_inferred = false;  // from the article, not the sentence or paragraph
  std::size_t period_end = kNone;  // end of the period mention taken, in the sentence
};

// The running context of one paragraph.
struct ParagraphState {
  int paragraph = -1;
  std::optional<Entity> subject, topic, metric;
  std::optional<Period> period;
  std::string period_key;
  bool lexicon_metric = false;  // metric came from the metric lexicon
  // The last name no lexicon holds that a sentence opened on as its topic
  // (OpeningTopic): what a known statistic after it is about, unnamed.
  std::optional<Entity> named_topic;
};

// ---- sentence analysis ----

// Returns the clause [begin, end) around byte `pos`.
std::pair<std::size_t, std::size_t> ClauseOf(const SentenceInfo& info, std::size_t pos,
                                             std::size_t size) {
  std::size_t b = 0, e = size;
  for (std::size_t c : info.commas) {
    if (c < pos) b = c + 1;
    else { e = c; break; }
  }
  return {b, e};
}

// Returns the role of the particle at t[i] and sets *len, or "".
std::string ParticleAt(std::string_view t, std::size_t i, const Lexicons& lex, std::size_t* len) {
  const Particle* p = lex.ParticleAt(t, i);
  *len = p ? p->text.size() : 0;
  return p ? p->role : "";
}

void AssignRoles(std::string_view t, const std::vector<Quantity>& qs, const Lexicons& lex,
                 std::vector<EntityMention>& ents) {
  for (std::size_t k = ents.size(); k-- > 0;) {
    EntityMention& m = ents[k];
    std::size_t i = m.end;
    if (i < t.size() && t[i] == '(') {
      std::size_t close = MatchParen(t, i);
      if (close != kNone) {
        for (std::size_t j = 0; j < qs.size(); ++j)
          if (qs[j].begin > i && qs[j].end < close && qs[j].kind != UnitKind::kTime &&
              qs[j].kind != UnitKind::kNone && m.own_quantity < 0)
            m.own_quantity = static_cast<int>(j);
        i = close;
      }
    }
    if (StartsWith(t, i, " 등")) i += std::string_view(" 등").size();
    m.after = i;
    const EntityMention* next = k + 1 < ents.size() ? &ents[k + 1] : nullptr;
    std::size_t len = 0;
    if (i < t.size() && t[i] == ' ') {
      // A detached comparison word: "미국 대비 47%".
      std::string detached = ParticleAt(t, i + 1, lex, &len);
      if (detached == "base" && len >= 6 &&
          (i + 1 + len >= t.size() || t[i + 1 + len] == ' ')) {
        m.role = "base";
        continue;
      }
    }
    // "(2018년 공정위 기준)", "한국은행 집계", "공정위 발표": whose count a figure
    // follows, not what it is about.
    if (StartsWith(t, i, " 기준") || StartsWith(t, i, " 집계") || StartsWith(t, i, " 발표")) {
      m.role = "source";
      continue;
    }
    if (i >= t.size() || t[i] == ' ') {
      m.role = next && next->begin == SkipSpaces(t, i) && i < t.size() ? "modifier" : "bare";
      continue;
    }
    std::string role = ParticleAt(t, i, lex, &len);
    if (role == "possessive" && next && next->begin == SkipSpaces(t, i + len)) m.of_next = true;
    if (role == "subject" && len == 3) {
      // "엔비디아가 개발한 GPU": the entity acts inside a relative clause.
      std::size_t w = SkipSpaces(t, i + len), we = t.find(' ', w);
      if (we == kNone) we = t.size();
      if (we > w) {
        std::size_t last = PrevCharStart(t, we);
        for (const std::string& e : lex.relative_endings)
          if (t.substr(last, we - last) == e) m.embedded = true;
      }
    }
    if (role == "conj") {
      std::size_t j = SkipSpaces(t, i + len);
      role = next && next->begin == j ? next->role : "bare";
      if (role == "modifier") role = "bare";
    }
    m.role = role.empty() ? "bare" : role;
  }
}

// The end of the run of word characters (Hangul, Latin) starting at `b`.
std::size_t WordEnd(std::string_view t, std::size_t b) {
  while (b < t.size() && IsWordCharAt(t, b)) b += static_cast<unsigned char>(t[b]) < 0x80 ? 1 : 3;
  return b;
}

// "카카오페이는": an organisation or product form glued to more letters
// that do not start a particle names another organisation ("카카오페이",
// not "카카오"); its id is the word without its particle, upper-cased.
void ExtendCompound(std::string_view t, const Lexicons& lex, EntityMention& m) {
  const std::string& kind = lex.entities[m.row].kind;
  if ((kind != "org" && kind != "product" && kind != "country") || !IsWordCharAt(t, m.end)) return;
  std::size_t len = 0;
  if (!ParticleAt(t, m.end, lex, &len).empty()) return;
  std::size_t e = WordEnd(t, m.end);
  // "카카오페이는" = 카카오페이 + 는; but "한국철도" keeps its 도: a
  // particle leaves at least two syllables after the entity's form.
  if (const Particle* p = lex.ParticleEnding(t, m.end, e, 1); p && e - p->text.size() >= m.end + 6)
    e -= p->text.size();
  m.end = m.after = e;
  for (char c : t.substr(m.begin, e - m.begin))
    m.compound += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// "경남 경주시", "경기 광주군": a province before a city, county or district
// names that place; the mention becomes the pair, keyed by its text.
void NarrowRegion(std::string_view t, const Lexicons& lex, EntityMention& m) {
  if (lex.entities[m.row].kind != "region" || m.end + 1 >= t.size() || t[m.end] != ' ') return;
  std::size_t b = m.end + 1, e = WordEnd(t, b);
  std::string_view word = t.substr(b, e - b);
  if (const Particle* p = lex.ParticleEnding(t, b, e, 1)) word.remove_suffix(p->text.size());
  if (word.size() < 6) return;
  std::string_view last = word.substr(word.size() - 3);
  if (last != "시" && last != "군" && last != "구") return;
  m.end = m.after = b + word.size();
  for (char c : t.substr(m.begin, m.end - m.begin))
    if (c != ' ') m.compound += c;
}

// "미국 노동부", "일본 총무성": a country right before an agency makes
// the agency that country's; the agency mention takes the country's row
// (its id and kind) and the country's start: one mention of both.
void ForeignAgency(std::string_view t, const Lexicons& lex, std::vector<EntityMention>& before,
                   EntityMention& m) {
  if (before.empty() || lex.entities[m.row].kind != "agency") return;
  const EntityMention& c = before.back();
  if (!c.compound.empty() || lex.entities[c.row].kind != "country" || c.end + 1 != m.begin ||
      t[c.end] != ' ')
    return;
  m.row = c.row;
  m.begin = c.begin;
  before.pop_back();
}

SentenceInfo Analyze(const Sentence& s, const std::vector<Quantity>& qs, int pub, int pub_month,
                     const Lexicons& lex, const WordLexicon& words) {
  SentenceInfo info;
  std::string_view t = s.text;
  thread_local SentencePhrases phrases;  // buffers reused sentence to sentence
  lex.Scan(t, &phrases);
  for (const PhraseMatch& m : phrases.entities) {
    if (lex.entities[m.row].kind == "none") continue;
    // A figure's own text is no entity ("GPT-4" inside a quantity span).
    bool inside = std::any_of(qs.begin(), qs.end(), [&](const Quantity& q) {
      return q.kind != UnitKind::kTime && q.kind != UnitKind::kNone && m.begin < q.end &&
             q.begin < m.end;
    });
    if (inside) continue;
    // "【서울=뉴시스】", "(서울=연합뉴스)": a dateline names where the wire
    // filed from, not what a figure is about.
    if (m.end < t.size() && t[m.end] == '=') continue;
    EntityMention e;
    e.begin = m.begin;
    e.end = e.after = m.end;
    e.row = m.row;
    // "산업부문", "통계청장": an agency's name inside a longer word is
    // another word.
    std::size_t particle = 0;
    if (lex.entities[m.row].kind == "agency" && IsWordCharAt(t, m.end) &&
        ParticleAt(t, m.end, lex, &particle).empty())
      continue;
    ExtendCompound(t, lex, e);
    NarrowRegion(t, lex, e);
    ForeignAgency(t, lex, info.entities, e);
    info.entities.push_back(std::move(e));
  }
  AssignRoles(t, qs, lex, info.entities);
  info.cues = std::move(phrases.cues);
  if (!qs.empty()) info.commas = TopLevelCommas(t);  // only figures look for their clause
  SourceMatch src = lex.FindSource(t, phrases);
  info.source = src.text;
  info.source_begin = src.begin;
  info.source_end = src.end;
  info.source_year = src.year;
  // The source of a statement is not what its figures are about.
  for (EntityMention& m : info.entities)
    if (info.source_begin != kNone && m.begin >= info.source_begin && m.end <= info.source_end &&
        m.role != "subject" && m.own_quantity < 0)
      m.role = "source";
  for (PeriodMention& p : FindPeriods(t, qs, pub, lex, phrases.periods, pub_month)) {
    bool in_source = info.source_begin != kNone && p.begin >= info.source_begin &&
                     p.end <= info.source_end && p.explicit_year;
    if (!in_source) info.periods.push_back(std::move(p));
  }
  // Only sentences with a figure that can become a claim need their words.
  bool figures = false;
  info.actions.resize(qs.size());
  for (std::size_t j = 0; j < qs.size(); ++j) {
    const Quantity& q = qs[j];
    if (q.kind == UnitKind::kTime || q.kind == UnitKind::kNone || q.end > t.size()) continue;
    info.actions[j] = lex.FilterAction(t, q);
    figures = figures || info.actions[j] != "drop";
  }
  info.needs_parse = figures;
  return info;
}

// Returns how many figures of a sentence may become claims (an upper
// bound: ExtractClaims makes a claim of each, or fewer).
std::size_t MayBecomeClaims(const Sentence& s, const std::vector<Quantity>& qs,
                            const SentenceInfo& info) {
  std::size_t n = 0;
  for (std::size_t j = 0; j < qs.size(); ++j)
    n += qs[j].kind != UnitKind::kTime && qs[j].kind != UnitKind::kNone &&
         qs[j].end <= s.text.size() && info.actions[j] != "drop";
  return n;
}

// Fills info.parse when the sentence needs one and has none yet.
void ParseSentence(const Sentence& s, const std::vector<Quantity>& qs, const WordLexicon& words,
                   SentenceInfo& info) {
  if (info.needs_parse && info.parse.words.empty())
    info.parse = ParseClauses(s.text, AnalyzeWords(s.text, qs, words));
}

// ---- subject ----

bool Eligible(const EntityMention& m, const Quantity& q, std::string_view t) {
  if (m.role == "object" || m.role == "base" || m.role == "modifier" || m.role == "source" ||
      m.embedded)
    return false;
  if (m.own_quantity >= 0) return false;
  // "[한국경제TV 라이온봇 기자]": a byline or label, about no figure.
  if (t.find('[') != std::string_view::npos && InsideBrackets(t, m.begin) && !InsideBrackets(t, q.begin))
    return false;
  // "미국의 47%": a possessive right before a share is its base.
  bool share = q.kind == UnitKind::kPercent || q.kind == UnitKind::kRatio;
  if (share && m.role == "possessive" &&
      SkipSpaces(t, m.after + std::string_view("의").size()) == q.begin)
    return false;
  return true;
}

Entity MakeEntity(const EntityMention& m, std::string_view t, const Lexicons& lex) {
  return {EntityId(m, lex), std::string(t.substr(m.begin, m.end - m.begin))};
}

// "A와 B는 각각 X와 Y": the i-th figure after 각각 belongs to the i-th entity.
std::optional<Entity> EachSubject(std::string_view t, const SentenceInfo& info,
                                  const std::vector<Quantity>& qs, std::size_t qi,
                                  std::size_t cb, std::size_t ce, const Lexicons& lex) {
  std::size_t each = t.substr(0, ce).find("각각", cb);
  if (each == kNone || each > qs[qi].begin) return std::nullopt;
  std::vector<const EntityMention*> list;
  for (const EntityMention& m : info.entities) {
    if (m.begin < cb || m.end > each || m.role == "modifier" || m.role == "source") continue;
    if (m.of_next) continue;  // 구글의 제미나이
    if (!list.empty() && EntityId(*list.back(), lex) == EntityId(m, lex)) continue;
    list.push_back(&m);
  }
  std::size_t index = 0;
  for (std::size_t j = 0; j < qi; ++j)  // figures of its kind: "각각 17.9%와 85.0% 감소한 1029억원과 140억원"
    if (qs[j].begin > each && qs[j].kind == qs[qi].kind) ++index;
  if (list.size() < 2 || index >= list.size()) return std::nullopt;
  return MakeEntity(*list[index], t, lex);
}

// The lexicon entity a figure is tied to by form: "ENTITY(VALUE)", a
// 각각 list, "3위 ENTITY".
std::optional<Entity> TiedSubject(std::string_view t, const SentenceInfo& info,
                                  const std::vector<Quantity>& qs, std::size_t qi,
                                  const Lexicons& lex) {
  const Quantity& q = qs[qi];
  for (const EntityMention& m : info.entities)
    if (m.own_quantity == static_cast<int>(qi)) return MakeEntity(m, t, lex);
  auto [cb, ce] = ClauseOf(info, q.begin, t.size());
  if (auto each = EachSubject(t, info, qs, qi, cb, ce, lex)) return each;
  if (q.kind == UnitKind::kRank) {  // "3위 미국(4.23)", "1위는 미국"
    std::size_t i = q.end;
    for (const char* p : {"는", "은"})
      if (StartsWith(t, i, p)) i += 3;
    i = SkipSpaces(t, i);
    for (const EntityMention& m : info.entities)
      if (m.begin == i) return MakeEntity(m, t, lex);
  }
  return std::nullopt;
}

// True when the mention is an item of an enumeration: "미국·중국·유럽 등",
// "미국, 영국, 프랑스 등 10개국이", "영국 등 유럽에서".
bool Enumerated(std::string_view t, const EntityMention& m) {
  std::size_t e = m.end;
  if (StartsWith(t, e, "·") || StartsWith(t, e, ",") || StartsWith(t, SkipSpaces(t, e), "등 ") ||
      StartsWith(t, SkipSpaces(t, e), "등,"))
    return true;
  std::size_t b = m.begin;
  if (b >= 2 && t.substr(b - 2, 2) == "·") return true;  // U+00B7 is 2 bytes
  return b >= 2 && t.substr(b - 2, 2) == ", ";
}

// The nearest eligible lexicon entity: before the figure in its clause,
// else after it in the clause (not an item of an enumeration), else
// before it in the sentence.
std::optional<Entity> NearestEntity(std::string_view t, const SentenceInfo& info,
                                    const Quantity& q, const Lexicons& lex) {
  auto [cb, ce] = ClauseOf(info, q.begin, t.size());
  const EntityMention* before = nullptr;
  const EntityMention* before_sentence = nullptr;
  const EntityMention* after = nullptr;
  // A figure inside a quotation is the speaker's claim about what the
  // quotation names, not about the speaker outside it.
  bool quoted = InsideQuotes(t, q.begin);
  for (const EntityMention& m : info.entities) {
    if (!Eligible(m, q, t)) continue;
    if (quoted && !InsideQuotes(t, m.begin)) continue;
    if (m.end <= q.begin) {
      before_sentence = &m;
      if (m.begin >= cb) before = &m;
    } else if (m.begin >= q.end && m.end <= ce && !after &&
               (m.role == "subject" || m.role == "bare") && !Enumerated(t, m)) {
      after = &m;
    }
  }
  if (before) return MakeEntity(*before, t, lex);
  if (after) return MakeEntity(*after, t, lex);
  if (before_sentence) return MakeEntity(*before_sentence, t, lex);
  return std::nullopt;
}

// ---- keys ----

// The metric part of a claim's key (the claim has a metric), escaped.
bool TimeBasedChange(std::string_view change) {
  std::size_t colon = change.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view base = change.substr(colon + 1);
  return base == "yoy" || base == "qoq" || base == "mom" || base == "wow" || base == "dod";
}

std::string KeyMetric(const Claim& c, const std::string& action, const Lexicons& lex) {
  std::string id = KeyPart(c.metric->id);
  std::string suffix;
  // "전년보다 3.1% 감소": a change against an earlier time is a change of
  // the metric itself (its frame says so, samefact.h), as "전년 대비 3.1%
  // 감소" is; other differences ("1.5개가 더 많았다") are "_diff".
  if (action == "diff" && !TimeBasedChange(c.change)) suffix = "_diff";
  else if (action == "scale") suffix = "_scale";
  if (c.q.kind == UnitKind::kRank) return id + suffix + "_rank";
  if (c.q.kind == UnitKind::kRankChange) return id + suffix + "_rank_change";
  const MetricRow* row = c.metric ? lex.Metric(c.metric->id) : nullptr;
  // "청년층.unemployment_rate": a narrowed metric is stated as its own is.
  if (std::size_t dot = c.metric->id.rfind('.'); !row && dot != std::string::npos)
    row = lex.Metric(c.metric->id.substr(dot + 1));
  // A metric no lexicon names keys counts, amounts and indexes alike; a
  // length of time or a measurement is another fact ("지원 3억∼6억원" and
  // "지원 3년", "무게 280g" and "4개").
  static const std::vector<UnitKind> kDefault = {UnitKind::kCount, UnitKind::kCurrency, UnitKind::kIndex};
  const std::vector<UnitKind>& kinds = row ? row->kinds : kDefault;
  if (std::find(kinds.begin(), kinds.end(), c.q.kind) == kinds.end())
    suffix += std::string("_") + UnitKindName(c.q.kind);
  return id + suffix;
}


}  // namespace

namespace {

// ---- article-level context ----

// True when a sentence times a figure by the clock: "10시 20분 기준",
// "오후 2시 현재", "장중", "장 초반".
bool ClockTimed(std::string_view t) {
  // One pass over the article: every cue starts 장 (EC 9E A5), 개장 (EA B0
  // 9C EC 9E A5) or 시 (EC 8B 9C) after a digit, so only 0xEC bytes are
  // looked at closely (memchr finds them).
  // Their second bytes are compared first, in place: one 0xEC byte in four
  // or so of Korean text, and most lead neither syllable.
  const char* data = t.data();
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\xEC', data + t.size() - p)));
       ++p) {
    std::size_t i = static_cast<std::size_t>(p - data);
    if (i + 2 >= t.size() || (p[1] != '\x9E' && p[1] != '\x8B')) continue;
    if (StartsWith(t, i, "장")) {
      // 장중, 장 초반, 장초반, 장 마감, and 개장 ending here.
      for (std::string_view w : {"장중", "장 초반", "장초반", "장 마감"})
        if (StartsWith(t, i, w)) return true;
      if (i >= 3 && t.substr(i - 3, 3) == "개") return true;
      continue;
    }
    if (i == 0 || t[i - 1] < '0' || t[i - 1] > '9' || !StartsWith(t, i, "시")) continue;
    // "0시 기준" (as of midnight) dates a daily release, not a moment of trading.
    if (t[i - 1] == '0' && (i == 1 || t[i - 2] < '0' || t[i - 2] > '9')) continue;
    std::size_t j = SkipSpaces(t, i + 3);
    if (j < t.size() && t[j] >= '0' && t[j] <= '9') return true;  // 10시 20분
    if (StartsWith(t, j, "기준") || StartsWith(t, j, "현재")) return true;
  }
  return false;
}

// "국내 연구팀이", "일본 전범재단으로": a bare name right before a noun of
// its phrase qualifies that noun; the noun is what the clause is about.
bool QualifiesNoun(std::string_view t, const EntityMention& m) {
  std::size_t i = m.after;
  if (i + 3 >= t.size() || t[i] != ' ') return false;
  auto u = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
  if ((u(i + 1) & 0xF0) != 0xE0) return false;
  char32_t c = ((u(i + 1) & 0x0F) << 12) | ((u(i + 2) & 0x3F) << 6) | (u(i + 3) & 0x3F);
  return c >= 0xAC00 && c <= 0xD7A3;  // a Hangul syllable
}

// The article's subject: the only eligible entity of the title, else the
// country named as a subject most often (at least twice, twice as often as
// any other country, and a quarter of all country mentions; a bare country
// qualifying a noun is no mention); such a country is grounded when a
// headline names it too or the lead cites its national agency. Read from each sentence's entities in
// order, so that no sentence's need be kept.
class ArticleSubjectVote {
 public:
  explicit ArticleSubjectVote(const Lexicons& lex) : lex_(lex) {}

  void Add(const Sentence& s, const std::vector<EntityMention>& entities) {
    if (s.kind == SentenceKind::kChrome) return;
    if (!title_read_) {
      title_read_ = true;
      if (s.kind == SentenceKind::kHeadline) title_ = TitleSubject(s.text, entities);
    }
    if (s.kind != SentenceKind::kHeadline) ++body_;
    for (const EntityMention& m : entities) {
      // A national agency (통계청, 한국은행) speaks for its country.
      const std::string& kind = EntityKind(m, lex_);
      if (kind != "country" && kind != "agency") continue;
      ++total_;
      if (kind == "agency" && body_ <= kLeadAgencySentences && lead_agency_.empty() &&
          Reports(s.text, m))
        lead_agency_ = EntityId(m, lex_);
      if (m.role == "object" || m.role == "base" || m.role == "modifier") continue;
      // "국내 연구팀이": the country qualifies what the clause is about.
      if (kind == "country" && m.role == "bare" && QualifiesNoun(s.text, m)) continue;
      const std::string& id = EntityId(m, lex_);
      if (s.kind == SentenceKind::kHeadline) headlined_.insert(id);
      ++count_[id];
      first_.emplace(id, MakeEntity(m, s.text, lex_));
    }
  }

  // `grounded` is set false for a country only the body's vote names.
  std::optional<Entity> Result(bool* grounded) const {
    *grounded = true;
    if (title_) return title_;
    const std::pair<const std::string, int>* best = nullptr;
    int second = 0;
    for (const auto& kv : count_) {
      if (!best || kv.second > best->second) {
        if (best) second = best->second;
        best = &kv;
      } else {
        second = std::max(second, kv.second);
      }
    }
    if (best && best->second >= 2 && best->second >= 2 * second && best->second * 4 >= total_) {
      // A country no headline names and whose agency the lead does not
      // cite is where the story happens, not always whom it is about
      // ("국내" twice in a company story).
      *grounded = headlined_.count(best->first) || best->first == lead_agency_;
      return first_.at(best->first);
    }
    // "통계청이 12일 발표한 '5월 고용동향'에 따르면": a report of a
    // national agency's release, naming no other country, is about the
    // agency's country.
    if (best && count_.size() == 1 && best->first == lead_agency_) return first_.at(best->first);
    return std::nullopt;
  }

 private:
  // A title names what it is about as its subject or topic, or first:
  // "삼성전자 3분기 영업이익 10조", not "‘이오스 나이츠’ 개발사, 카카오
  // 블록체인 클레이튼 합류" (카카오 there only qualifies a platform).
  std::optional<Entity> TitleSubject(std::string_view title,
                                     const std::vector<EntityMention>& entities) const {
    std::size_t lead = title.find_first_not_of(" '\"[(");
    // "네이버·카카오 연매출": a pair is about neither alone.
    for (std::size_t k = 0; k + 1 < entities.size(); ++k)
      if (StartsWith(title, entities[k].end, "·") && entities[k + 1].begin == entities[k].end + 2)
        return std::nullopt;
    std::map<std::string, Entity> ids;
    for (const EntityMention& m : entities) {
      if (m.role == "object" || m.role == "base" || m.role == "modifier") continue;
      bool first = m.begin <= lead + 3 || (m.begin >= 3 && title.substr(m.begin - 3, 3) == "‘");
      if (m.role != "subject" && m.role != "topic" && !first) continue;
      ids.emplace(EntityId(m, lex_), MakeEntity(m, title, lex_));
    }
    if (ids.size() == 1) return ids.begin()->second;
    return std::nullopt;
  }

  // True when the agency mention reports (통계청이 발표한, 통계청에 따르면),
  // not when it is a counting standard in a note ("(2018년 공정위 기준)").
  static bool Reports(std::string_view t, const EntityMention& m) {
    std::size_t open = t.rfind('(', m.begin), close = t.rfind(')', m.begin);
    if (open != std::string_view::npos && (close == std::string_view::npos || close < open)) return false;
    return !StartsWith(t, SkipSpaces(t, m.end), "기준");
  }

  const Lexicons& lex_;
  bool title_read_ = false;  // the first sentence that is not site chrome was read
  std::optional<Entity> title_;
  std::map<std::string, int> count_;
  std::map<std::string, Entity> first_;
  std::set<std::string> headlined_;  // countries a headline or subheading names
  int total_ = 0;
  int body_ = 0;             // body sentences read (not headlines, subheadings, chrome)
  std::string lead_agency_;  // the country of an agency the lead cites
  // How many body sentences are the lead (headline and subheadings besides).
  static constexpr int kLeadAgencySentences = 3;
};

struct Context {
  const Article& article;
  const NormalizedText& norm;
  const CodePointIndex& cps;
  const Lexicons& lex;
  const WordLexicon& words;
  int published_year = 0;
  int published_month = 0;
  std::optional<Entity> article_subject;
  std::optional<int> default_year;  // from a year-titled source, once cited
  // False when only the body's country vote names it: then it is assumed
  // only for a rate per head ("인구 10만명당"), a statistic of a population.
  bool article_subject_grounded = true;
  // The headline's or lead's subject, read the first time a figure needs it.
  const std::vector<Sentence>* sentences = nullptr;
  const std::vector<std::unique_ptr<SentenceInfo>>* infos = nullptr;
  mutable std::optional<std::optional<Entity>> lead;
};

// How many sentences (headline first, site chrome skipped) LeadSubject reads.
constexpr int kLeadSentences = 2;

// The article's subject when no lexicon entity is: the topic or subject of
// the headline, else of the lead sentence, when it names something (an
// organisation, a proper noun or an entity; not a generic or measure word).
std::optional<Entity> LeadSubject(const std::vector<Sentence>& sentences,
                                  const std::vector<std::unique_ptr<SentenceInfo>>& infos,
                                  const Context& cx) {
  int looked = 0;
  for (std::size_t i = 0; i < sentences.size() && looked < kLeadSentences; ++i) {
    const Sentence& s = sentences[i];
    if (s.kind == SentenceKind::kChrome) continue;
    ++looked;
    std::string_view t = s.text;
    const SentenceInfo& info = *infos[i];  // a lead sentence's is kept (ExtractClaims)
    SentenceParse parse = info.parse.words.empty() ? ParseClauses(t, AnalyzeWords(t, {}, cx.words))
                                                   : info.parse;
    for (const NounPhrase& np : parse.phrases) {
      bool headline_topic = s.kind == SentenceKind::kHeadline && np.first == 0 &&
                            parse.words[np.last].comma_after;  // "삼성전자, ..."
      if (np.role != Role::kTopic && np.role != Role::kSubject && !headline_topic) continue;
      if (np.embedded || np.in_parens || np.measure) continue;
      const Word& head = parse.words[np.last];
      std::string_view h = t.substr(head.stem_begin, head.stem_end - head.stem_begin);
      if (h.size() < 6 || cx.words.IsGeneric(h) || cx.words.IsScope(h)) continue;
      // "박 의원은 ...불과하다고 지적했다": a person who reports speaks.
      if (cx.words.IsPerson(h) && parse.ReportsFrom(t, np.last + 1)) continue;
      bool entity = std::any_of(info.entities.begin(), info.entities.end(),
                                [&](const EntityMention& m) { return m.end == np.end; });
      // It names someone: an organisation, an entity or a proper noun (a
      // word the dictionary lacks), not a common noun phrase ("과학기술 정책").
      bool proper = false;
      for (std::size_t k = np.first; k <= np.last; ++k)
        proper = proper || !parse.words[k].known || parse.words[k].org;
      if (!(np.org || entity || proper)) continue;
      std::string text = parse.PhraseText(t, np), id;
      // Site chrome glued to the lead ("사진=현대중공업현대중공업은",
      // "자유일보>") is no one.
      if (text.find_first_of("=<>|,'\"") != std::string::npos || text.find("‘") != std::string::npos ||
          text.find("’") != std::string::npos)
        continue;
      for (char c : text)
        if (c != ' ') id += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      for (const EntityMention& m : info.entities)
        if (m.end == np.end) id = EntityId(m, cx.lex), text = std::string(t.substr(m.begin, m.end - m.begin));
      return Entity{id, text};
    }
  }
  return std::nullopt;
}

// True when quantity qi is a list item "ENTITY(VALUE)" or "ENTITY이 VALUE":
// a fallback metric of the paragraph carries into such lists only.
bool ListItem(const SentenceInfo& info, std::size_t qi) {
  return std::any_of(info.entities.begin(), info.entities.end(), [&](const EntityMention& m) {
    return m.own_quantity == static_cast<int>(qi);
  });
}

// True when an organisation acts as the subject of the sentence without a
// figure of its own ("토터스 인텔리전스가 ... 본 것"): a new statement, so
// the paragraph's metric does not carry into it.
bool NewAgent(const SentenceInfo& info, const Lexicons& lex) {
  return std::any_of(info.entities.begin(), info.entities.end(), [&](const EntityMention& m) {
    const std::string& kind = EntityKind(m, lex);
    return m.role == "subject" && m.own_quantity < 0 && (kind == "org" || kind == "agency");
  });
}

// True when the part of a year `sub` (Q3, H1, M07) has begun by month
// `month` (1-12; 0: unknown) of the same year.
bool PartBegun(std::string_view sub, int month) {
  if (month <= 0 || sub.size() < 2) return false;
  int n = 0;
  for (char c : sub.substr(1)) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  int first = sub[0] == 'Q' ? 3 * n - 2 : sub[0] == 'H' ? 6 * n - 5 : sub[0] == 'M' ? n : 13;
  return first <= month;
}

// "약 2800개(지난해 기준)", "21개 지원 분야(2012년 기준)": the period a
// parenthesis right after the figure, or after the noun it counts (two
// words at most), states it as of; nullptr when there is none.
const PeriodMention* StatedAsOf(const SentenceInfo& info, std::string_view t, const Quantity& q) {
  std::size_t open = q.end;
  for (int words = 0; open < t.size() && t[open] != '('; ++open) {
    if (t[open] == ',' || t[open] == '.' || t[open] == ')') return nullptr;
    if (t[open] == ' ' && ++words > 2) return nullptr;
  }
  if (open >= t.size()) return nullptr;
  std::size_t at = SkipSpaces(t, open + 1);
  for (const PeriodMention& p : info.periods)
    if (p.begin == at && p.resolved && StartsWith(t, SkipSpaces(t, p.end), "기준")) return &p;
  return nullptr;
}

// True when the words after byte i make what stands before them a
// comparison base: "작년보다", "지난해 같은 기간", "전년 동기 대비"; or an
// occasion that what follows comes after ("지난해에 이어 두 번째로").
bool BaseFollows(std::string_view t, std::size_t i) {
  i = SkipSpaces(t, i);
  for (std::string_view w : {"보다", "대비", "같은 기간", "같은기간", "동기", "에 비해", "에서", "에 이어"})
    if (StartsWith(t, i, w)) return true;
  return false;
}

// True when the figure ending at byte i closes a phrase of its own past:
// a comparison base ("210만 톤보다", "20만 톤 대비") or a past state
// ("450명이었던", "3.3% 수준이었던"), so that a period written before it
// dates that phrase, not the figures after it.
bool ClosesPastPhrase(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] == ')') ++i;
  std::size_t j = SkipSpaces(t, i);
  if (StartsWith(t, j, "보다") || StartsWith(t, j, "대비") || StartsWith(t, j, "에 비해")) return true;
  if (j > i) {  // "3.3% 수준이었던": one word of level between
    for (std::string_view w : {"수준", "정도", "가량"})
      if (StartsWith(t, j, w)) { j += w.size(); break; }
  }
  std::size_t end = j;
  while (end < t.size() && t[end] != ' ' && t[end] != ',' && t[end] != '.') ++end;
  std::string_view word = t.substr(j, end - j);
  for (std::string_view w : {"이었던", "였던", "이던"})
    if (word == w) return true;
  return false;
}

// True when period p opens a phrase that a figure before q closes
// (ClosesPastPhrase) and that nothing else stands in: no other period or
// figure, no topic or subject ("2018년 매출은 B사의 1조원보다" dates the
// sentence).
bool ClosedBefore(const SentenceInfo& info, std::string_view t, const std::vector<Quantity>& qs,
                  const PeriodMention& p, const Quantity& q) {
  for (const Quantity& r : qs) {
    if (r.kind == UnitKind::kTime || r.begin < p.end) continue;
    if (r.end > q.begin) return false;
    if (!ClosesPastPhrase(t, r.end)) return false;  // a figure of p's own comes first
    for (const PeriodMention& o : info.periods)
      if (o.begin >= p.end && o.end <= r.begin) return false;
    for (const Word& w : info.parse.words)
      if (w.begin >= p.end && w.end <= r.begin && w.cls == WordClass::kNoun &&
          (w.role == Role::kTopic || w.role == Role::kSubject))
        return false;
    return true;
  }
  return false;
}

// Returns the period mention nearest before the figure q, or nullptr. A
// comparison base's period ("작년보다 82% 감소") dates only the base figure
// itself ("지난해 같은 기간 1328억원보다"), not the change after it; so
// does the period of a base or past phrase closed by another figure before
// q: "지난해의 210만 톤보다 30만 톤 감소한 180만 톤", "2009년 영업개시 초기
// 450명이었던 보험설계사 수는 1만4319명으로" (ClosesPastPhrase).
const PeriodMention* NearestPeriodBefore(const SentenceInfo& info, std::string_view t,
                                         const std::vector<Quantity>& qs, const Quantity& q) {
  const PeriodMention* best = nullptr;
  bool figure_is_base = BaseFollows(t, q.end) || ClosesPastPhrase(t, q.end);
  for (const PeriodMention& p : info.periods) {
    if (p.begin >= q.begin) break;
    if (!figure_is_base && BaseFollows(t, p.end)) continue;
    if (ClosedBefore(info, t, qs, p, q)) continue;
    best = &p;
  }
  return best;
}

// The clause reading of figure qi (attribution.h).
// The sentence's input to attribution: its parse and lexicon spans, built
// once for all its figures (AttributeFigure takes the figure's index).
AttributionInput SpansOf(const Sentence& s, const SentenceInfo& info,
                         const std::vector<Quantity>& qs, const Context& cx) {
  AttributionInput in;
  in.text = s.text;
  in.parse = &info.parse;
  in.words = &cx.words;
  in.quantities = &qs;
  in.headline = s.kind == SentenceKind::kHeadline;
  for (const EntityMention& m : info.entities)
    in.entities.push_back({m.begin, m.end, EntityId(m, cx.lex), EntityKind(m, cx.lex) == "country"});
  for (const PhraseMatch& c : info.cues)
    if (cx.lex.metrics[c.row].id != "-") in.metrics.push_back({c.begin, c.end, cx.lex.metrics[c.row].id});
  for (const PeriodMention& p : info.periods) in.periods.push_back({p.begin, p.end});
  return in;
}

// True when t[b, e) starts at a word's stem and ends at a word's stem end.
bool WholeWords(const SentenceParse& p, std::size_t b, std::size_t e) {
  int wb = p.WordAt(b), we = p.WordAt(e > b ? e - 1 : b);
  return wb >= 0 && we >= 0 && p.words[wb].stem_begin == b && p.words[we].stem_end == e;
}

// A lexicon cue of sentence bytes [lo, hi) that is whole words (not 수주
// inside 홍수주의보): the nearest before the figure, else the first after.
std::optional<Entity> WholeWordCue(const SentenceInfo& info, std::size_t lo, std::size_t hi,
                                   const Quantity& q, std::string_view t, const Lexicons& lex) {
  const PhraseMatch* before = nullptr;
  const PhraseMatch* after = nullptr;
  for (const PhraseMatch& c : info.cues) {
    if (lex.metrics[c.row].id == "-" || c.begin < lo || c.end > hi) continue;
    if (c.begin >= q.begin && c.end <= q.end)  // the unit names it: "3000억 파라미터"
      return Entity{lex.metrics[c.row].id, std::string(t.substr(c.begin, c.end - c.begin))};
    if (!WholeWords(info.parse, c.begin, c.end)) continue;
    if (c.end <= q.begin) before = &c;
    else if (c.begin >= q.end && !after) after = &c;
  }
  const PhraseMatch* pick = before ? before : after;
  if (!pick) return std::nullopt;
  return Entity{lex.metrics[pick->row].id, std::string(t.substr(pick->begin, pick->end - pick->begin))};
}

// "전년 동기 대비 매출은 19.1% 늘고, 영업이익은 8.9% 줄었다": a change
// whose clause names no base has the base of the sentence's change before it.
void CarryChangeBase(std::vector<Claim>& claims, std::size_t first) {
  std::string_view base;
  for (std::size_t k = first; k < claims.size(); ++k) {
    std::string& change = claims[k].change;
    std::size_t colon = change.find(':');
    if (colon != std::string::npos) {
      base = std::string_view(change).substr(colon + 1);
      continue;
    }
    if (!base.empty() && (change == "increase" || change == "decrease" || change == "change"))
      change += ":" + std::string(base);
  }
}

// True when `before` (an earlier claim of the sentence) has a metric a
// figure of q's kind and unit can go on with.
bool CarriesMetric(const Claim* before, const Quantity& q) {
  return before && before->metric && before->q.kind == q.kind && before->q.unit_text == q.unit_text;
}

// True when a noun phrase that is not generic stands between the previous
// claim of the sentence and figure q: q then starts a statement of its own
// ("..., 투자영업이익도 2조원으로"), and does not inherit the metric.
bool PhraseBetween(const SentenceInfo& info, std::string_view t, const Claim& previous, const Quantity& q) {
  std::size_t from = previous.q.end;
  for (const NounPhrase& np : info.parse.phrases) {
    if (np.begin < from || np.end > q.begin) continue;
    // "수도권 대학에서는 시간강사가 …줄었고, 수도권을 제외한 대학에서는
    // 2만5천762명에서": a place set beside the first, not a new measure.
    const Word& last = info.parse.words[np.last];
    if (np.role == Role::kPlace || np.embedded || StartsWith(t, last.stem_end, "에서")) continue;
    if (!info.parse.AllGeneric(np)) return true;
  }
  return false;
}

// True when the sentence names an agent of its own: a topic or subject
// noun phrase (은/는, 이/가, relative clauses included) that is neither the
// figure's metric [metric_begin, metric_end) nor generic. Korean drops a
// subject only when it is the one being talked about, so the paragraph's
// topic is carried only into sentences without one ("장중 14만9000원까지
// 오르며"), never past "22개 연구소는 ..." or "피해자들이 500명에".
bool NamesOwnAgent(const SentenceInfo& info, std::string_view t, std::size_t metric_begin,
                   std::size_t metric_end, bool counted) {
  for (const NounPhrase& np : info.parse.phrases) {
    // "22개 연구소는 ...": the figure counts the topic, which is then the
    // one the sentence is about; "장비도 36%에 달한다": an item set beside
    // an earlier one speaks of itself.
    bool also = info.parse.TakesAlso(t, np);
    if (!np.in_parens && !info.parse.AllGeneric(np) && np.begin >= metric_begin && np.end <= metric_end &&
        counted && (np.role == Role::kTopic || np.role == Role::kSubject))
      return true;
    if (also && np.first == 0 && !np.in_parens && !info.parse.AllGeneric(np)) return true;
    // "이 회사의 매출은": an owner, deictic or not, says whose figure it is.
    if (np.role == Role::kPossessive && !np.in_parens && np.end <= metric_begin) return true;
    if (np.role != Role::kTopic && np.role != Role::kSubject) continue;
    if (np.in_parens || (np.begin >= metric_begin && np.end <= metric_end)) continue;
    if (!info.parse.AllGeneric(np)) return true;
  }
  return false;
}

// True when the sentence opens on a phrase with 도 ("교보생명도 2854억원으로
// ... 급증했다"): a statement set beside the one before it.
bool OpensOnAlso(const SentenceInfo& info, std::string_view t) {
  const SentenceParse& p = info.parse;
  if (p.phrases.empty() || p.phrases[0].first != 0 || p.AllGeneric(p.phrases[0])) return false;
  return p.TakesAlso(t, p.phrases[0]);
}

// True when every noun phrase of the sentence is an entity, a generic or
// time word: an elliptical sentence that names no measure of its own. With
// `skip_first`, the opening phrase is not looked at ("교보생명도 ...").
bool NamesNoMeasure(const SentenceInfo& info, const Lexicons& lex, bool skip_first = false) {
  for (const NounPhrase& np : info.parse.phrases) {
    if (np.in_parens || (skip_first && &np == &info.parse.phrases[0])) continue;
    bool generic = info.parse.AllGeneric(np);
    bool entity = std::any_of(info.entities.begin(), info.entities.end(),
                              [&](const EntityMention& m) { return m.begin < np.end && np.begin < m.end; });
    bool time = std::any_of(info.periods.begin(), info.periods.end(),
                            [&](const PeriodMention& p) { return p.begin < np.end && np.begin < p.end; });
    if (!generic && !entity && !time) return false;
  }
  return true;
}

// "장기보험 손해율(83.6%)은 ... 일반보험(71.9%)과 자동차보험(85.3%)": an
// item set beside "P W(N)", where W is a measure (손해율) and the item names
// none, measures W too (자동차보험 손해율). `metric` is the item's phrase.
void ElideMeasure(const Claim& previous, const Quantity& q, const WordLexicon& words, Entity& metric) {
  if (!previous.metric || previous.q.kind != q.kind) return;
  const std::string& before = previous.metric->text;
  std::size_t sp = before.rfind(' ');
  if (sp == std::string::npos || sp == 0) return;
  std::string_view head = std::string_view(before).substr(sp + 1);
  std::string_view own = metric.text;
  std::size_t own_sp = own.rfind(' ');
  std::string_view own_last = own_sp == std::string_view::npos ? own : own.substr(own_sp + 1);
  if (!words.MeasureCompound(head) || words.MeasureCompound(own_last) || own.find(head) != std::string_view::npos ||
      before.substr(0, sp) == own)
    return;
  metric.text += ' ';
  metric.text += head;
  metric.id += head;
}

// True for a rate per head ("인구 10만명당", "1인당", "가구당"): a statistic
// of a population (rules/numbers/basis.tsv).
bool PerHead(const Quantity& q) {
  if (!q.basis_per) return false;
  std::string_view b = q.basis_text;
  return b.find("명당") != std::string_view::npos || b.find("인당") != std::string_view::npos ||
         b.find("가구당") != std::string_view::npos;
}

// True when the sentence names someone other than `who`: a lexicon entity
// of another id, an organisation, or a proper noun (a word the dictionary
// lacks: 마린시티, 호남고속철도). A figure of such a sentence may be theirs,
// so the article's subject is not assumed for it.
bool NamesOther(const SentenceInfo& info, std::string_view t, const Entity& who, const Lexicons& lex,
                const Quantity& q) {
  // A headline's statement after an ellipsis names its own ("제조업 취업자
  // 15개월째 감소…보건·복지는 12만6천명 늘어"): only the figure's own
  // statement counts there.
  const SentenceParse& p = info.parse;
  int fw = p.words.empty() ? -1 : p.WordAt(q.begin);
  auto elsewhere = [&](std::size_t at) {
    if (fw < 0) return false;
    int w = p.WordAt(at);
    if (w < 0 || w == fw) return false;
    int lo = std::min(w, fw), hi = std::max(w, fw);
    for (int k = lo; k < hi; ++k)
      if (t.substr(p.words[k].begin, p.words[k].end - p.words[k].begin).ends_with("…")) return true;
    return false;
  };
  for (const EntityMention& m : info.entities)
    if (EntityId(m, lex) != who.id && EntityKind(m, lex) != "none" &&
        (m.role == "subject" || m.role == "possessive") && m.own_quantity < 0 && !m.embedded && !elsewhere(m.begin))
      return true;
  // A name that acts: the topic, subject or owner of a clause.
  for (const NounPhrase& np : p.phrases) {
    if (np.role != Role::kTopic && np.role != Role::kSubject && np.role != Role::kPossessive) continue;
    if (elsewhere(np.begin)) continue;
    if (np.embedded || np.in_parens) continue;
    const Word& w = p.words[np.last];
    std::size_t n = w.stem_end - w.stem_begin;
    bool latin = n > 0 && static_cast<unsigned char>(t[w.stem_begin]) < 0x80;
    if (np.org && n >= 9) return true;  // 금융감독원, not 광부
    if (!w.known && !w.generic && n >= (latin ? 2u : 6u)) return true;
  }
  return false;
}

Attribution Attribute(const Sentence& s, const SentenceInfo& info,
                      const std::vector<Quantity>& qs, std::size_t qi, const std::string& action,
                      const ParagraphState& st, const Claim* same_sentence, const Claim* same_kind,
                      AttributionInput& spans, const Context& cx) {
  std::string_view t = s.text;
  const Quantity& q = qs[qi];
  const Lexicons& lex = cx.lex;
  Attribution a;
  spans.figure = qi;
  FigureFrame fr = AttributeFigure(spans);
  // Metric: the clause's reading (attribution.h) first, then for a list
  // item a whole-word cue of the sentence, then the sentence's or the
  // paragraph's metric where a statement goes on.
  if (fr.metric) {
    a.metric = fr.metric->entity;
    a.lexicon_metric = fr.metric->lexicon;
    if (!a.lexicon_metric && same_kind) ElideMeasure(*same_kind, q, cx.words, *a.metric);
  } else if (ListItem(info, qi) && (a.metric = WholeWordCue(info, 0, t.size(), q, t, lex))) {
    a.lexicon_metric = true;  // "룩셈부르크(3.67)와 ..., 인도(-0.76)": the sentence's statistic
  } else if (const Claim* before = CarriesMetric(same_sentence, q) ? same_sentence : same_kind;
             CarriesMetric(before, q) && !PhraseBetween(info, t, *before, q)) {
    // "주가는 250원 내려 4만 5250원에 장을 마쳤다": the sentence goes on;
    // "수도권 대학에서는 시간강사가 …36%가량 줄었고, 수도권을 제외한
    // 대학에서는 2만5천762명에서": past figures of another kind.
    a.metric = before->metric;
    a.metric_carried = true;
    a.lexicon_metric = lex.Metric(before->metric->id) != nullptr;
  } else if (st.metric && !NewAgent(info, lex) &&
             (ListItem(info, qi) || (st.lexicon_metric && NamesNoMeasure(info, lex)) ||
              (OpensOnAlso(info, t) && NamesNoMeasure(info, lex, true)))) {
    // A list item, or a sentence that names no measure of its own ("미국은
    // 0.40이었다."), continues the paragraph's statistic; others do not.
    a.metric = st.metric;
    a.metric_carried = true;
    a.lexicon_metric = st.lexicon_metric;
  }
  bool continues = a.metric_carried || (a.metric && st.metric && st.metric->id == a.metric->id);
  // Subject. The size of a set ("X, Y 등 4명", "108개 중") is about the
  // clause's topic or subject when it has one, never about an item listed.
  if (action == "total") {
    std::string_view rule = fr.subject ? fr.subject->rule : "";
    // "부채비율이 감소한 업종은 … 등 10개": a common noun there is what is counted.
    if ((rule == "topic" || rule == "sentence_topic" || rule == "subject") && fr.subject->named)
      a.subject = fr.subject->entity;
  } else {
    a.subject = TiedSubject(t, info, qs, qi, lex);
    if (!a.subject && fr.subject) a.subject = fr.subject->entity;
    if (!a.subject) a.subject = NearestEntity(t, info, q, lex);
    // The paragraph's topic, or the subject of a statement that goes on,
    // into a sentence that names no agent of its own.
    bool counted = fr.metric && std::string_view(fr.metric->rule) == "counted";
    bool own = NamesOwnAgent(info, t, fr.metric ? fr.metric->begin : kNone, fr.metric ? fr.metric->end : 0,
                             counted);
    // "이는 지난해 1분기 영업이익 42조6700억원 ...": a sentence about the one
    // before it ("이는", "이것은") is about what that one was about, or
    // about no one we know; never the paragraph's or the article's subject.
    bool deictic = cx.words.OpensOnPointer(t);
    own = own || deictic;
    if (!a.subject && !own && continues && st.topic) a.subject = st.topic;
    if (!a.subject && !own && continues && st.subject) a.subject = st.subject;
    if (!a.subject && !own && st.topic) a.subject = st.topic;
    if (!a.subject && !own && a.lexicon_metric && st.named_topic) a.subject = st.named_topic;
    // Zero anaphora: a known statistic without a subject is about the
    // article's subject; an unknown one stays unknown.
    if (!a.subject && deictic) a.subject = st.subject;
    bool assumed = cx.article_subject && (cx.article_subject_grounded || PerHead(q));
    if (!a.subject && a.metric && !deictic && assumed && !NamesOther(info, t, *cx.article_subject, lex, q))
      a.subject = cx.article_subject, a.subject_inferred = a.subject.has_value();
    if (!a.subject && a.metric && !assumed && !deictic) {
      if (!cx.lead) cx.lead = LeadSubject(*cx.sentences, *cx.infos, cx);
      a.subject = *cx.lead;
      a.subject_inferred = a.subject.has_value();
    }
  }
  // Period.
  const PeriodMention* pm = StatedAsOf(info, t, q);
  if (!pm) pm = NearestPeriodBefore(info, t, qs, q);
  if (pm) {
    a.period_end = pm->end;
    a.period_key = MentionKey(*pm, cx.article.id);
    if (!pm->resolved) return a;  // "올해" without a publication date
    if (pm->period.start > 0) a.period = pm->period;
    // "1984년 이래 35년", "지난 2010년 11월부터 운행하며": a span from that
    // year to publication (a start with no end named).
    std::size_t after = SkipSpaces(t, pm->end);
    bool since = StartsWith(t, after, "이래") ||
                 (StartsWith(t, after, "부터") && t.find("까지", after) == std::string_view::npos);
    if (a.period && a.period->start == a.period->end && cx.published_year > a.period->end && since) {
      a.period->end = cx.published_year;
      a.period_key = PeriodKey(a.period);
    }
    // "2021년까지 연 1%로 유지": from publication until a later year.
    if (a.period && a.period->start == a.period->end && cx.published_year > 0 &&
        a.period->end > cx.published_year && StartsWith(t, after, "까지") &&
        t.rfind("부터", pm->begin) == std::string_view::npos) {
      a.period->start = cx.published_year;
      a.period_key = PeriodKey(a.period);
    }
    if (!pm->sub.empty()) {
      // "3분기", "3월 29일": the year is the paragraph's, else publication's.
      if (!a.period && st.period) a.period = Period{st.period->start, st.period->end, pm->period.text};
      if (!a.period && cx.published_year > 0) {
        a.period = Period{cx.published_year, cx.published_year, pm->period.text};
        // "3분기 매출" published in October: the part of this year that has
        // begun is the one meant, and the key says so; a part still to
        // come ("11월" in February) may be last year's and stays unknown.
        if (PartBegun(pm->sub, cx.published_month)) a.period_key = PeriodKey(a.period) + "." + pm->sub;
      }
      return a;
    }
  }
  // "같은 기간 영업이익은 46.6% 늘어난": a sentence opening on the period
  // just named is about it.
  bool same_period = std::any_of(lex.same_period_words.begin(), lex.same_period_words.end(),
                                 [&](const std::string& w) { return StartsWith(t, SkipSpaces(t, 0), w); });
  if (!a.period && (continues || same_period) && (st.period || !st.period_key.empty())) {
    a.period = st.period;
    a.period_key = st.period_key;
  }
  // A year-titled source ('AI 인덱스 2024') dates the figures of its own
  // sentence, and the known statistics of the rest of the article.
  int year = info.source_year.value_or(a.lexicon_metric ? cx.default_year.value_or(0) : 0);
  if (!a.period && year > 0) a.period = Period{year, year, info.source_year ? info.source : ""};
  return a;
}

// True when "전" (ago) follows byte i as a word of its own or with a
// particle: "전에", "전의", "전보다", "전까지"; not 전년, 전망, 전체.
bool Ago(std::string_view t, std::size_t i) {
  i = SkipSpaces(t, i);
  if (!StartsWith(t, i, "전")) return false;
  std::size_t j = i + std::string_view("전").size();
  if (j >= t.size() || !IsWordCharAt(t, j)) return true;
  for (std::string_view p : {"에", "의", "보다", "까지", "부터", "만", "이다", "이었", "쯤"})
    if (StartsWith(t, j, p)) return true;
  return false;
}

// "지난해 1분기 15조6400억원보다", "지난해 1분기(15조600억원) 대비": a
// comparison base written right after its own period is that period's
// level; "전년 동기 1조원보다" (a base word between) stays the base.
bool DatedBase(std::string_view t, std::size_t period_end, const Quantity& q) {
  if (period_end > q.begin) return false;
  for (std::size_t i = period_end; i < q.begin; ++i)
    if (t[i] != ' ' && t[i] != '(') return false;
  std::size_t next = q.end;
  while (next < t.size() && (t[next] == ')' || t[next] == ' ')) ++next;
  return StartsWith(t, next, "보다") || StartsWith(t, next, "대비");
}

Claim MakeClaim(const Sentence& s, const Quantity& q, const Context& cx) {
  Claim c;
  c.article = cx.article.id;
  std::size_t nb = s.norm_begin + q.begin, ne = s.norm_begin + q.end;
  c.start = cx.norm.OrigBegin(nb);
  c.end = cx.norm.OrigEnd(ne);
  if (c.end < c.start) c.end = c.start;
  c.char_start = cx.cps.CodePoints(c.start);
  c.char_end = cx.cps.CodePoints(c.end);
  c.quote = cx.article.text.substr(c.start, c.end - c.start);
  c.id = cx.article.id + "#" + std::to_string(c.start);
  c.q = q;
  c.sentence = s.text;
  c.headline = s.kind == SentenceKind::kHeadline;
  c.published = cx.article.meta.published;
  c.outlet = cx.article.meta.outlet;
  return c;
}

void UpdateState(const SentenceInfo& info, const std::string_view t, const Claim* last,
                 const std::string& last_period_key, const std::string& article_id,
                 const Lexicons& lex, const WordLexicon& words, ParagraphState& st) {
  if (last) {
    st.metric = last->metric;
    st.subject = last->subject;
    st.period = last->period;
    st.period_key = last_period_key;
    st.lexicon_metric = last->metric && lex.Metric(last->metric->id) != nullptr;
  } else if (!info.cues.empty() && lex.metrics[info.cues.back().row].id != "-") {
    const PhraseMatch& c = info.cues.back();
    st.lexicon_metric = true;
    st.metric = Entity{lex.metrics[c.row].id, std::string(t.substr(c.begin, c.end - c.begin))};
    st.period.reset();
    st.period_key.clear();
    if (!info.periods.empty() && info.periods.back().resolved) {
      const PeriodMention& m = info.periods.back();
      if (m.period.start > 0) st.period = m.period;
      st.period_key = MentionKey(m, article_id);
    }
  }
  bool named = false;
  for (const EntityMention& m : info.entities) {
    // "성균관대·홍익대는": a pair is about neither alone.
    bool paired = StartsWith(t, m.end, "·") || (m.begin >= 2 && t.substr(m.begin - 2, 2) == "·");
    if (m.role == "subject" && m.own_quantity < 0 && EntityKind(m, lex) != "none" && !paired)
      st.topic = MakeEntity(m, t, lex), named = true;
  }
  // A name no lexicon holds that the sentence opens on as its topic
  // ("E1는 코스피 상장 기업으로 유통업 업종에 속해 있다.") is the topic of
  // the sentences after it too ("시가총액은 4,239억원으로 …").
  if (named) st.named_topic.reset();
  if (!named && !info.parse.words.empty())
    if (std::optional<Entity> e = OpeningTopic(t, info.parse, words)) st.named_topic = e;
}

// A claim without a basis takes the basis of the last claim before it with
// the same metric and unit kind ("인구 10만명당 ... 10.26", then "미국(4.23)").
void CarryBasis(std::vector<Claim>& claims) {
  std::map<std::string, const Claim*> last;
  for (Claim& c : claims) {
    std::string k = (c.metric ? c.metric->id : "-") + "|" + UnitKindName(c.q.kind);
    if (!c.metric || c.q.kind == UnitKind::kRank || c.q.kind == UnitKind::kRankChange) continue;
    if (c.q.basis_per) { last[k] = &c; continue; }
    auto it = last.find(k);
    if (it != last.end()) {
      c.q.basis_per = it->second->q.basis_per;
      c.q.basis_text = it->second->q.basis_text;
    }
  }
}

}  // namespace

Result<ExtractRules> ExtractRules::Load(const std::string& rules_dir) {
  // The word dictionary (about 100,000 lines) loads on a thread of its own
  // while the lexicons do; errors are still reported in that order.
  auto words_job = std::async(std::launch::async,
                              [&rules_dir] { return WordLexicon::Load(rules_dir + "/words.tsv"); });
  auto lex = LoadLexicons(rules_dir);
  auto words = words_job.get();
  if (!lex.ok()) return lex.status();
  if (!words.ok()) return words.status();
  auto same_fact = SameFactRules::Load(rules_dir + "/samefact.tsv");
  if (!same_fact.ok()) return same_fact.status();
  ExtractRules r;
  r.lex_ = *lex;
  r.words_ = *words;
  r.same_fact_ = *same_fact;
  return r;
}

std::vector<Claim> ExtractClaims(const Article& article, const NormalizedText& norm,
                                 const CodePointIndex& cps,
                                 const std::vector<Sentence>& sentences,
                                 const std::vector<std::vector<Quantity>>& quantities,
                                 const ExtractRules& rules, std::size_t low_memory_bytes,
                                 const QuantityFinder& find) {
  const Lexicons& lex = rules.lexicons();
  Context cx{article, norm, cps, lex, rules.words(), PublishedYear(article.meta.published),
             PublishedMonth(article.meta.published), std::nullopt, std::nullopt};
  static const std::vector<Quantity> kNoQuantities;
  // Pass 1 reads what the article-level decisions need from every
  // sentence (entities, periods, sources); the words and clauses of a
  // sentence are parsed in pass 2, when its figures are attributed, and
  // freed after it: memory holds one sentence's parse, not the article's.
  // The lead sentences (LeadSubject) keep theirs, parsed here.
  std::vector<std::unique_ptr<SentenceInfo>> infos(sentences.size());  // null: not kept
  std::vector<char> lead(sentences.size(), 0);
  const bool low_memory = article.text.size() > low_memory_bytes;
  std::size_t most = 0;  // claims at most: reserved, so the vector never grows
  std::vector<Quantity> found_now;  // with `find`: the quantities of one sentence
  auto quantities_of = [&](std::size_t i) -> const std::vector<Quantity>& {
    if (!find) return i < quantities.size() ? quantities[i] : kNoQuantities;
    found_now = find(sentences[i].text);
    return found_now;
  };
  ArticleSubjectVote vote(lex);
  std::vector<int> lead_years;  // of the title
  bool titled = false;
  for (std::size_t i = 0, looked = 0; i < sentences.size(); ++i) {
    if (sentences[i].kind == SentenceKind::kChrome) continue;
    const std::vector<Quantity>& qs = quantities_of(i);
    auto info = std::make_unique<SentenceInfo>(
        Analyze(sentences[i], qs, cx.published_year, cx.published_month, lex, rules.words()));
    most += MayBecomeClaims(sentences[i], qs, *info);
    vote.Add(sentences[i], info->entities);
    // The title says what year the report is about ("작년 삼성화재
    // 당기순이익 …"); a lead sentence or photo caption dates events too
    // often ("작년 3월 열렸던 엑스포 모습") to say so.
    if (!titled && sentences[i].kind == SentenceKind::kHeadline)
      AddLeadYears(sentences[i].text, info->periods, &lead_years);
    titled = true;
    if (looked++ < kLeadSentences) {
      lead[i] = 1;
      ParseSentence(sentences[i], qs, rules.words(), *info);
    }
    if (lead[i] || !low_memory) infos[i] = std::move(info);  // else analysed again in pass 2
  }
  cx.article_subject = vote.Result(&cx.article_subject_grounded);
  cx.sentences = &sentences, cx.infos = &infos;

  // Reserved once: a growing vector holds its old and new arrays at once,
  // twice the claims of a huge article.
  std::vector<Claim> claims;
  claims.reserve(most);
  std::vector<std::string> actions;      // per claim: filter action
  std::vector<std::string> period_keys;  // per claim: MentionKey, or ""
  ParagraphState st;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (s.kind == SentenceKind::kChrome || (!find && i >= quantities.size())) continue;
    const std::vector<Quantity>& qs = quantities_of(i);
    if (!infos[i])
      infos[i] = std::make_unique<SentenceInfo>(
          Analyze(s, qs, cx.published_year, cx.published_month, lex, rules.words()));
    SentenceInfo& info = *infos[i];
    ParseSentence(s, qs, rules.words(), info);
    if (s.paragraph != st.paragraph) st = ParagraphState{s.paragraph, {}, {}, {}, {}, {}};
    if (info.source_year && !cx.default_year) cx.default_year = info.source_year;
    std::string_view t = s.text;
    const Claim* last = nullptr;
    AttributionInput spans = qs.empty() ? AttributionInput{} : SpansOf(s, info, qs, cx);
    const Quantity* prev_q = nullptr;
    std::size_t prev_claim = kNone;
    const std::size_t first_of_sentence = claims.size();
    for (std::size_t j = 0; j < qs.size(); ++j) {
      const Quantity& q = qs[j];
      if (q.kind == UnitKind::kTime || q.kind == UnitKind::kNone || q.end > t.size()) continue;
      std::string action = info.actions[j];
      if (action == "drop") continue;
      Claim c = MakeClaim(s, q, cx);
      std::string period_key;
      std::size_t period_end = kNone;
      if (prev_q && prev_claim != kNone && lex.IsConversion(t, *prev_q, q)) {
        const Claim& p = claims[prev_claim];
        c.derived_from = p.id;
        c.subject = p.subject;
        c.subject_inferred = p.subject_inferred;
        c.metric = p.metric;
        c.period = p.period;
        action = actions[prev_claim];
        period_key = period_keys[prev_claim];
      } else {
        const Claim* same_kind = nullptr;  // the sentence's last figure of q's kind with a metric
        for (std::size_t k = claims.size(); k > first_of_sentence && !same_kind; --k)
          if (claims[k - 1].q.kind == q.kind && claims[k - 1].metric) same_kind = &claims[k - 1];
        Attribution a = Attribute(s, info, qs, j, action, st, last, same_kind, spans, cx);
        c.subject = a.subject;
        c.subject_inferred = a.subject_inferred;
        c.metric = a.metric;
        c.period = a.period;
        period_key = a.period_key;
        period_end = a.period_end;
      }
      // "1억3300만 년 전에", "10년 전보다": a time before now is no period.
      if (q.kind == UnitKind::kDuration && Ago(t, q.end)) {
        c.period.reset();
        period_key = "-";
      }
      c.quoted = InsideQuotes(t, q.begin);
      c.question = FollowedByQuestion(t, q.end);
      if (lex.NegatesOne(t, q)) {
        c.negated = true;
        c.q.value = 0;
      }
      // "보험영업이익은 6161억원 적자를": a deficit of a profit is its
      // negative figure, as "-6천161억원" writes it.
      if (c.metric && c.q.value > 0 && cx.words.CanBeNegative(c.metric->text) &&
          cx.words.StatesDeficit(t, q.end)) {
        c.q.value = -c.q.value;
        if (c.q.value_max) c.q.value_max = -*c.q.value_max, std::swap(c.q.value, *c.q.value_max);
      }
      c.source = info.source;
      rules.same_fact().DetectFrame(c);
      if (period_end != kNone && DatedBase(t, period_end, q)) {
        if (c.change == "from") c.change.clear();
        // "컨센서스는 7조5000억원으로 지난해 1분기(15조600억원) 대비": a
        // base of a past period is that period's result, whatever the
        // sentence forecasts.
        if (c.period && c.period->end < cx.published_year) c.status.clear();
      }
      claims.push_back(std::move(c));
      actions.push_back(action);
      period_keys.push_back(period_key);
      prev_q = &q;
      prev_claim = claims.size() - 1;
      last = &claims.back();
    }
    SplitSpanEnds(claims, period_keys, first_of_sentence);
    SpanChanges(claims, period_keys, first_of_sentence);
    CarryChangeBase(claims, first_of_sentence);
    ShareListedDirections(claims, first_of_sentence);
    MarkChangesBeside(claims, first_of_sentence);
    WindowSpans(qs, claims, period_keys, first_of_sentence);
    YearsAfter(qs, claims, period_keys, first_of_sentence, cx.published_year);
    UpdateState(info, t, last, last ? period_keys.back() : "", article.id, lex, rules.words(), st);
    if (!lead[i]) infos[i].reset();  // no later sentence reads it
  }
  AdoptBodyKeys(claims, lex);
  CarryBasis(claims);
  YearsSinceStart(claims, period_keys, cx.published_year);
  // One look over the article text, and only when it has claims.
  bool intraday = !claims.empty() && ClockTimed(article.text);
  // A figure of a past year ("지난해 1분기(15조600억원)") is no moment of
  // the day, clock times or not.
  for (Claim& c : claims) c.intraday = intraday && !(c.period && c.period->end < cx.published_year);
  // News reports the present, or the year its lead names: a figure no time
  // word dates (and no body figure it restates) holds for that year. Its
  // key keeps the period unknown ("-"), so the conflict check treats it as
  // inferred.
  std::vector<char> inferred =
      DateUndated(claims, period_keys, cx.published_year, ReportYear(lead_years, cx.published_year));
  SpansFromNow(claims, inferred);
  for (std::size_t k = 0; k < claims.size(); ++k) {
    Claim& c = claims[k];
    // A headline may have taken its period from the body since.
    const std::string& pk = period_keys[k];
    // No subject or no metric: the claim states no fact it can be compared
    // on, and its key is null (CONTRACT v2). An unresolved relative period
    // ("올해" without a date) is an unknown period.
    if (!c.subject || !c.metric || c.subject->id.empty() || c.metric->id.empty()) continue;
    c.key = KeyPart(c.subject->id) + "/" + KeyMetric(c, actions[k], lex) + "/" +
            (inferred[k] ? "-" : pk.empty() || pk == "-" || pk[0] == '?' ? PeriodKey(c.period) : pk);
  }
  return claims;
}

}  // namespace suchi
