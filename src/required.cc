// Required literals of RE2 patterns (see required.h).
#include "required.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string_view>

namespace suchi {
namespace {

using Cp = char32_t;
constexpr Cp kMaxCp = 0x10FFFF;
constexpr Cp kBot = 0x110000;      // the start of the text (^)
constexpr std::size_t kMaxSeqs = 64;  // strings per set; more: the set is dropped
constexpr std::size_t kMaxSplit = 16;  // a character set this small may be split

// A set of characters: sorted, disjoint, inclusive ranges.
struct Chars {
  std::vector<std::pair<Cp, Cp>> r;
  bool operator==(const Chars&) const = default;
};
using Seq = std::vector<Chars>;   // one string: a set per character
using Seqs = std::vector<Seq>;    // one of these occurs

Chars Norm(std::vector<std::pair<Cp, Cp>> r) {
  std::sort(r.begin(), r.end());
  Chars out;
  for (auto [lo, hi] : r) {
    if (!out.r.empty() && lo <= out.r.back().second + 1) out.r.back().second = std::max(out.r.back().second, hi);
    else out.r.push_back({lo, hi});
  }
  return out;
}
Chars One(Cp c) { return {{{c, c}}}; }
Chars Complement(const Chars& c) {
  std::vector<std::pair<Cp, Cp>> out;
  Cp next = 0;
  for (auto [lo, hi] : c.r) {
    if (lo > kMaxCp) break;
    if (lo > next) out.push_back({next, lo - 1});
    next = hi + 1;
  }
  if (next <= kMaxCp) out.push_back({next, kMaxCp});
  return {out};
}
// Adds the other case of every ASCII letter.
Chars Fold(const Chars& c) {
  std::vector<std::pair<Cp, Cp>> r = c.r;
  for (auto [lo, hi] : c.r)
    for (Cp x = std::max<Cp>(lo, 'A'); x <= std::min<Cp>(hi, 'z'); ++x)
      if ((x >= 'A' && x <= 'Z') || (x >= 'a' && x <= 'z')) r.push_back({x ^ 0x20, x ^ 0x20});
  return Norm(r);
}
bool Subset(const Chars& a, const Chars& b) {
  for (const auto& range : a.r)  // no structured binding: clang 14 cannot capture one
    if (std::none_of(b.r.begin(), b.r.end(),
                     [&](auto rb) { return rb.first <= range.first && range.second <= rb.second; }))
      return false;
  return true;
}
std::size_t Size(const Chars& c) {
  std::size_t n = 0;
  for (auto [lo, hi] : c.r) n += hi - lo + 1;
  return n;
}

std::optional<Seqs> Cross(const Seqs& a, const Seqs& b) {
  if (a.size() * b.size() > kMaxSeqs) return std::nullopt;
  Seqs out;
  for (const Seq& x : a)
    for (const Seq& y : b) {
      Seq s = x;
      s.insert(s.end(), y.begin(), y.end());
      out.push_back(std::move(s));
    }
  return out;
}
std::optional<Seqs> Union(const Seqs& a, const Seqs& b) {
  if (a.size() + b.size() > kMaxSeqs) return std::nullopt;
  Seqs out = a;
  for (const Seq& s : b)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

// What a part of a pattern requires of its matches.
struct Info {
  std::optional<Seqs> exact;  // every match is one of these
  Seqs prefix, suffix;        // every match starts (ends) with one of these
  std::vector<Seqs> holds;    // every match holds one of each

  Seqs Prefix() const { return exact ? *exact : prefix; }
  Seqs Suffix() const { return exact ? *exact : suffix; }
  // The sets one of which every match holds.
  std::vector<Seqs> Required() const {
    std::vector<Seqs> out = holds;
    for (const Seqs& s : {Prefix(), Suffix()}) out.push_back(s);
    return out;
  }
};

// Drops sets that hold the empty string (every text holds it) and repeats,
// and keeps the kMaxHolds whose shortest string is longest.
constexpr std::size_t kMaxHolds = 16;
void Prune(std::vector<Seqs>& holds) {
  auto shortest = [](const Seqs& a) {
    std::size_t n = SIZE_MAX;
    for (const Seq& s : a) n = std::min(n, s.size());
    return n;
  };
  std::vector<Seqs> kept;
  for (Seqs& a : holds)
    if (shortest(a) > 0 && std::find(kept.begin(), kept.end(), a) == kept.end()) kept.push_back(std::move(a));
  std::stable_sort(kept.begin(), kept.end(), [&](const Seqs& a, const Seqs& b) { return shortest(a) > shortest(b); });
  if (kept.size() > kMaxHolds) kept.resize(kMaxHolds);
  holds = std::move(kept);
}

Info Exact(Seqs s) { return Info{std::move(s), {}, {}, {}}; }
Info Empty() { return Exact({Seq{}}); }

Info Concat(const Info& x, const Info& y) {
  Info r;
  r.holds = x.holds;
  r.holds.insert(r.holds.end(), y.holds.begin(), y.holds.end());
  if (x.exact && y.exact)
    if (auto c = Cross(*x.exact, *y.exact)) return r.exact = std::move(c), r;
  auto pre = x.exact ? Cross(*x.exact, y.Prefix()) : std::nullopt;
  r.prefix = pre ? *pre : x.Prefix();
  auto suf = y.exact ? Cross(x.Suffix(), *y.exact) : std::nullopt;
  r.suffix = suf ? *suf : y.Suffix();
  if (auto seam = Cross(x.Suffix(), y.Prefix())) r.holds.push_back(std::move(*seam));
  for (const Info* i : {&x, &y})
    if (i->exact) r.holds.push_back(*i->exact);
  Prune(r.holds);
  return r;
}

Info Alternate(const Info& x, const Info& y) {
  if (x.exact && y.exact)
    if (auto u = Union(*x.exact, *y.exact)) return Exact(std::move(*u));
  Info r;
  auto pre = Union(x.Prefix(), y.Prefix()), suf = Union(x.Suffix(), y.Suffix());
  r.prefix = pre ? *pre : Seqs{Seq{}};
  r.suffix = suf ? *suf : Seqs{Seq{}};
  // (A and B) or (C and D) implies A or C, A or D, ...
  for (const Seqs& a : x.Required())
    for (const Seqs& b : y.Required())
      if (auto u = Union(a, b)) r.holds.push_back(std::move(*u));
  Prune(r.holds);
  return r;
}

Info Star() { return Info{std::nullopt, {Seq{}}, {Seq{}}, {}}; }
Info Quest(const Info& x) { return Alternate(x, Empty()); }
// x+ starts as x starts, ends as x ends and holds what x holds.
Info Plus(const Info& x) {
  Info r{std::nullopt, x.Prefix(), x.Suffix(), x.holds};
  if (x.exact) r.holds.push_back(*x.exact);
  return r;
}
// x{min,max}; a wide or open range is read as x{min,} (more matches, so
// what it requires every x{min,max} match holds too).
Info Repeat(const Info& x, int min, int max) {  // max -1: unbounded
  Info r = Empty();
  for (int i = 1; i < min; ++i) r = Concat(r, x);
  if (max < 0 || max - min > 3) return min == 0 ? Star() : Concat(r, Plus(x));
  if (min > 0) r = Concat(r, x);
  for (int i = min; i < max; ++i) r = Concat(r, Quest(x));
  return r;
}

// A recursive-descent reader of the RE2 syntax used in rules/.
class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Result<Info> Parse() {
    Info i = Alternation();
    if (error_.empty() && pos_ < s_.size()) error_ = "unexpected ')'";
    if (!error_.empty()) return Status::Error("cannot derive (" + error_ + ")");
    return i;
  }

 private:
  bool More() const { return error_.empty() && pos_ < s_.size(); }
  char Peek() const { return s_[pos_]; }
  bool Take(std::string_view t) {
    if (s_.substr(pos_, t.size()) != t) return false;
    pos_ += t.size();
    return true;
  }
  Info Fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at byte " + std::to_string(pos_);
    return Empty();
  }

