// Attribution (see attribution.h): candidate noun phrases of the figure's
// clause, tried in a fixed order for the metric, then for the subject.
#include "attribution.h"

#include <algorithm>

#include "punctuation.h"

namespace suchi {
namespace {

struct Ctx {
  const AttributionInput& in;
  const SentenceParse& p;
  const Quantity& q;
  int word = -1;  // the figure's word
  // The word the figure starts in: `word` but for a value spaced over
  // words ("2억 8000만원"); what stands right before it is read from here.
  int first = -1;
};

bool Overlaps(std::size_t b, std::size_t e, std::size_t b2, std::size_t e2) {
  return b < e2 && b2 < e;
}

// The lexicon span that is the phrase's head: it ends where the last word's
// stem ends and starts at a word start of the phrase.
const LexiconSpan* HeadSpan(const Ctx& cx, const NounPhrase& np,
                            const std::vector<LexiconSpan>& spans, bool from_before = false) {
  const LexiconSpan* best = nullptr;
  // "민간 투자 규모": a cue before a generic head word heads the phrase; a
  // measuring head measures any cue before it ("파운데이션 모델 개발 사례").
  std::size_t alt = np.end;
  bool measures = false;
  if (np.last > np.first) {
    const Word& head = cx.p.words[np.last];
    if (head.generic || cx.in.words->IsGeneric(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin)))
      alt = cx.p.words[np.last - 1].stem_end;
    measures = head.measure_head;
  }
  auto ends_here = [&](std::size_t end) {
    if (end == np.end || end == alt) return true;
    for (std::size_t k = np.first; measures && k < np.last; ++k)
      if (cx.p.words[k].stem_end == end) return true;
    return false;
  };
  for (const LexiconSpan& s : spans) {
    if (!ends_here(s.end)) continue;
    // The cue starts at a word of the phrase, or covers the words before it
    // ("주목할 만한 머신러닝 모델").
    bool word_start = false;
    std::size_t from = from_before && s.begin < np.begin ? 0 : np.first;
    for (std::size_t k = from; k <= np.last; ++k)
      if (cx.p.words[k].stem_begin == s.begin || cx.p.words[k].begin == s.begin) word_start = true;
    if (word_start && (!best || s.begin < best->begin)) best = &s;
  }
  return best;
}

bool IsEntity(const Ctx& cx, const NounPhrase& np) {
  for (const LexiconSpan& s : cx.in.entities)
    if (Overlaps(s.begin, s.end, np.begin, np.end) && s.end == np.end) return true;
  return false;
}

bool IsTime(const Ctx& cx, const NounPhrase& np) {
  for (const auto& [b, e] : cx.in.periods)
    if (Overlaps(b, e, np.begin, np.end)) return true;
  return false;
}


// True when the phrase cannot name anything alone: a generic or time word,
// a number, a one-syllable stem.
bool Generic(const Ctx& cx, const NounPhrase& np) {
  if (IsTime(cx, np)) return true;
  // "특허 수", "사망자 수": a bound head after a noun is fine; only a
  // phrase of generic or one-syllable words names nothing.
  for (std::size_t k = np.first; k <= np.last; ++k) {
    const Word& w = cx.p.words[k];
    if (w.cls == WordClass::kNumber) return true;
    std::string_view h = cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
    bool latin = !h.empty() && static_cast<unsigned char>(h[0]) < 0x80;
    bool generic = cx.in.words->IsGeneric(h) || w.generic;
    // A generic head of two syllables or more ("업계 관계자", "올해 수준")
    // makes the phrase generic; a one-syllable one ("특허 수") does not,
    // nor one that measures the noun before it ("투자 규모").
    if (k == np.last && generic && h.size() >= 6 && !w.measure_head) return true;
    if (h.size() >= (latin ? 2u : 6u) && !generic) return false;
  }
  return true;
}

const NounPhrase* PhraseEndingAt(const Ctx& cx, int word);

// "카카오뱅크 등 일부 국내 기업은", "H100과 같은 부품은": the example named
// before a class noun, which is what the figure is about; else nullptr.
std::optional<NounPhrase> Exemplar(const Ctx& cx, const NounPhrase& np) {
  auto stem_of = [&](std::size_t i) {
    const Word& w = cx.p.words[i];
    return cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
  };
  int k = static_cast<int>(np.first) - 1;
  auto example = [&](std::size_t i) {
    return cx.in.words->MarkerOf(stem_of(i)) == WordLexicon::Marker::kExample;
  };
  // Past quantifiers: "카카오뱅크 등 일부 국내 기업".
  while (k >= 1 && cx.p.words[k].generic && cx.p.words[k].role == Role::kNone && !example(k)) --k;
  if (k < 0) return std::nullopt;
  const Word& w = cx.p.words[k];
  // "X 등": 등 may close X's own phrase as a bound word.
  if (const NounPhrase* x = PhraseEndingAt(cx, k);
      x && x->last > x->first && example(x->last) && w.end == w.stem_end && x->role == Role::kNone) {
    NounPhrase e = *x;
    e.last -= 1;
    e.end = cx.p.words[e.last].stem_end;
    return e;
  }
  const NounPhrase* x = k >= 1 ? PhraseEndingAt(cx, k - 1) : nullptr;
  if (!x || x->embedded || x->in_parens) return std::nullopt;
  if (!example(k)) return std::nullopt;
  // A noun marker follows a bare noun ("X 등"); an adnominal one its X과.
  if (w.cls == WordClass::kNoun && w.end == w.stem_end && x->role == Role::kNone) return *x;
  if (w.cls == WordClass::kPredicate && x->role == Role::kWith) return *x;
  return std::nullopt;
}

bool IsEntity(const Ctx& cx, const NounPhrase& np);

// True for an example that names someone: a lexicon entity or an
// organisation ("카카오뱅크 등", "H100과 같은"); "겸임교수, 방문교수 등 기타
// 교원" lists kinds of what is counted instead.
bool Named(const Ctx& cx, const NounPhrase& x) {
  return !x.embedded && !x.in_parens && !Generic(cx, x) && (IsEntity(cx, x) || x.org);
}

// The noun written right before the parenthesis that word `close` ends
// ("낸드플래시" of "낸드플래시(128Gb MLC)"), when it is no entity, of two
// syllables or more and not all Latin; else "".
std::string GlossedNoun(const Ctx& cx, int close) {
  for (int k = close; k >= 0 && k + 3 >= close; --k) {
    const Word& w = cx.p.words[k];
    std::string_view wt = cx.in.text.substr(w.begin, w.end - w.begin);
    std::size_t open = wt.find('(');
    if (open == std::string_view::npos) continue;
    std::string_view m = wt.substr(0, open);
    std::size_t b = w.begin;
    const Word* noun = &w;
    if (open == 0) {  // the parenthesis opens a word glued to the noun's
      if (k == 0 || cx.p.words[k - 1].end != w.begin) return "";
      noun = &cx.p.words[k - 1];
      b = noun->stem_begin;
      m = cx.in.text.substr(b, noun->stem_end - b);
    }
    bool entity = std::any_of(cx.in.entities.begin(), cx.in.entities.end(), [&](const LexiconSpan& s) {
      return Overlaps(s.begin, s.end, b, b + m.size());
    });
    bool ascii = std::all_of(m.begin(), m.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return m.size() >= 6 && !ascii && !entity && noun->cls == WordClass::kNoun ? std::string(m) : "";
  }
  return "";
}

// The phrase as a metric: the cue's id when its head is a cue (narrowed by
// the dictionary nouns before it), else the phrase's words joined.
std::optional<Attributed> AsMetric(const Ctx& cx, const NounPhrase& np, const char* rule,
                                   bool counted = false) {
  // An organisation is no metric, except as what a count counts ("22개
  // 연구소"); a copula phrase ("두배다") states, it is not counted.
  // "카카오뱅크 등 국내 기업은": a class with its example names who, not what.
  // "폭은 3m", "키는 170㎝": a measure noun alone right before its figure
  // names the dimension measured, short as it is.
  // One syllable only as a topic ("폭은 3m"; "연 200만t" is yearly).
  const Word& head = cx.p.words[np.last];
  // "20명 부상 등의 피해": what the figure measures is the example, not 등.
  if (np.last > np.first &&
      cx.in.words->MarkerOf(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin)) ==
          WordLexicon::Marker::kExample) {
    NounPhrase x = np;
    x.last -= 1;
    x.end = cx.p.words[x.last].stem_end;
    x.role = Role::kNone;
    return AsMetric(cx, x, rule, counted);
  }
  bool bare_measure = np.first == np.last && np.known_head && !head.generic &&
                      !cx.in.words->IsGeneric(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin)) &&
                      (np.role == Role::kTopic || (np.role == Role::kNone && np.end - np.begin >= 6)) &&
                      static_cast<int>(np.last) + 1 == cx.word && cx.q.kind == UnitKind::kMeasure;
  if ((Generic(cx, np) && !bare_measure) || IsEntity(cx, np) || (np.org && !counted) ||
      (counted && np.role == Role::kCopula) || ([&] {
        std::optional<NounPhrase> x = Exemplar(cx, np);
        return x && Named(cx, *x);
      })())
    return std::nullopt;
  const LexiconSpan* head_cue = HeadSpan(cx, np, cx.in.metrics);
  Attributed a;
  a.rule = rule;
  a.begin = np.begin, a.end = np.end;
  a.entity.text = cx.p.PhraseText(cx.in.text, np);
  if (const LexiconSpan* cue = head_cue) {
    a.lexicon = true;
    a.entity.id = std::string(cue->id);
    // Dictionary nouns before the cue narrow it: "톡 비즈니스 매출" is
    // 톡비즈니스.revenue, not the company's revenue.
    std::string narrow;
    // "AI 기반 기술 '파운데이션 모델'": a quoted cue is an apposition, which
    // the words before it describe, not narrow.
    int cue_word = cx.p.WordAt(cue->begin);
    bool quoted = cue_word >= 0 && cx.p.words[cue_word].stem_begin > cx.p.words[cue_word].begin;
    for (std::size_t k = np.first; k <= np.last && !quoted; ++k) {
      const Word& w = cx.p.words[k];
      if (w.stem_begin >= cue->begin) break;
      std::string_view m = cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
      bool entity = std::any_of(cx.in.entities.begin(), cx.in.entities.end(), [&](const LexiconSpan& s) {
        return Overlaps(s.begin, s.end, w.stem_begin, w.stem_end);
      });
      bool ascii = std::all_of(m.begin(), m.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      // "전면도입시 생산성": a clause of time (N시, when N) narrows nothing.
      bool when = m.size() > 3 && m.substr(m.size() - 3) == "시";
      // Modifiers narrow too ("국내 매출", "부문 매출"); other generic words not.
      if (!w.generic && !entity && !ascii && !when) narrow += m;
    }
    // "IT플랫폼 부문 3분기 매출": past a period and a generic word, the bare
    // noun before the phrase narrows it too.
    std::string passed;  // a modifier passed on the way ("이 부문 매출": 부문)
    if (narrow.empty() && !quoted)
      for (int k = static_cast<int>(np.first) - 1; k >= 0; --k) {
        const Word& w = cx.p.words[k];
        bool time = std::any_of(cx.in.periods.begin(), cx.in.periods.end(), [&](const auto& p) {
          return Overlaps(p.first, p.second, w.stem_begin, w.stem_end);
        });
        // Periods and modifiers ("부문") are passed; other generic words
        // ("연결 기준") end the look-back.
        std::string_view word = cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
        bool modifier = w.cls == WordClass::kNoun && w.role == Role::kNone && !w.generic &&
                        cx.in.words->IsGeneric(word);
        if (modifier && passed.empty()) passed = std::string(word);
        if (time || modifier) continue;
        // "낸드플래시(128Gb MLC) 가격": past a parenthetical, the noun it
        // glosses narrows.
        if (std::string_view wt = cx.in.text.substr(w.begin, w.end - w.begin); !wt.empty() && wt.back() == ')') {
          narrow = GlossedNoun(cx, k);
          break;
        }
        if (w.generic) break;
        std::string_view m = cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
        bool entity = std::any_of(cx.in.entities.begin(), cx.in.entities.end(), [&](const LexiconSpan& s) {
          return Overlaps(s.begin, s.end, w.stem_begin, w.stem_end);
        });
        if (w.cls == WordClass::kNoun && w.role == Role::kNone && !entity && m.size() >= 6 &&
            !std::all_of(m.begin(), m.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
          narrow = std::string(m);
        break;
      }
    if (narrow.empty()) narrow = passed;
    if (!narrow.empty()) a.entity.id = narrow + "." + a.entity.id;
  } else {
    std::string id;
    for (std::size_t k = np.first; k <= np.last; ++k) {
      const Word& w = cx.p.words[k];
      id += std::string(cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin));
    }
    a.entity.id = id;
  }
  return a;
}

// The id of a phrase no lexicon names: its stems joined, Latin letters upper-cased.
std::string PhraseId(std::string_view t, const SentenceParse& p, const NounPhrase& np) {
  std::string id;
  for (std::size_t k = np.first; k <= np.last; ++k) {
    const Word& w = p.words[k];
    for (char c : t.substr(w.stem_begin, w.stem_end - w.stem_begin))
      id += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return id;
}

std::optional<Attributed> AsSubject(const Ctx& cx, const NounPhrase& np, const char* rule) {
  const Word& head = cx.p.words[np.last];
  if (head.measure_head) return std::nullopt;  // "규모는": a dimension, no one
  // "개별 대학 중에서는", "1차 양산때는": a field or a time, no one.
  if (cx.in.words->IsScope(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin))) return std::nullopt;
  if (!IsEntity(cx, np) && !np.org)
    if (std::optional<NounPhrase> x = Exemplar(cx, np); x && Named(cx, *x))
      return AsSubject(cx, *x, rule);
  if (Generic(cx, np) || np.embedded) return std::nullopt;
  Attributed a;
  a.rule = rule;
  a.begin = np.begin, a.end = np.end;
  a.named = np.org || !np.known_head || IsEntity(cx, np);
  a.entity.text = cx.p.PhraseText(cx.in.text, np);
  const LexiconSpan* e = HeadSpan(cx, np, cx.in.entities);
  for (const LexiconSpan& s : cx.in.entities)  // "국내 기업": an entity of two phrases
    if (!e && s.end == np.end && s.begin < np.begin) e = &s;
  // "한국 정부", "국내 기업": a country before a common noun stands for it.
  if (!e && np.first < np.last && np.known_head && !np.org)
    for (const LexiconSpan& s : cx.in.entities)
      if (s.begin == np.begin && s.end == cx.p.words[np.first].stem_end && s.country) e = &s;
  // "E1 구자용 회장은", "구자용 E1 회장", "이건희 삼성전자 회장": an
  // organisation's officer speaks for it, and its figures are the
  // organisation's: a lexicon entity, or a Latin name (E1, KCC), of the
  // words before the title; never the officer's own name.
  if (!e && np.first + 2 <= np.last &&
      cx.in.words->IsPerson(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin))) {
    for (std::size_t k = np.first; k < np.last && !e; ++k) {
      const Word& w = cx.p.words[k];
      for (const LexiconSpan& s : cx.in.entities)
        if (s.begin == w.stem_begin && s.end == w.stem_end && !s.country) e = &s;
      std::string_view stem = cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
      // (Not "A 교수", an officer kept anonymous, nor a title: "CEO";
      // nor a photo credit: "동아일보DB".)
      bool latin = !w.known && stem.size() >= 2 && !cx.in.words->IsPerson(stem) && !stem.ends_with("DB") &&
                   std::any_of(stem.begin(), stem.end(), [](char c) {
                     return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                   });
      if (!e && latin) {
        NounPhrase org = np;
        org.first = org.last = k;
        org.begin = w.stem_begin, org.end = w.stem_end;
        a.begin = org.begin, a.end = org.end;
        a.named = true;
        a.entity = {PhraseId(cx.in.text, cx.p, org), std::string(stem)};
        return a;
      }
    }
  }
  if (e) {
    a.lexicon = a.named = true;
    a.entity.id = std::string(e->id);
    if (e->begin != np.begin) {  // "한국 정부": the head names it, not the whole phrase
      a.entity.text = std::string(cx.in.text.substr(e->begin, e->end - e->begin));
      a.begin = e->begin;
    }
  } else {
    a.entity.id = PhraseId(cx.in.text, cx.p, np);
  }
  return a;
}

// A lexicon span chosen as it stands, by `rule`.
Attributed FromSpan(const Ctx& cx, const LexiconSpan& s, const char* rule) {
  Attributed a;
  a.rule = rule;
  a.lexicon = a.named = true;
  a.begin = s.begin, a.end = s.end;
  a.entity = {std::string(s.id), std::string(cx.in.text.substr(s.begin, s.end - s.begin))};
  return a;
}

int ClauseOf(const Ctx& cx) { return cx.word >= 0 ? cx.p.clause_of_word[cx.word] : -1; }

// Phrases of the figure's clause (or sentence) before the figure's word,
// nearest first, without building a list.
class PhrasesBefore {
 public:
  PhrasesBefore(const Ctx& cx, bool whole_sentence)
      : cx_(cx), whole_(whole_sentence), clause_(ClauseOf(cx)) {
    last_ = -1;
    for (std::size_t k = 0; k < cx.p.phrases.size() && static_cast<int>(cx.p.phrases[k].last) < cx.word; ++k)
      last_ = static_cast<int>(k);
  }
  struct It {
    const PhrasesBefore* b;
    int k;
    const NounPhrase* operator*() const { return &b->cx_.p.phrases[k]; }
    It& operator++() {
      k = b->Next(k - 1);
      return *this;
    }
    bool operator!=(const It& o) const { return k != o.k; }
  };
  It begin() const { return {this, Next(last_)}; }
  It end() const { return {this, -1}; }

