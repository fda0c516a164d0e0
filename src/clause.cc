// Clauses (see clause.h): one pass over the words builds the noun phrases,
// a second one the clauses.
#include "clause.h"

#include <array>

namespace suchi {

int SentenceParse::WordAt(std::size_t pos) const {
  std::size_t lo = 0, hi = words.size();
  while (lo < hi) {  // the first word ending after pos
    std::size_t mid = (lo + hi) / 2;
    if (words[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.size() && words[lo].begin <= pos ? static_cast<int>(lo) : -1;
}

std::string SentenceParse::PhraseText(std::string_view t, const NounPhrase& p) const {
  std::string out;
  for (std::size_t i = p.first; i <= p.last; ++i) {
    const Word& w = words[i];
    if (!out.empty()) out += ' ';
    out.append(t.substr(w.stem_begin, w.stem_end - w.stem_begin));
  }
  return out;
}

bool SentenceParse::AllGeneric(const NounPhrase& p) const {
  for (std::size_t i = p.first; i <= p.last; ++i)
    if (!words[i].generic) return false;
  return true;
}

bool SentenceParse::ReportsFrom(std::string_view t, std::size_t from) const {
  for (std::size_t k = from; k < words.size(); ++k) {
    const Word& w = words[k];
    if (w.cls == WordClass::kPredicate && w.ending == Ending::kQuotative) return true;
    std::string_view rest = t.substr(w.stem_end, w.end - w.stem_end);
    while (!rest.empty() && static_cast<unsigned char>(rest.back()) < 0x80) rest.remove_suffix(1);
    if (w.role == Role::kCopula && rest.size() >= 6 && rest.substr(rest.size() - 6) == "라고") return true;
  }
  return false;
}

bool SentenceParse::TakesAlso(std::string_view t, const NounPhrase& p) const {
  const Word& w = words[p.last];
  return t.substr(w.stem_end, w.end - w.stem_end).substr(0, 3) == "도";
}

namespace {

// True when a noun word may continue a phrase with the word after it.
bool Bare(const Word& w) {
  // Generic words (중, 지난해) end a phrase; modifiers do not ("국내 기업").
  return w.cls == WordClass::kNoun && w.role == Role::kNone && !w.comma_after && !w.generic &&
         w.stem_end == w.end;  // no closing quote or bracket between
}

bool ClosesClause(const Word& w) {
  return w.cls == WordClass::kPredicate &&
         (w.ending == Ending::kFinal || w.ending == Ending::kConnective ||
          w.ending == Ending::kQuotative);
}

// "태풍 '산바(SANBA)'가", "한국은행(한은)은": a name glossed in parentheses
// that the particle follows. The particle marks the name, not the gloss,
// so the role moves to the phrase written right before the parentheses.
void GlossTakesNoRole(std::string_view t, SentenceParse& p) {
  for (std::size_t k = 1; k < p.phrases.size(); ++k) {
    NounPhrase& gloss = p.phrases[k];
    NounPhrase& name = p.phrases[k - 1];
    if (!gloss.in_parens || gloss.role == Role::kNone || name.in_parens || name.role != Role::kNone) continue;
    // The parenthesis closes right after the gloss: "(SANBA)'가", not
    // "(개방형 AI의 성능을 ... 사이트)'에서".
    const Word& last = p.words[gloss.last];
    if (name.last + 1 != gloss.first || t.substr(last.begin, last.end - last.begin).find(')') == std::string_view::npos)
      continue;
    bool touching = true;  // only quote marks and "(" between them, no space
    for (std::size_t b = name.end; b < gloss.begin && touching; ++b)
      touching = t[b] == '(' || t[b] == '\'' || t[b] == '"' || static_cast<unsigned char>(t[b]) >= 0x80;
    if (!touching || t.substr(name.end, gloss.begin - name.end).find('(') == std::string_view::npos) continue;
    name.role = gloss.role;
    gloss.role = Role::kNone;
  }
}

// Returns the change of the parenthesis depth over `w`: +1 per '(', -1
// per ')', by a table (one look-up a byte, no branch).
int ParenDelta(std::string_view w) {
  static constexpr std::array<signed char, 256> kStep = [] {
    std::array<signed char, 256> t{};
    t['('] = 1;
    t[')'] = -1;
    return t;
  }();
  int d = 0;
  for (char c : w) d += kStep[static_cast<unsigned char>(c)];
  return d;
}

}  // namespace

SentenceParse ParseClauses(std::string_view t, std::vector<Word> words) {
  SentenceParse p;
  p.words = std::move(words);
  const std::vector<Word>& ws = p.words;
  p.phrase_of_word.assign(ws.size(), -1);
  p.clause_of_word.assign(ws.size(), 0);
  int depth = 0;  // parentheses
  for (std::size_t i = 0; i < ws.size();) {
    const Word& w = ws[i];
    bool opens = t.substr(w.begin, w.end - w.begin).find('(') != std::string_view::npos;
    if (w.cls != WordClass::kNoun) {
      depth += ParenDelta(t.substr(w.begin, w.end - w.begin));
      if (depth < 0) depth = 0;
      ++i;
      continue;
    }
    NounPhrase np;
    np.first = i;
    std::size_t j = i;
    // A generic word joins only as a one-syllable bound head ("특허 수"),
    // never "미국 대비" or "기업 관계자".
    // A measuring head joins too ("투자 규모", "대기 기간").
    auto joins = [&](const Word& w) {
      return w.cls == WordClass::kNoun && w.stem_begin == w.begin &&
             (!w.generic || w.measure_head || w.stem_end - w.stem_begin <= 3);
    };
    while (j + 1 < ws.size() && Bare(ws[j]) && joins(ws[j + 1]))
      ++j;
    np.last = j;
    np.begin = ws[i].stem_begin;
    np.end = ws[j].stem_end;
    np.role = ws[j].role;
    np.known_head = ws[j].known;
    np.org = ws[j].org, np.measure = ws[j].measure;
    np.in_parens = depth > 0 || (opens && ws[i].stem_begin > ws[i].begin);
    for (std::size_t k = i; k <= j; ++k) {
      p.phrase_of_word[k] = static_cast<int>(p.phrases.size());
      depth += ParenDelta(t.substr(ws[k].begin, ws[k].end - ws[k].begin));
      if (depth < 0) depth = 0;
    }
    p.phrases.push_back(np);
    i = j + 1;
  }
  GlossTakesNoRole(t, p);
  // Clauses, and the arguments of relative clauses.
  Clause c;
  std::size_t clause_phrases = 0;  // first phrase of the current clause
  for (std::size_t i = 0; i < ws.size(); ++i) {
    p.clause_of_word[i] = static_cast<int>(p.clauses.size());
    const Word& w = ws[i];
    // ("증가한 가운데": a linked clause, no relative one.)
    bool linked = i + 1 < ws.size() && ws[i + 1].links;
    if (w.cls == WordClass::kPredicate && w.ending == Ending::kAdnominal && !linked) {
      // "엔비디아가 개발한 GPU": 엔비디아 acts inside the relative clause.
      for (std::size_t k = clause_phrases; k < p.phrases.size() && p.phrases[k].last < i; ++k)
        if (p.phrases[k].role == Role::kSubject || p.phrases[k].role == Role::kObject)
          if (p.phrases[k].last + 3 >= i) p.phrases[k].embedded = true;
    }
    if (ClosesClause(w) || w.links || i + 1 == ws.size()) {
      c.last = i;
      c.predicate = w.cls == WordClass::kPredicate ? static_cast<int>(i) : w.links ? static_cast<int>(i) - 1 : -1;
      p.clauses.push_back(c);
      c = Clause{};
      c.first = i + 1;
      while (clause_phrases < p.phrases.size() && p.phrases[clause_phrases].first <= i)
        ++clause_phrases;
    }
  }
  return p;
}

}  // namespace suchi