  Info Alternation() {
    bool fold = fold_;  // flags end with their group
    Info x = Sequence();
    while (More() && Peek() == '|') {
      ++pos_;
      x = Alternate(x, Sequence());
    }
    fold_ = fold;
    return x;
  }

  Info Sequence() {
    Info x = Empty();
    while (More() && Peek() != '|' && Peek() != ')') x = Concat(x, Repeated());
    return x;
  }

  Info Repeated() {
    Info a = Atom();
    while (More()) {
      if (Take("*")) a = Repeat(a, 0, -1);
      else if (Take("+")) a = Repeat(a, 1, -1);
      else if (Take("?")) a = Quest(a);
      else if (Peek() == '{' && pos_ + 1 < s_.size() && std::isdigit(s_[pos_ + 1])) a = Counted(a);
      else break;
      Take("?");  // lazy: the same strings
    }
    return a;
  }

  Info Counted(const Info& a) {
    ++pos_;
    int min = Number(), max = min;
    if (Take(",")) max = More() && Peek() == '}' ? -1 : Number();
    if (!Take("}")) return Fail("bad {n,m}");
    return Repeat(a, min, max);
  }
  int Number() {
    int n = 0;
    while (More() && std::isdigit(Peek())) n = n * 10 + (s_[pos_++] - '0');
    return n;
  }