 private:
  int Next(int k) const {
    while (k >= 0 && !whole_ && cx_.p.clause_of_word[cx_.p.phrases[k].last] != clause_) --k;
    return k;
  }
  const Ctx& cx_;
  bool whole_;
  int clause_, last_;
};


const NounPhrase* PhraseStartingAt(const Ctx& cx, std::size_t word) {
  if (word >= cx.p.words.size()) return nullptr;
  int k = cx.p.phrase_of_word[word];
  return k >= 0 && cx.p.phrases[k].first == word ? &cx.p.phrases[k] : nullptr;
}

const NounPhrase* PhraseEndingAt(const Ctx& cx, int word) {
  if (word < 0) return nullptr;
  int k = cx.p.phrase_of_word[word];
  return k >= 0 && static_cast<int>(cx.p.phrases[k].last) == word ? &cx.p.phrases[k] : nullptr;
}

// The predicate of the figure's clause, as a metric: the first predicate
// after the figure when a cue names it ("10조원 투자한"), else the one that
// closes the clause.
std::optional<Attributed> PredicateMetric(const Ctx& cx) {
  int clause = ClauseOf(cx);
  if (clause < 0) return std::nullopt;
  int pw = cx.p.clauses[clause].predicate;
  for (std::size_t k = cx.word + 1; k < cx.p.words.size() && cx.p.clause_of_word[k] == clause; ++k) {
    const Word& w = cx.p.words[k];
    if (w.cls != WordClass::kPredicate) continue;
    for (const LexiconSpan& s : cx.in.metrics)
      if (s.begin == w.stem_begin && s.end <= w.stem_end) pw = static_cast<int>(k);
    // "96명 탑승한 비행기", "3명 사망, …": a noun + light verb right after
    // a bare figure is the figure's own predicate.
    if (k == static_cast<std::size_t>(cx.word) + 1 && w.pred_noun_end > w.stem_begin &&
        (cx.p.words[cx.word].role == Role::kNone || cx.p.words[cx.word].role == Role::kSubject))
      pw = static_cast<int>(k);
    break;
  }
  if (pw < 0 || pw <= cx.word) return std::nullopt;
  const Word& w = cx.p.words[pw];
  for (const LexiconSpan& s : cx.in.metrics)
    if (s.begin == w.stem_begin && s.end <= w.stem_end) return FromSpan(cx, s, "predicate");
  if (w.pred_noun_end > w.stem_begin) {
    std::string_view noun = cx.in.text.substr(w.stem_begin, w.pred_noun_end - w.stem_begin);
    if (noun.size() < 6 || cx.in.words->IsGeneric(noun)) return std::nullopt;
    Attributed a;
    a.rule = "predicate";
    a.begin = w.stem_begin, a.end = w.pred_noun_end;
    a.entity = {std::string(noun), std::string(noun)};
    return a;
  }
  return std::nullopt;
}

// A whole-word metric cue of the clause that heads a phrase ("파운데이션
// 모델'은"): the nearest before the figure, else the first after it.
std::optional<Attributed> ClauseCue(const Ctx& cx, const NounPhrase** metric_np) {
  int clause = ClauseOf(cx);
  const NounPhrase* before = nullptr;
  const NounPhrase* after = nullptr;
  for (const NounPhrase& np : cx.p.phrases) {
    if (cx.p.clause_of_word[np.last] != clause || np.org) continue;
    if (static_cast<int>(np.first) <= cx.word && cx.word <= static_cast<int>(np.last)) continue;
    if (!HeadSpan(cx, np, cx.in.metrics, true)) continue;
    if (static_cast<int>(np.last) < cx.word) {
      before = &np;
    } else if (!after) {
      // "전년보다 8.7%, 영업이익은 140억원으로": past the comma that ends
      // the figure's item, a phrase that a figure of its own follows
      // labels that one.
      bool labels_next = cx.p.words[cx.word].comma_after && np.last + 1 < cx.p.words.size() &&
                         cx.p.words[np.last + 1].cls == WordClass::kNumber;
      if (!labels_next) after = &np;
    }
  }
  const NounPhrase* pick = before ? before : after;
  if (!pick) return std::nullopt;
  auto a = AsMetric(cx, *pick, "clause_cue");
  if (a && !a->lexicon)  // a cue that covers the words before the phrase
    if (const LexiconSpan* cue = HeadSpan(cx, *pick, cx.in.metrics, true)) {
      a->lexicon = true;
      a->entity = {std::string(cue->id), std::string(cx.in.text.substr(cue->begin, cue->end - cue->begin))};
    }
  if (a) *metric_np = pick;
  return a;
}

// A phrase cue of the figure's clause: a metrics.tsv cue that covers whole
// words with their particle ("배송까지 10개월", "받을 때까지 걸리는 기간은
// 52주"). Such a cue names the metric even where no noun phrase heads it;
// a one-word cue without its particle must head a phrase (ClauseCue), so
// 홍수주의보 never gives 수주. The nearest before the figure, else the first
// after it.
std::optional<Attributed> PhraseCue(const Ctx& cx) {
  int clause = ClauseOf(cx);
  const LexiconSpan* before = nullptr;
  const LexiconSpan* after = nullptr;
  for (const LexiconSpan& m : cx.in.metrics) {
    int first = cx.p.WordAt(m.begin), last = cx.p.WordAt(m.end > m.begin ? m.end - 1 : m.begin);
    if (first < 0 || last < 0 || first == cx.word || last == cx.word) continue;
    if (cx.p.clause_of_word[first] != clause || cx.p.clause_of_word[last] != clause) continue;
    const Word& a = cx.p.words[first];
    const Word& b = cx.p.words[last];
    bool words = first != last ? m.end == b.stem_end || m.end == b.end
                               : m.end == b.end && b.stem_end < b.end;
    if (m.begin != a.stem_begin || !words) continue;
    if (last < cx.word) before = &m;
    else if (!after && first > cx.word) after = &m;
  }
  const LexiconSpan* pick = before ? before : after;
  if (!pick) return std::nullopt;
  Attributed out;
  out.rule = "phrase_cue";
  out.lexicon = true;
  out.begin = pick->begin, out.end = pick->end;
  out.entity = {std::string(pick->id), std::string(cx.in.text.substr(pick->begin, pick->end - pick->begin))};
  return out;
}

// "매출과 영업이익은 각각 1조원과 2021억원": the i-th figure after 각각 is
// the i-th phrase of the list before it.
// The word 각각 in the figure's clause before it (the first one), or -1.
int EachBefore(const Ctx& cx) {
  int each = -1;
  for (int k = cx.word - 1; k >= 0 && cx.p.clause_of_word[k] == ClauseOf(cx); --k) {
    const Word& w = cx.p.words[k];
    if (cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin) == "각각") each = k;
  }
  return each;
}

