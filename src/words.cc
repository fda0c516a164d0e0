// Word analysis (see words.h): the dictionary is read into hash sets once;
// a word is then split by trying the particles and endings of words.tsv
// that end it, longest first, and asking the sets about the rest.
#include "words.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cstring>
#include <sstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "phrase.h"
#include "rulefile.h"

namespace suchi {
namespace {

enum FlagClass { kNounFlag = 1, kAdverbFlag = 2, kInflectedFlag = 4 };

bool EndsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

// The final consonant ㅆ in a syllable's index ((c - 0xAC00) % 28).
constexpr char32_t kSsangSiot = 20;

// The Hangul syllable that ends at byte `i` of `s`, or 0.
char32_t SyllableBefore(std::string_view s, std::size_t i) {
  if (i < 3) return 0;
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if ((b(i - 3) & 0xF0) != 0xE0) return 0;
  char32_t c = (b(i - 3) & 0x0F) << 12 | (b(i - 2) & 0x3F) << 6 | (b(i - 1) & 0x3F);
  return c >= 0xAC00 && c <= 0xD7A3 ? c : 0;
}

// 1 when the syllable before byte i is closed (has a final consonant), 2
// when open, 0 when it is no syllable (a Latin letter: either fits).
int SyllableShape(std::string_view s, std::size_t i) {
  char32_t c = SyllableBefore(s, i);
  if (!c) return 0;
  return (c - 0xAC00) % 28 ? 1 : 2;
}

bool Fits(int after, int shape) { return after == 0 || shape == 0 || after == shape; }

// Fits, where a syllable closed by ㄹ takes the vowel forms of 로 ("지역별로").
bool FitsParticle(std::string_view t, std::size_t i, int after, std::string_view particle) {
  if (Fits(after, SyllableShape(t, i))) return true;
  char32_t c = SyllableBefore(t, i);
  return after == 2 && c && (c - 0xAC00) % 28 == 8 && particle.substr(0, 3) == "로";
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

Role RoleFromName(std::string_view n) {
  static const std::pair<const char*, Role> kRoles[] = {
      {"topic", Role::kTopic},   {"subject", Role::kSubject},       {"object", Role::kObject},
      {"possessive", Role::kPossessive}, {"place", Role::kPlace},   {"means", Role::kMeans},
      {"with", Role::kWith},     {"base", Role::kBase},             {"from", Role::kFrom},
      {"until", Role::kUntil},   {"copula", Role::kCopula},         {"other", Role::kOther}};
  for (const auto& [name, r] : kRoles)
    if (n == name) return r;
  return Role::kNone;
}

Ending EndingFromName(std::string_view n) {
  if (n == "final") return Ending::kFinal;
  if (n == "connective") return Ending::kConnective;
  if (n == "adnominal") return Ending::kAdnominal;
  if (n == "nominal") return Ending::kNominal;
  if (n == "quotative") return Ending::kQuotative;
  return Ending::kNone;
}

// True for bytes that may stand at a word's edge without being part of it:
// ASCII punctuation and the quote and bracket marks of Korean news.
std::size_t EdgeMarkAt(std::string_view t, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return (std::isalnum(c) || c == '%' || c == '.') ? 0 : 1;
  if (c == 0xE2 || c == 0xE3 || c == 0xEF) {  // ‘’“”「」『』《》〈〉（）…·
    if (i + 2 < t.size() + 0 && !IsWordCharAt(t, i)) return 3;
  }
  if (c == 0xC2 && i + 1 < t.size()) return 2;  // · and other Latin-1 marks
  return 0;
}

// Asks the kernel to map the pages of [p, p + n) in one call (Linux 5.14+;
// elsewhere a no-op): a fault per page costs more than the page itself.
void Populate(void* p, std::size_t n) {
#ifdef MADV_POPULATE_WRITE
  constexpr std::uintptr_t kPage = 4096;
  std::uintptr_t b = (reinterpret_cast<std::uintptr_t>(p) + kPage - 1) & ~(kPage - 1);
  std::uintptr_t e = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(kPage - 1);
  if (e > b) madvise(reinterpret_cast<void*>(b), e - b, MADV_POPULATE_WRITE);
#else
  (void)p, (void)n;
#endif
}

}  // namespace

namespace {

// A 64-bit hash of `w` read eight bytes at a time (words are short: one or
// two rounds), its tail by two overlapping loads; the length is mixed in,
// so the loads determine the word. Look-ups only: nothing stores it.
std::uint64_t WordHash(std::string_view w) {
  const char* p = w.data();
  std::size_t n = w.size();
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  auto mix = [&h](std::uint64_t k) {
    h = (h ^ k) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  };
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t k;
    std::memcpy(&k, p, 8);
    mix(k);
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    mix(std::uint64_t{a} << 32 | b);
  } else if (n > 0) {
    auto u = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    mix(u(0) << 16 | u(n / 2) << 8 | u(n - 1));
  }
  h *= 0x94D049BB133111EBull;
  return h ^ h >> 32;
}

}  // namespace

std::uint32_t WordLexicon::Table::HashOf(std::string_view w) {
  return static_cast<std::uint32_t>(WordHash(w)) | 1;  // never 0
}

void WordLexicon::Table::Reserve(std::size_t words, std::size_t bytes) {
  std::size_t slots = 1024;
  while (slots < words * 2) slots *= 2;
  if (slots > slots_.size()) Grow(slots);
  arena_.reserve(arena_.size() + bytes + 2 * words);
  Populate(arena_.data() + arena_.size(), arena_.capacity() - arena_.size());
}

void WordLexicon::Table::Grow(std::size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.reserve(slots);
  Populate(slots_.data(), slots * sizeof(Slot));
  slots_.assign(slots, Slot{});
  std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.hash) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].hash) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void WordLexicon::Table::Add(std::string_view w, std::uint8_t classes) {
  if (w.empty() || w.size() > 0xFF || arena_.size() + w.size() + 2 > 0xFFFFFFFFu) return;
  if ((count_ + 1) * 2 > slots_.size()) Grow(slots_.empty() ? 1024 : slots_.size() * 2);
  std::uint32_t h = HashOf(w);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (!s.hash) {
      bits_[(h >> 6) & 0x3FFF] |= std::uint64_t{1} << (h & 63);
      s = Slot{h, static_cast<std::uint32_t>(arena_.size())};
      arena_.push_back(static_cast<char>(w.size()));
      arena_.push_back(static_cast<char>(classes));
      arena_.append(w);
      ++count_;
      return;
    }
    const char* e = arena_.data() + s.offset;
    if (s.hash == h && static_cast<unsigned char>(e[0]) == w.size() &&
        std::memcmp(e + 2, w.data(), w.size()) == 0) {
      arena_[s.offset + 1] = static_cast<char>(static_cast<unsigned char>(e[1]) | classes);
      return;
    }
  }
}

