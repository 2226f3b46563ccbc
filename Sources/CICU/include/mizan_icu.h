// The ICU functions mizan needs, behind plain C types.
//
// ICU's own headers rename every function with a version suffix through macros, and on Linux they clash
// with the ICU module inside Foundation, so Swift must not see them. This header includes no ICU header;
// mizan_icu.c does all ICU calls. Text is UTF-16 (uint16_t) as ICU uses it. Every function reports ICU
// failures through `status` (0 = success, > 0 = ICU error code, < 0 = warning) and never aborts.
// (It is also mizan's only C module, so the non-ICU helpers, `mizan_prefetch` and the tokenizer's
// `mizan_classify64`, sit at its end.)
#ifndef MIZAN_ICU_H
#define MIZAN_ICU_H

#include <stdint.h>
#include <stdbool.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/// NFKC with case folding and removal of default-ignorable code points (ICU "nfkc_cf").
/// Writes at most `capacity` units to `dest`; returns the full length needed (retry when larger).
int32_t mizan_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

/// NFKD of `src` into `dest`; returns the length needed (more than `capacity` when it did not fit).
int32_t mizan_nfkd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

/// Whether NFKC-casefold normalization can never combine `c` with text before it.
bool mizan_nfkc_casefold_boundary_before(int32_t c);

/// Kinds of text boundaries.
typedef enum { MIZAN_BREAK_WORD = 0, MIZAN_BREAK_SENTENCE = 1 } mizan_break_kind;

/// An opaque break iterator; not thread-safe, one per thread.
typedef struct mizan_breaker mizan_breaker;

/// Opens a break iterator for `locale` (e.g. "ar", "en@ss=standard"). NULL on failure.
mizan_breaker *mizan_breaker_open(mizan_break_kind kind, const char *locale, int32_t *status);
void mizan_breaker_close(mizan_breaker *breaker);

/// Finds all boundaries of `text` (UTF-16 offsets, including 0 and `length`). For word breaks, `statuses`
/// receives the rule status of the segment ending at each boundary (ICU UWordBreak: 0 none, 100 number,
/// 200 letter, 300 kana, 400 ideo). Writes at most `capacity` entries; returns the count needed.
int32_t mizan_breaker_run(mizan_breaker *breaker, const uint16_t *text, int32_t length,
                          int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *status);

/// The Unicode Sentence_Break property of `c` as ICU numbers it (USentenceBreak: 0 Other, 1 ATerm,
/// 2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR, 12 Extend,
/// 13 LF, 14 SContinue).
int32_t mizan_sentence_break_class(int32_t c);

/// The abbreviations after which ICU's `ss=standard` sentence iterator of `locale` (e.g. "en") suppresses
/// breaks, from ICU's own break-iterator data, each followed by a 0 unit. Writes at most `capacity`
/// units; returns the number needed (0 when the locale has none).
int32_t mizan_sentence_suppressions(const char *locale, uint16_t *out, int32_t capacity, int32_t *status);

/// One charset guess.
typedef struct {
    char name[40];
    char language[8];
    int32_t confidence; // 0...100
} mizan_charset_match;

/// Guesses the charset of `bytes`. Fills up to `capacity` matches, best first; returns how many.
int32_t mizan_detect_charsets(const char *bytes, int32_t length, mizan_charset_match *matches,
                              int32_t capacity, int32_t *status);

/// Converts `length` bytes in `charset` to UTF-16, substituting U+FFFD for undecodable bytes.
/// `source_offsets`, when not NULL, receives for each output unit the byte offset it came from.
/// Returns the number of units needed (retry with a larger buffer when it exceeds `capacity`).
int32_t mizan_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                               uint16_t *dest, int32_t *source_offsets, int32_t capacity, int32_t *status);

/// Converts UTF-16 to bytes in `charset` (unmappable characters become the charset's substitute).
/// Returns the number of bytes needed (retry with a larger buffer when it exceeds `capacity`).
int32_t mizan_convert_from_utf16(const char *charset, const uint16_t *units, int32_t length,
                                 char *dest, int32_t capacity, int32_t *status);

/// Whether ICU knows a converter for `charset`.
bool mizan_charset_known(const char *charset);

/// An opaque transliterator; not thread-safe.
typedef struct mizan_transliterator mizan_transliterator;

/// Opens a transliterator by ICU id, e.g. "Arabic-Latin" or "Any-Latin; Latin-ASCII". NULL on failure.
mizan_transliterator *mizan_transliterator_open(const char *identifier, int32_t *status);
void mizan_transliterator_close(mizan_transliterator *transliterator);

