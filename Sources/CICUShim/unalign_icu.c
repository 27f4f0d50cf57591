// The only file that includes ICU headers. ICU renames its functions with version macros
// (ubrk_open → ubrk_open_72), which Swift cannot call; C can.
#include "unalign_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucol.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>

int32_t ua_failed(int32_t status) { return U_FAILURE((UErrorCode)status) ? 1 : 0; }
const char *ua_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: Break iteration

struct UABreak { UBreakIterator *it; int32_t kind; };

UABreak *ua_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == UA_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE, locale, NULL, 0, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    UABreak *b = malloc(sizeof *b);
    b->it = it; b->kind = kind;
    return b;
}

UABreak *ua_break_clone(const UABreak *b, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_clone(b->it, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    UABreak *c = malloc(sizeof *c);
    c->it = it; c->kind = b->kind;
    return c;
}

void ua_break_close(UABreak *b) {
    if (!b) return;
    ubrk_close(b->it);
    free(b);
}

int32_t ua_break_boundaries(UABreak *b, const uint16_t *text, int32_t len,
                            int32_t *bounds, int32_t *ruleStatus, int32_t cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(b->it, (const UChar *)text, len, &err);
    *status = err;
    if (U_FAILURE(err)) return 0;
    int32_t n = 0;
    ubrk_first(b->it);
    for (int32_t p = ubrk_next(b->it); p != UBRK_DONE; p = ubrk_next(b->it)) {
        if (n < cap) {
            bounds[n] = p;
            if (ruleStatus) ruleStatus[n] = ubrk_getRuleStatus(b->it);
        }
        n++;
    }
    return n;
}

void ua_break_set(UABreak *b, const uint16_t *text, int32_t len, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(b->it, (const UChar *)text, len, &err);
    ubrk_first(b->it);
    *status = err;
}

int32_t ua_break_next_batch(UABreak *b, int32_t *bounds, int32_t *ruleStatus, int32_t cap) {
    int32_t n = 0;
    while (n < cap) {
        int32_t p = ubrk_next(b->it);
        if (p == UBRK_DONE) break;
        bounds[n] = p;
        if (ruleStatus) ruleStatus[n] = ubrk_getRuleStatus(b->it);
        n++;
    }
    return n;
}

// MARK: Normalization

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *err) {
    switch (form) {
    case UA_NORM_NFC: return unorm2_getNFCInstance(err);
    case UA_NORM_NFD: return unorm2_getNFDInstance(err);
    case UA_NORM_NFKC: return unorm2_getNFKCInstance(err);
    default: return unorm2_getNFKCCasefoldInstance(err);
    }
}

int32_t ua_normalize_mapped(int32_t form, const uint16_t *src, int32_t len,
                            uint16_t *dst, int32_t *map, int32_t cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t out = 0;
    int32_t start = 0;
    UChar tmp[64];
    while (start < len) {
        // Characters the form leaves alone, and that nothing after can combine with, copy through.
        {
            UChar32 c0 = src[start];
            int32_t l0 = 1;
            if (U16_IS_LEAD(c0) && start + 1 < len && U16_IS_TRAIL(src[start + 1])) { c0 = U16_GET_SUPPLEMENTARY(c0, src[start + 1]); l0 = 2; }
            if (l0 == 1 && c0 >= 0x80 && unorm2_isInert(n, c0)) {
                if (out < cap) { dst[out] = (UChar)c0; map[out] = start; }
                out++;
                start++;
                continue;
            }
        }
        // A chunk runs to the next normalization boundary (mostly one character).
        int32_t end = start + 1;
        if (U16_IS_LEAD(src[start]) && end < len && U16_IS_TRAIL(src[end])) end++;
        while (end < len) {
            UChar32 c = src[end];
            if (U16_IS_LEAD(c) && end + 1 < len && U16_IS_TRAIL(src[end + 1])) c = U16_GET_SUPPLEMENTARY(c, src[end + 1]);
            if (unorm2_hasBoundaryBefore(n, c)) break;
            end += U16_LENGTH(c);
        }
        int32_t chunk = end - start;
        int32_t produced;
        // ASCII fast path: NFC/NFD/NFKC keep it; casefolding lowers it.
        if (chunk == 1 && src[start] < 0x80) {
            UChar c = src[start];
            if (form == UA_NORM_NFKC_CASEFOLD && c >= 'A' && c <= 'Z') c += 32;
            if (out < cap) { dst[out] = c; map[out] = start; }
            out++;
            start = end;
            continue;
        }
        UErrorCode e2 = U_ZERO_ERROR;
        produced = unorm2_normalize(n, (const UChar *)src + start, chunk, tmp, 64, &e2);
        if (e2 == U_BUFFER_OVERFLOW_ERROR || U_FAILURE(e2)) {
            // Pathological chunk (long run of combining marks): copy it unchanged.
            produced = chunk;
            for (int32_t i = 0; i < chunk; i++) {
                if (out + i < cap) { dst[out + i] = src[start + i]; map[out + i] = start; }
            }
        } else {
            for (int32_t i = 0; i < produced; i++) {
                if (out + i < cap) { dst[out + i] = tmp[i]; map[out + i] = start; }
            }
        }
        out += produced;
        start = end;
    }
    *status = U_ZERO_ERROR;
    return out;
}