std::uint8_t WordLexicon::Table::Get(std::string_view w) const {
  if (slots_.empty() || w.empty() || w.size() > 0xFF) return 0;
  std::uint32_t h = HashOf(w);
  if (!(bits_[(h >> 6) & 0x3FFF] >> (h & 63) & 1)) return 0;
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (!s.hash) return 0;
    if (s.hash != h) continue;
    const char* e = arena_.data() + s.offset;
    if (static_cast<unsigned char>(e[0]) == w.size() && std::memcmp(e + 2, w.data(), w.size()) == 0)
      return static_cast<std::uint8_t>(e[1]);
  }
}

const char* RoleName(Role r) {
  switch (r) {
    case Role::kTopic: return "topic";
    case Role::kSubject: return "subject";
    case Role::kObject: return "object";
    case Role::kPossessive: return "possessive";
    case Role::kPlace: return "place";
    case Role::kMeans: return "means";
    case Role::kWith: return "with";
    case Role::kBase: return "base";
    case Role::kFrom: return "from";
    case Role::kUntil: return "until";
    case Role::kCopula: return "copula";
    case Role::kOther: return "other";
    default: return "";
  }
}

std::string ComposeJamo(std::string_view text) {
  std::string out;
  ComposeJamoInto(text, &out);
  return out;
}

void ComposeJamoInto(std::string_view text, std::string* out) {
  // A syllable (3 bytes) replaces two or three jamo (6 or 9 bytes): the
  // result is never longer than the input, so it is written in place.
  out->resize(text.size());
  char* o = out->data();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size(), i = 0;
  // The conjoining jamo as three-byte UTF-8: L U+1100..1112 is E1 84 80..92,
  // V U+1161..1175 is E1 85 A1..B5, T U+11A8..11C2 is E1 86 A8..BF or
  // E1 87 80..82.
  auto jamo = [&](std::size_t k, char32_t lo, char32_t hi) -> char32_t {
    if (k + 3 > n || p[k] != 0xE1) return 0;
    char32_t c = (p[k] & 0x0F) << 12 | (p[k + 1] & 0x3F) << 6 | (p[k + 2] & 0x3F);
    return c >= lo && c <= hi ? c : 0;
  };
  while (i < n) {
    if (char32_t l = p[i] == 0xE1 ? jamo(i, 0x1100, 0x1112) : 0) {
      if (char32_t v = jamo(i + 3, 0x1161, 0x1175)) {
        char32_t syllable = 0xAC00 + ((l - 0x1100) * 21 + (v - 0x1161)) * 28;
        i += 6;
        if (char32_t t = jamo(i, 0x11A8, 0x11C2)) syllable += t - 0x11A7, i += 3;
        *o++ = static_cast<char>(0xE0 | (syllable >> 12));  // U+AC00..D7A3: three bytes
        *o++ = static_cast<char>(0x80 | ((syllable >> 6) & 0x3F));
        *o++ = static_cast<char>(0x80 | (syllable & 0x3F));
        continue;
      }
    }
    *o++ = static_cast<char>(p[i++]);
  }
  out->resize(static_cast<std::size_t>(o - out->data()));
}

Status WordLexicon::AddRule(const RuleRow& row) {
  const std::string& type = row.Field(0);
  const std::string& text = row.Field(1);
  if (text.empty()) return RuleError(row, "empty text");
  if (type == "dictionary") {
    dictionary_path_ = text;
  } else if (type == "flag") {
    int cls = text == "noun" ? kNounFlag : text == "adverb" ? kAdverbFlag
              : text == "inflected" ? kInflectedFlag : 0;
    if (!cls) return RuleError(row, "unknown word class '" + text + "' (noun adverb inflected)");
    std::stringstream ss(row.Field(2));
    for (std::string f; std::getline(ss, f, ',');) {
      flag_class_[f] |= cls;
      int n = 0;
      auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), n);
      if (ec == std::errc() && end == f.data() + f.size() && n >= 0 && n < 4096) {
        if (n >= static_cast<int>(flag_by_number_.size())) flag_by_number_.resize(n + 1, 0);
        flag_by_number_[n] |= cls;
      }
    }
  } else if (type == "noun") {
    table_.Add(text, kNoun);
  } else if (type == "particle") {
    Role r = RoleFromName(row.Field(2));
    if (r == Role::kNone) return RuleError(row, "unknown particle role '" + row.Field(2) + "'");
    const std::string& a = row.Field(3);
    if (!a.empty() && a != "consonant" && a != "vowel")
      return RuleError(row, "after must be 'consonant', 'vowel' or empty");
    particles_.push_back({text, r, Ending::kNone, a == "consonant" ? 1 : a == "vowel" ? 2 : 0});
  } else if (type == "ending") {
    Ending en = EndingFromName(row.Field(2));
    if (en == Ending::kNone) return RuleError(row, "unknown ending type '" + row.Field(2) + "'");
    endings_.push_back({text, Role::kNone, en, 0});
  } else if (type == "suffix") {
    const std::string& v = row.Field(2);
    if (v != "org" && v != "measure" && v != "dimension" && v != "generic" && v != "person")
      return RuleError(row, "a suffix is 'org', 'person', 'measure', 'dimension' or 'generic'");
    suffixes_.push_back({text, v == "org"       ? 1
                               : v == "measure" ? 2
                               : v == "generic" ? 3
                               : v == "person"  ? 4
                                                : 5});
  } else if (type == "generic") {
    const std::string& v = row.Field(2);
    if (!v.empty() && v != "modifier" && v != "measure" && v != "scope")
      return RuleError(row, "a generic word's value is empty, 'modifier', 'measure' or 'scope'");
    const std::string& a = row.Field(3);
    if (!a.empty() && (v != "scope" || a != "glued"))
      return RuleError(row, "only a scope word may be marked 'glued'");
    table_.Add(text, kGeneric | (v == "modifier" ? kModifier : v == "measure" ? kMeasureHead
                                 : v == "scope"  ? kScope : 0));
    if (a == "glued") glued_scopes_.push_back(text);
  } else if (type == "light") {
    light_verbs_.push_back(text);
  } else if (type == "marker") {
    const std::string& v = row.Field(2);
    static const std::pair<const char*, Marker> kMarkers[] = {
        {"example", Marker::kExample}, {"pointer", Marker::kPointer},
        {"deficit", Marker::kDeficit}, {"signed", Marker::kSigned}, {"date", Marker::kDate},
        {"link", Marker::kLink}, {"qualifier", Marker::kQualifier}};
    auto m = std::find_if(std::begin(kMarkers), std::end(kMarkers),
                          [&](const auto& k) { return v == k.first; });
    if (m == std::end(kMarkers))
      return RuleError(row, "a marker is 'example', 'pointer', 'deficit', 'signed', 'date', 'link' or 'qualifier'");
    markers_.push_back({text, m->second});
  } else {
    return RuleError(row, "unknown row type '" + type + "'");
  }
  return Status();
}

