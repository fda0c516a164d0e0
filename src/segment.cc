// Sentence segmentation (see segment.h).
//
// Each line of the normalized text is a paragraph. Chrome lines (rules in
// rules/chrome.tsv) become one kChrome unit each. The first other line is
// the headline; short lines without final punctuation are subheadings
// (kHeadline) and are never split. Other lines are split with ICU's
// sentence BreakIterator, run on UTF-16 copies of the stretches of the line
// around possible sentence ends, whose boundaries are mapped back to byte
// offsets, then corrected:
//   + after a Hangul syllable and [.!?], whatever follows (ICU keeps
//     "했다. chat GPT" and "했다.4일" together): glued sentences
//     ("전망했다.이창영", "밝혔다.pbj@news1.kr") are split
//   + before a link/section marker (▶ ☞ ◆ ■) and a trailing URL
//   - inside a balanced pair of quotes, parentheses or brackets, or a URL
//   - after an abbreviation: a single Latin letter ("U.S.") or a short Latin
//     word that is not all upper case ("Mr.", "etc.", "Inc.")
//   - between numbers ("2019. 3. 27."), after a lone list ordinal ("3."),
//     before a footnote mark ("했다.[1]"), and before a particle glued to a
//     closing quote or bracket ("'[이벤트]'을")
//   ~ a boundary after an opening bracket or quote moves before it
// Finally every unit is checked against the chrome `line` rules.
#include "segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <memory>

#include "sentence_ends.h"