int32_t ua_is_normalized(int32_t form, const uint16_t *src, int32_t len, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    UBool r = unorm2_isNormalized(n, (const UChar *)src, len, &err);
    *status = err;
    return r ? 1 : 0;
}

// MARK: Transliteration

struct UATrans { UTransliterator *t; };

UATrans *ua_trans_open(const char *id, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = 0;
    for (; id[n] && n < 127; n++) uid[n] = (UChar)(unsigned char)id[n];
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    UATrans *r = malloc(sizeof *r);
    r->t = t;
    return r;
}

void ua_trans_close(UATrans *t) {
    if (!t) return;
    utrans_close(t->t);
    free(t);
}

int32_t ua_trans_apply(UATrans *t, uint16_t *buf, int32_t *len, int32_t cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *len;
    utrans_transUChars(t->t, (UChar *)buf, len, cap, 0, &limit, &err);
    *status = err;
    return *len;
}

// MARK: Collation

struct UACollator { UCollator *c; };

UACollator *ua_collator_open(const char *locale, int32_t strength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCollator *c = ucol_open(locale, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    ucol_setStrength(c, strength == 0 ? UCOL_PRIMARY : strength == 1 ? UCOL_SECONDARY : UCOL_TERTIARY);
    UACollator *r = malloc(sizeof *r);
    r->c = c;
    return r;
}

void ua_collator_close(UACollator *c) {
    if (!c) return;
    ucol_close(c->c);
    free(c);
}

int32_t ua_collator_key(UACollator *c, const uint16_t *src, int32_t len, uint8_t *key, int32_t cap) {
    return ucol_getSortKey(c->c, (const UChar *)src, len, key, cap);
}

// MARK: Charset detection and conversion

int32_t ua_detect(const uint8_t *bytes, int32_t len, char *names, int32_t namesCap,
                  int32_t *confidences, int32_t maxMatches, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *d = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucsdet_setText(d, (const char *)bytes, len, &err);
    int32_t found = 0;
    const UCharsetMatch **m = ucsdet_detectAll(d, &found, &err);
    if (U_FAILURE(err)) { *status = err; ucsdet_close(d); return 0; }
    int32_t used = 0, n = 0;
    for (int32_t i = 0; i < found && n < maxMatches; i++) {
        UErrorCode e2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(m[i], &e2);
        int32_t conf = ucsdet_getConfidence(m[i], &e2);
        if (U_FAILURE(e2) || !name) continue;
        int32_t l = (int32_t)strlen(name);
        if (used + l + 1 > namesCap) break;
        memcpy(names + used, name, l + 1);
        used += l + 1;
        confidences[n++] = conf;
    }
    ucsdet_close(d);
    *status = U_ZERO_ERROR;
    return n;
}

int32_t ua_convert_to_utf16(const char *charset, const uint8_t *bytes, int32_t len,
                            uint16_t *dst, int32_t cap, int32_t *badOffset, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *badOffset = -1;
    UConverter *cv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    // Stop at the first invalid or unmapped sequence instead of substituting U+FFFD.
    ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    // Convert in full even when dst is too small, to learn the length.
    UChar small[1024];
    UChar *target = cap > 0 ? (UChar *)dst : small;
    UChar *targetLimit = cap > 0 ? (UChar *)dst + cap : small + 1024;
    const char *source = (const char *)bytes;
    const char *sourceLimit = source + len;
    int32_t total = 0;
    for (;;) {
        UChar *before = target;
        err = U_ZERO_ERROR;
        ucnv_toUnicode(cv, &target, targetLimit, &source, sourceLimit, NULL, 1, &err);
        total += (int32_t)(target - before);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            target = small; targetLimit = small + 1024;   // keep counting, discard
            continue;
        }
        break;
    }
    if (U_FAILURE(err)) {
        // source points just past the offending sequence; report where that sequence starts.
        char errBytes[32];
        int8_t errLen = sizeof errBytes;
        UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(cv, errBytes, &errLen, &e2);
        int32_t at = (int32_t)(source - (const char *)bytes) - (U_SUCCESS(e2) ? errLen : 0);
        *badOffset = at < 0 ? 0 : at;
    }
    *status = err;
    ucnv_close(cv);
    return total;
}

int32_t ua_charset_known(const char *charset) {
    UErrorCode err = U_ZERO_ERROR;
    const char *name = ucnv_getCanonicalName(charset, "", &err);
    if (U_SUCCESS(err) && name) return 1;
    err = U_ZERO_ERROR;
    UConverter *cv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) return 0;
    ucnv_close(cv);
    return 1;
}

// MARK: Locale data

int32_t ua_region_display_name(const char *region, const char *displayLocale,
                               uint16_t *dst, int32_t cap, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    char loc[16] = "und_";
    strncat(loc, region, 8);
    int32_t n = uloc_getDisplayCountry(loc, displayLocale, (UChar *)dst, cap, &err);
    *status = (err == U_BUFFER_OVERFLOW_ERROR) ? U_ZERO_ERROR : err;
    return n;
}

const char *ua_region_iso3(const char *region) {
    char loc[16] = "und_";
    strncat(loc, region, 8);
    return uloc_getISO3Country(loc);
}

// MARK: Character properties

void ua_numeric_flags(uint32_t first, uint32_t last, uint8_t *flags) {
    for (uint32_t c = first; c <= last; c++) flags[c - first] = u_getNumericValue((UChar32)c) != U_NO_NUMERIC_VALUE;
}
