// Word analysis: every eojeol (space-separated word) of a sentence split
// into a stem and what follows it, a particle (조사) or a verb ending, and
// classed as a noun, a predicate, an adverb or a number.
//
// The lexicon is the Korean Hunspell dictionary (Debian's hunspell-ko,
// about 100,000 stems: nouns, verb and adjective dictionary forms, adverbs
// and many inflected forms), read once at load time into hash sets, plus
// the particles, endings and light verbs of rules/words.tsv. Analysis never
// calls Hunspell itself: each word costs a handful of hash look-ups, so it
// runs at pipeline speed.
//
// What a word is, in order of preference:
//   1. a number: it holds a digit, or lies inside a quantity span;
//   2. a noun + particle: the word ends in a particle of words.tsv and the
//      rest is a dictionary noun ("사망자는" = 사망자 + 는);
//   3. a noun: the whole word is a dictionary noun;
//   4. a predicate: a dictionary inflected form, a noun + light verb +
//      ending ("사망했다" = 사망 + 했다: pred_noun 사망), or a word ending in
//      a verb ending of words.tsv after a dictionary verb stem ("죽고");
//   5. an adverb: a dictionary adverb ("가장", "모두");
//   6. an unknown noun + particle ("뉴호라이즌호는"): unknown stems are
//      usually proper nouns, which is why `known` is kept;
//   7. else an unknown noun.
#ifndef SUCHI_WORDS_H_
#define SUCHI_WORDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "status.h"
#include "types.h"

namespace suchi {

enum class WordClass { kNoun, kPredicate, kAdverb, kNumber, kOther };

// The role a particle gives the noun before it.
enum class Role {
  kNone,        // no particle
  kTopic,       // 은 는
  kSubject,     // 이 가 께서
  kObject,      // 을 를
  kPossessive,  // 의
  kPlace,       // 에 에서 에게 (where, to whom)
  kMeans,       // 으로 로 (by, as, to)
  kWith,        // 와 과 하고 및 (lists and comitatives)
  kBase,        // 보다 대비 (comparison bases)
  kFrom,        // 부터 에서부터
  kUntil,       // 까지
  kCopula,      // 이다 였다 (the word is a predicate noun)
  kOther,       // 도 만 등 ...
};
const char* RoleName(Role r);

// How a predicate ends.
// kQuotative: -다고, -라고 ("...불과하다고 지적했다"): a connective that
// closes a reported clause.
enum class Ending { kNone, kFinal, kConnective, kAdnominal, kNominal, kQuotative };

struct Word {
  std::size_t begin = 0, end = 0;            // the word, bytes in the sentence
  std::size_t stem_begin = 0, stem_end = 0;  // the stem, without edge punctuation
  WordClass cls = WordClass::kOther;
  Role role = Role::kNone;
  Ending ending = Ending::kNone;
  bool known = false;  // the stem is in the dictionary, or a compound of its nouns
  // The stem ends like an organisation's name (교육부, 금융감독원: words.tsv
  // 'suffix ... org') or like a measure (투자이익률: 'suffix ... measure').
  bool org = false, measure = false;
  // For "사망했다", "발생하여": the end of the noun 사망 / 발생 (bytes), else 0.
  std::size_t pred_noun_end = 0;
  bool comma_after = false;  // the word ends in ',' (or a closing mark and ',')
  bool generic = false;      // a generic noun (words.tsv) that is no modifier
  // A generic noun that measures the noun before it (words.tsv 'generic
  // ... measure': 투자 규모, 대기 기간): with that noun, a metric.
  bool measure_head = false;
  // A bound noun after an adnominal verb form that closes its clause as a
  // connective ending would ("보인 반면", "발표한 가운데"; words.tsv 'marker
  // ... link'): the verb before it is the clause's predicate.
  bool links = false;
  // A qualifier written apart right before a figure ("약 10억", "총 300명";
  // words.tsv 'marker ... qualifier'): an adverb of the figure.
  bool qualifies = false;
};

// Compiled word lexicon: immutable after Load, safe to share across threads.
class WordLexicon {
 public:
  // Reads rules/words.tsv (`path`) and the dictionary it names, or returns
  // an error naming file:line. A missing dictionary file is an error.
  static Result<std::shared_ptr<const WordLexicon>> Load(const std::string& path);
  // Builds a lexicon from rule text and dictionary words given directly
  // (tests): `dictionary` holds "word/flags" lines in NFC or jamo.
  static Result<std::shared_ptr<const WordLexicon>> FromText(std::string_view rules,
                                                             std::string_view dictionary);