const Quantity* QuantityIn(const Ctx& cx, const Word& w);

// The figure's place among the figures of its kind after word `each`:
// "SK가스와 E1은 각각 17.9%와 85.0% 감소한 1029억원과 140억원의": each
// list of figures runs over the names again.
std::size_t PlaceAfter(const Ctx& cx, int each) {
  std::size_t index = 0;
  for (int k = each + 1; k < cx.word; ++k) {
    if (cx.p.words[k].cls != WordClass::kNumber) continue;
    const Quantity* q = QuantityIn(cx, cx.p.words[k]);
    if (!q || q->kind == cx.q.kind) ++index;
  }
  return index;
}

std::optional<std::pair<std::optional<Attributed>, const NounPhrase*>> EachMetric(const Ctx& cx) {
  int each = EachBefore(cx);
  if (each <= 0) return std::nullopt;
  std::vector<const NounPhrase*> list;  // "A와 B는" / "A, B는" right before 각각
  // "A, B는 전년 대비 각각": past the comparison base between them.
  int start = each - 1;
  auto stem = [&](int k) {
    const Word& w = cx.p.words[k];
    return cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
  };
  if (start >= 1 && stem(start) == "대비") --start;  // "전년 대비"
  if (const NounPhrase* base = start >= 0 ? PhraseEndingAt(cx, start) : nullptr;
      base && (base->role == Role::kBase || stem(start + 1) == "대비"))
    start = static_cast<int>(base->first) - 1;
  for (int k = start; k >= 0;) {
    const NounPhrase* np = PhraseEndingAt(cx, k);
    if (!np) break;
    bool last = list.empty();
    if (!last && np->role != Role::kWith && !cx.p.words[np->last].comma_after) break;
    list.insert(list.begin(), np);
    if (np->first == 0) break;
    k = static_cast<int>(np->first) - 1;
  }
  // "매출이 7330억원, 영업이익이 405억원으로 전년 대비 각각 24.5%,
  // 46.5%": the figures after 각각 follow the phrases that named the
  // figures before it, in order.
  if (list.size() < 2) {
    list.clear();
    for (int k = 1; k < each; ++k)
      if (cx.p.words[k].cls == WordClass::kNumber)
        if (const NounPhrase* np = PhraseEndingAt(cx, k - 1);
            np && (np->role == Role::kSubject || np->role == Role::kTopic))
          list.push_back(np);
  }
  if (list.size() < 2) return std::nullopt;
  // "현대자동차, 르노삼성자동차, 한국지엠은 각각": names, no measures
  // (EachSubject reads them).
  if (std::none_of(list.begin(), list.end(), [&](const NounPhrase* np) {
        return np->known_head || np->measure || HeadSpan(cx, *np, cx.in.metrics);
      }))
    return std::nullopt;
  std::size_t index = PlaceAfter(cx, each);
  if (index >= list.size()) return std::nullopt;
  auto a = AsMetric(cx, *list[index], "each");
  if (!a) return std::nullopt;
  return std::make_pair(std::move(a), list[index]);
}

