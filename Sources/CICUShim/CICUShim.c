#include "CICUShim.h"
#include "../CICU/CICU.h"

_Static_assert(CICUSHIM_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "ICU status changed");
_Static_assert(CICUSHIM_WORD_NONE_LIMIT == UBRK_WORD_NONE_LIMIT, "ICU word status changed");
_Static_assert(CICUSHIM_WORD_NUMBER_LIMIT == UBRK_WORD_NUMBER_LIMIT, "ICU word status changed");
_Static_assert(CICUSHIM_WORD_LETTER_LIMIT == UBRK_WORD_LETTER_LIMIT, "ICU word status changed");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");

// ICU owns both instances (process-wide singletons), so caching the pointers is safe;
// the atomics keep concurrent first calls well-defined.
static const UNormalizer2 *cached(const UNormalizer2 **slot,
                                  const UNormalizer2 *(*get)(UErrorCode *)) {
    const UNormalizer2 *n = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (n == NULL) {
        UErrorCode status = U_ZERO_ERROR;
        n = get(&status);
        __atomic_store_n(slot, n, __ATOMIC_RELEASE);
    }
    return n;
}

static const UNormalizer2 *nfkcCasefold(void) {
    static const UNormalizer2 *instance = NULL;
    return cached(&instance, unorm2_getNFKCCasefoldInstance);
}

static const UNormalizer2 *nfd(void) {
    static const UNormalizer2 *instance = NULL;
    return cached(&instance, unorm2_getNFDInstance);
}

int32_t CICUShim_nfkcCasefold(const uint16_t *src, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkcCasefold();
    if (n == NULL) { *status = U_INTERNAL_PROGRAM_ERROR; return 0; }
    int32_t written = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &code);
    *status = code;
    return written;
}

int32_t CICUShim_utf8ToUTF16(const uint8_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t written = 0;
    u_strFromUTF8WithSub((UChar *)dest, capacity, &written, (const char *)src, length, 0xFFFD, NULL, &code);
    *status = code;
    return written;
}

bool CICUShim_nfkcCasefoldHasBoundaryBefore(uint32_t c) {
    const UNormalizer2 *n = nfkcCasefold();
    return n == NULL || unorm2_hasBoundaryBefore(n, (UChar32)c);
}

bool CICUShim_nfkcCasefoldIsInert(uint32_t c) {
    const UNormalizer2 *n = nfkcCasefold();
    return n != NULL && unorm2_isInert(n, (UChar32)c);
}

int32_t CICUShim_stripMarks(uint32_t c, uint32_t *dest, int32_t capacity) {
    UChar decomposition[32];
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = nfd();
    int32_t length = n ? unorm2_getDecomposition(n, (UChar32)c, decomposition, 32, &code) : -1;
    if (length < 0 || U_FAILURE(code)) {
        if (u_charType((UChar32)c) == U_NON_SPACING_MARK || capacity < 1) return 0;
        dest[0] = c;
        return 1;
    }
    int32_t written = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 d;
        U16_NEXT(decomposition, i, length, d);
        if (u_charType(d) == U_NON_SPACING_MARK) continue;
        if (written < capacity) dest[written] = (uint32_t)d;
        written++;
    }
    return written;
}

CICUShim_WordBreak CICUShim_wordBreak(uint32_t c) {
    switch ((UWordBreakValues)u_getIntPropertyValue((UChar32)c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER: return CICUShim_WordBreakOther;
    case U_WB_ALETTER: return CICUShim_WordBreakALetter;
    case U_WB_NUMERIC: return CICUShim_WordBreakNumeric;
    case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: return CICUShim_WordBreakMidNumLet;
    case U_WB_MIDNUM: return CICUShim_WordBreakMidNum;
    case U_WB_MIDLETTER: return CICUShim_WordBreakMidLetter;
    case U_WB_WSEGSPACE: return CICUShim_WordBreakWSegSpace;
    case U_WB_CR: case U_WB_LF: case U_WB_NEWLINE: return CICUShim_WordBreakNewline;
    case U_WB_DOUBLE_QUOTE: return CICUShim_WordBreakDoubleQuote;
    case U_WB_EXTENDNUMLET: return CICUShim_WordBreakExtendNumLet;
    default: return CICUShim_WordBreakUnhandled;
    }
}

CICUShim_Category CICUShim_category(uint32_t c) {
    switch ((UCharCategory)u_charType((UChar32)c)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
        return CICUShim_CategoryLetter;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
        return CICUShim_CategoryMark;
    case U_DECIMAL_DIGIT_NUMBER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
        return CICUShim_CategoryNumber;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
        return CICUShim_CategoryPunctuation;
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
        return CICUShim_CategorySymbol;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
        return CICUShim_CategorySpace;
    case U_FORMAT_CHAR:
        return CICUShim_CategoryFormat;
    case U_CONTROL_CHAR:
        return CICUShim_CategoryControl;
    default:
        return CICUShim_CategoryOther;
    }
}

bool CICUShim_isDefaultIgnorable(uint32_t c) {
    return u_hasBinaryProperty((UChar32)c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

CICUShim_Script CICUShim_script(uint32_t c) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)c, &code);
    if (U_FAILURE(code)) return CICUShim_ScriptOther;
    switch (script) {
    case USCRIPT_COMMON: case USCRIPT_INHERITED: return CICUShim_ScriptCommon;
    case USCRIPT_LATIN: return CICUShim_ScriptLatin;
    case USCRIPT_CYRILLIC: return CICUShim_ScriptCyrillic;
    case USCRIPT_GREEK: return CICUShim_ScriptGreek;
    default: return CICUShim_ScriptOther;
    }
}

CICUShim_SpoofChecker *CICUShim_spoofOpen(int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&code);
    *status = code;
    return U_FAILURE(code) ? NULL : (CICUShim_SpoofChecker *)checker;
}

void CICUShim_spoofClose(CICUShim_SpoofChecker *checker) {
    if (checker) uspoof_close((USpoofChecker *)checker);
}

int32_t CICUShim_spoofSkeleton(const CICUShim_SpoofChecker *checker,
                               const uint16_t *src, int32_t length,
                               uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t written = uspoof_getSkeleton((const USpoofChecker *)checker, 0, (const UChar *)src,
                                         length, (UChar *)dest, capacity, &code);
    *status = code;
    return written;
}

CICUShim_WordBreaker *CICUShim_wordBreakerOpen(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_WORD, locale, NULL, 0, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : (CICUShim_WordBreaker *)it;
}

CICUShim_WordBreaker *CICUShim_wordBreakerClone(const CICUShim_WordBreaker *breaker, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone((const UBreakIterator *)breaker, &code);
    *status = code;
    return U_FAILURE(code) ? NULL : (CICUShim_WordBreaker *)it;
}

void CICUShim_wordBreakerClose(CICUShim_WordBreaker *breaker) {
    if (breaker) ubrk_close((UBreakIterator *)breaker);
}

void CICUShim_wordBreakerSetText(CICUShim_WordBreaker *breaker, const uint16_t *text,
                                 int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &code);
    *status = code;
}

int32_t CICUShim_wordBreakerNext(CICUShim_WordBreaker *breaker) {
    int32_t b = ubrk_next((UBreakIterator *)breaker);
    return b == UBRK_DONE ? -1 : b;
}

int32_t CICUShim_wordBreakerRuleStatus(const CICUShim_WordBreaker *breaker) {
    return ubrk_getRuleStatus((UBreakIterator *)breaker);
}
