// Sentence-end decisions of ICU's sentence rules (UAX #29) that the
// splitter (segment.cc) can make without running ICU: which characters may
// end a sentence, and the boundaries of the commonest stretches of text
// around a terminator ("했다. 이어", "했다.이창영", "3.5%", a line's last
// "했다."). Internal to the segment stage.
#ifndef SUCHI_SENTENCE_ENDS_H_
#define SUCHI_SENTENCE_ENDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace suchi {

// Returns true for a character after which ICU may break: Sentence_Break
// ATerm, STerm, Sep, CR or LF, or a surrogate (a pair of them decoded apart
// reaches ICU as one supplementary character).
bool MayEndSentence(char32_t c);

// Appends to *ends ICU's sentence boundaries strictly inside `text` (bytes,
// ascending, the end of `text` excluded) and returns true, when `text` is a
// stretch the rules decide plainly: every run of . ! ? in it is followed by
// an ASCII digit ("3.5", SB6: no break), by the end of the text, or by
// spaces or nothing and then a Hangul syllable (SB11: a break before the
// syllable); every other character is well-formed UTF-8 of at most three
// bytes that cannot end a sentence. For any other text returns false and
// appends nothing: ICU must decide.
bool PlainSentenceBreaks(std::string_view text, std::vector<std::size_t>* ends);

}  // namespace suchi

#endif  // SUCHI_SENTENCE_ENDS_H_