// "혼다와 폭스바겐그룹은 판매량이 각각 7.6%, 5.7% 늘었다": the i-th figure
// after 각각 is about the i-th name of the list before it, past the metric
// named between them. Returns nullopt when no such list stands there.
std::optional<Attributed> EachSubject(const Ctx& cx, const NounPhrase* metric_np) {
  int each = EachBefore(cx);
  if (each <= 0) return std::nullopt;
  // Past the metric, time words and the base of a change between the list
  // and 각각: "SK가스와 E1은 지난해 전년 동기보다 각각".
  int k = each - 1;
  bool past_metric = false;
  while (k >= 0) {
    const NounPhrase* m = PhraseEndingAt(cx, k);
    if (!m || !(m == metric_np || IsTime(cx, *m) || m->role == Role::kBase || cx.p.AllGeneric(*m))) break;
    past_metric = past_metric || m == metric_np;
    k = static_cast<int>(m->first) - 1;
  }
  // "A와 B는", "A, B, C는"; "E1과 SK가스의 영업이익은 각각": owners of the
  // metric.
  std::vector<const NounPhrase*> list;
  while (k >= 0) {
    const NounPhrase* np = PhraseEndingAt(cx, k);
    if (!np || np == metric_np || np->measure || HeadSpan(cx, *np, cx.in.metrics) || np->in_parens) break;
    bool opens = np->role == Role::kTopic || np->role == Role::kSubject ||
                 (past_metric && np->role == Role::kPossessive);
    if (list.empty() ? !opens : np->role != Role::kWith && !cx.p.words[np->last].comma_after)
      break;
    list.insert(list.begin(), np);
    k = static_cast<int>(np->first) - 1;
  }
  if (list.size() < 2) return std::nullopt;
  std::size_t index = PlaceAfter(cx, each);
  if (index >= list.size()) return std::nullopt;
  return AsSubject(cx, *list[index], "each");
}

// True when the figure is an item of a segmented enumeration: a
// distributive word (지역별로는, 용도별로, 연령대별: words.tsv suffix 별)
// stands before it in its clause and the figure is listed with others
// ("서울 373명, 경기 310명"). The bare phrase before such an item names its
// segment, a subject, not what it measures.
bool SegmentItem(const Ctx& cx) {
  const Word& fw = cx.p.words[cx.word];
  bool listed = fw.comma_after || fw.role == Role::kWith;
  for (int k = cx.word - 1; !listed && k >= 0; --k)
    listed = cx.p.words[k].cls == WordClass::kNumber && cx.p.words[k].comma_after;
  if (!listed) return false;
  int clause = ClauseOf(cx);
  for (int k = cx.word - 1; k >= 0 && cx.p.clause_of_word[k] == clause; --k) {
    const Word& w = cx.p.words[k];
    if (cx.in.words->IsDistributive(cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin)))
      return true;
  }
  return false;
}

// The statistic a streak figure is of: the nearest topic or subject before
// it in its sentence, or the bare phrase right before it in a headline
// ("제조업 취업자 15개월째 감소"), when a metric cue heads it; else nullptr.
const NounPhrase* StreakOf(const Ctx& cx) {
  // The sentence's: "제조업 취업자는 7만3000명 줄어 14개월 연속 감소했다"
  // goes on with its topic past the clause it ends.
  for (const NounPhrase* np : PhrasesBefore(cx, true)) {
    bool bare_before = np->role == Role::kNone && static_cast<int>(np->last) + 1 == cx.word;
    if (np->role != Role::kTopic && np->role != Role::kSubject && !bare_before) continue;
    return HeadSpan(cx, *np, cx.in.metrics) ? np : nullptr;
  }
  return nullptr;
}

