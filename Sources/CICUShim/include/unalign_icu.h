// C facade over the system ICU. Only <stdint.h> types and opaque handles cross this line:
// Swift must never see <unicode/*.h> (it clashes with Foundation's bundled ICU).
#ifndef UNALIGN_ICU_H
#define UNALIGN_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Returns 1 when an ICU status code is a failure.
int32_t ua_failed(int32_t status);
/// The ICU name of a status code, e.g. "U_INVALID_CHAR_FOUND".
const char *ua_error_name(int32_t status);

// MARK: Break iteration (not thread-safe: one iterator per thread)

typedef struct UABreak UABreak;
enum { UA_BREAK_WORD = 0, UA_BREAK_SENTENCE = 1 };
/// Opens a word or sentence iterator for an ICU locale id ("zh", "en@ss=standard").
UABreak *ua_break_open(int32_t kind, const char *locale, int32_t *status);
UABreak *ua_break_clone(const UABreak *b, int32_t *status);
void ua_break_close(UABreak *b);
/// Writes the boundaries of text (UTF-16, not copied: it must outlive the call) after 0, up to and
/// including len, and for word iterators the rule status of the segment ending at each boundary.
/// Returns the number of boundaries; when it exceeds cap, call again with a larger buffer.
int32_t ua_break_boundaries(UABreak *b, const uint16_t *text, int32_t len,
                            int32_t *bounds, int32_t *ruleStatus, int32_t cap, int32_t *status);

/// Sets the text (not copied: it must outlive the iteration) and rewinds.
void ua_break_set(UABreak *b, const uint16_t *text, int32_t len, int32_t *status);
/// The next boundaries after the current position, at most cap of them, with their rule statuses;
/// 0 when the text is done. Lets the caller collect boundaries in small batches, in one pass.
int32_t ua_break_next_batch(UABreak *b, int32_t *bounds, int32_t *ruleStatus, int32_t cap);

// MARK: Normalization with an offset map

enum { UA_NORM_NFC = 0, UA_NORM_NFD = 1, UA_NORM_NFKC = 2, UA_NORM_NFKC_CASEFOLD = 3 };
/// Normalizes src into dst. map[i] receives the src offset of the chunk that produced dst[i]
/// (chunks are cut at normalization boundaries, so each maps to its own start).
/// Returns the output length; when it exceeds cap nothing useful was written: call again.
int32_t ua_normalize_mapped(int32_t form, const uint16_t *src, int32_t len,
                            uint16_t *dst, int32_t *map, int32_t cap, int32_t *status);
/// 1 when src is already in the form (fast check).
int32_t ua_is_normalized(int32_t form, const uint16_t *src, int32_t len, int32_t *status);

// MARK: Transliteration (not thread-safe)

typedef struct UATrans UATrans;
UATrans *ua_trans_open(const char *id, int32_t *status);
void ua_trans_close(UATrans *t);
/// Transliterates buf in place (capacity cap, current length *len). Returns the new length.
int32_t ua_trans_apply(UATrans *t, uint16_t *buf, int32_t *len, int32_t cap, int32_t *status);

// MARK: Collation (not thread-safe)

typedef struct UACollator UACollator;
/// strength: 0 primary, 1 secondary, 2 tertiary.
UACollator *ua_collator_open(const char *locale, int32_t strength, int32_t *status);
void ua_collator_close(UACollator *c);
/// Writes the sort key (NUL-terminated bytes). Returns its length including the NUL; call again
/// with a larger buffer when that exceeds cap.
int32_t ua_collator_key(UACollator *c, const uint16_t *src, int32_t len, uint8_t *key, int32_t cap);

// MARK: Charset detection and conversion

/// Detects up to maxMatches charsets for the bytes. names receives NUL-separated names,
/// confidences 0...100. Returns the number of matches.
int32_t ua_detect(const uint8_t *bytes, int32_t len, char *names, int32_t namesCap,
                  int32_t *confidences, int32_t maxMatches, int32_t *status);
/// Converts bytes in the named charset to UTF-16, stopping at the first byte sequence that is
/// invalid or unmapped (never substituting). On such an error *status is set and *badOffset is the
/// byte offset where conversion stopped. Returns the UTF-16 length (call again when > cap).
int32_t ua_convert_to_utf16(const char *charset, const uint8_t *bytes, int32_t len,
                            uint16_t *dst, int32_t cap, int32_t *badOffset, int32_t *status);
/// 1 when ICU knows the charset name or alias.
int32_t ua_charset_known(const char *charset);

// MARK: Locale data

/// CLDR display name of a region code (e.g. "GB") in a display locale. Returns the length.
int32_t ua_region_display_name(const char *region, const char *displayLocale,
                               uint16_t *dst, int32_t cap, int32_t *status);

/// ISO 3166 alpha-3 code of a two-letter region code ("GB" → "GBR"), or "" when ICU has none.
const char *ua_region_iso3(const char *region);

// MARK: Character properties

/// For each code point from first to last, writes 1 to flags where Unicode gives it a numeric
/// value (一, 廿, 亿, ٣) and 0 elsewhere: one call for a whole block.
void ua_numeric_flags(uint32_t first, uint32_t last, uint8_t *flags);

#ifdef __cplusplus
}
#endif
#endif