/// Transliterates in place: `text` holds `length` units and has room for `capacity`. Returns the new
/// length, or the needed capacity (larger than `capacity`) when the buffer is too small.
int32_t mizan_transliterate(mizan_transliterator *transliterator, uint16_t *text, int32_t length,
                            int32_t capacity, int32_t *status);

/// The first three steps of ICU's Latin-ASCII transliterator, which the rest (a context-free map of
/// single characters) can follow: canonical decomposition, removal of every run of nonspacing marks
/// that follows a Latin-script letter or an ASCII digit, canonical composition. Writes to `dest` and
/// returns the length, or the needed capacity (larger than `capacity`) when `dest` is too small.
/// Fails with U_UNSUPPORTED_ERROR when the text holds a mark outside Latin-ASCII's filter (not modelled).
int32_t mizan_latin_ascii_prepare(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                                  int32_t *status);

/// The ICU version string, e.g. "72.1".
void mizan_icu_version(char *out, int32_t capacity);

/// The BMP table of Swift's `ScalarClass` (one class byte per code point below U+10000), published here
/// once Swift has built it, so that a lookup reads it with a load rather than through the lazy global's
/// `swift_once` call (which the quote rules paid on every scalar they classified). Null until published;
/// the table is never freed.
extern const uint8_t *mizan_scalar_class_table_;

/// The published ``mizan_scalar_class_table_`` (an acquire load: the table's bytes are seen once the
/// pointer is); null before it is published.
static inline const uint8_t *mizan_scalar_class_table(void) {
    return __atomic_load_n(&mizan_scalar_class_table_, __ATOMIC_ACQUIRE);
}

/// Publishes `table` (64 Ki bytes that must live as long as the process) as the scalar class table.
void mizan_publish_scalar_class_table(const uint8_t *table);

/// Asks the processor to start loading the cache line at `address` (a hint: no fault, no effect on results).
static inline void mizan_prefetch(const void *address) { __builtin_prefetch(address); }

/// The first index in `from..<to` of the 32-bit scalars at `scalars` that may be a quotation mark: `"`,
/// `'`, `«`, `»` or a scalar at or above U+2018 (the typographic marks and everything after them, for the
/// caller to look at); `to` when there is none. With SSE2, sixteen scalars per step: narrowed to signed
/// 16 bits with saturation (a scalar at or above U+8000 stays above U+2017) and compared eight at a time.
static inline int64_t mizan_find_quote_candidate(const uint32_t *scalars, int64_t from, int64_t to) {
    int64_t k = from;
#if defined(__SSE2__)
    const __m128i dq = _mm_set1_epi16(0x22), sq = _mm_set1_epi16(0x27), lg = _mm_set1_epi16(0xAB), rg = _mm_set1_epi16(0xBB);
    const __m128i high = _mm_set1_epi16(0x2017);
    for (; k + 16 <= to; k += 16) {
        const __m128i *p = (const __m128i *)(scalars + k);
        __m128i a = _mm_packs_epi32(_mm_loadu_si128(p), _mm_loadu_si128(p + 1));
        __m128i b = _mm_packs_epi32(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3));
        __m128i ma = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(a, dq), _mm_cmpeq_epi16(a, sq)),
                                  _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(a, lg), _mm_cmpeq_epi16(a, rg)), _mm_cmpgt_epi16(a, high)));
        __m128i mb = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(b, dq), _mm_cmpeq_epi16(b, sq)),
                                  _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(b, lg), _mm_cmpeq_epi16(b, rg)), _mm_cmpgt_epi16(b, high)));
        // Two mask bits per 16-bit lane.
        uint32_t bits = (uint32_t)_mm_movemask_epi8(ma) | ((uint32_t)_mm_movemask_epi8(mb) << 16);
        if (bits != 0) return k + (__builtin_ctz(bits) >> 1);
    }
#endif
    for (; k < to; k++) {
        uint32_t v = scalars[k];
        if (v == 0x22 || v == 0x27 || v == 0xAB || v == 0xBB || v >= 0x2018) return k;
    }
    return to;
}

/// The first index in `from..<to` of the 32-bit scalars at `scalars` equal to `value`; `to` when there is
/// none. With SSE2, sixteen scalars per step.
static inline int64_t mizan_find_scalar(const uint32_t *scalars, int64_t from, int64_t to, uint32_t value) {
    int64_t k = from;
#if defined(__SSE2__)
    const __m128i v = _mm_set1_epi32((int)value);
    for (; k + 16 <= to; k += 16) {
        const __m128i *p = (const __m128i *)(scalars + k);
        __m128i a = _mm_packs_epi32(_mm_cmpeq_epi32(_mm_loadu_si128(p), v), _mm_cmpeq_epi32(_mm_loadu_si128(p + 1), v));
        __m128i b = _mm_packs_epi32(_mm_cmpeq_epi32(_mm_loadu_si128(p + 2), v), _mm_cmpeq_epi32(_mm_loadu_si128(p + 3), v));
        uint32_t bits = (uint32_t)_mm_movemask_epi8(a) | ((uint32_t)_mm_movemask_epi8(b) << 16);
        if (bits != 0) return k + (__builtin_ctz(bits) >> 1);
    }
#endif
    for (; k < to; k++) {
        if (scalars[k] == value) return k;
    }
    return to;
}

