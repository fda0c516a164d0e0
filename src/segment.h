// Sentence segmentation of a normalized article (ICU BreakIterator plus
// Korean news fixes): headline and subheading lines are their own units; no
// split inside numbers (10.26), quotes, parentheses or abbreviations; glued
// sentences ("전망했다.이창영") are split. Chrome lines become kChrome units.
#ifndef SUCHI_SEGMENT_H_
#define SUCHI_SEGMENT_H_

#include <string_view>
#include <vector>

#include "chrome.h"
#include "normalize.h"
#include "types.h"

namespace suchi {

// Returns the sentences of `article` in text order, each with its span in
// the normalized text, the original bytes and code points, trimmed of
// spaces. `paragraph` counts non-blank lines from 0. A line marked by a
// chrome rule is one kChrome unit; a sentence unit inside a longer line that
// matches a chrome `line` rule is kChrome too (chrome_rule names the rule).
// The first non-chrome line (up to 200 code points) is a kHeadline (not
// when !article.has_title); later
// lines of up to 64 code points without final punctuation (and not "label:
// text" list items) are subheadings, kHeadline too, as are short lines
// ending in '?' or '!' before the first body line. Headline lines are never
// split. `article.text` must be the text `norm` was built from.
std::vector<Sentence> Segment(const Article& article, const NormalizedText& norm,
                              const ChromeRules& chrome);

// As above, with the code point index of `article.text` already built (the
// pipeline shares one index between segmentation and extraction).
std::vector<Sentence> Segment(const Article& article, const NormalizedText& norm,
                              const CodePointIndex& cps, const ChromeRules& chrome);

// Returns the sentence boundaries ICU's BreakIterator finds in `line`
// (byte offsets, ascending; the last is line.size()), as the splitter
// computes them before its corrections: ICU runs only on the stretches of
// the line around a possible sentence end. The result equals that of ICU
// run on the whole line (tests compare the two).
std::vector<std::size_t> IcuSentenceBreaks(std::string_view line);

}  // namespace suchi

#endif  // SUCHI_SEGMENT_H_