Status WordLexicon::AddDictionary(std::string_view text, const std::string& name) {
  // A line is a word, and a verb line two entries (its form and its stem).
  // Composed, a word takes about half its jamo bytes.
  table_.Reserve(table_.size() + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) * 5 / 4,
                 text.size() / 2);
  std::string word;  // one buffer for every composed word
  std::size_t pos = 0;
  int line = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view l = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (++line == 1 && !l.empty() && std::isdigit(static_cast<unsigned char>(l[0])) &&
        l.find('/') == std::string_view::npos)
      continue;  // the word count
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    std::size_t slash = l.find('/');
    std::string_view flag = slash == std::string_view::npos ? "" : l.substr(slash + 1);
    // The class first (most flags are numbers), so that words of no class
    // and no verb ending are never composed.
    int cls = 0, number = 0;
    auto [end, ec] = std::from_chars(flag.data(), flag.data() + flag.size(), number);
    if (ec == std::errc() && end == flag.data() + flag.size() && number >= 0 &&
        number < static_cast<int>(flag_by_number_.size())) {
      cls = flag_by_number_[number];
    } else if (auto it = flag_class_.find(std::string(flag)); it != flag_class_.end()) {
      cls = it->second;
    }
    std::string_view raw = l.substr(0, slash);
    constexpr std::string_view kDaJamo = "\xE1\x84\x83\xE1\x85\xA1";  // 다 decomposed
    bool verb_form = EndsWith(raw, kDaJamo) || EndsWith(raw, "다");
    if (!(cls & (kNounFlag | kAdverbFlag | kInflectedFlag)) && !verb_form) continue;
    ComposeJamoInto(raw, &word);
    if (word.empty()) continue;
    std::uint8_t classes = ((cls & kNounFlag) ? kNoun : 0) | ((cls & kAdverbFlag) ? kAdverb : 0) |
                           ((cls & kInflectedFlag) ? kInflected : 0);
    if (classes) table_.Add(word, classes);
    if (!(cls & (kNounFlag | kInflectedFlag)) && EndsWith(word, "다") && word.size() > 3)
      table_.Add(std::string_view(word).substr(0, word.size() - 3), kVerbStem);
  }
  if (table_.size() < 2) return Status::Error(name + ": no nouns read (check the flag rows)");
  return Status();
}

namespace {
Result<std::shared_ptr<const WordLexicon>> Finish(std::shared_ptr<WordLexicon> lex) {
  return std::shared_ptr<const WordLexicon>(std::move(lex));
}
}  // namespace

Result<std::shared_ptr<const WordLexicon>> WordLexicon::Load(const std::string& path) {
  auto rows = ReadRuleFile(path, 2, 4);
  if (!rows.ok()) return rows.status();
  auto lex = std::make_shared<WordLexicon>();
  for (const RuleRow& row : *rows)
    if (Status s = lex->AddRule(row); !s.ok()) return s;
  lex->SortTables();
  if (lex->dictionary_path_.empty()) return Status::Error(path + ": no 'dictionary' row");
  // The dictionary is mapped, not read: its 2.8 MB are parsed once, and
  // mapping them populated costs one call instead of a fault per page.
  int fd = open(lex->dictionary_path_.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st {};
  if (fd < 0 || fstat(fd, &st) != 0) {
    if (fd >= 0) close(fd);
    return Status::Error(path + ": cannot read the dictionary " + lex->dictionary_path_ +
                         " (install Debian's hunspell-ko)");
  }
  std::size_t size = static_cast<std::size_t>(st.st_size);
  void* map = size ? mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0) : nullptr;
  close(fd);
  if (size && map == MAP_FAILED)
    return Status::Error(path + ": cannot map the dictionary " + lex->dictionary_path_);
  std::string_view text(static_cast<const char*>(map), size);
  struct Unmap {
    void* p;
    std::size_t n;
    ~Unmap() { if (p) munmap(p, n); }
  } unmap{map, size};
  if (Status s = lex->AddDictionary(text, lex->dictionary_path_); !s.ok()) return s;
  return Finish(std::move(lex));
}

Result<std::shared_ptr<const WordLexicon>> WordLexicon::FromText(std::string_view rules,
                                                                 std::string_view dictionary) {
  auto rows = ParseRuleText(rules, "words.tsv", 2, 4);
  if (!rows.ok()) return rows.status();
  auto lex = std::make_shared<WordLexicon>();
  for (const RuleRow& row : *rows)
    if (Status s = lex->AddRule(row); !s.ok()) return s;
  lex->SortTables();
  if (Status s = lex->AddDictionary(dictionary, "dictionary"); !s.ok()) return s;
  return Finish(std::move(lex));
}