  Info Atom() {
    if (Take("(?i)")) return fold_ = true, Empty();
    if (Take("(")) {
      bool fold = fold_;
      if (Take("?i:")) fold_ = true;
      else if (Take("?:")) {}
      else if (More() && Peek() == '?') return Fail("a group other than (?:) and (?i:)");
      Info i = Alternation();
      fold_ = fold;
      if (!Take(")")) return Fail("missing ')'");
      return i;
    }
    if (Take("[")) return Lit(Class());
    if (Take(".")) return Lit(Complement(One('\n')));
    if (Take("^")) return Lit(One(kBot));
    if (Take("$")) return Empty();
    if (Take("\\")) {
      if (Take("b") || Take("B") || Take("z")) return Empty();
      if (Take("A")) return Lit(One(kBot));
      return Lit(Escape());
    }
    return Lit(Literal());
  }

  Info Lit(const Chars& c) { return Exact({Seq{fold_ ? Fold(c) : c}}); }

  // A code point; under (?i) only ASCII letters have another case here.
  Chars Literal() {
    Cp c = CodePoint();
    bool caseless = c < 0x80 || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2000 && c <= 0x2BFF) ||
                    (c >= 0x3000 && c <= 0xD7FF);
    if (fold_ && !caseless) Fail("a non-ASCII letter under (?i)");
    return One(c);
  }
  Cp CodePoint() {
    auto b = static_cast<unsigned char>(s_[pos_]);
    int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    Cp c = n == 1 ? b : b & (0x7F >> n);
    for (int k = 1; k < n; ++k) c = c << 6 | (static_cast<unsigned char>(s_[pos_ + k]) & 0x3F);
    pos_ += n;
    return c;
  }

  // After '\': a class escape or a punctuation or control character.
  Chars Escape() {
    if (!More()) return Fail("trailing '\\'"), Chars{};
    char e = s_[pos_++];
    Chars digit = One('0');
    digit.r[0].second = '9';
    Chars space = Norm({{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}});
    Chars word = Norm({{'0', '9'}, {'A', 'Z'}, {'a', 'z'}, {'_', '_'}});
    switch (e) {
      case 'd': return digit;
      case 'D': return Complement(digit);
      case 's': return space;
      case 'S': return Complement(space);
      case 'w': return word;
      case 'W': return Complement(word);
      case 'n': return One('\n');
      case 't': return One('\t');
      case 'r': return One('\r');
      case 'f': return One('\f');
      case 'v': return One('\v');
    }
    if (std::isalnum(static_cast<unsigned char>(e))) return Fail("escape \\" + std::string(1, e)), Chars{};
    return One(static_cast<unsigned char>(e));
  }

