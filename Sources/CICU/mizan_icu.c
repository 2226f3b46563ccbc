// All of mizan's ICU calls. See include/mizan_icu.h for why they live here.
#include "mizan_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>

static const UNormalizer2 *nfkc_cf(UErrorCode *err) {
    return unorm2_getNFKCCasefoldInstance(err);
}

/// `src` normalized by the normalizer `get` returns, into `dest`; the length needed.
static int32_t normalize_with(const UNormalizer2 *(*get)(UErrorCode *), const uint16_t *src, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = get(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &err);
    *status = (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) ? U_ZERO_ERROR : err;
    return needed;
}

int32_t mizan_nfkc_casefold(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    return normalize_with(nfkc_cf, src, length, dest, capacity, status);
}

int32_t mizan_nfkd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    return normalize_with(unorm2_getNFKDInstance, src, length, dest, capacity, status);
}

bool mizan_nfkc_casefold_boundary_before(int32_t c) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkc_cf(&err);
    if (U_FAILURE(err)) return true;
    return unorm2_hasBoundaryBefore(n, (UChar32)c) != 0;
}

struct mizan_breaker {
    UBreakIterator *iterator;
    mizan_break_kind kind;
};

mizan_breaker *mizan_breaker_open(mizan_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == MIZAN_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE, locale, NULL, 0, &err);
    if (U_FAILURE(err) || it == NULL) { *status = err; return NULL; }
    mizan_breaker *b = malloc(sizeof *b);
    if (b == NULL) { ubrk_close(it); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->iterator = it;
    b->kind = kind;
    *status = U_ZERO_ERROR;
    return b;
}

void mizan_breaker_close(mizan_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t mizan_breaker_run(mizan_breaker *breaker, const uint16_t *text, int32_t length,
                          int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t count = 0;
    for (int32_t pos = ubrk_first(breaker->iterator); pos != UBRK_DONE; pos = ubrk_next(breaker->iterator)) {
        if (count < capacity) {
            boundaries[count] = pos;
            if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
    }
    // Do not keep a pointer to the caller's buffer.
    ubrk_setText(breaker->iterator, NULL, 0, &err);
    *status = U_ZERO_ERROR;
    return count;
}

int32_t mizan_sentence_break_class(int32_t c) {
    return u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
}

int32_t mizan_sentence_suppressions(const char *locale, uint16_t *out, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &err);
    if (U_FAILURE(err) || err == U_USING_DEFAULT_WARNING) { ures_close(bundle); return 0; }
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &err);
    UResourceBundle *breaks = U_SUCCESS(err) ? ures_getByKey(exceptions, "SentenceBreak", NULL, &err) : NULL;
    int32_t needed = 0;
    if (U_SUCCESS(err)) {
        int32_t count = ures_getSize(breaks);
        for (int32_t i = 0; i < count; i++) {
            int32_t length = 0;
            UErrorCode e = U_ZERO_ERROR;
            const UChar *s = ures_getStringByIndex(breaks, i, &length, &e);
            if (U_FAILURE(e)) continue;
            for (int32_t k = 0; k < length; k++, needed++) if (needed < capacity) out[needed] = s[k];
            if (needed < capacity) out[needed] = 0;
            needed++;
        }
    }
    ures_close(breaks);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}

int32_t mizan_detect_charsets(const char *bytes, int32_t length, mizan_charset_match *matches,
                              int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucsdet_setText(det, bytes, length, &err);
    int32_t found = 0;
    const UCharsetMatch **all = ucsdet_detectAll(det, &found, &err);
    int32_t n = 0;
    if (U_SUCCESS(err) && all != NULL) {
        for (int32_t i = 0; i < found && n < capacity; i++) {
            UErrorCode e = U_ZERO_ERROR;
            const char *name = ucsdet_getName(all[i], &e);
            const char *lang = ucsdet_getLanguage(all[i], &e);
            int32_t conf = ucsdet_getConfidence(all[i], &e);
            if (U_FAILURE(e) || name == NULL) continue;
            memset(&matches[n], 0, sizeof matches[n]);
            strncpy(matches[n].name, name, sizeof matches[n].name - 1);
            if (lang != NULL) strncpy(matches[n].language, lang, sizeof matches[n].language - 1);
            matches[n].confidence = conf;
            n++;
        }
    }
    ucsdet_close(det);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    return n;
}

bool mizan_charset_known(const char *charset) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &err);
    if (c != NULL) ucnv_close(c);
    return U_SUCCESS(err) && c != NULL;
}