/// The kinds of 16 scalars for the lexicon matcher's tokenizer (Swift `TermWords`), bit k for scalar k.
/// Only the scalars below U+0080 are classified (`high` marks the others, for the caller to classify).
typedef struct {
    /// `a`–`z`, `A`–`Z`, `0`–`9` and the apostrophe.
    uint16_t word;
    /// Space, tab, `-`, `@` and `#`.
    uint16_t joiner;
    /// `0`–`9`.
    uint16_t digit;
    /// `.` and `,` (word scalars between two digits).
    uint16_t dot;
    /// Scalars at or above U+0080.
    uint16_t high;
} mizan_kinds16;

/// Classifies the 16 scalars (32-bit code points) at `scalars` (mizan_kinds16) and writes each one's low byte to `bytes` (0xFF
/// for a scalar above U+00FF): with SSE2, four loads, two narrowing steps and a dozen byte comparisons
/// instead of sixteen table loads.
static inline mizan_kinds16 mizan_classify16(const void *scalars, uint8_t *bytes) {
    mizan_kinds16 r;
#if defined(__SSE2__)
    const __m128i *p = (const __m128i *)scalars;
    // Signed saturation to 16 bits, then unsigned to 8: a scalar above 0xFF becomes 0xFF.
    __m128i x = _mm_packus_epi16(_mm_packs_epi32(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                                 _mm_packs_epi32(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));
    _mm_storeu_si128((__m128i *)bytes, x);
    // Signed comparisons: a byte at or above 0x80 is negative and falls in no range below.
    __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));  // A–Z onto a–z
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(x, _mm_set1_epi8('\'')));
    __m128i joiner = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('-'))),
                                  _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('@'))),
                                               _mm_cmpeq_epi8(x, _mm_set1_epi8('#'))));
    __m128i dot = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8(',')));
    r.word = (uint16_t)_mm_movemask_epi8(word);
    r.joiner = (uint16_t)_mm_movemask_epi8(joiner);
    r.digit = (uint16_t)_mm_movemask_epi8(digit);
    r.dot = (uint16_t)_mm_movemask_epi8(dot);
    r.high = (uint16_t)_mm_movemask_epi8(x);
#else
    r.word = r.joiner = r.digit = r.dot = r.high = 0;
    for (int k = 0; k < 16; k++) {
        uint32_t c = ((const uint32_t *)scalars)[k];
        bytes[k] = (uint8_t)(c > 0xFF ? 0xFF : c);
        uint16_t bit = (uint16_t)(1u << k);
        uint32_t f = c | 0x20;
        if (c >= 0x80) r.high |= bit;
        else if ((f >= 'a' && f <= 'z') || (c >= '0' && c <= '9') || c == '\'') r.word |= bit;
        else if (c == ' ' || c == '-' || c == '\t' || c == '@' || c == '#') r.joiner |= bit;
        else if (c == '.' || c == ',') r.dot |= bit;
        if (c >= '0' && c <= '9') r.digit |= bit;
    }
#endif
    return r;
}

/// mizan_classify16 over the 64 scalars at `scalars`: bit k of each mask for scalar k, and the bytes.
/// Returns the mask of scalars at or above U+0080 (the caller classifies those).
static inline uint64_t mizan_classify64(const void *scalars, uint8_t *bytes, uint64_t *word, uint64_t *joiner,
                                        uint64_t *digit, uint64_t *dot) {
    uint64_t w = 0, j = 0, d = 0, p = 0, h = 0;
    for (int b = 0; b < 4; b++) {
        mizan_kinds16 k = mizan_classify16((const uint32_t *)scalars + 16 * b, bytes + 16 * b);
        w |= (uint64_t)k.word << (16 * b);
        j |= (uint64_t)k.joiner << (16 * b);
        d |= (uint64_t)k.digit << (16 * b);
        p |= (uint64_t)k.dot << (16 * b);
        h |= (uint64_t)k.high << (16 * b);
    }
    *word = w;
    *joiner = j;
    *digit = d;
    *dot = p;
    return h;
}

#ifdef __cplusplus
}
#endif
#endif