// A length of time measures the event the noun after it names: "35년
// 무재해 기록", "4년만의 부활", "8분기 만에 실적 반등에", "5거래일 연속
// 상승", "17시간 30분에 걸친 마라톤 회의"; not "5년 동안 하루 100회" (a
// phrase before another figure is that figure's).
std::optional<Attributed> DurationOf(const Ctx& cx, const NounPhrase** metric_np) {
  const Word& fw = cx.p.words[cx.word];
  if (fw.comma_after) return std::nullopt;
  auto stem = [&](std::size_t k) {
    const Word& w = cx.p.words[k];
    return cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
  };
  std::size_t next = cx.word + 1;
  auto skip = [&](std::initializer_list<std::string_view> words) {
    // "연속 상승세" is one phrase, kept whole.
    while (next < cx.p.words.size() && !cx.p.words[next - 1].comma_after && !PhraseStartingAt(cx, next) &&
           std::find(words.begin(), words.end(), stem(next)) != words.end())
      ++next;
  };
  if (fw.role == Role::kPlace) skip({"걸친", "걸쳐", "달하는", "이르는"});
  else if (fw.role == Role::kNone || fw.role == Role::kPossessive) skip({"연속", "동안", "간", "만에", "만의", "째"});
  else return std::nullopt;
  if (next >= cx.p.words.size() || cx.p.words[next - 1].comma_after) return std::nullopt;
  // "5거래일 연속 상승했다", "14개월째 감소했다", "단기(3개월) 채용할": the
  // streak or the length of the event the predicate's noun names.
  std::size_t event = next;
  if (event < cx.p.words.size() && stem(event) == "연속" && !cx.p.words[event].comma_after) ++event;
  bool closed = fw.stem_end < fw.end;  // a closing mark after it: "(3개월)"
  if (event < cx.p.words.size() && (event > next || closed || stem(cx.word).ends_with("째"))) {
    const Word& w = cx.p.words[event];
    // "15개월째 감소…": a headline's bare verbal noun ending its phrase is
    // the predicate (not "동반" of "연속 동반 하락세").
    std::size_t noun_end = w.cls == WordClass::kPredicate ? w.pred_noun_end : 0;
    int np_of = cx.p.phrase_of_word[event];
    if (w.cls == WordClass::kNoun && w.role == Role::kNone && np_of >= 0 &&
        cx.p.phrases[np_of].last == event && stem(event).size() >= 6 &&
        cx.in.words->IsVerbStem(std::string(stem(event)) + "하"))
      noun_end = w.stem_end;
    if (noun_end > w.stem_begin) {
      Attributed a;
      a.rule = "duration_of";
      a.begin = w.stem_begin, a.end = noun_end;
      std::string noun(cx.in.text.substr(w.stem_begin, noun_end - w.stem_begin));
      a.entity = {noun, noun};
      for (const LexiconSpan& s : cx.in.metrics)
        if (s.begin == w.stem_begin && s.end <= noun_end) a.entity.id = std::string(s.id), a.lexicon = true;
      // "제조업 취업자는 14개월째 감소했다": a streak of a statistic's
      // event is that statistic's (제조업.employment.감소), not any 감소.
      if (const NounPhrase* of = StreakOf(cx); of && !a.lexicon)
        if (auto m = AsMetric(cx, *of, "duration_of"); m && m->lexicon) {
          a.entity = {m->entity.id + "." + noun, m->entity.text + " " + noun};
          a.lexicon = true;
        }
      return a;
    }
  }
  const NounPhrase* np = PhraseStartingAt(cx, next);
  if (!np || np->measure) return std::nullopt;
  if (np->last + 1 < cx.p.words.size() && cx.p.words[np->last + 1].cls == WordClass::kNumber) return std::nullopt;
  auto a = AsMetric(cx, *np, "duration_of");
  if (a) *metric_np = np;
  return a;
}

bool RankField(const Ctx& cx, const NounPhrase& np) {
  if (cx.q.kind != UnitKind::kRank) return false;
  const Word& last = cx.p.words[np.last];
  std::string_view stem = cx.in.text.substr(last.stem_begin, last.stem_end - last.stem_begin);
  return cx.in.words->IsScope(stem);
}

// The quantity that starts inside word `w`, or null. Quantities are in
// text order: a binary search, so that long lists of figures stay linear.
const Quantity* QuantityIn(const Ctx& cx, const Word& w) {
  const std::vector<Quantity>& qs = *cx.in.quantities;
  auto it = std::lower_bound(qs.begin(), qs.end(), w.begin,
                             [](const Quantity& q, std::size_t b) { return q.begin < b; });
  return it != qs.end() && it->begin < w.end ? &*it : nullptr;
}

// The count word right before a phrase ("20개 센터는", "22개 연구소는"),
// or -1: the phrase then names a set of things counted, which other
// figures of the clause are about ("선정된 20개 센터는 3년간 연 3억원을
// 지원받는다"), never what they measure.
int CountBefore(const Ctx& cx, const NounPhrase& np) {
  if (np.first == 0) return -1;
  int k = static_cast<int>(np.first) - 1;
  const Word& w = cx.p.words[k];
  if (w.cls != WordClass::kNumber || w.role != Role::kNone || w.comma_after || w.end != np.begin - 1) return -1;
  const Quantity* q = QuantityIn(cx, w);  // "20개", not "1개월" or "5배"
  return q && q->kind == UnitKind::kCount ? k : -1;
}

// The subject `a` (phrase of words [first, last]) with the count word `k`
// that goes with it: "20개 센터", "사립대 152곳". The count is part of the
// name of the set, so the id holds it too.
Attributed WithCount(const Ctx& cx, Attributed a, int k, bool before) {
  const Word& w = cx.p.words[k];
  std::size_t b = w.begin, e = w.stem_end;  // the figure, without its particle
  if (const Quantity* q = QuantityIn(cx, w)) b = q->begin, e = q->end;
  std::string count(cx.in.text.substr(b, e - b));
  if (before) {
    a.entity.text = count + " " + a.entity.text;
    a.entity.id = count + a.entity.id;
    a.begin = b;
  } else {
    a.entity.text += " " + count;
    a.entity.id += count;
    a.end = e;
  }
  return a;
}

// "73개국을 대상으로 평가한", "성인 1000명을 대상으로 한 조사": a figure
// that is the object of 대상으로 counts the set studied (평가 대상, 대상),
// not what the sentence's predicate does.
std::optional<Attributed> StudiedSet(const Ctx& cx) {
  const Word& fw = cx.p.words[cx.word];
  std::size_t next = cx.word + 1;
  if (fw.role != Role::kObject || next >= cx.p.words.size()) return std::nullopt;
  const Word& w = cx.p.words[next];
  std::string_view stem = cx.in.text.substr(w.stem_begin, w.stem_end - w.stem_begin);
  if (stem != "대상" || w.role != Role::kMeans) return std::nullopt;
  Attributed a;
  a.rule = "studied_set";
  a.begin = w.stem_begin, a.end = w.stem_end;
  a.entity = {"대상", "대상"};
  // What is done to the set: "평가한" (평가), "한 설문조사" (설문조사),
  // "교육을 진행할" (교육).
  for (std::size_t k = next + 1; k < cx.p.words.size() && k <= next + 2; ++k) {
    const Word& v = cx.p.words[k];
    std::size_t end = v.cls == WordClass::kPredicate ? v.pred_noun_end : v.cls == WordClass::kNoun ? v.stem_end : 0;
    if (end <= v.stem_begin) {
      if (v.cls == WordClass::kPredicate && v.ending == Ending::kAdnominal) continue;  // "한 조사"
      break;
    }
    std::string noun(cx.in.text.substr(v.stem_begin, end - v.stem_begin));
    if (noun.size() >= 6 && !cx.in.words->IsGeneric(noun)) a.entity = {noun + "대상", noun + " 대상"};
    break;
  }
  return a;
}

// "알바천국은 전국 대학생 1448명을 대상으로 조사한 결과 72.8%가": the
// other figures of a survey's sentence (조사, 설문 between 대상으로 and the
// figure) are about the set surveyed, not about the one who ran it (the
// topic). Returns that set's phrase, or nullptr.
const NounPhrase* SurveyedSet(const Ctx& cx) {
  for (int k = cx.word - 1; k >= 1; --k) {
    const Word& w = cx.p.words[k];
    if (w.cls != WordClass::kNumber || w.role != Role::kObject) continue;
    const Word& next = cx.p.words[k + 1];
    if (next.role != Role::kMeans || cx.in.text.substr(next.stem_begin, next.stem_end - next.stem_begin) != "대상")
      continue;
    // Only a survey's: "대상으로 … 유상증자를", "… 할인 판매를" are no poll.
    std::string_view between = cx.in.text.substr(next.end, cx.q.begin - std::min(cx.q.begin, next.end));
    if (between.find("조사") == std::string_view::npos && between.find("설문") == std::string_view::npos)
      return nullptr;
    const NounPhrase* set = PhraseEndingAt(cx, k - 1);
    return set && set->role == Role::kNone && !set->in_parens && !Generic(cx, *set) ? set : nullptr;
  }
  return nullptr;
}

// True when phrase `np` opens a parenthesis that holds the figure after
// it: "(치명률 1.41%)", not "집중도(링크드인 기준)도 0.79%".
bool Labels(const Ctx& cx, const NounPhrase& np) {
  std::string_view t = cx.in.text;
  std::size_t open = cx.p.words[np.first].begin;
  if (t.substr(open, np.begin - open).find('(') == std::string_view::npos) return false;
  return t.substr(np.end, cx.q.begin - np.end).find(')') == std::string_view::npos;
}

std::optional<Attributed> MetricOf(const Ctx& cx, const NounPhrase** metric_np);

// A metric the figure's unit names by itself (an age, an anniversary).
Attributed OwnMetric(const Ctx& cx, const char* rule, const char* id, const char* text) {
  Attributed a;
  a.rule = rule;
  a.lexicon = true;
  a.begin = cx.q.begin, a.end = cx.q.end;
  a.entity = {id, text};
  return a;
}