  bool IsNoun(std::string_view w) const { return table_.Get(w) & kNoun; }
  bool IsAdverb(std::string_view w) const { return table_.Get(w) & kAdverb; }
  bool IsVerbStem(std::string_view w) const { return table_.Get(w) & kVerbStem; }
  bool IsInflected(std::string_view w) const { return table_.Get(w) & kInflected; }
  // True when `w` splits into two dictionary nouns ("해외증권", "특별관계자").
  bool IsCompound(std::string_view w) const;
  // True for nouns that are never a subject or metric head alone (words.tsv
  // 'generic' rows: 이번, 지난해, 것, 관계자).
  bool IsGeneric(std::string_view w) const { return table_.Get(w) & kGeneric; }
  std::size_t size() const { return table_.size(); }
  // The use of function word `w` (words.tsv 'marker' rows).
  enum class Marker { kNone, kExample, kPointer, kDeficit, kSigned, kDate, kLink, kQualifier };
  Marker MarkerOf(std::string_view w) const;
  // True when the word after byte `end` of `t` (past one space at least)
  // is a deficit marker, with or without its particle: "6161억원 적자를"
  // states a loss of 6161억원.
  bool StatesDeficit(std::string_view t, std::size_t end) const;
  // True when metric text `metric` names a figure that can be negative (it
  // holds a 'signed' marker: 영업이익, 무역수지), so that a deficit of it is
  // its negative.
  bool CanBeNegative(std::string_view metric) const;
  // True when `s` opens on a pointer marker followed by a space or a comma
  // ("이는 ...", "이것은 ..."): it speaks of the sentence before.
  bool OpensOnPointer(std::string_view s) const;
  // True when stem `s` is a scope word (words.tsv 'generic ... scope': 중,
  // 가운데, 때), which makes the phrase it ends a field or a time ("대학 중",
  // "양산 때"), never whom a figure is about; or, itself no dictionary
  // noun, ends in one marked 'glued' ("양산때").
  bool IsScope(std::string_view s) const;
  // True when stem `s` ends in a distributive suffix (words.tsv 'suffix ...
  // generic': 지역별, 용도별).
  bool IsDistributive(std::string_view s) const;
  // True when stem `s` is or ends in a person's title (words.tsv 'suffix
  // ... person': 의원, 교수, 회장): "박 의원", "구자용 회장".
  bool IsPerson(std::string_view s) const;
  // True when `s` is a noun of two syllables or more (or a compound of
  // them) + a measure suffix of words.tsv: 손해 + 율, 가입 + 률.
  bool MeasureCompound(std::string_view s) const;

  // Returns word t[b, e) as a number word: its edges only (AnalyzeWords
  // uses it for words that hold a quantity).
  Word Edges(std::string_view t, std::size_t b, std::size_t e) const;
  // Returns word t[b, e) as a noun without a particle (a word right before
  // "("), or as Analyze would when it is a number, adverb or inflected form.
  Word AnalyzeBare(std::string_view t, std::size_t b, std::size_t e) const;
  // Returns the role of the particle spelled exactly `text`, or kNone.
  Role ParticleRole(std::string_view text) const;
  // Analyses one word t[b, e) of a sentence (no spaces inside). The result
  // depends on the word's bytes only, so each thread keeps a small memo of
  // recent words (news repeats most of its words): about half the calls
  // are a hash and a compare.
  Word Analyze(std::string_view t, std::size_t b, std::size_t e) const;
  // The same without the memo (tests compare the two).
  Word AnalyzeUncached(std::string_view t, std::size_t b, std::size_t e) const {
    return Analyzed(t, b, e);
  }

 private:
  enum : std::uint8_t {
    kNoun = 1, kAdverb = 2, kVerbStem = 4, kInflected = 8, kGeneric = 16, kModifier = 32,
    kMeasureHead = 64, kScope = 128,
    kPredicateLike = kInflected | kAdverb
  };
  // Every lexicon word with its classes (a bit set), in one open-addressing
  // table over one byte arena: a look-up is one probe sequence, no nodes.
  // A slot is 8 bytes (hash, arena offset); the arena holds each word as
  // [length][classes][bytes], so a hit reads one slot and one arena line.
  class Table {
   public:
    // Sizes the table for `words` more entries of `bytes` in all, so
    // loading never rehashes nor moves the arena.
    void Reserve(std::size_t words, std::size_t bytes);
    void Add(std::string_view w, std::uint8_t classes);
    std::uint8_t Get(std::string_view w) const;
    std::size_t size() const { return count_; }