namespace suchi {
namespace {

// Lines longer than this (code points) are never subheadings.
constexpr std::size_t kMaxSubheadingChars = 64;
// The first line is the headline unless it is longer than this.
constexpr std::size_t kMaxHeadlineChars = 200;
// A single-quote pair longer than this (bytes) is not a quotation.
constexpr std::size_t kMaxSingleQuoteBytes = 400;
// Pairs longer than these (bytes) do not protect their inside: a stray
// bracket or quote must not glue a whole paragraph into one sentence.
constexpr std::size_t kMaxBracketBytes = 600;
constexpr std::size_t kMaxDoubleQuoteBytes = 2000;
// A double-quote pair around this many sentence ends or more is no quotation.
constexpr std::size_t kMaxQuotedSentences = 3;
constexpr std::string_view kUrlPrefixes[3] = {"http://", "https://", "www."};
// How deep an unmatched closing bracket looks for its opener.
constexpr std::size_t kMaxBracketSearch = 8;

char32_t CharAt(std::string_view s, std::size_t i, std::size_t* len) {
  unsigned char c = s[i];
  auto cont = [&](std::size_t k) -> char32_t {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3F : 0;
  };
  if (c < 0x80) { *len = 1; return c; }
  if (c < 0xE0) { *len = std::min<std::size_t>(2, s.size() - i); return ((c & 0x1F) << 6) | cont(1); }
  if (c < 0xF0) {
    *len = std::min<std::size_t>(3, s.size() - i);
    return ((c & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  }
  *len = std::min<std::size_t>(4, s.size() - i);
  return ((c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

// Returns the start of the character that ends at byte i (i > 0).
std::size_t PrevStart(std::string_view s, std::size_t i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

char32_t PrevChar(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  std::size_t len;
  return CharAt(s, PrevStart(s, i), &len);
}

// Byte steps over characters that cannot be a quote, bracket or marker:
// 1 for other ASCII, 3 for a character led by EA..ED (which holds the
// Hangul syllables), 0 for a byte the scans below must decode.
constexpr std::array<unsigned char, 256> kPlainStep = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = 1;
  for (char c : std::string_view("\"'()[]{}<>")) t[static_cast<unsigned char>(c)] = 0;
  for (int c = 0xEA; c <= 0xED; ++c) t[c] = 3;
  return t;
}();

// Returns the first offset at or after i where a character that may be a
// quote, bracket or marker starts (or s.size()), without decoding the rest.
std::size_t SkipPlain(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    unsigned char step = kPlainStep[p[i]];
    if (step == 0) return i;
    i += step;
  }
  return s.size();
}

// Byte steps of the scan for sentence ends (LineSplitter::IcuStretches):
// 1 for ASCII other than . ! ? CR LF, 3 for a lead byte EB or EC (always a
// Hangul syllable, U+B000..U+CFFF), 2 for another lead of three bytes, 0
// for a byte to decode.
constexpr std::array<unsigned char, 256> kStretchStep = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = 1;
  for (char c : std::string_view(".!?\r\n")) t[static_cast<unsigned char>(c)] = 0;
  for (int c = 0xE0; c < 0xF0; ++c) t[c] = 2;
  t[0xEB] = t[0xEC] = 3;
  return t;
}();

bool IsHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsTerminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x3002; }
bool IsMarker(char32_t c) { return c == 0x25B6 || c == 0x261E || c == 0x25C6 || c == 0x25A0; }
bool IsOpenBracket(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '<' || c == 0x300C || c == 0x300E ||
         c == 0x3008 || c == 0x300A || c == 0x3010 || c == 0x3014;
}
char32_t CloserOf(char32_t c) {
  switch (c) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    case 0x300C: return 0x300D;
    case 0x300E: return 0x300F;
    case 0x3008: return 0x3009;
    case 0x300A: return 0x300B;
    case 0x3010: return 0x3011;
    case 0x3014: return 0x3015;
  }
  return 0;
}
bool IsCloseBracket(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '>' || c == 0x300D || c == 0x300F ||
         c == 0x3009 || c == 0x300B || c == 0x3011 || c == 0x3015;
}

std::pair<std::size_t, std::size_t> TrimSpan(std::string_view s, std::size_t b, std::size_t e) {
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return {b, e};
}

// Returns true when the line ends like a sentence: . ! ? 。 … (before any
// closing quotes or brackets).
bool EndsWithSentencePunct(std::string_view line) {
  std::size_t e = line.size();
  while (e > 0) {
    char32_t c = PrevChar(line, e);
    if (c == '"' || c == '\'' || IsCloseBracket(c) || c == ' ') {
      e = PrevStart(line, e);
      continue;
    }
    return IsTerminal(c) || c == 0x2026;
  }
  return false;
}

// A short line without final punctuation that is not a "label: text" list
// item is a subheading. In the lead (after the headline, before the first
// body line) a short line ending in '?' or '!' is one too.
bool IsSubheading(std::string_view line, bool in_lead) {
  if (CountCodePoints(line, kMaxSubheadingChars) > kMaxSubheadingChars) return false;
  // A sentence end inside ("말했다.민혜정기자 ...") makes it body text;
  // '?' and '!' inside are common in titles ("해외로?···작년 ...").
  for (std::size_t p = line.find('.'); p != std::string_view::npos && p + 1 < line.size();
       p = line.find('.', p + 1)) {
    if (IsHangul(PrevChar(line, p)) && line[p + 1] != '.' && line[p + 1] != '"' &&
        line[p + 1] != '\'')
      return false;
  }
  // So does a '?' or '!' glued to a following letter ("하십니까?Q. ...").
  for (std::size_t p = line.find_first_of("?!"); p != std::string_view::npos && p + 1 < line.size();
       p = line.find_first_of("?!", p + 1)) {
    std::size_t len;
    char32_t next = CharAt(line, p + 1, &len);
    if (IsHangul(PrevChar(line, p)) && (IsHangul(next) || IsAsciiAlpha(next))) return false;
  }
  if (EndsWithSentencePunct(line)) {
    if (!in_lead) return false;
    std::size_t e = line.size();
    while (e > 0 && (line[e - 1] == '"' || line[e - 1] == '\'' || line[e - 1] == ' ')) --e;
    if (e == 0 || line[e - 1] == '.') return false;
  }
  std::size_t colon = line.find(": ");
  return colon == std::string_view::npos || colon == 0;
}

// Splits one line into sentence units. Scratch buffers are reused across
// lines, so there is no allocation per character.
class LineSplitter {
 public:
  LineSplitter() {
    UErrorCode err = U_ZERO_ERROR;
    bi_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), err));
    if (U_FAILURE(err)) bi_.reset();
  }