// "개원 5주년", "100주년을 맞아": an anniversary measures the event named
// right before it, else itself (not the clause's predicate or topic).
std::optional<Attributed> FindMetric(const Ctx& cx, const NounPhrase** metric_np) {
  std::optional<Attributed> a = MetricOf(cx, metric_np);
  if (cx.q.unit_text != "주년" || (a && (a->rule == std::string_view("adjacent") ||
                                        a->rule == std::string_view("duration_of"))))
    return a;
  *metric_np = nullptr;
  return OwnMetric(cx, "anniversary", "anniversary", "주년");
}

std::optional<Attributed> MetricOf(const Ctx& cx, const NounPhrase** metric_np) {
  const Word& fw = cx.p.words[cx.word];
  // "31세", "허민(43)": an age measures the person's age, whatever noun
  // stands near it.
  if (cx.q.unit_id == "age") return OwnMetric(cx, "age", "age", "나이");
  if (cx.q.kind == UnitKind::kDuration)
    if (auto a = DurationOf(cx, metric_np)) return a;
  if (auto a = StudiedSet(cx)) return a;
  struct Candidate {
    std::optional<Attributed> a;
    const NounPhrase* np = nullptr;
    bool tied = false;  // counted, adjacent or topic: tied to the figure by form
  };
  std::vector<Candidate> found;
  auto add = [&](std::optional<Attributed> a, const NounPhrase* np, bool tied = false) {
    if (a) found.push_back({std::move(a), np, tied});
  };
  // 0. A respectively-list names each figure's metric by its place.
  if (auto each = EachMetric(cx)) {
    add(std::move(each->first), each->second, true);
    return *metric_np = found[0].np, std::move(found[0].a);
  }
  // 1. The counted noun after the figure: "5개의 행성", "109개 파운데이션
  // 모델"; not after a comma, and for amounts only with 의 (in "매출 8조원,
  // 당기순이익 3511억원" the next noun labels the next figure).
  bool counter = cx.q.kind == UnitKind::kCount || cx.q.kind == UnitKind::kMeasure;
  if ((fw.role == Role::kPossessive || (fw.role == Role::kNone && counter)) && !fw.comma_after) {
    std::size_t next = cx.word + 1;
    // "1조원 이상의 추가 자본조달": qualifier words stand between.
    while (const NounPhrase* q = PhraseStartingAt(cx, next)) {
      if (!(q->first == q->last && Generic(cx, *q) &&
            (q->role == Role::kPossessive || q->role == Role::kNone)))
        break;
      next = q->last + 1;
    }
    if (const NounPhrase* np = PhraseStartingAt(cx, next))
      add(AsMetric(cx, *np, "counted", true), np, true);
  }
  // 1b. "(치명률 1.41%)": a label inside the figure's own parenthesis.
  if (const NounPhrase* np = PhraseEndingAt(cx, cx.first - 1); np && np->in_parens && Labels(cx, *np))
    if (auto a = AsMetric(cx, *np, "paren_label")) return *metric_np = np, a;
  // 1c. "수주잔량 기준 451만5000CGT", "시가총액 기준 1위": the measure a
  // figure is stated by.
  if (cx.first >= 2) {
    const Word& by = cx.p.words[cx.first - 1];
    if (by.role == Role::kNone && cx.in.text.substr(by.stem_begin, by.stem_end - by.stem_begin) == "기준")
      if (const NounPhrase* np = PhraseEndingAt(cx, cx.first - 2); np && np->role == Role::kNone && !np->in_parens)
        add(AsMetric(cx, *np, "stated_by"), np, true);
  }
  // 2. The bare phrase right before it, or before its parenthesis; past a
  // parenthetical ("집중도(링크드인 기준)도 0.79%"), the phrase before that.
  // A rank's field ("OECD 회원국 중 2위", "세계 반도체 기업 가운데 1위")
  // says among whom, not what is ranked.
  if (const NounPhrase* np = PhraseEndingAt(cx, cx.first - 1); np && RankField(cx, *np)) {
  } else if (np && np->role == Role::kNone) {
    // "높이 5.1m의 방파제", "규모 5.8의 강진": the measure before "N의"
    // names what is measured, the noun after it what has the measure.
    bool before_counted = fw.role == Role::kPossessive && !found.empty();
    // "강대현 부사장 등 4명을": examples of what is counted, not a measure.
    bool examples = np->last > np->first && cx.p.words[np->last].end == cx.p.words[np->last].stem_end &&
                    cx.in.words->MarkerOf(cx.in.text.substr(cx.p.words[np->last].stem_begin,
                                                            cx.p.words[np->last].stem_end - cx.p.words[np->last].stem_begin)) ==
                        WordLexicon::Marker::kExample;
    if (!SegmentItem(cx) && !examples) add(AsMetric(cx, *np, "adjacent"), np, true);
    if (before_counted && found.size() == 2) std::swap(found[0], found[1]);
  } else if (np && np->role == Role::kObject && !np->in_parens) {
    // "연예산을 600억원 정도 쓰면서", "로켓을 2대 발사했다": the object
    // right before the figure is what it counts or measures.
    add(AsMetric(cx, *np, "object_before"), np, true);
  } else if (np && np->in_parens) {
    int k = static_cast<int>(np->first) - 1;
    while (k >= 0 && cx.p.phrase_of_word[k] >= 0 && cx.p.phrases[cx.p.phrase_of_word[k]].in_parens) --k;
    if (const NounPhrase* head = PhraseEndingAt(cx, k); head && head->role == Role::kNone && !head->in_parens)
      add(AsMetric(cx, *head, "before_parenthesis"), head, true);
  }
  // 3. The topic or subject of the clause before it, a dictionary noun;
  // not past a parallel item ("자동차보험 손해율은 83.1%, 일반보험도 71.9%":
  // 71.9% is 일반보험's, not the car insurance's loss ratio).
  for (const NounPhrase* np : PhrasesBefore(cx, false)) {
    // "시간강사 비율도 2011년 45.3%에서": a measure set beside an earlier
    // one is this figure's metric; another item is not ("일반보험도").
    if (np->role == Role::kOther && cx.p.TakesAlso(cx.in.text, *np) && (np->measure || HeadSpan(cx, *np, cx.in.metrics))) {
      if (auto a = AsMetric(cx, *np, "also_measure")) add(std::move(a), np, true);
      break;
    }
    // "최고속도는 시속 50km, 항속거리도 450km": a dimension with 도 right
    // before a measurement is what it measures.
    if (np->role == Role::kOther && cx.p.TakesAlso(cx.in.text, *np) &&
        static_cast<int>(np->last) + 1 == cx.word && cx.q.kind == UnitKind::kMeasure) {
      if (auto a = AsMetric(cx, *np, "also_measure")) add(std::move(a), np, true);
      break;
    }
    if (np->role == Role::kOther && np->known_head && cx.p.TakesAlso(cx.in.text, *np)) break;
    if (np->role != Role::kTopic && np->role != Role::kSubject) continue;
    if (!(np->known_head || np->measure) || np->embedded) continue;
    // "여성은 165.6㎝", "공장은 … 1만 톤이": a measurement's topic that is
    // no dimension or statistic is what has the measure, not the measure.
    if (cx.q.kind == UnitKind::kMeasure && !np->measure && !HeadSpan(cx, *np, cx.in.metrics)) continue;
    // "지방 대학에서는 2만5천명에서": a place as topic says where, not what.
    if (cx.in.text.substr(cx.p.words[np->last].stem_end, 6) == "에서") continue;
    if (CountBefore(cx, *np) >= 0) break;  // "20개 센터는": whom, not what
    // "가장 많이 개발한 국가는 미국(109개)": a head a relative clause
    // describes names the subject's kind, not the measure.
    // A measure so described is one ("응답한 비율은").
    if (np->first > 0 && cx.p.words[np->first - 1].cls == WordClass::kPredicate &&
        cx.p.words[np->first - 1].ending == Ending::kAdnominal && !np->measure)
      continue;
    if (auto a = AsMetric(cx, *np, "topic_head")) {
      add(std::move(a), np, true);
      break;
    }
  }
  // 4. The predicate, or its object after the figure ("80여명이 부상을 입었다").
  add(PredicateMetric(cx), nullptr);
  // "2030년 127만명, 2050년 271만명으로 국내 치매 환자 수가 늘어날": what
  // the figures grow to is the subject named after them.
  bool to_figure = fw.role == Role::kMeans;
  for (std::size_t k = cx.word + 1; !to_figure && fw.comma_after && k < cx.p.words.size() &&
                                    cx.p.clause_of_word[k] == ClauseOf(cx);
       ++k) {
    const Word& w = cx.p.words[k];
    if (w.cls != WordClass::kNumber) break;
    if (const Quantity* q = QuantityIn(cx, w); q && q->kind == UnitKind::kTime) continue;  // "2050년"
    to_figure = w.role == Role::kMeans;
    if (!w.comma_after && !to_figure) break;
  }
  if (to_figure) {
    int clause = ClauseOf(cx);
    for (const NounPhrase& np : cx.p.phrases)
      if (static_cast<int>(np.first) > cx.word && cx.p.clause_of_word[np.first] == clause &&
          (np.role == Role::kSubject || np.role == Role::kTopic)) {
        // A measure ("치매 환자 수가"), not one with a figure of its own
        // ("한 대당 인구수는 139명").
        bool own = np.last + 1 < cx.p.words.size() && cx.p.words[np.last + 1].cls == WordClass::kNumber;
        if ((np.measure || cx.p.words[np.last].measure_head) && !own) add(AsMetric(cx, np, "subject_after"), &np);
        break;
      }
  }
  if (fw.role == Role::kSubject || fw.role == Role::kTopic) {
    int clause = ClauseOf(cx);
    for (const NounPhrase& np : cx.p.phrases)
      if (static_cast<int>(np.first) > cx.word && cx.p.clause_of_word[np.first] == clause &&
          np.role == Role::kObject && np.known_head) {
        add(AsMetric(cx, np, "object"), &np);
        break;
      }
  }
  // A lexicon metric wins (it names a known statistic), then the phrases
  // tied to the figure (counted, adjacent, topic), then a cue heading
  // another phrase of the clause, then the predicate's reading.
  for (Candidate& c : found)
    if (c.a->lexicon) return *metric_np = c.np, std::move(c.a);
  for (Candidate& c : found)
    if (c.tied) return *metric_np = c.np, std::move(c.a);
  if (auto cue = ClauseCue(cx, metric_np)) return cue;
  if (auto cue = PhraseCue(cx)) return cue;
  if (found.empty()) return std::nullopt;
  *metric_np = found[0].np;
  return std::move(found[0].a);
}

