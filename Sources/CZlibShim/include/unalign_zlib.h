// The C facade over zlib: <stdint.h> types only. Inflating is bounded on both sides: it never reads
// past the input it is given (a stream cut short is an error, not a wait for more) and never writes
// more than the limit it is given (a ZIP bomb stops at the limit).
#ifndef UNALIGN_ZLIB_H
#define UNALIGN_ZLIB_H
#include <stddef.h>
#include <stdint.h>

enum {
    UNALIGN_INFLATE_OK = 0,
    /// The stream is damaged, or ends before its last block.
    UNALIGN_INFLATE_DAMAGED = 1,
    /// The output would be larger than the limit.
    UNALIGN_INFLATE_TOO_LARGE = 2,
    UNALIGN_INFLATE_NO_MEMORY = 3
};

/// Inflates a raw deflate stream (a ZIP entry's data, method 8). On success *out holds *out_length
/// bytes, allocated with malloc: the caller frees it with unalign_free. On failure *out is NULL.
int32_t unalign_inflate_raw(const uint8_t *in, size_t in_length, size_t limit,
                            uint8_t **out, size_t *out_length);

void unalign_free(void *pointer);

/// The CRC-32 a ZIP entry records, continued from `crc` (0 to start).
uint32_t unalign_crc32(uint32_t crc, const uint8_t *bytes, size_t length);

#endif