  // Returns ICU's boundaries alone (IcuSentenceBreaks).
  const std::vector<std::size_t>& IcuOnly(std::string_view line) {
    line_ = line;
    ends_.clear();
    IcuBoundaries();
    return ends_;
  }

  // Returns unit end offsets (relative to the line, ascending, last = size).
  const std::vector<std::size_t>& Split(std::string_view line) {
    line_ = line;
    ends_.clear();
    IcuBoundaries();
    PairQuotes();
    AddGlueBoundaries();
    AddMarkerBoundaries();
    std::sort(ends_.begin(), ends_.end());
    ends_.erase(std::unique(ends_.begin(), ends_.end()), ends_.end());
    Filter();
    return ends_;
  }

 private:
  // ICU runs on a UTF-16 copy of the line (its native form: iterating
  // UTF-8 through UText costs about as much again); u16_to_u8_ maps its
  // boundaries back to byte offsets. It runs only on the stretches of the
  // line that can hold a boundary (IcuStretches): the rest of the line is
  // neither copied nor read by ICU. A stretch longer than kIcuWindow bytes
  // goes through in windows, so the copies stay that small whatever the
  // line: a window's boundaries are kept up to kIcuLookahead bytes before
  // its end (where ICU's decision may depend on text past the window), and
  // the next window starts at the last one kept.
  static constexpr std::size_t kIcuWindow = 1 << 16;
  static constexpr std::size_t kIcuLookahead = 1024;

  void IcuBoundaries() {
    if (bi_) IcuStretches();
    ends_.push_back(line_.size());
  }

