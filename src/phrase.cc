// Phrase tries and their one-pass start scan (see phrase.h). A position is
// a candidate when the hash of the character there (as many bytes as its
// lead byte says) is that of a one-character phrase, or the hash of that
// character and the next is that of the first two characters of a longer
// phrase. Equal bytes hash equally, so no match is ever skipped; the hashes
// only reject.
#include "phrase.h"

#include <algorithm>
#include <bit>

namespace suchi {
namespace {

constexpr std::size_t kHashes = 1 << 16;
constexpr std::size_t kWideKids = 6;  // more kids than this: a direct table

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The byte length of the UTF-8 character whose lead byte is c (1 for a
// continuation or invalid byte).
std::size_t LeadLength(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// A 16-bit hash of the `len` bytes at p: the code point of a character of
// the Basic Multilingual Plane.
inline unsigned StartHash(const unsigned char* p, std::size_t len) {
  unsigned h = p[0];
  if (len >= 2) h = ((h & 0x1F) << 6) | (p[1] & 0x3F);
  if (len >= 3) h = ((h & 0x3FF) << 6) | (p[2] & 0x3F);
  if (len >= 4) h = ((h & 0xFFFF) << 6) | (p[3] & 0x3F);
  return h & (kHashes - 1);
}

// Returns the start hash of the character at text[b], or -1 when text ends
// inside it (or at b).
inline long HashAt(std::string_view text, std::size_t b) {
  if (b >= text.size()) return -1;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + b;
  if (p[0] < 0x80) return p[0];
  std::size_t len = LeadLength(p[0]);
  return text.size() - b < len ? -1 : static_cast<long>(StartHash(p, len));
}

// A 16-bit hash of two characters' start hashes.
inline unsigned PairHash(long first, long second) {
  return ((static_cast<unsigned>(first) * 0x9E3779B1u) >> 16 ^ static_cast<unsigned>(second)) &
         (kHashes - 1);
}

// A character of a scanned text: its start hash (-1: the text ends inside
// it or before it) and its byte length by its lead byte.
struct Char {
  long hash;
  std::size_t len;
};

// Returns the character at p[b] of the n bytes at p: HashAt, with the
// Hangul case unrolled.
inline Char CharAt(const unsigned char* p, std::size_t n, std::size_t b) {
  if (b >= n) return {-1, 1};
  unsigned c = p[b];
  if (c < 0x80) return {c, 1};
  if ((c & 0xF0) == 0xE0 && n - b >= 3)  // StartHash(p + b, 3)
    return {((c & 0x0F) << 12) | ((p[b + 1] & 0x3F) << 6) | (p[b + 2] & 0x3F), 3};
  std::size_t len = LeadLength(c);
  return {n - b < len ? -1 : static_cast<long>(StartHash(p + b, len)), len};
}

bool Test(const std::vector<std::uint64_t>& bits, unsigned h) { return (bits[h >> 6] >> (h & 63)) & 1; }

void Set(std::vector<std::uint64_t>& bits, unsigned h) { bits[h >> 6] |= std::uint64_t{1} << (h & 63); }

}  // namespace

Status PhraseMatcher::Add(const std::string& phrase, int row, const std::string& where) {
  if (phrase.empty()) return Status::Error(where + ": empty phrase");
  auto [it, inserted] = rows_.emplace(phrase, row);
  if (!inserted && it->second != row)
    return Status::Error(where + ": phrase '" + phrase + "' is listed for two rows");
  return Status();
}

Status PhraseMatcher::Compile(const std::string& where) {
  trie_.assign(1, Node());
  one_char_.assign(kHashes / 64, 0);
  two_chars_.assign(kHashes / 64, 0);
  first_chars_.assign(kHashes / 64, 0);
  any_start_ = false;
  lead_starts_ = true;
  for (const auto& [phrase, row] : rows_) {
    std::size_t second = LeadLength(static_cast<unsigned char>(phrase[0]));
    long h1 = HashAt(phrase, 0), h2 = HashAt(phrase, second);
    if (h1 >= 0 && phrase.size() == second) Set(one_char_, static_cast<unsigned>(h1));
    else if (h1 >= 0 && h2 >= 0) Set(two_chars_, PairHash(h1, h2)), Set(first_chars_, static_cast<unsigned>(h1));
    else any_start_ = true;  // a cut character
    if (IsContinuation(static_cast<unsigned char>(phrase[0]))) lead_starts_ = false;
    int n = 0;
    for (unsigned char c : phrase) {
      auto& kids = trie_[n].kids;
      auto it = std::lower_bound(kids.begin(), kids.end(), std::make_pair(c, 0),
                                 [](const auto& a, const auto& b) { return a.first < b.first; });
      if (it != kids.end() && it->first == c) {
        n = it->second;
        continue;
      }
      int fresh = static_cast<int>(trie_.size());
      kids.insert(it, {c, fresh});
      trie_.emplace_back();
      n = fresh;
    }
    trie_[n].row = row;
  }
  std::fill(std::begin(root_), std::end(root_), 0);
  for (const auto& [c, node] : trie_[0].kids) root_[c] = node;
  // Nodes after a lead byte have up to 64 kids: look those up directly.
  wide_.clear();
  for (Node& node : trie_) {
    if (node.kids.size() <= kWideKids) continue;
    node.wide = static_cast<int>(wide_.size() / 256);
    wide_.resize(wide_.size() + 256, 0);
    for (const auto& [c, kid] : node.kids) wide_[node.wide * 256 + c] = kid;
  }
  return Status();
}

bool PhraseMatcher::MayStartAt(std::string_view text, std::size_t b) const {
  if (any_start_) return true;
  long h1 = HashAt(text, b);
  if (h1 < 0) return false;
  if (Test(one_char_, static_cast<unsigned>(h1))) return true;
  long h2 = HashAt(text, b + LeadLength(static_cast<unsigned char>(text[b])));
  return h2 >= 0 && Test(two_chars_, PairHash(h1, h2));
}

int PhraseMatcher::Child(int n, unsigned char c) const {
  if (trie_[n].wide >= 0) return wide_[trie_[n].wide * 256 + c];
  for (const auto& [byte, kid] : trie_[n].kids) {
    if (byte == c) return kid;
    if (byte > c) break;
  }
  return 0;
}

std::size_t PhraseMatcher::LongestAt(std::string_view text, std::size_t b, int* row) const {
  std::size_t best = b;
  if (b >= text.size()) return best;
  int n = root_[static_cast<unsigned char>(text[b])];
  if (n == 0) return best;
  if (trie_[n].row >= 0) best = b + 1, *row = trie_[n].row;
  for (std::size_t i = b + 1; i < text.size(); ++i) {
    n = Child(n, static_cast<unsigned char>(text[i]));
    if (n == 0) break;
    if (trie_[n].row >= 0) best = i + 1, *row = trie_[n].row;
  }
  return best;
}

PhraseStarts PhraseMatcher::Starts(std::string_view text) const {
  PhraseStarts out;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!IsContinuation(static_cast<unsigned char>(text[i])) && MayStartAt(text, i))
      out.push_back(static_cast<std::uint32_t>(i));
  return out;
}

std::vector<PhraseMatch> PhraseMatcher::FindAll(std::string_view text, bool word_start) const {
  return FindAll(text, word_start, Starts(text));
}

std::vector<PhraseMatch> PhraseMatcher::FindAll(std::string_view text, bool word_start,
                                                const PhraseStarts& starts) const {
  // Leftmost-longest: at each character, the longest phrase starting there;
  // after a match, the scan resumes at its end, even inside a character.
  std::vector<PhraseMatch> out;
  if (trie_.size() <= 1) return out;
  std::size_t pos = 0, k = 0;
  bool resume = true;  // pos is 0 or a match's end
  for (;;) {
    std::size_t b;
    if (resume && pos < text.size() && IsContinuation(static_cast<unsigned char>(text[pos])) &&
        MayStartAt(text, pos)) {
      b = pos;
    } else {
      while (k < starts.size() && starts[k] < pos) ++k;
      if (k == starts.size()) break;
      b = starts[k++];
    }
    int row = -1;
    // Inside a word, a word-start match would be refused: skip the lookup.
    bool ok = !word_start || b == 0 || !IsWordCharAt(text, b) ||
              !IsWordCharAt(text, PrevCharStart(text, b));
    std::size_t e = ok ? LongestAt(text, b, &row) : b;
    resume = e > b;
    if (resume) out.push_back({b, e, row});
    pos = resume ? e : b + 1;  // a shorter phrase may start inside a refused match
  }
  return out;
}

void PhraseMatcher::MarkPresent(std::string_view text, std::vector<char>* present) const {
  MarkPresent(text, Starts(text), present);
}

void PhraseMatcher::MarkPresent(std::string_view text, const PhraseStarts& starts,
                                std::vector<char>* present) const {
  auto mark_from = [&](std::size_t b) {
    int n = root_[static_cast<unsigned char>(text[b])];
    for (std::size_t i = b + 1; n != 0; ++i) {
      if (trie_[n].row >= 0) (*present)[trie_[n].row] = 1;
      n = i < text.size() ? Child(n, static_cast<unsigned char>(text[i])) : 0;
    }
  };
  if (trie_.size() <= 1) return;
  if (!lead_starts_) {  // a phrase may start inside a character: try every byte
    for (std::size_t b = 0; b < text.size(); ++b) mark_from(b);
    return;
  }
  for (std::uint32_t b : starts) mark_from(b);
}

void PhraseScanner::Build(const std::vector<const PhraseMatcher*>& matchers) {
  by_char_.assign(kHashes, 0);
  two_chars_.assign(kHashes, 0);
  any_ = 0;
  count_ = std::min<std::size_t>(matchers.size(), 8);
  auto merge = [](const std::vector<std::uint64_t>& bits, unsigned bit, auto& masks) {
    for (std::size_t w = 0; w < bits.size(); ++w)
      for (std::uint64_t b = bits[w]; b != 0; b &= b - 1) masks[w * 64 + std::countr_zero(b)] |= bit;
  };
  for (std::size_t k = 0; k < count_; ++k) {
    const PhraseMatcher& m = *matchers[k];
    if (m.any_start_ || m.trie_.empty()) any_ |= 1 << k;
    merge(m.one_char_, 1 << k, by_char_);
    merge(m.two_chars_, 1 << k, two_chars_);
    merge(m.first_chars_, 1 << (k + 8), by_char_);
  }
}

void PhraseScanner::Add(unsigned mask, std::size_t at, std::vector<PhraseStarts>* starts) {
  for (; mask != 0; mask &= mask - 1)
    (*starts)[std::countr_zero(mask)].push_back(static_cast<std::uint32_t>(at));
}

void PhraseScanner::Scan(std::string_view text, std::vector<PhraseStarts>* starts) const {
  starts->resize(count_);
  for (PhraseStarts& s : *starts) s.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  // The tables in locals: the appends to `starts` cannot make them reload.
  const std::uint16_t* by_char = by_char_.data();
  const std::uint8_t* two = two_chars_.data();
  const unsigned any = any_;
  // The character at i (start hash `hash`, `len` bytes by its lead): one
  // look-up gives the one-character phrases' bits (below) and the first
  // characters' of longer phrases (above; then the next character is read).
  auto visit = [&](std::size_t i, unsigned hash, std::size_t len) {
    unsigned entry = by_char[hash], mask = any | (entry & 0xFF);
    if (entry > 0xFF) {
      Char after = CharAt(p, n, i + len);
      if (after.hash >= 0) mask |= two[PairHash(hash, after.hash)];
    }
    if (mask != 0) Add(mask, i, starts);
  };
  // A three-byte character with both continuation bytes (Hangul): CharAt,
  // unrolled.
  auto three = [&](std::size_t i) {
    return (p[i] & 0xF0) == 0xE0 && i + 2 < n && ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) < 0x40;
  };
  for (std::size_t i = 0; i < n;) {
    unsigned c = p[i];
    if (three(i)) {  // a run of them in a loop of its own: most of a Korean text
      do {
        visit(i, ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F), 3);
        i += 3;
      } while (i < n && three(i));
      continue;
    }
    if (c < 0x80) {
      visit(i, c, 1);
      ++i;
      continue;
    }
    if (IsContinuation(c)) {  // a stray byte starts nothing
      ++i;
      continue;
    }
    Char cur = CharAt(p, n, i);
    std::size_t step = 1;  // to the next byte checked: past cur's continuation bytes
    while (step < cur.len && i + step < n && IsContinuation(p[i + step])) ++step;
    if (cur.hash >= 0) visit(i, static_cast<unsigned>(cur.hash), cur.len);
    else if (any != 0) Add(any, i, starts);  // the text ends inside it
    i += step;
  }
}

bool IsWordCharAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = s[i];
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  // Hangul syllables U+AC00..U+D7A3 are EA B0 80 .. ED 9E A3.
  if (i + 2 >= s.size()) return false;
  unsigned cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                (static_cast<unsigned char>(s[i + 2]) & 0x3F);
  return (c & 0xF0) == 0xE0 && cp >= 0xAC00 && cp <= 0xD7A3;
}

std::size_t PrevCharStart(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  std::size_t p = i - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

}  // namespace suchi
