// The ICU functions mizan needs, behind plain C types.
//
// ICU's own headers rename every function with a version suffix through macros, and on Linux they clash
// with the ICU module inside Foundation, so Swift must not see them. This header includes no ICU header;
// mizan_icu.c does all ICU calls. Text is UTF-16 (uint16_t) as ICU uses it. Every function reports ICU
// failures through `status` (0 = success, > 0 = ICU error code, < 0 = warning) and never aborts.
// (It is also mizan's only C module, so the one non-ICU helper, `mizan_prefetch`, sits at its end.)
#ifndef MIZAN_ICU_H
#define MIZAN_ICU_H

#include <stdint.h>
#include <stdbool.h>

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

/// Asks the processor to start loading the cache line at `address` (a hint: no fault, no effect on results).
static inline void mizan_prefetch(const void *address) { __builtin_prefetch(address); }

#ifdef __cplusplus
}
#endif
#endif