bool WordLexicon::CaseParticleSplit(std::string_view t, std::size_t b, std::size_t e) const {
  const Suffix* p = ParticleEnding(t, b, e);
  if (!p || !IsNoun(t.substr(b, e - b - p->text.size()))) return false;
  return p->role == Role::kTopic || p->role == Role::kSubject || p->role == Role::kObject ||
         p->role == Role::kPossessive;
}

Role WordLexicon::ParticleRole(std::string_view text) const {
  auto it = particle_by_text_.find(std::string(text));
  return it == particle_by_text_.end() ? Role::kNone : particles_[it->second].role;
}

namespace {
// The last character of `s` as a key: its three bytes for a Hangul (or
// other three-byte) character, else its last byte.
std::uint32_t LastKey(std::string_view s) {
  std::size_t n = s.size();
  if (n >= 3 && (static_cast<unsigned char>(s[n - 3]) & 0xF0) == 0xE0)
    return static_cast<unsigned char>(s[n - 3]) << 16 | static_cast<unsigned char>(s[n - 2]) << 8 |
           static_cast<unsigned char>(s[n - 1]);
  return n ? static_cast<unsigned char>(s[n - 1]) : 0;
}
}  // namespace

void WordLexicon::LastIndex::Add(std::uint32_t key, int item) {
  key |= 0x80000000u;  // never 0 (an empty slot)
  for (std::size_t i = (key * 2654435761u) >> 22 & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    if (slots_[i].key == 0) slots_[i].key = key;
    if (slots_[i].key == key) {
      slots_[i].items.push_back(item);
      return;
    }
  }
}

const std::vector<int>& WordLexicon::LastIndex::Get(std::uint32_t key) const {
  static const std::vector<int> kNone;
  key |= 0x80000000u;
  for (std::size_t i = (key * 2654435761u) >> 22 & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    if (slots_[i].key == key) return slots_[i].items;
    if (slots_[i].key == 0) return kNone;
  }
}

const std::vector<int>& WordLexicon::ByLast(const LastIndex& index, std::string_view s) const {
  return index.Get(LastKey(s));
}