   private:
    struct Slot {
      std::uint32_t hash = 0;  // 0: empty
      std::uint32_t offset = 0;
    };
    static std::uint32_t HashOf(std::string_view w);
    void Grow(std::size_t slots);
    std::string arena_;
    std::vector<Slot> slots_;
    std::size_t count_ = 0;
    // One bit per hash (mod 2^20, 128 KB, cache-resident): most look-ups
    // are of strings the lexicon lacks and stop here.
    std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(1 << 14, 0);
  };
  struct Suffix {
    std::string text;
    Role role = Role::kNone;
    Ending ending = Ending::kNone;
    int after = 0;  // 1: after a closed syllable only, 2: after an open one only
  };
  Status AddRule(const struct RuleRow& row);
  void SortTables();
  Status AddDictionary(std::string_view text, const std::string& name);
  // The longest particle ending t[b, e) that leaves a stem of 1+ syllable.
  const Suffix* ParticleEnding(std::string_view t, std::size_t b, std::size_t e) const;
  bool PredicateAt(std::string_view t, std::size_t b, std::size_t e, Word& w) const;
  Word AnalyzeStem(std::string_view t, std::size_t b, std::size_t e) const;
  Word Analyzed(std::string_view t, std::size_t b, std::size_t e) const;  // uncached
  // True when t[b, e) ends in a case particle (은 는 이 가 을 를 의) after a
  // dictionary noun.
  bool CaseParticleSplit(std::string_view t, std::size_t b, std::size_t e) const;

  // Sets known/org/measure of a noun word from its stem t[b, e).
  void ClassifyStem(std::string_view t, std::size_t b, std::size_t e, Word& w) const;

  Table table_;
  // Tells this lexicon's memo entries from another's (Analyze).
  std::uint64_t serial_ = NextSerial();
  static std::uint64_t NextSerial();
  std::vector<std::pair<std::string, int>> suffixes_;  // text, 1 org 2 measure 3 generic 4 person 5 dimension; longest first
  std::vector<Suffix> particles_;  // longest first
  std::vector<Suffix> endings_;    // longest first
  // Indexes into particles_, endings_ and suffixes_ by the last character
  // of their text (SortTables), so a word tries only those that can end it:
  // a small open-addressing table over the character's bytes (L1-resident).
  class LastIndex {
   public:
    void Add(std::uint32_t key, int item);
    const std::vector<int>& Get(std::uint32_t key) const;

   private:
    static constexpr std::size_t kSlots = 1024;
    struct Slot {
      std::uint32_t key = 0;
      std::vector<int> items;
    };
    std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
  };
  LastIndex particles_by_last_, endings_by_last_, suffixes_by_last_;
  std::unordered_map<std::string, int> particle_by_text_;
  const std::vector<int>& ByLast(const LastIndex& index, std::string_view s) const;
  std::vector<std::string> glued_scopes_;  // scope words read glued: 때
  std::vector<std::string> light_verbs_;  // 하 했 해 한 할 되 됐 돼 된 될 ...
  std::vector<std::pair<std::string, Marker>> markers_;
  std::unordered_map<std::string, int> flag_class_;  // dictionary flag -> class
  std::vector<int> flag_by_number_;                  // the same for numeric flags
  std::string dictionary_path_;
};

// Returns the words of `sentence` in order. Words overlapping a quantity of
// `quantities` (in text order and non-overlapping, as FindQuantities gives
// them; kTime ones included) are numbers; a number word keeps the
// particle after its quantity ("3명이": role kSubject).
std::vector<Word> AnalyzeWords(std::string_view sentence, const std::vector<Quantity>& quantities,
                               const WordLexicon& lex);

// Returns `stem` with ㄹ added to an open last syllable ("줄어드" ->
// "줄어들"): the stem of a ㄹ-dropping verb form.
std::string WithRieul(std::string_view stem);

// Returns `text` with Hangul conjoining jamo (U+1100..U+11FF) composed into
// syllables, as the Korean Hunspell dictionary stores words decomposed.
std::string ComposeJamo(std::string_view text);
// The same into *out (cleared first), reusing its buffer.
void ComposeJamoInto(std::string_view text, std::string* out);

}  // namespace suchi

#endif  // SUCHI_WORDS_H_
