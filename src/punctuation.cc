// Sentence punctuation scans for claim attribution (see punctuation.h).
#include "punctuation.h"

#include <cctype>
#include <cstring>

#include "text_scan.h"

namespace suchi {

std::vector<std::size_t> TopLevelCommas(std::string_view t) {
  std::vector<std::size_t> out;
  int depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c > ']' || c < '(') continue;  // and every non-ASCII byte, signed or not
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    else if ((c == ',' || c == ';') && depth == 0) {
      bool digits = i > 0 && i + 1 < t.size() && isdigit(static_cast<unsigned char>(t[i - 1])) &&
                    isdigit(static_cast<unsigned char>(t[i + 1]));
      if (!digits) out.push_back(i);
    }
  }
  return out;
}

std::size_t MatchParen(std::string_view t, std::size_t i) {
  int depth = 0;
  for (std::size_t j = i; j < t.size(); ++j) {
    if (t[j] == '(') ++depth;
    else if (t[j] == ')' && --depth == 0) return j + 1;
  }
  return std::string_view::npos;
}

bool InsideBrackets(std::string_view t, std::size_t pos) {
  int depth = 0;
  for (std::size_t i = 0; i < pos && i < t.size(); ++i) {
    if (t[i] == '[') ++depth;
    else if (t[i] == ']' && depth > 0) --depth;
  }
  return depth > 0;
}

bool InsideQuotes(std::string_view t, std::size_t pos) {
  int curly = 0;
  bool ascii = false;
  // Only '"' and the lead byte of “ and ” act: memchr finds the next of
  // each, and a position is searched again only once passed.
  const char* data = t.data();
  auto next = [&](std::size_t from, char c) {
    const void* p = from < pos ? std::memchr(data + from, c, pos - from) : nullptr;
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - data) : pos;
  };
  std::size_t quote = next(0, '"'), lead = next(0, '\xE2');
  while (quote < pos || lead < pos) {
    if (quote < lead) {
      ascii = !ascii;
      quote = next(quote + 1, '"');
      continue;
    }
    std::size_t i = lead;
    if (StartsWith(t, i, "“")) ++curly, i += 3;
    else if (StartsWith(t, i, "”")) curly -= curly > 0, i += 3;
    else ++i;
    lead = next(i, '\xE2');
  }
  return curly > 0 || ascii;
}

bool FollowedByQuestion(std::string_view t, std::size_t pos) {
  while (pos < t.size()) {
    if (t[pos] == '\'' || t[pos] == '"' || t[pos] == ' ') { ++pos; continue; }
    if (StartsWith(t, pos, "’") || StartsWith(t, pos, "”")) { pos += 3; continue; }
    break;
  }
  return pos < t.size() && t[pos] == '?';
}

}  // namespace suchi
