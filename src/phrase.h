// Literal phrase lookup for the lexicons of the extract stage. Each table
// of phrases is a byte trie; bit sets of the first two characters of its
// phrases (of the one character of a one-character phrase) reject almost
// every other position with a table lookup or two. A PhraseScanner finds
// the candidate positions of several tables in one pass over a sentence,
// so each table walks its trie from those positions only. Time is linear in
// the text length times the longest phrase.
#ifndef SUCHI_PHRASE_H_
#define SUCHI_PHRASE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "status.h"

namespace suchi {

// One phrase occurrence: bytes [begin, end) of the scanned text and the
// index of the table row the phrase belongs to.
struct PhraseMatch {
  std::size_t begin = 0, end = 0;
  int row = -1;
};

// Byte offsets of a text where a phrase may start, ascending: the first
// bytes of its characters where a table's start hashes allow one
// (PhraseScanner).
using PhraseStarts = std::vector<std::uint32_t>;

// Finds literal phrases, leftmost-longest, without overlaps.
class PhraseMatcher {
 public:
  // Adds `phrase` for table row `row`. Returns an error for a phrase listed
  // twice with different rows.
  Status Add(const std::string& phrase, int row, const std::string& where);
  // Builds the trie of the phrases added so far.
  Status Compile(const std::string& where);
  // Returns the matches in `text`, in text order. When `word_start` is
  // true, a match whose first character is a Hangul syllable or a Latin
  // letter must not follow a Hangul syllable or Latin letter.
  std::vector<PhraseMatch> FindAll(std::string_view text, bool word_start) const;
  // The same, trying only `starts`: this matcher's candidates from a
  // PhraseScanner built with it, over the same text.
  std::vector<PhraseMatch> FindAll(std::string_view text, bool word_start,
                                   const PhraseStarts& starts) const;
  // Sets (*present)[row] for the row of every phrase that occurs in `text`
  // at any byte, overlapping or not (`text.find(phrase) != npos`).
  // `present` must have a slot for every row.
  void MarkPresent(std::string_view text, std::vector<char>* present) const;
  // The same, trying only `starts` (as for FindAll).
  void MarkPresent(std::string_view text, const PhraseStarts& starts,
                   std::vector<char>* present) const;
  bool empty() const { return rows_.empty(); }

 private:
  friend class PhraseScanner;
  // A byte trie of the phrases: node 0 is the root; each node lists its
  // children sorted by byte and the row of the phrase ending there.
  struct Node {
    std::vector<std::pair<unsigned char, int>> kids;
    int row = -1;
    int wide = -1;  // with many kids: its row of wide_, all 256 bytes
  };
  // Returns the end of the longest phrase starting at text[b], or b.
  std::size_t LongestAt(std::string_view text, std::size_t b, int* row) const;
  // False when no phrase can start at text[b].
  bool MayStartAt(std::string_view text, std::size_t b) const;
  // Returns the child of trie node n by byte c, or 0 (none).
  int Child(int n, unsigned char c) const;
  // The candidates of this matcher alone.
  PhraseStarts Starts(std::string_view text) const;
  std::unordered_map<std::string, int> rows_;
  std::vector<Node> trie_;
  int root_[256] = {};  // the root's children by byte (0: none)
  std::vector<int> wide_;  // children by byte of the wide nodes, 256 a node
  // Bit sets of start hashes: of one-character phrases, of the first
  // two characters of longer ones (PairHash), and of the first character
  // of longer ones.
  std::vector<std::uint64_t> one_char_, two_chars_, first_chars_;
  bool any_start_ = true;   // a cut character: a phrase may start anywhere
  bool lead_starts_ = true;  // no phrase starts with a UTF-8 continuation byte
};

// Candidate starts of up to eight compiled matchers in one pass over a
// text. Holds no reference to the matchers: rebuild it when they change.
class PhraseScanner {
 public:
  // Takes the start hashes of `matchers` (compiled, at most eight):
  // matcher k gets (*starts)[k] from Scan.
  void Build(const std::vector<const PhraseMatcher*>& matchers);
  // Sets (*starts)[k] to the candidates of matcher k in `text`.
  void Scan(std::string_view text, std::vector<PhraseStarts>* starts) const;

 private:
  // Appends `at` to the starts of the matchers of the bits of `mask`.
  static void Add(unsigned mask, std::size_t at, std::vector<PhraseStarts>* starts);
  // By start hash: bit k for matcher k of its one-character phrases and
  // bit k + 8 of the first characters of its longer phrases (by_char_);
  // bit k of the first two characters of its longer phrases (two_chars_).
  std::vector<std::uint16_t> by_char_;
  std::vector<std::uint8_t> two_chars_;
  std::uint8_t any_ = 0;  // matchers without usable start hashes
  std::size_t count_ = 0;
};

// Returns true when `s` at byte `i` starts a Hangul syllable or an ASCII
// letter (word characters for entity and particle boundaries).
bool IsWordCharAt(std::string_view s, std::size_t i);
// Returns the byte offset where the UTF-8 character ending at `i` starts.
std::size_t PrevCharStart(std::string_view s, std::size_t i);

}  // namespace suchi

#endif  // SUCHI_PHRASE_H_