  // ICU's sentence rules (UAX #29) break only after a terminator (ATerm,
  // STerm) or a separator (Sep, CR, LF), and every rule that decides such a
  // break reads its context only up to the nearest letter on either side.
  // Between two Hangul syllables (OLetter) no rule looks across, so ICU
  // finds the same boundaries in the stretch between such cuts around each
  // terminator as in the whole line, and none in a stretch without one.
  // IcuRange runs ICU on each stretch [cut before the first terminator,
  // first cut after the last one); stretches share no byte.
  void IcuStretches() {
    const std::size_t n = line_.size();
    const auto* p = reinterpret_cast<const unsigned char*>(line_.data());
    std::size_t cut = 0, open = npos;  // the last cut; the open stretch's start
    bool prev_hangul = false;
    for (std::size_t i = 0; i < n;) {
      std::size_t len = kStretchStep[p[i]];
      bool hangul = len == 3;
      if (len != 1 && (len != 3 || i + 2 >= n)) {  // decoded as ToUtf16 does
        char32_t c;
        if (len == 2 && i + 2 < n)
          c = ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F), len = 3;
        else c = CharAt(line_, i, &len);
        hangul = IsHangul(c);
        if (open == npos && !hangul && MayEndSentence(c)) open = cut;
      }
      if (hangul && prev_hangul) {
        if (open != npos) IcuRange(open, i), open = npos;
        cut = i;
      }
      prev_hangul = hangul;
      i += len;
    }
    if (open != npos) IcuRange(open, n);
  }

  // Adds ICU's boundaries strictly inside line bytes [begin, end), which
  // start and end on characters, in windows of at most kIcuWindow bytes.
  void IcuRange(std::size_t begin, std::size_t end) {
    const std::size_t before = ends_.size();
    if (PlainSentenceBreaks(line_.substr(begin, end - begin), &ends_)) {  // most stretches
      for (std::size_t k = before; k < ends_.size(); ++k) ends_[k] += begin;
      return;
    }
    std::size_t from = begin;
    while (from < end) {
      bool last = end - from <= kIcuWindow;
      std::size_t to = last ? end : CharStart(from + kIcuWindow);
      std::size_t next = IcuWindow(from, to, last ? end - 1 : to - kIcuLookahead);
      if (last) break;
      // No boundary in the window: a sentence longer than it; go on from
      // the lookahead zone (a whole character).
      from = next > from ? next : CharStart(to - kIcuLookahead);
    }
  }

  // Returns the start of the character holding byte i of the line.
  std::size_t CharStart(std::size_t i) const {
    while (i > 0 && (static_cast<unsigned char>(line_[i]) & 0xC0) == 0x80) --i;
    return i;
  }

  // Adds ICU's boundaries in line bytes [from, to) that are at most `keep`
  // (and past from); returns the last one added, or `from`.
  std::size_t IcuWindow(std::size_t from, std::size_t to, std::size_t keep) {
    ToUtf16(from, to);
    std::size_t added = from;
    UErrorCode err = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, u16_.data(), static_cast<int64_t>(u16_.size()), &err);
    if (U_FAILURE(err)) return added;
    bi_->setText(&ut, err);
    if (U_SUCCESS(err)) {
      for (int32_t p = bi_->next(); p != icu::BreakIterator::DONE; p = bi_->next()) {
        std::size_t b = from + u16_to_u8_[static_cast<std::size_t>(p)];
        if (b > keep) break;
        if (b > from) ends_.push_back(added = b);
      }
    }
    utext_close(&ut);
    return added;
  }

  // Fills u16_ with line bytes [from, to) as UTF-16 (decoded as CharAt
  // does) and u16_to_u8_[k] with the offset from `from` of UTF-16 unit k
  // (k = size: the end).
  void ToUtf16(std::size_t from, std::size_t to) {
    std::string_view part = line_.substr(from, to - from);
    u16_.resize(part.size());  // never more UTF-16 units than bytes
    u16_to_u8_.resize(part.size() + 1);
    char16_t* u = u16_.data();
    std::uint32_t* map = u16_to_u8_.data();
    for (std::size_t i = 0; i < part.size();) {
      const auto* b = reinterpret_cast<const unsigned char*>(part.data()) + i;
      std::size_t len;
      char32_t c;
      if (b[0] < 0x80) {
        c = b[0], len = 1;
      } else if (b[0] >= 0xE0 && b[0] < 0xF0 && i + 2 < part.size()) {  // Hangul, CJK: inline
        c = ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F), len = 3;
      } else {
        c = CharAt(part, i, &len);
      }
      if (c >= 0x10000 && c <= 0x10FFFF) {
        *u++ = static_cast<char16_t>(0xD7C0 + (c >> 10));
        *u++ = static_cast<char16_t>(0xDC00 | (c & 0x3FF));
        *map++ = static_cast<std::uint32_t>(i);
      } else {
        *u++ = static_cast<char16_t>(c <= 0xFFFF ? c : 0xFFFD);
      }
      *map++ = static_cast<std::uint32_t>(i);
      i += len;
    }
    *map = static_cast<std::uint32_t>(part.size());
    u16_.resize(static_cast<std::size_t>(u - u16_.data()));
  }

  // Finds balanced quote and bracket pairs: Protected(p) when a boundary at
  // p would fall inside one; IsOpener(i) / IsCloser(i) mark paired quotes.
  // Sparse (sorted offsets and spans), so a line costs nothing per byte here.
  // The same pass adds the boundaries before link/section markers
  // (MarkerBoundary); ends_ is sorted after every pass.
  void PairQuotes() {
    std::size_t n = line_.size();
    openers_.clear();
    closers_.clear();
    spans_.clear();
    stack_.clear();
    std::size_t dq = npos, sq = npos;
    std::size_t i = 0;
    while ((i = SkipPlain(line_, i)) < n) {
      std::size_t len;
      char32_t c = CharAt(line_, i, &len);
      if (c == '"') {
        // A pair holding several sentence ends is two stray marks, not one
        // quotation: an unbalanced '"' must not glue a paragraph together.
        if (dq == npos) dq = i;
        else if (SentenceEnds(dq, i) >= kMaxQuotedSentences) dq = i;
        else { Protect(dq, i, kMaxDoubleQuoteBytes); dq = npos; }
      } else if (c == '\'') {
        char32_t prev = PrevChar(line_, i);
        char32_t next = i + 1 < n ? static_cast<unsigned char>(line_[i + 1]) : 0;
        bool apostrophe = (IsAsciiAlpha(prev) || IsDigit(prev)) && IsAsciiAlpha(next);
        // A single-quote pair names a term or a title: one holding a
        // sentence end is a stray mark and the next quote ("프로젝트 제이
        // 다이트'의 … 있다. … '브이시도'"), not a quotation.
        if (!apostrophe) {
          if (sq == npos || i - sq > kMaxSingleQuoteBytes || SentenceEnds(sq, i) > 0) sq = i;
          else { Protect(sq, i, kMaxSingleQuoteBytes); sq = npos; }
        }
      } else if (IsOpenBracket(c)) {
        stack_.push_back({c, i});
      } else if (IsCloseBracket(c)) {
        std::size_t lowest = stack_.size() > kMaxBracketSearch ? stack_.size() - kMaxBracketSearch : 0;
        for (std::size_t k = stack_.size(); k-- > lowest;) {
          if (CloserOf(stack_[k].first) != c) continue;
          Protect(stack_[k].second, i, kMaxBracketBytes);
          stack_.resize(k);
          break;
        }
      } else if (IsMarker(c)) {
        MarkerBoundary(i);
      }
      i += len;
    }
    // URLs: no boundary inside "http://...", "https://...", "www...." up to
    // the next space.
    std::size_t next[3];
    for (int k = 0; k < 3; ++k) next[k] = line_.find(kUrlPrefixes[k]);
    for (std::size_t u = 0; (u = FindUrl(u, next)) != npos;) {
      std::size_t stop = line_.find(' ', u);
      if (stop == npos) stop = n;
      if (u + 1 < stop) spans_.emplace_back(u + 1, stop);
      u = stop;
    }
    std::sort(openers_.begin(), openers_.end());
    std::sort(closers_.begin(), closers_.end());
    MergeSpans();
  }

  // Returns the number of sentence ends ("다. ", "다.\"" excluded) in
  // line_[b, e): a period after 다 and before a space.
  std::size_t SentenceEnds(std::size_t b, std::size_t e) const {
    std::size_t n = 0;
    for (std::size_t p = line_.find("다. ", b); p != npos && p < e; p = line_.find("다. ", p + 5)) ++n;
    return n;
  }

  // Sorts spans_ and merges overlapping or touching spans, so that
  // Protected is one binary search.
  void MergeSpans() {
    std::sort(spans_.begin(), spans_.end());
    std::size_t out = 0;
    for (const auto& sp : spans_) {
      if (out > 0 && sp.first <= spans_[out - 1].second)
        spans_[out - 1].second = std::max(spans_[out - 1].second, sp.second);
      else
        spans_[out++] = sp;
    }
    spans_.resize(out);
  }

  // Returns true when a boundary at p falls inside a quote, bracket or URL.
  bool Protected(std::size_t p) const {
    auto it = std::upper_bound(spans_.begin(), spans_.end(), std::make_pair(p, npos));
    return it != spans_.begin() && p < std::prev(it)->second;
  }

  bool IsOpener(std::size_t i) const { return std::binary_search(openers_.begin(), openers_.end(), i); }
  bool IsCloser(std::size_t i) const { return std::binary_search(closers_.begin(), closers_.end(), i); }

  // Returns the start of the next URL at or after `from`, or npos. `next`
  // caches the next hit of each prefix, so a line is scanned once per prefix.
  std::size_t FindUrl(std::size_t from, std::size_t next[3]) const {
    std::size_t best = npos;
    for (int k = 0; k < 3; ++k) {
      if (next[k] != npos && next[k] < from) next[k] = line_.find(kUrlPrefixes[k], from);
      best = std::min(best, next[k]);
    }
    return best;
  }

  // Records a pair; its inside is protected unless it spans more than
  // `max_bytes`.
  void Protect(std::size_t open, std::size_t close, std::size_t max_bytes) {
    openers_.push_back(open);
    closers_.push_back(close);
    if (close - open > max_bytes) return;
    spans_.emplace_back(open + 1, close + 1);  // open < p <= close
  }

  // After [.!?] following a Hangul syllable: a sentence end, even when a
  // lower-case word or a digit follows or no space (glued sentences).
  void AddGlueBoundaries() {
    std::size_t n = line_.size();
    // The next '.', '!' and '?' at or after the scan (npos: none), each found
    // by memchr, so the line is not walked byte by byte.
    constexpr char kEnds[3] = {'.', '!', '?'};
    std::size_t next[3];
    for (int k = 0; k < 3; ++k) next[k] = line_.find(kEnds[k]);
    auto next_end = [&](std::size_t from) {
      std::size_t best = npos;
      for (int k = 0; k < 3; ++k) {
        if (next[k] != npos && next[k] < from) next[k] = line_.find(kEnds[k], from);
        best = std::min(best, next[k]);
      }
      return best;
    };
    for (std::size_t i = next_end(0); i < n; i = next_end(i + 1)) {
      if (!IsHangul(PrevChar(line_, i))) continue;
      std::size_t j = i + 1;
      while (j < n && (line_[j] == '.' || line_[j] == '!' || line_[j] == '?')) ++j;
      i = j - 1;
      std::size_t glued = j;
      while (j < n && line_[j] == ' ') ++j;
      if (j >= n) continue;
      if (IsFootnoteAt(j)) {  // "했다. [3] 다음" : the marks end the sentence
        ends_.push_back(FootnotesEnd(j));
        continue;
      }
      std::size_t len;
      char32_t next = CharAt(line_, j, &len);
      if (next == '"' || next == '\'') {
        // After a space, or paired as an opener: the quote opens the next
        // sentence. A glued closer ends this one, unless a particle follows
        // ("했다.'고"). An unpaired glued quote opens unless a space follows.
        char32_t after = j + 1 < n ? CharAt(line_, j + 1, &len) : 0;  // quotes are 1 byte
        if (j > glued || IsOpener(j)) {
          ends_.push_back(j);
        } else if (IsCloser(j)) {
          if (!IsHangul(after)) ends_.push_back(j + 1);
        } else {
          ends_.push_back(after == 0 || after == ' ' ? j + 1 : j);
        }
      } else if (!IsCloseBracket(next)) {
        ends_.push_back(j);
      }
    }
  }

  // Before the marker ▶ ☞ ◆ ■ at i (not at the line start).
  void MarkerBoundary(std::size_t i) {
    if (i == 0) return;
    std::size_t b = i;
    if (PrevChar(line_, b) == '[') b = PrevStart(line_, b);  // "[▶ ...]"
    if (b > 0) ends_.push_back(b);
  }

  // Before a URL ending the line (the markers: PairQuotes).
  void AddMarkerBoundaries() {
    std::size_t n = line_.size();
    std::size_t sp = line_.rfind(' ');
    if (sp != std::string_view::npos && sp + 1 < n) {
      std::string_view last = line_.substr(sp + 1);
      if (last.substr(0, 7) == "http://" || last.substr(0, 8) == "https://") ends_.push_back(sp + 1);
    }
  }

  // Returns true when a footnote mark "[12]" starts at j: it stays with the
  // sentence before it.
  bool IsFootnoteAt(std::size_t j) const {
    if (line_[j] != '[') return false;
    std::size_t k = j + 1;
    while (k < line_.size() && k - j <= 3 && IsDigit(static_cast<unsigned char>(line_[k]))) ++k;
    return k > j + 1 && k < line_.size() && line_[k] == ']';
  }

  // Returns the end of the footnote marks starting at j ("[2][3] [4]").
  std::size_t FootnotesEnd(std::size_t j) const {
    std::size_t end = j;
    for (std::size_t k = j; k < line_.size() && IsFootnoteAt(k);) {
      end = line_.find(']', k) + 1;
      k = end;
      while (k < line_.size() && line_[k] == ' ') ++k;
    }
    return end;
  }

  // Returns true when footnote marks follow p (after spaces): they stay
  // with the sentence before.
  bool FootnoteFollows(std::size_t p) const {
    while (p < line_.size() && line_[p] == ' ') ++p;
    return p < line_.size() && IsFootnoteAt(p);
  }

  // Returns true when the boundary at p splits a number sequence: the unit
  // ends with a digit and '.', and a digit follows ("2019. 3. 27.", a list
  // ordinal "3." before its item is handled by IsOrdinalUnit).
  bool SplitsNumbers(std::size_t p) const {
    std::size_t e = p;
    while (e > 0 && line_[e - 1] == ' ') --e;
    if (e < 2 || line_[e - 1] != '.' || !IsDigit(static_cast<unsigned char>(line_[e - 2])))
      return false;
    // A dotted date "2019. 3. 27." continues the sentence.
    int groups = 0;
    for (std::size_t k = e; k > 0 && line_[k - 1] == '.'; ++groups) {
      std::size_t d = k - 1;
      while (d > 0 && IsDigit(static_cast<unsigned char>(line_[d - 1]))) --d;
      if (d == k - 1) break;
      k = d;
      while (k > 0 && line_[k - 1] == ' ') --k;
    }
    if (groups >= 3) return true;
    std::size_t k = p;
    while (k < line_.size() && line_[k] == ' ') ++k;
    return k < line_.size() && IsDigit(static_cast<unsigned char>(line_[k]));
  }

  // Returns true when [from, p) is only a list ordinal like "3." (1-3 digits).
  bool IsOrdinalUnit(std::size_t from, std::size_t p) const {
    while (from < p && line_[from] == ' ') ++from;
    while (p > from && line_[p - 1] == ' ') --p;
    if (p - from < 2 || p - from > 4 || line_[p - 1] != '.') return false;
    for (std::size_t k = from; k + 1 < p; ++k)
      if (!IsDigit(static_cast<unsigned char>(line_[k]))) return false;
    return true;
  }

  // Returns true when the unit ending at p ends with an abbreviation.
  bool EndsWithAbbreviation(std::size_t p) const {
    std::size_t e = p;
    while (e > 0 && line_[e - 1] == ' ') --e;
    if (e == 0 || line_[e - 1] != '.') return false;
    std::size_t w = e - 1;
    std::size_t b = w;
    while (b > 0 && IsAsciiAlpha(static_cast<unsigned char>(line_[b - 1]))) --b;
    std::size_t len = w - b;
    if (len == 0 || len > 4) return false;
    if (b > 0) {
      // The word must not continue a longer token ("GPT4.", "news1.").
      unsigned char before = line_[b - 1];
      if (before >= 0x80 || std::isalnum(before)) return false;
    }
    if (len == 1) return true;  // initials, "U.S."
    bool all_upper = true;
    for (std::size_t k = b; k < w; ++k) all_upper &= line_[k] >= 'A' && line_[k] <= 'Z';
    return !all_upper;
  }

  // Returns true when p directly follows a closing quote or bracket and a
  // Hangul syllable follows without a space: a particle continues the
  // sentence ("'[이벤트: 잡았다! 요놈!]'을 진행한다", "\"잘했다.\"고").
  bool ParticleAfterClose(std::size_t p) const {
    std::size_t len;
    if (p == 0 || p >= line_.size() || !IsHangul(CharAt(line_, p, &len))) return false;
    std::size_t s = PrevStart(line_, p);
    char32_t c = CharAt(line_, s, &len);
    return IsCloseBracket(c) || ((c == '"' || c == '\'') && IsCloser(s));
  }

  // Returns true when the quote at s opens: paired as an opener, or
  // unpaired and directly followed by a non-space character.
  bool OpensAt(std::size_t s) const {
    if (IsOpener(s)) return true;
    return !IsCloser(s) && s + 1 < line_.size() && line_[s + 1] != ' ';
  }

  void Filter() {
    std::size_t n = line_.size();
    kept_.clear();
    for (std::size_t p : ends_) {
      if (p >= n) continue;
      if (Protected(p) || EndsWithAbbreviation(p) || ParticleAfterClose(p) ||
          SplitsNumbers(p) || IsOrdinalUnit(kept_.empty() ? 0 : kept_.back(), p) ||
          FootnoteFollows(p))
        continue;
      // A unit must not end with an opening bracket or quote: move it back.
      std::size_t q = p;
      while (q > 0) {
        std::size_t s = PrevStart(line_, q);
        std::size_t len;
        char32_t c = CharAt(line_, s, &len);
        if (c == ' ' || IsOpenBracket(c) || ((c == '"' || c == '\'') && OpensAt(s))) q = s;
        else break;
      }
      if (q > 0 && (kept_.empty() || kept_.back() < q)) kept_.push_back(q);
    }
    kept_.push_back(n);
    ends_.swap(kept_);
  }

  static constexpr std::size_t npos = std::string_view::npos;
  std::unique_ptr<icu::BreakIterator> bi_;
  std::string_view line_;
  std::vector<std::size_t> ends_, kept_;
  std::u16string u16_;                  // the line in UTF-16, for ICU
  std::vector<std::uint32_t> u16_to_u8_;  // UTF-16 unit -> byte offset in line_
  std::vector<std::size_t> openers_, closers_;               // sorted
  std::vector<std::pair<std::size_t, std::size_t>> spans_;  // protected [b, e), disjoint
  std::vector<std::pair<char32_t, std::size_t>> stack_;
};