void WordLexicon::SortTables() {
  auto by_length = [](const Suffix& a, const Suffix& b) { return a.text.size() > b.text.size(); };
  std::stable_sort(particles_.begin(), particles_.end(), by_length);
  std::stable_sort(endings_.begin(), endings_.end(), by_length);
  std::stable_sort(suffixes_.begin(), suffixes_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  particles_by_last_ = LastIndex(), endings_by_last_ = LastIndex(), suffixes_by_last_ = LastIndex();
  for (int i = 0; i < static_cast<int>(particles_.size()); ++i) {
    particles_by_last_.Add(LastKey(particles_[i].text), i);
    particle_by_text_.emplace(particles_[i].text, i);
  }
  for (int i = 0; i < static_cast<int>(endings_.size()); ++i)
    endings_by_last_.Add(LastKey(endings_[i].text), i);
  for (int i = 0; i < static_cast<int>(suffixes_.size()); ++i)
    suffixes_by_last_.Add(LastKey(suffixes_[i].first), i);
}

WordLexicon::Marker WordLexicon::MarkerOf(std::string_view w) const {
  for (const auto& [text, m] : markers_)
    if (text == w) return m;
  return Marker::kNone;
}

bool WordLexicon::OpensOnPointer(std::string_view s) const {
  for (const auto& [text, m] : markers_)
    if (m == Marker::kPointer && s.size() > text.size() && s.substr(0, text.size()) == text &&
        (s[text.size()] == ' ' || s[text.size()] == ','))
      return true;
  return false;
}

bool WordLexicon::StatesDeficit(std::string_view t, std::size_t end) const {
  std::size_t b = end;
  while (b < t.size() && t[b] == ' ') ++b;
  if (b >= t.size() || b == end) return false;  // "6161억원 적자": a word of its own
  std::size_t e = t.find(' ', b);
  Word w = Analyze(t, b, e == std::string_view::npos ? t.size() : e);
  std::string_view stem = t.substr(w.stem_begin, w.stem_end - w.stem_begin);
  return MarkerOf(stem) == Marker::kDeficit;
}

bool WordLexicon::CanBeNegative(std::string_view metric) const {
  for (const auto& [text, m] : markers_)
    if (m == Marker::kSigned && metric.find(text) != std::string_view::npos) return true;
  return false;
}

bool WordLexicon::IsScope(std::string_view s) const {
  if (table_.Get(s) & kScope) return true;
  if (IsNoun(s)) return false;
  for (const std::string& g : glued_scopes_)
    if (s.size() > g.size() && EndsWith(s, g)) return true;
  return false;
}

bool WordLexicon::IsDistributive(std::string_view s) const {
  for (int i : ByLast(suffixes_by_last_, s)) {
    const auto& [suffix, cls] = suffixes_[i];
    if (cls == 3 && s.size() > suffix.size() && EndsWith(s, suffix)) return true;
  }
  return false;
}

bool WordLexicon::IsPerson(std::string_view s) const {
  for (int i : ByLast(suffixes_by_last_, s)) {
    const auto& [suffix, cls] = suffixes_[i];
    if (cls == 4 && EndsWith(s, suffix)) return true;
  }
  return false;
}

bool WordLexicon::IsCompound(std::string_view s) const {
  for (std::size_t cut = 3; cut + 6 <= s.size(); cut += 3)
    if (IsNoun(s.substr(cut)) && IsNoun(s.substr(0, cut))) return true;
  return false;
}

std::string WithRieul(std::string_view stem) {
  // "줄어드" -> "줄어들": the ㄹ a stem drops before 는, ㄴ, ㅂ, 시.
  char32_t c = SyllableBefore(stem, stem.size());
  if (!c || (c - 0xAC00) % 28 != 0) return std::string(stem);
  std::string out(stem.substr(0, stem.size() - 3));
  AppendUtf8(out, c + 8);
  return out;
}

void WordLexicon::ClassifyStem(std::string_view t, std::size_t b, std::size_t e, Word& w) const {
  std::string_view s = t.substr(b, e - b);
  // A compound of dictionary nouns: "해외" + "증권", "특별" + "관계자".
  if (!w.known) w.known = IsCompound(s);
  // A title as a whole word is a person (교수, 선수), never 교 + the
  // measure suffix 수.
  for (int i : ByLast(suffixes_by_last_, s))
    if (suffixes_[i].second == 4 && suffixes_[i].first == s) {
      w.org = true;
      return;
    }
  for (int i : ByLast(suffixes_by_last_, s)) {
    const auto& [suffix, cls] = suffixes_[i];
    // A measure of two syllables or more is one as a whole word too (신장,
    // 가격); a dimension is one as a whole word only (폭, 키; not 터키).
    bool whole = ((cls == 2 && suffix.size() >= 6) || cls == 5) && s == suffix;
    if (cls == 5 && !whole) continue;
    if ((s.size() <= suffix.size() && !whole) || !EndsWith(s, suffix)) continue;
    if (cls == 1 || cls == 4) w.org = true;
    else if (cls == 2 || cls == 5) w.measure = true;
    else w.generic = true;
    break;
  }
}

bool WordLexicon::MeasureCompound(std::string_view s) const {
  for (int i : ByLast(suffixes_by_last_, s)) {
    const auto& [suffix, cls] = suffixes_[i];
    if (cls != 2 || s.size() <= suffix.size() || !EndsWith(s, suffix)) continue;
    std::string_view head = s.substr(0, s.size() - suffix.size());
    return head.size() >= 6 && (IsNoun(head) || IsCompound(head));
  }
  return false;
}

const WordLexicon::Suffix* WordLexicon::ParticleEnding(std::string_view t, std::size_t b,
                                                       std::size_t e) const {
  std::string_view w = t.substr(b, e - b);
  for (int i : ByLast(particles_by_last_, w)) {
    const Suffix& p = particles_[i];
    if (w.size() <= p.text.size() || !EndsWith(w, p.text)) continue;
    if (!FitsParticle(t, e - p.text.size(), p.after, p.text)) continue;
    return &p;
  }
  return nullptr;
}

// A predicate: an inflected dictionary form, a noun + light verb, or a
// verb stem + ending. Sets the class, ending and predicate noun of `w`.
bool WordLexicon::PredicateAt(std::string_view t, std::size_t b, std::size_t e, Word& w) const {
  std::string_view s = t.substr(b, e - b);
  const Suffix* ending = nullptr;
  for (int i : ByLast(endings_by_last_, s))
    if (EndsWith(s, endings_[i].text)) { ending = &endings_[i]; break; }
  // A noun + light verb + ending: the longest noun that leaves a light verb.
  for (std::size_t cut = s.size() >= 6 ? s.size() - 3 : 0; cut >= 3; cut -= 3) {
    std::string_view rest = s.substr(cut);
    // Cheap first: does a light verb start here? Only then the noun look-up.
    bool light = std::any_of(light_verbs_.begin(), light_verbs_.end(), [&](const std::string& lv) {
      return rest.size() >= lv.size() && std::memcmp(rest.data(), lv.data(), 3) == 0;
    });
    if (!light || !SyllableBefore(s, cut) || !IsNoun(s.substr(0, cut))) continue;
    for (const std::string& lv : light_verbs_) {
      if (rest.substr(0, lv.size()) != lv) continue;
      std::string_view tail = rest.substr(lv.size());
      bool ok = tail.empty();
      for (int i : ByLast(endings_by_last_, tail))
        if (!ok && EndsWith(tail, endings_[i].text)) ok = true;
      if (!ok && tail.size() > 6) continue;
      w.cls = WordClass::kPredicate;
      w.known = true;
      w.pred_noun_end = b + cut;
      w.ending = ending ? ending->ending : Ending::kFinal;
      return true;
    }
  }
  if (IsInflected(s)) {
    w.cls = WordClass::kPredicate;
    w.known = true;
    w.ending = ending ? ending->ending : Ending::kConnective;
    return true;
  }
  if (!ending) return false;
  std::string_view stem = s.substr(0, s.size() - ending->text.size());
  bool verb = !stem.empty() && IsVerbStem(stem);
  if (!verb && !stem.empty()) verb = IsVerbStem(WithRieul(stem));  // "줄어드" -> "줄어들"
  // "치솟았던", "올랐고", "줄었으나": a stem closed by ㅆ is a past (or
  // future, 겠) tense of a verb; no noun ends so.
  if (!verb) {
    char32_t last = SyllableBefore(stem, stem.size());
    verb = last && (last - 0xAC00) % 28 == kSsangSiot;
  }

  // A one-syllable ending other than 다 needs a known stem ("미치지").
  if (!verb && ending->text.size() <= 3 && ending->text != "다") return false;
  // Without a known stem, only endings that cannot be particles and words
  // of two syllables or more ("숨졌다", "다쳤고").
  const Suffix* particle = ParticleEnding(t, b, e);
  bool particle_like = particle && particle->text.size() >= ending->text.size();
  bool short_adnominal = ending->ending == Ending::kAdnominal && ending->text.size() <= 3;
  if (!verb && (particle_like || s.size() < 6 || short_adnominal || ending->ending == Ending::kNominal))
    return false;
  w.cls = WordClass::kPredicate;
  w.known = verb;
  w.ending = ending->ending;
  return true;
}

std::uint64_t WordLexicon::NextSerial() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

namespace {
// One remembered analysis: the word's bytes and its Word with offsets
// relative to the word's start. 64 bytes, one cache line.
struct MemoEntry {
  static constexpr std::size_t kMaxBytes = 48;
  std::uint8_t length = 0;  // 0: empty
  char bytes[kMaxBytes];
  std::uint8_t stem_begin, stem_end, pred_noun_end;  // relative; pred 0: none
  std::uint8_t cls, role, ending, flags;
  std::uint8_t pad[64 - 1 - kMaxBytes - 7];
};
static_assert(sizeof(MemoEntry) == 64);
enum : std::uint8_t {
  kKnown = 1, kOrg = 2, kMeasure = 4, kComma = 8, kGenericFlag = 16, kMeasureHeadFlag = 32
};

// A direct-mapped memo per thread: 16,384 words, 1 MB (a 60% hit rate on
// the corpus; 4,096 give 48%).
struct Memo {
  static constexpr std::size_t kEntries = 16384;
  Memo() {
    entries.reserve(kEntries);
    Populate(entries.data(), kEntries * sizeof(MemoEntry));
    entries.resize(kEntries);
  }
  std::uint64_t owner = 0;  // the serial of the lexicon the entries are of
  std::vector<MemoEntry> entries;
};

MemoEntry Remember(std::string_view word, const Word& w) {
  MemoEntry m;
  m.length = static_cast<std::uint8_t>(word.size());
  std::memcpy(m.bytes, word.data(), word.size());
  m.stem_begin = static_cast<std::uint8_t>(w.stem_begin - w.begin);
  m.stem_end = static_cast<std::uint8_t>(w.stem_end - w.begin);
  m.pred_noun_end = w.pred_noun_end ? static_cast<std::uint8_t>(w.pred_noun_end - w.begin) : 0;
  m.cls = static_cast<std::uint8_t>(w.cls);
  m.role = static_cast<std::uint8_t>(w.role);
  m.ending = static_cast<std::uint8_t>(w.ending);
  m.flags = (w.known ? kKnown : 0) | (w.org ? kOrg : 0) | (w.measure ? kMeasure : 0) |
            (w.comma_after ? kComma : 0) | (w.generic ? kGenericFlag : 0) |
            (w.measure_head ? kMeasureHeadFlag : 0);
  return m;
}

Word Recall(const MemoEntry& m, std::size_t b) {
  Word w;
  w.begin = b, w.end = b + m.length;
  w.stem_begin = b + m.stem_begin, w.stem_end = b + m.stem_end;
  w.pred_noun_end = m.pred_noun_end ? b + m.pred_noun_end : 0;
  w.cls = static_cast<WordClass>(m.cls);
  w.role = static_cast<Role>(m.role);
  w.ending = static_cast<Ending>(m.ending);
  w.known = m.flags & kKnown, w.org = m.flags & kOrg, w.measure = m.flags & kMeasure;
  w.comma_after = m.flags & kComma, w.generic = m.flags & kGenericFlag;
  w.measure_head = m.flags & kMeasureHeadFlag;
  return w;
}
}  // namespace

Word WordLexicon::Analyze(std::string_view t, std::size_t b, std::size_t e) const {
  std::string_view word = t.substr(b, e - b);
  if (word.empty() || word.size() > MemoEntry::kMaxBytes) return Analyzed(t, b, e);
  thread_local Memo memo;
  if (memo.owner != serial_) {
    std::fill(memo.entries.begin(), memo.entries.end(), MemoEntry{});
    memo.owner = serial_;
  }
  MemoEntry& m = memo.entries[WordHash(word) & (Memo::kEntries - 1)];
  if (m.length == word.size() && std::memcmp(m.bytes, word.data(), word.size()) == 0)
    return Recall(m, b);
  Word w = Analyzed(t, b, e);
  m = Remember(word, w);
  return w;
}

Word WordLexicon::Analyzed(std::string_view t, std::size_t b, std::size_t e) const {
  Word w = AnalyzeStem(t, b, e);
  // Generic by its stem ("수가" = 수 + 가), unless a modifier ("국내").
  std::string_view stem = t.substr(w.stem_begin, w.stem_end - w.stem_begin);
  std::uint8_t classes = table_.Get(stem);
  if (w.cls == WordClass::kNoun && (classes & kGeneric) && !(classes & kModifier)) w.generic = true;
  if (w.cls == WordClass::kNoun && (classes & kMeasureHead)) w.measure_head = true;
  if (w.generic) w.org = false;  // 일부 ends like 교육부 and names no one
  return w;
}

Word WordLexicon::Edges(std::string_view t, std::size_t b, std::size_t e) const {
  Word w;
  w.begin = b, w.end = e;
  std::size_t sb = b, se = e;
  while (sb < se) {
    std::size_t n = EdgeMarkAt(t, sb);
    if (!n) break;
    sb += n;
  }
  while (se > sb) {
    std::size_t p = PrevCharStart(t, se);
    if (!EdgeMarkAt(t, p) && t[p] != '.') break;
    if (t[p] == ',') w.comma_after = true;
    se = p;
  }
  w.stem_begin = sb, w.stem_end = se;
  w.cls = WordClass::kNumber;
  return w;
}

Word WordLexicon::AnalyzeBare(std::string_view t, std::size_t b, std::size_t e) const {
  Word w = Edges(t, b, e);
  w.cls = WordClass::kOther;
  std::string_view s = t.substr(w.stem_begin, w.stem_end - w.stem_begin);
  if (s.empty() || std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Analyze(t, b, e);
  std::uint8_t classes = table_.Get(s);
  if ((classes & kPredicateLike) || !IsWordCharAt(t, w.stem_begin)) return Analyze(t, b, e);
  w.cls = WordClass::kNoun;
  w.known = classes & kNoun;
  ClassifyStem(t, w.stem_begin, w.stem_end, w);
  if ((classes & kGeneric) && !(classes & kModifier)) w.generic = true;
  if (classes & kMeasureHead) w.measure_head = true;
  if (w.generic) w.org = false;
  return w;
}

Word WordLexicon::AnalyzeStem(std::string_view t, std::size_t b, std::size_t e) const {
  Word w = Edges(t, b, e);
  w.cls = WordClass::kOther;
  std::size_t sb = w.stem_begin, se = w.stem_end;
  if (sb >= se) return w;
  std::string_view s = t.substr(sb, se - sb);
  // A word with a digit is a number, unless it starts with a Latin letter:
  // a model or product name ("H100과", "A380의") takes particles as nouns do.
  bool latin = (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z');
  if (!latin && std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    w.cls = WordClass::kNumber;
    return w;
  }
  // "500m가량 이었고": a copula written apart from its noun is a predicate,
  // no unknown noun.
  // (Not a noun such as 이란, nor the rest of a word split at a quote mark.)
  if (s.size() >= 6 && static_cast<unsigned char>(s[0]) >= 0xE0 && (sb == 0 || t[sb - 1] == ' ') &&
      !(table_.Get(s) & kNoun))
    if (auto cop = particle_by_text_.find(std::string(s));
        cop != particle_by_text_.end() && particles_[cop->second].role == Role::kCopula) {
      w.cls = WordClass::kPredicate, w.known = true;
      w.ending = EndsWith(s, "다") ? Ending::kFinal
                 : EndsWith(s, "던") || EndsWith(s, "는") || EndsWith(s, "란") ? Ending::kAdnominal
                                                                               : Ending::kConnective;
      return w;
    }
  std::uint8_t whole = table_.Get(s);  // the word's own classes, one look-up
  if (whole & kAdverb) {  // "가장", "모두": adverbs before nouns
    w.cls = WordClass::kAdverb, w.known = true;
    return w;
  }
  // A dictionary noun as a whole ("국가", "사망자"), before any split but
  // that of a case particle ("수가" = 수 + 가, "회사는" = 회사 + 는).
  if ((whole & kNoun) && !CaseParticleSplit(t, sb, se)) {
    w.cls = WordClass::kNoun, w.known = true;
    ClassifyStem(t, sb, se, w);
    return w;
  }
  // "'모델'은": a closing quote between the noun and its particle (tried
  // only when the word holds a byte of one).
  bool marks = std::any_of(s.begin(), s.end(), [](char c) {
    return c == '\'' || c == '"' || c == ')' || c == '\xE2' || c == '\xE3';
  });
  for (std::string_view mark : {"'", "’", "”", "\"", ")", "」", "』"}) {
    if (!marks) break;
    std::size_t m = s.rfind(mark);
    if (m == std::string_view::npos || m == 0 || m + mark.size() >= s.size()) continue;
    std::string_view rest = s.substr(m + mark.size());
    auto found = particle_by_text_.find(std::string(rest));
    if (found == particle_by_text_.end()) continue;
    for (const Suffix& p : {particles_[found->second]}) {
      if (!Fits(p.after, SyllableShape(t, sb + m))) continue;
      w.cls = WordClass::kNoun, w.role = p.role;
      w.stem_end = sb + m;
      while (w.stem_end > sb && EdgeMarkAt(t, PrevCharStart(t, w.stem_end)))
        w.stem_end = PrevCharStart(t, w.stem_end);
      w.known = IsNoun(t.substr(sb, w.stem_end - sb));
      ClassifyStem(t, sb, w.stem_end, w);
      return w;
    }
  }
  // A dictionary noun + particle.
  for (int i : ByLast(particles_by_last_, s)) {
    const Suffix& p = particles_[i];
    if (s.size() <= p.text.size() || !EndsWith(s, p.text)) continue;
    if (!FitsParticle(t, se - p.text.size(), p.after, p.text)) continue;
    std::string_view stem = s.substr(0, s.size() - p.text.size());
    // (A compound stem such as 특별관계자 is found below as an unknown stem
    // that ClassifyStem marks known.)
    std::uint8_t classes = table_.Get(stem);
    // "손해율은", "가입률이": a dictionary noun + a measure suffix is a
    // noun before its particle, whatever the dictionary reads in the word.
    if (!(classes & kNoun) && !MeasureCompound(stem)) continue;
    // "되는", "하는": a one-syllable verb stem + ending, not a noun.
    // "보인", "놓인": a one-syllable verb stem + -인 is 보이다, no copula.
    if (stem.size() == 3 && (classes & kVerbStem) && (p.role == Role::kTopic || p.role == Role::kCopula)) continue;
    w.cls = WordClass::kNoun, w.known = true, w.role = p.role;
    w.stem_end = se - p.text.size();
    ClassifyStem(t, sb, w.stem_end, w);
    return w;
  }
  if (PredicateAt(t, sb, se, w)) return w;
  // "몸길이" is 몸 + 길이, two dictionary nouns, not an unknown 몸길 + 이
  // (look-ups first: the last two or three syllables are a noun).
  if (s.size() >= 9 && (IsNoun(s.substr(s.size() - 6)) || (s.size() >= 12 && IsNoun(s.substr(s.size() - 9)))) &&
      IsCompound(s)) {
    w.cls = WordClass::kNoun, w.known = true;
    ClassifyStem(t, sb, se, w);
    return w;
  }
  // An unknown stem + particle: usually a proper noun. One-syllable
  // copulas (다, 인, 란) end too many unknown words to strip them.
  const Suffix* p = ParticleEnding(t, sb, se);
  // "내려가", "올라와": a verb stem written whole is its connective form
  // (-아/-어 contracted into the stem), not an unknown noun + 가/와.
  if (p && IsVerbStem(s)) {
    w.cls = WordClass::kPredicate, w.known = true, w.ending = Ending::kConnective;
    return w;
  }
  if (p && p->role == Role::kCopula && p->text.size() <= 3) p = nullptr;
  // Adverbs made with -게 ("짧게는", "크게") are no nouns.
  std::size_t stem_end = p ? se - p->text.size() : se;
  if (EndsWith(t.substr(sb, stem_end - sb), "게")) return w;
  // "KT가", "E1은": a Latin stem of two letters is a name too.
  std::size_t stem_size = s.size() - (p ? p->text.size() : 0);
  bool latin_stem = stem_size >= 2 && static_cast<unsigned char>(s[0]) < 0x80 &&
                    static_cast<unsigned char>(s[stem_size - 1]) < 0x80;
  if (p && (stem_size >= 3 || latin_stem)) {
    w.cls = WordClass::kNoun, w.role = p->role;
    w.stem_end = stem_end;
    ClassifyStem(t, sb, w.stem_end, w);
    return w;
  }
  if (IsWordCharAt(t, sb)) {
    w.cls = WordClass::kNoun;
    ClassifyStem(t, sb, se, w);
  }
  return w;
}

namespace {

// The bytes of the marks that may split a word: ( ' " and the lead bytes
// of … ‘ ’ “ ” (E2) and the middle dot (C2).
constexpr std::array<bool, 256> kMarkByte = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'(', '\'', '"', '\xE2', '\xC2'}) t[c] = true;
  return t;
}();

}  // namespace