// True when the phrase stands in quote marks of its own: 'AI템즈', ‘산바’.
bool Quoted(const Ctx& cx, const NounPhrase& np) {
  std::string_view t = cx.in.text;
  const Word& first = cx.p.words[np.first];
  const Word& last = cx.p.words[np.last];
  std::string_view open = t.substr(first.begin, np.begin - first.begin);
  std::string_view close = t.substr(np.end, last.end - np.end);
  auto has = [](std::string_view s, std::initializer_list<std::string_view> marks) {
    for (std::string_view m : marks)
      if (s.find(m) != std::string_view::npos) return true;
    return false;
  };
  return has(open, {"'", "\"", "‘", "“"}) && has(close, {"'", "\"", "’", "”"});
}

// True when the phrase names a person (박 의원, 구자용 회장) who reports the
// figure: a clause after the figure's word is reported (-다고, -라고), so
// the person is its speaker ("박 의원은 ... 4.8%에 불과하다고 지적했다"),
// not what the figure is about.
bool Speaker(const Ctx& cx, const NounPhrase& np) {
  // "소바주 교수(72)와 …를 선정했다고 발표했다": a bare name speaks no clause.
  if (np.role != Role::kTopic && np.role != Role::kSubject) return false;
  const Word& head = cx.p.words[np.last];
  if (!cx.in.words->IsPerson(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin)))
    return false;
  return cx.p.ReportsFrom(cx.in.text, static_cast<std::size_t>(cx.word));
}

// "위중증 환자는 311명이며, 사망자는 17명": a common-noun topic followed
// by a figure of its own is what that figure measures, not someone the
// other clauses of the sentence speak of.
// A counted set ("20개 센터는 6년간") or a length of time after the topic
// does not make it a measure.
bool MeasuredTopic(const Ctx& cx, const NounPhrase& np) {
  if (IsEntity(cx, np) || np.org || !np.known_head || CountBefore(cx, np) >= 0) return false;
  std::size_t next = np.last + 1;
  if (next >= cx.p.words.size() || cx.p.words[next].cls != WordClass::kNumber || static_cast<int>(next) == cx.word)
    return false;
  // "폐렴은 2004년 10위에서": a date after the topic is no figure of its own.
  const Quantity* q = QuantityIn(cx, cx.p.words[next]);
  // A measure stays one past a date: "비중은 2011년까지 1.3%".
  bool measure = np.measure || cx.p.words[np.last].measure_head || HeadSpan(cx, np, cx.in.metrics);
  return q && q->kind != UnitKind::kDuration && (q->kind != UnitKind::kTime || measure);
}

// "폐렴, 사망원인 2위로", "E1, 5거래일 연속 상승": a headline opening on a
// name and a comma is about that name (the comma stands for the topic's
// 은/는); not a list of names ("삼성, LG 주가 상승").
const NounPhrase* HeadlineTopic(const Ctx& cx) {
  if (!cx.in.headline || cx.p.phrases.empty()) return nullptr;
  const NounPhrase& np = cx.p.phrases.front();
  if (np.first != 0 || np.role != Role::kNone || !cx.p.words[np.last].comma_after || np.in_parens ||
      static_cast<int>(np.last) >= cx.word)
    return nullptr;
  if (const NounPhrase* next = PhraseStartingAt(cx, np.last + 1); next && IsEntity(cx, *next)) return nullptr;
  return &np;
}