int32_t mizan_convert_to_utf16(const char *charset, const char *bytes, int32_t length,
                               uint16_t *dest, int32_t *source_offsets, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err) || conv == NULL) { *status = U_FAILURE(err) ? err : U_INVALID_CHAR_FOUND; return 0; }
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &err);
    // One output unit per input byte at most for single-byte charsets; two for surrogates in multi-byte.
    UChar *target = (UChar *)dest;
    UChar *targetLimit = (UChar *)dest + capacity;
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    ucnv_toUnicode(conv, &target, targetLimit, &source, sourceLimit, source_offsets, true, &err);
    int32_t written = (int32_t)(target - (UChar *)dest);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        // Report a safe upper bound so the caller can retry once.
        ucnv_close(conv);
        *status = U_ZERO_ERROR;
        int32_t bound = length * 2 + 16;
        return bound > capacity ? bound : capacity + length + 16;
    }
    ucnv_close(conv);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    return written;
}

int32_t mizan_convert_from_utf16(const char *charset, const uint16_t *units, int32_t length,
                                 char *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err) || conv == NULL) { *status = U_FAILURE(err) ? err : U_INVALID_CHAR_FOUND; return 0; }
    int32_t needed = ucnv_fromUChars(conv, dest, capacity, (const UChar *)units, length, &err);
    ucnv_close(conv);
    *status = (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) ? U_ZERO_ERROR : err;
    return needed;
}

struct mizan_transliterator {
    UTransliterator *trans;
};

mizan_transliterator *mizan_transliterator_open(const char *identifier, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t len = (int32_t)strlen(identifier);
    UChar *id = malloc(sizeof(UChar) * (size_t)(len + 1));
    if (id == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_charsToUChars(identifier, id, len);
    UTransliterator *t = utrans_openU(id, len, UTRANS_FORWARD, NULL, 0, NULL, &err);
    free(id);
    if (U_FAILURE(err) || t == NULL) { *status = err; return NULL; }
    mizan_transliterator *m = malloc(sizeof *m);
    if (m == NULL) { utrans_close(t); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    m->trans = t;
    *status = U_ZERO_ERROR;
    return m;
}

void mizan_transliterator_close(mizan_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->trans);
    free(transliterator);
}

int32_t mizan_transliterate(mizan_transliterator *transliterator, uint16_t *text, int32_t length,
                            int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->trans, (UChar *)text, &textLength, capacity, 0, &limit, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) { *status = U_ZERO_ERROR; return textLength > capacity ? textLength : capacity * 2; }
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    return textLength;
}

int32_t mizan_latin_ascii_prepare(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                                  int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t room = length * 4 + 16;
    UChar *decomposed = malloc(sizeof(UChar) * (size_t)room);
    if (decomposed == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t n = unorm2_normalize(nfd, (const UChar *)src, length, decomposed, room, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
        free(decomposed);
        room = n;
        decomposed = malloc(sizeof(UChar) * (size_t)room);
        if (decomposed == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
        err = U_ZERO_ERROR;
        n = unorm2_normalize(nfd, (const UChar *)src, length, decomposed, room, &err);
    }
    if (U_FAILURE(err)) { free(decomposed); *status = err; return 0; }
    // The rule `[[:Latin:][0-9]]{[:Mn:]+} > ;`: a removed mark leaves the character before it as the
    // context of the next one, so the whole run goes. Only marks inside the transliterator's filter
    // (`[[:Latin:][:Common:][:Inherited:][〇]]`) are seen; a mark of the Arabic script, say, is not.
    int32_t kept = 0;
    bool afterLatin = false;
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        int32_t start = i;
        U16_NEXT(decomposed, i, n, c);
        UErrorCode scriptErr = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &scriptErr);
        bool filtered = script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED || c == 0x3007;
        if (!filtered && (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK)) {
            // A mark outside the filter (such as an Arabic Quranic sign left by Arabic-Latin) splits
            // ICU's normalization in ways not modelled here: the caller takes ICU's own route.
            free(decomposed);
            *status = U_UNSUPPORTED_ERROR;
            return 0;
        }
        if (afterLatin && filtered && u_charType(c) == U_NON_SPACING_MARK) continue;
        afterLatin = (c >= '0' && c <= '9') || script == USCRIPT_LATIN;
        while (start < i) decomposed[kept++] = decomposed[start++];
    }
    int32_t out = unorm2_normalize(nfc, decomposed, kept, (UChar *)dest, capacity, &err);
    free(decomposed);
    if (err == U_BUFFER_OVERFLOW_ERROR) { *status = U_ZERO_ERROR; return out > capacity ? out : capacity * 2; }
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    return out;
}

void mizan_icu_version(char *out, int32_t capacity) {
    UVersionInfo v;
    u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buf);
    strncpy(out, buf, (size_t)capacity - 1);
    out[capacity - 1] = 0;
}

const uint8_t *mizan_scalar_class_table_ = 0;

void mizan_publish_scalar_class_table(const uint8_t *table) {
    __atomic_store_n(&mizan_scalar_class_table_, table, __ATOMIC_RELEASE);
}