std::vector<Word> AnalyzeWords(std::string_view t, const std::vector<Quantity>& qs,
                               const WordLexicon& lex) {
  std::vector<Word> words;
  words.reserve(t.size() / 8 + 4);  // a word and its space: 8 bytes or more, mostly
  std::size_t i = 0, first_q = 0;   // qs[first_q]: the first quantity ending after i
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    if (i >= t.size()) break;
    std::size_t e = t.find(' ', i);
    if (e == std::string_view::npos) e = t.size();
    // Marks that split a word are rare: one pass over its bytes decides
    // whether to look for them.
    bool marks = false;
    for (std::size_t k = i + 1; k < e && !marks; ++k) marks = kMarkByte[static_cast<unsigned char>(t[k])];
    // "7063억·영업이익": a middle dot after a figure ends the figure's word.
    for (std::size_t m = marks ? t.substr(0, e).find("·", i + 1) : std::string_view::npos;
         m != std::string_view::npos; m = t.substr(0, e).find("·", m + 2))
      if ((t[m - 1] >= '0' && t[m - 1] <= '9') || (m >= 3 && SyllableBefore(t, m) && [&] {
            for (std::size_t k = i; k < m; ++k)
              if (t[k] >= '0' && t[k] <= '9') return true;
            return false;
          }())) {
        e = m + 2;
        break;
      }
    // "미국(4.23)", "지원(22.9%)": a parenthesis opens a word of its own;
    // "역성장'…반전카드": an ellipsis or quote mark inside a word ends it.
    for (std::string_view mark : {"(", "…", "'", "\"", "‘", "’", "“", "”"}) {
      if (!marks) break;
      std::size_t m = t.substr(0, e).find(mark, i + 1);
      if (m == std::string_view::npos) continue;
      if (mark == "(") {
        e = m;
      } else {
        std::size_t after = m + mark.size();
        while (after < e && EdgeMarkAt(t, after)) after += EdgeMarkAt(t, after);
        // The mark stays with the word before; a particle after it too.
        if (after < e && m > i && e - after > 6) e = after;
      }
    }
    // A word holding a figure needs only its edges and the particle after
    // the figure, not the lexicon.
    while (first_q < qs.size() && qs[first_q].end <= i) ++first_q;
    bool number = first_q < qs.size() && qs[first_q].begin < e;
    // A word right before "(" carries no particle: "집중도(링크드인 기준)도"
    // puts it after the parenthesis.
    bool before_paren = e < t.size() && t[e] == '(';
    Word w = number ? lex.Edges(t, i, e) : before_paren ? lex.AnalyzeBare(t, i, e) : lex.Analyze(t, i, e);
    for (std::size_t k = first_q; k < qs.size() && qs[k].begin < e; ++k) {
      const Quantity& q = qs[k];
      if (q.end <= i) continue;
      // "인구 10만명당 AI 특허 수가 10.26": the words between a basis and
      // the value are words of the sentence, not of the number.
      if (q.basis_per && !q.basis_text.empty() && e < q.end) {
        std::size_t basis = t.substr(q.begin, q.end - q.begin).find(q.basis_text);
        if (basis != std::string_view::npos && i >= q.begin + basis + q.basis_text.size()) {
          w = lex.Analyze(t, i, e);
          continue;
        }
      }
      // A number word: what follows its quantity decides the role.
      w.cls = WordClass::kNumber;
      if (q.end < e && q.end >= i) {
        // "3명이", "(13억9000만달러)이": the particle after the figure.
        std::size_t k = q.end;
        while (k < w.stem_end && EdgeMarkAt(t, k)) k += EdgeMarkAt(t, k);
        w.role = k < w.stem_end ? lex.ParticleRole(t.substr(k, w.stem_end - k)) : Role::kNone;
      }
      break;
    }
    words.push_back(w);
    i = e;
  }
  // "높이 5.1m", "깊이 10m": a dimension noun the dictionary also reads
  // as an adverb, right before a measure.
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    Word& w = words[k];
    if (w.cls != WordClass::kAdverb || words[k + 1].cls != WordClass::kNumber || w.stem_end != w.end) continue;
    std::size_t q = 0;
    while (q < qs.size() && qs[q].end <= words[k + 1].begin) ++q;
    if (q < qs.size() && qs[q].kind == UnitKind::kMeasure && qs[q].begin < words[k + 1].end &&
        lex.IsNoun(t.substr(w.stem_begin, w.stem_end - w.stem_begin)))
      w.cls = WordClass::kNoun, w.known = true;
  }
  // "수준을 보인 반면 일반보험은", "발표한 가운데": a bound noun that links
  // an adnominal clause to the next one closes it, as a connective ending
  // would (words.tsv 'marker ... link').
  for (std::size_t k = 1; k < words.size(); ++k) {
    Word& w = words[k];
    const Word& before = words[k - 1];
    if (w.cls != WordClass::kNoun || before.cls != WordClass::kPredicate || before.ending != Ending::kAdnominal ||
        w.comma_after)
      continue;
    if (lex.MarkerOf(t.substr(w.stem_begin, w.stem_end - w.stem_begin)) != WordLexicon::Marker::kLink) continue;
    w.links = true;
  }
  // "매출 약 10억 달러", "직원 총 300명": a qualifier written apart before a
  // figure belongs to the figure, not to the noun phrase before it.
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    Word& w = words[k];
    if (w.cls == WordClass::kNumber || words[k + 1].cls != WordClass::kNumber) continue;
    if (w.stem_begin != w.begin || w.stem_end != w.end) continue;
    if (lex.MarkerOf(t.substr(w.begin, w.end - w.begin)) != WordLexicon::Marker::kQualifier) continue;
    w.cls = WordClass::kAdverb, w.role = Role::kNone, w.qualifies = true;
  }
  // "오는 21일", "지난 3일": a date's determiner, not a relative clause
  // (so "IBS가 오는 21일 ..." keeps IBS as the sentence's subject); after
  // a duration as its subject it is the verb ("21년이 지난 2019년").
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    Word& w = words[k];
    if (w.cls != WordClass::kPredicate || words[k + 1].cls != WordClass::kNumber) continue;
    if (k > 0 && words[k - 1].cls == WordClass::kNumber && words[k - 1].role == Role::kSubject) continue;
    if (lex.MarkerOf(t.substr(w.stem_begin, w.stem_end - w.stem_begin)) == WordLexicon::Marker::kDate)
      w.cls = WordClass::kAdverb, w.ending = Ending::kNone;
  }
  return words;
}

}  // namespace suchi