std::optional<Attributed> FindSubject(const Ctx& cx, const NounPhrase* metric_np) {
  // A phrase that names a statistic (매출은, 영업이익은) is some figure's
  // metric, never a subject.
  // A phrase outside the quotation that holds the figure is its speaker
  // ("교육부는 \"연구소 4곳은 ...\""), not what the figure is about.
  bool quoted = InsideQuotes(cx.in.text, cx.q.begin);
  if (auto a = EachSubject(cx, metric_np)) return a;
  // "[한국경제TV 라이온봇 기자]", "[그림 1]": a label in square brackets
  // (a byline, a caption number) is about no figure.
  // A figure inside brackets of its own ("[… 각 대학당 80명 …]") reads them.
  bool brackets = cx.in.text.find('[') != std::string_view::npos && !InsideBrackets(cx.in.text, cx.q.begin);
  auto labelled = [&](const NounPhrase* np) { return brackets && InsideBrackets(cx.in.text, np->begin); };
  auto usable = [&](const NounPhrase* np) {
    return np != metric_np && np->role != Role::kObject && np->role != Role::kBase &&
           !np->measure && !HeadSpan(cx, *np, cx.in.metrics) &&
           !np->in_parens && !(metric_np && np->begin >= metric_np->begin && np->end <= metric_np->end) &&
           InsideQuotes(cx.in.text, np->begin) == quoted && !Speaker(cx, *np) && !labelled(np);
  };
  // 1. "X(N)".
  if (cx.q.begin > 0 && cx.in.text[cx.q.begin - 1] == '(')
    if (const NounPhrase* np = PhraseEndingAt(cx, cx.first - 1); np && usable(np) && np != metric_np)
      if (auto a = AsSubject(cx, *np, "paren_owner")) return a;
  // 1b. "미국이 61개, 중국 15개": an entity standing bare right before the
  // figure is the list item's subject.
  if (const NounPhrase* np = PhraseEndingAt(cx, cx.first - 1);
      np && np->role == Role::kNone && np != metric_np && IsEntity(cx, *np))
    if (auto a = AsSubject(cx, *np, "list_item")) return a;
  // 1c. "용도별로 산업용 6.4%, 일반용 5.8%": a segment of an enumeration.
  if (const NounPhrase* np = PhraseEndingAt(cx, cx.first - 1);
      np && np->role == Role::kNone && np != metric_np && !np->measure && SegmentItem(cx))
    if (auto a = AsSubject(cx, *np, "segment")) return a;
  // 2. An entity inside the metric's phrase, before its cue: "제미나이 울트라
  // 훈련 비용" is the product's cost (more specific than "구글의").
  if (metric_np)
    for (const LexiconSpan& e : cx.in.entities)
      if (e.begin >= metric_np->begin && e.end < metric_np->end && !e.country)
        for (std::size_t k = metric_np->first; k < metric_np->last; ++k)
          if (cx.p.words[k].stem_end == e.end) return FromSpan(cx, e, "modifier_entity");
  // 2b. A quoted name right before the metric: "'AI템즈' 이용률이 80%",
  // "'갤럭시 폴드' 판매량은".
  if (metric_np && metric_np->first > 0)
    if (const NounPhrase* np = PhraseEndingAt(cx, static_cast<int>(metric_np->first) - 1);
        np && np->role == Role::kNone && !np->in_parens && Quoted(cx, *np))
      if (auto a = AsSubject(cx, *np, "quoted_name")) return a;
  // 3. The owner of the metric: "X의 매출", "X의 올해 1분기 순이익".
  if (metric_np) {
    for (int k = static_cast<int>(metric_np->first) - 1; k >= 0; --k) {
      const Word& w = cx.p.words[k];
      const NounPhrase* np = PhraseEndingAt(cx, k);
      if (np && np->role == Role::kPossessive) {
        if (auto a = AsSubject(cx, *np, "owner")) return a;
        break;
      }
      // "4년제 사립대 152곳의 시간강사 수": the owner is a counted set.
      if (w.cls == WordClass::kNumber && w.role == Role::kPossessive && k != cx.word) {
        const NounPhrase* set = PhraseEndingAt(cx, k - 1);
        if (set && set->role == Role::kNone && !set->in_parens)
          if (auto a = AsSubject(cx, *set, "counted_owner")) return WithCount(cx, *a, k, false);
        break;
      }
      // Dates and numbers may stand between the owner and its figure.
      if (w.cls == WordClass::kNumber && w.role == Role::kNone) continue;
      if (np && np->role == Role::kNone && Generic(cx, *np)) { k = static_cast<int>(np->first); continue; }
      break;
    }
  }
  // 3b. The set a survey asked: "전국 대학생 1448명을 대상으로 … 72.8%가".
  if (const NounPhrase* set = SurveyedSet(cx))
    if (auto a = AsSubject(cx, *set, "surveyed_set")) return a;
  // 4. The topic of the clause, then of the sentence; but a topic that
  // reports the figure's clause ("기상청은 … 태풍 산바가 시속 79km로 북상하고
  // 있다고 밝혔다") yields to a name that clause makes its own subject.
  bool reported = cx.p.ReportsFrom(cx.in.text, static_cast<std::size_t>(cx.word));
  for (bool whole : {false, true})
    for (const NounPhrase* np : PhrasesBefore(cx, whole))
      if (np->role == Role::kTopic && usable(np) && !MeasuredTopic(cx, *np)) {
        if (reported)
          for (const NounPhrase* inner : PhrasesBefore(cx, whole))
            if (inner->begin > np->end && inner->role == Role::kSubject && usable(inner) &&
                (IsEntity(cx, *inner) || !inner->known_head))
              if (auto a = AsSubject(cx, *inner, "reported_subject")) return a;
        if (auto a = AsSubject(cx, *np, whole ? "sentence_topic" : "topic")) {
          int k = CountBefore(cx, *np);
          return k >= 0 && k != cx.word ? WithCount(cx, *a, k, true) : a;
        }
      }
  // 5. The subject of the clause.
  for (const NounPhrase* np : PhrasesBefore(cx, false))
    if (np->role == Role::kSubject && usable(np) && !(np->known_head && metric_np == nullptr))
      if (auto a = AsSubject(cx, *np, "subject")) return a;
  // 6. "교보생명도 2854억원으로 ... 급증했다": a name with 도 opening the
  // clause stands where its topic would, beside an earlier one; a common
  // noun there ("일반보험도 71.9%") is a segment, not someone.
  for (const NounPhrase* np : PhrasesBefore(cx, false)) {
    bool opens = np->first == 0 || cx.p.clause_of_word[np->first - 1] != ClauseOf(cx);
    // "초빙교수도 4329명에서": a kind of people a head count counts.
    const Word& head = cx.p.words[np->last];
    bool counted_people = cx.q.kind == UnitKind::kCount && cx.q.unit_text.find("명") != std::string::npos &&
                          cx.in.words->IsPerson(cx.in.text.substr(head.stem_begin, head.stem_end - head.stem_begin));
    if (opens && cx.p.TakesAlso(cx.in.text, *np) && usable(np) && !counted_people &&
        (np->org || IsEntity(cx, *np) || !np->known_head))
      if (auto a = AsSubject(cx, *np, "also_topic")) return a;
  }
  // 7. A headline's comma topic.
  if (const NounPhrase* np = HeadlineTopic(cx); np && np != metric_np)
    if (auto a = AsSubject(cx, *np, "headline_topic")) return a;
  return std::nullopt;
}

}  // namespace

std::string KeyPart(std::string_view text) { return EscapeKeyText(text); }

std::optional<Entity> OpeningTopic(std::string_view sentence, const SentenceParse& parse,
                                   const WordLexicon& words) {
  // "하나금융투자는 … 늘어난다고 예상했다": a topic that reports speaks.
  if (parse.ReportsFrom(sentence, 0)) return std::nullopt;
  for (const NounPhrase& np : parse.phrases) {
    if (np.first > 2) break;
    if (np.role != Role::kTopic) continue;
    if (np.last - np.first >= 3) return std::nullopt;
    if ((np.known_head && !np.org) || np.in_parens || np.embedded || parse.AllGeneric(np) ||
        InsideQuotes(sentence, np.begin) || InsideBrackets(sentence, np.begin))
      return std::nullopt;
    // Not a pair ("성균관대·홍익대는"), nor a person ("배우 이병헌은", who
    // is no company's figure).
    if (sentence.substr(np.begin, np.end - np.begin).find("·") != std::string_view::npos) return std::nullopt;
    for (std::size_t k = np.first; k <= np.last; ++k) {
      const Word& w = parse.words[k];
      std::string_view stem = sentence.substr(w.stem_begin, w.stem_end - w.stem_begin);
      if (w.measure_head || words.IsPerson(stem) || (k == np.last && words.IsScope(stem))) return std::nullopt;
    }
    Entity e{PhraseId(sentence, parse, np), parse.PhraseText(sentence, np)};
    return e.id.size() >= 2 ? std::optional<Entity>(e) : std::nullopt;
  }
  return std::nullopt;
}

namespace {

// The word a figure's value opens on, given the word of its value: "2억
// 8000만원" opens on 2억; past a rate word written apart ("시속 79km": part
// of the unit, not a neighbour); on a qualifier written apart before it
// ("매출 약 10억 달러": 약), so that the word before that is the neighbour.
int OpeningWord(const AttributionInput& in, int word) {
  const Quantity& q = (*in.quantities)[in.figure];
  const std::vector<Word>& words = in.parse->words;
  int first = word;
  if (int w = in.parse->WordAt(q.begin); w >= 0 && w < word && q.basis_text.empty()) {
    std::string_view opener = in.text.substr(words[w].begin, words[w].end - words[w].begin);
    bool rate = q.unit_id.find('/') != std::string::npos;
    if (rate && opener.find_first_of("0123456789") == std::string_view::npos) ++w;
    if (words[w].cls == WordClass::kNumber) first = w;
  }
  if (first > 0 && words[first - 1].qualifies) --first;
  return first;
}

}  // namespace

FigureFrame AttributeFigure(const AttributionInput& in) {
  FigureFrame f;
  const Quantity& q = (*in.quantities)[in.figure];
  // The word of the value: "인구 10만명당 10.26개": not the basis word.
  Ctx cx{in, *in.parse, q, in.parse->WordAt(q.end > q.begin ? q.end - 1 : q.begin)};
  if (cx.word < 0) return f;
  cx.first = OpeningWord(in, cx.word);
  const NounPhrase* metric_np = nullptr;
  f.metric = FindMetric(cx, &metric_np);
  f.subject = FindSubject(cx, metric_np);
  return f;
}

}  // namespace suchi