  // After '[': the set up to the closing ']'.
  Chars Class() {
    bool negate = Take("^");
    std::vector<std::pair<Cp, Cp>> r;
    for (bool first = true; More() && (first || Peek() != ']'); first = false) {
      if (Take("[:")) return Fail("POSIX class"), Chars{};
      Chars item;
      if (Take("\\")) item = Escape();
      else item = One(CodePoint());
      if (item.r.size() == 1 && item.r[0].first == item.r[0].second && pos_ + 1 < s_.size() &&
          Peek() == '-' && s_[pos_ + 1] != ']') {
        ++pos_;
        Cp hi = Take("\\") ? Escape().r.at(0).first : CodePoint();
        item.r[0].second = hi;
      }
      r.insert(r.end(), item.r.begin(), item.r.end());
    }
    if (!Take("]")) return Fail("missing ']'"), Chars{};
    Chars c = Norm(r);
    if (fold_) c = Fold(c);
    return negate ? Complement(c) : c;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  bool fold_ = false;
  std::string error_;
};

// The literals of a needs field (src/needs.h) as strings of sets.
Seqs NeedLiterals(const std::string& field) {
  Seqs out;
  if (field == "-") return out;
  std::size_t pos = 0;
  for (std::size_t bar; pos <= field.size(); pos = bar + 1) {
    bar = field.find('|', pos);
    if (bar == std::string::npos) bar = field.size();
    std::string_view lit(field.data() + pos, bar - pos);
    Seq s;
    for (std::size_t i = 0; i < lit.size();) {
      if (i == 0 && lit[0] == '^') s.push_back(One(kBot)), ++i;
      else if (lit.substr(i, 2) == "\\d") s.push_back(Norm({{'0', '9'}})), i += 2;
      else if (lit.substr(i, 2) == "\\s") s.push_back(Norm({{'\t', '\r'}, {' ', ' '}})), i += 2;
      else {
        auto b = static_cast<unsigned char>(lit[i]);
        std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        Cp c = n == 1 ? b : b & (0x7F >> n);
        for (std::size_t k = 1; k < n && i + k < lit.size(); ++k)
          c = c << 6 | (static_cast<unsigned char>(lit[i + k]) & 0x3F);
        s.push_back(Fold(One(c)));
        i += n;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// True when every string `s` stands for holds one of `needs`; a small set
// in `s` is split into its characters when no literal covers it whole.
bool Covered(const Seq& s, const Seqs& needs, int budget = 2) {
  for (const Seq& l : needs)
    for (std::size_t o = 0; o + l.size() <= s.size(); ++o) {
      bool all = true;
      for (std::size_t k = 0; k < l.size() && all; ++k) all = Subset(s[o + k], l[k]);
      if (all) return true;
    }
  if (budget == 0) return false;
  // Split the smallest set that may be split.
  std::size_t at = s.size();
  for (std::size_t i = 0; i < s.size(); ++i)
    if (Size(s[i]) >= 2 && Size(s[i]) <= kMaxSplit && (at == s.size() || Size(s[i]) < Size(s[at]))) at = i;
  if (at == s.size()) return false;
  Seq part = s;
  for (auto [lo, hi] : s[at].r)
    for (Cp c = lo; c <= hi; ++c) {
      part[at] = One(c);
      if (!Covered(part, needs, budget - 1)) return false;
    }
  return true;
  return false;
}

}  // namespace

Status NeedsImplied(const std::string& pattern, const std::string& needs) {
  if (needs == "-") return Status();
  Result<Info> info = Parser(pattern).Parse();
  if (!info.ok()) return info.status();
  Seqs lits = NeedLiterals(needs);
  for (const Seqs& alt : info->Required())
    if (!alt.empty() && std::all_of(alt.begin(), alt.end(), [&](const Seq& s) { return Covered(s, lits); }))
      return Status();
  return Status::Error("a match of the pattern need not hold any of '" + needs + "'");
}

namespace {

// Writes code point c as UTF-8.
void AppendUtf8(Cp c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | c >> 6));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | c >> 12));
    out->push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | c >> 18));
    out->push_back(static_cast<char>(0x80 | (c >> 12 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The ways one character set can be written in a needs literal, each
// admitting at least the set (a superset only admits more texts), or none.
std::vector<std::string> Spellings(const Chars& c, bool first) {
  if (c == One(kBot)) return first ? std::vector<std::string>{"^"} : std::vector<std::string>{};
  if (Subset(c, Norm({{'0', '9'}})) && Size(c) > 1) return {"\\d"};
  if (Subset(c, Norm({{'\t', '\r'}, {' ', ' '}})) && Size(c) > 1) return {"\\s"};
  if (Size(c) > 8) return {};
  std::vector<std::string> out;
  for (auto [lo, hi] : c.r)
    for (Cp x = lo; x <= hi; ++x) {
      bool letter = (x >= 'A' && x <= 'Z') || (x >= 'a' && x <= 'z');
      if (letter && (x | 0x20) != x && c == Fold(c)) continue;  // its lower case stands for both
      if (x == '|' || x == '\\' || (first && x == '^') || x == kBot || x == 0) return {};
      std::string s;
      AppendUtf8(letter ? (x | 0x20) : x, &s);
      out.push_back(s);
    }
  return out;
}

// Returns the needs literals of the longest run of `s` that can be written
// with at most 16 literals, or none.
std::vector<std::string> Spell(const Seq& s) {
  std::vector<std::string> best;
  std::size_t best_len = 0;
  for (std::size_t b = 0; b < s.size(); ++b) {
    std::vector<std::string> lits{""};
    for (std::size_t e = b; e < s.size(); ++e) {
      std::vector<std::string> ways = Spellings(s[e], e == b);
      if (ways.empty() || lits.size() * ways.size() > 16) break;
      std::vector<std::string> next;
      for (const std::string& l : lits)
        for (const std::string& w : ways) next.push_back(l + w);
      lits = std::move(next);
      bool anchor_only = e == b && s[b] == One(kBot);  // "^" alone is no literal
      if (!anchor_only && e + 1 - b > best_len) best_len = e + 1 - b, best = lits;
    }
  }
  return best;
}

}  // namespace

std::vector<std::string> DerivedNeeds(const std::string& pattern) {
  std::vector<std::string> out;
  Result<Info> info = Parser(pattern).Parse();
  if (!info.ok()) return out;
  for (const Seqs& alt : info->Required()) {
    if (alt.empty()) continue;
    std::vector<std::string> lits;
    for (const Seq& s : alt) {
      std::vector<std::string> l = Spell(s);
      if (l.empty()) {
        lits.clear();
        break;
      }
      lits.insert(lits.end(), l.begin(), l.end());
    }
    if (lits.empty()) continue;
    std::sort(lits.begin(), lits.end());
    lits.erase(std::unique(lits.begin(), lits.end()), lits.end());
    std::string field;
    for (const std::string& l : lits) field += (field.empty() ? "" : "|") + l;
    if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
  }
  return out;
}

}  // namespace suchi