// Appends one unit [b, e) of the normalized text (already trimmed).
void Emit(const NormalizedText& norm, const CodePointIndex& cpi, std::size_t b, std::size_t e,
          int paragraph, SentenceKind kind, const std::string& rule, std::vector<Sentence>* out) {
  Sentence s;
  s.norm_begin = b;
  s.norm_end = e;
  s.start = norm.OrigBegin(b);
  s.end = norm.OrigEnd(e);
  s.char_start = cpi.CodePoints(s.start);
  s.char_end = cpi.CodePoints(s.end);
  s.paragraph = paragraph;
  s.kind = kind;
  s.chrome_rule = rule;
  s.text.assign(norm.text, b, e - b);
  out->push_back(std::move(s));
}

}  // namespace

std::vector<std::size_t> IcuSentenceBreaks(std::string_view line) {
  thread_local LineSplitter splitter;
  return splitter.IcuOnly(line);
}

std::vector<Sentence> Segment(const Article& article, const NormalizedText& norm,
                              const ChromeRules& chrome) {
  return Segment(article, norm, CodePointIndex(article.text), chrome);
}

std::vector<Sentence> Segment(const Article& article, const NormalizedText& norm,
                              const CodePointIndex& cpi, const ChromeRules& chrome) {
  std::string_view text = norm.text;
  std::vector<std::string_view> lines;
  std::vector<std::size_t> line_begin;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    line_begin.push_back(pos);
    pos = nl + 1;
  }
  std::vector<std::string> marks = chrome.MarkLines(lines);
  thread_local LineSplitter splitter;

  std::vector<Sentence> out;
  int paragraph = -1;
  bool headline_seen = !article.has_title;  // an untitled text starts with its body
  bool in_lead = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto [b, e] = TrimSpan(text, line_begin[i], line_begin[i] + lines[i].size());
    if (b == e) continue;
    ++paragraph;
    std::string_view line = text.substr(b, e - b);
    if (!marks[i].empty()) {
      Emit(norm, cpi, b, e, paragraph, SentenceKind::kChrome, marks[i], &out);
      continue;
    }
    bool first = !headline_seen;
    headline_seen = true;
    if ((first && CountCodePoints(line, kMaxHeadlineChars) <= kMaxHeadlineChars) ||
        (!first && IsSubheading(line, in_lead))) {
      Emit(norm, cpi, b, e, paragraph, SentenceKind::kHeadline, "", &out);
      continue;
    }
    in_lead = false;
    std::size_t ub = 0;
    const std::vector<std::size_t>& ends = splitter.Split(line);
    for (std::size_t ue : ends) {
      auto [sb, se] = TrimSpan(line, ub, ue);
      ub = ue;
      if (sb == se) continue;
      // A one-unit line was checked whole by MarkLines already.
      bool whole = sb == 0 && se == line.size();
      std::string rule = whole ? "" : chrome.MarkUnit(line.substr(sb, se - sb));
      Emit(norm, cpi, b + sb, b + se, paragraph,
           rule.empty() ? SentenceKind::kBody : SentenceKind::kChrome, rule, &out);
    }
  }
  // Without the growth slack (up to half again): the sentences of a huge
  // article are held through every later stage.
  if (out.capacity() > out.size() + out.size() / 8) out.shrink_to_fit();
  return out;
}

}  // namespace suchi
