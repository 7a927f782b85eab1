// Stable, prefixed entry points into ICU for Swift.
//
// This header deliberately contains no ICU header and no ICU type: Swift imports it
// next to Foundation (whose own ICU copy clashes with the system one), and ICU's
// version-suffixed symbol names stay inside CICUShim.c.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdbool.h>
#include <stdint.h>

/// ICU status codes are returned as int32_t; anything > 0 is a failure.
#define CICUSHIM_BUFFER_OVERFLOW 15

/// Coarse Unicode general category, as the normalizer needs it.
typedef enum {
    CICUShim_CategoryOther = 0,
    CICUShim_CategoryLetter = 1,
    CICUShim_CategoryMark = 2,
    CICUShim_CategoryNumber = 3,
    CICUShim_CategoryPunctuation = 4,
    CICUShim_CategorySymbol = 5,
    CICUShim_CategorySpace = 6,
    CICUShim_CategoryFormat = 7,
    CICUShim_CategoryControl = 8,
} CICUShim_Category;

/// Script of a code point, reduced to what homoglyph detection needs.
typedef enum {
    CICUShim_ScriptCommon = 0,
    CICUShim_ScriptLatin = 1,
    CICUShim_ScriptCyrillic = 2,
    CICUShim_ScriptGreek = 3,
    CICUShim_ScriptOther = 4,
} CICUShim_Script;

/// ICU word-break rule status ranges (UBRK_WORD_*).
#define CICUSHIM_WORD_NONE_LIMIT 100
#define CICUSHIM_WORD_NUMBER_LIMIT 200
#define CICUSHIM_WORD_LETTER_LIMIT 300

/// Applies NFKC_Casefold to UTF-16 `src[0..<length]`, writing at most `capacity` units
/// to `dest`. Returns the full output length; `*status` > 0 on failure.
int32_t CICUShim_nfkcCasefold(const uint16_t *src, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *status);

/// Converts UTF-8 `src[0..<length]` to UTF-16 (invalid sequences become U+FFFD),
/// writing at most `capacity` units to `dest`. Returns the full output length; `*status`
/// > 0 on failure. (ICU's own converter: the benchmark's baseline uses it.)
int32_t CICUShim_utf8ToUTF16(const uint8_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status);

/// Whether NFKC_Casefold has a normalization boundary before `c`.
bool CICUShim_nfkcCasefoldHasBoundaryBefore(uint32_t c);

/// Whether NFKC_Casefold leaves `c` alone and never combines it with a neighbour.
bool CICUShim_nfkcCasefoldIsInert(uint32_t c);

/// Decomposes `c` (NFD) and writes its code points other than nonspacing marks to
/// `dest` (at most `capacity`); returns how many were written.
int32_t CICUShim_stripMarks(uint32_t c, uint32_t *dest, int32_t capacity);

/// The coarse general category of `c`.
CICUShim_Category CICUShim_category(uint32_t c);

/// The Word_Break property of a code point (UAX #29), reduced to the classes that the
/// project's own word segmentation handles; every other value is `Unhandled`.
typedef enum {
    CICUShim_WordBreakOther = 0,
    CICUShim_WordBreakALetter = 1,
    CICUShim_WordBreakNumeric = 2,
    /// MidNumLet or Single_Quote (`.`, `'`).
    CICUShim_WordBreakMidNumLet = 3,
    CICUShim_WordBreakMidNum = 4,
    CICUShim_WordBreakMidLetter = 5,
    CICUShim_WordBreakWSegSpace = 6,
    /// CR, LF or Newline.
    CICUShim_WordBreakNewline = 7,
    /// Double_Quote: joins only around Hebrew letters.
    CICUShim_WordBreakDoubleQuote = 8,
    CICUShim_WordBreakExtendNumLet = 9,
    /// Extend, Format, ZWJ, Katakana, Hebrew_Letter, Regional_Indicator and the obsolete
    /// emoji values.
    CICUShim_WordBreakUnhandled = 10,
} CICUShim_WordBreak;

/// The reduced Word_Break property of `c`.
CICUShim_WordBreak CICUShim_wordBreak(uint32_t c);

/// Whether `c` is a Default_Ignorable_Code_Point (zero-width and format characters).
bool CICUShim_isDefaultIgnorable(uint32_t c);

/// The script of `c`, reduced to Common/Latin/Cyrillic/Greek/Other.
CICUShim_Script CICUShim_script(uint32_t c);

/// An opened spoof checker for skeletons; safe to share for skeleton calls.
typedef struct CICUShim_SpoofChecker CICUShim_SpoofChecker;

/// Opens a spoof checker; NULL and `*status` > 0 on failure.
CICUShim_SpoofChecker *CICUShim_spoofOpen(int32_t *status);
void CICUShim_spoofClose(CICUShim_SpoofChecker *checker);

/// Writes the confusable skeleton of UTF-16 `src` to `dest`; returns its full length.
int32_t CICUShim_spoofSkeleton(const CICUShim_SpoofChecker *checker,
                               const uint16_t *src, int32_t length,
                               uint16_t *dest, int32_t capacity, int32_t *status);

/// A word break iterator; not thread-safe, clone one per task.
typedef struct CICUShim_WordBreaker CICUShim_WordBreaker;

/// Opens a word break iterator for `locale` (e.g. "fr"); NULL on failure.
CICUShim_WordBreaker *CICUShim_wordBreakerOpen(const char *locale, int32_t *status);
/// Clones `breaker` (about ten times cheaper than opening one).
CICUShim_WordBreaker *CICUShim_wordBreakerClone(const CICUShim_WordBreaker *breaker, int32_t *status);
void CICUShim_wordBreakerClose(CICUShim_WordBreaker *breaker);
/// Sets the UTF-16 text; the buffer must outlive the iteration.
void CICUShim_wordBreakerSetText(CICUShim_WordBreaker *breaker, const uint16_t *text,
                                 int32_t length, int32_t *status);
/// The next boundary (UTF-16 offset), or -1 at the end.
int32_t CICUShim_wordBreakerNext(CICUShim_WordBreaker *breaker);
/// The rule status of the segment that ends at the last boundary returned.
int32_t CICUShim_wordBreakerRuleStatus(const CICUShim_WordBreaker *breaker);

#endif
