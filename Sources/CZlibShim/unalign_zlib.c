#include "unalign_zlib.h"
#include <stdlib.h>
#include <zlib.h>

// zlib's counters are uInt (32 bits): input and output are fed in pieces no larger than this.
static const size_t piece = 1u << 30;

int32_t unalign_inflate_raw(const uint8_t *in, size_t in_length, size_t limit,
                            uint8_t **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    z_stream z = {0};
    // Negative window bits: raw deflate, no zlib header (as ZIP stores it).
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return UNALIGN_INFLATE_NO_MEMORY;
    size_t capacity = in_length < 16384 ? 65536 : in_length * 4;
    if (capacity > limit + 1) capacity = limit + 1;
    if (capacity == 0) capacity = 1;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) { inflateEnd(&z); return UNALIGN_INFLATE_NO_MEMORY; }
    size_t consumed = 0, produced = 0;
    int32_t status = UNALIGN_INFLATE_DAMAGED;
    for (;;) {
        if (produced == capacity) {
            if (capacity > limit) { status = UNALIGN_INFLATE_TOO_LARGE; break; }
            size_t grown = capacity * 2;
            if (grown > limit + 1) grown = limit + 1;
            uint8_t *bigger = realloc(buffer, grown);
            if (!bigger) { status = UNALIGN_INFLATE_NO_MEMORY; break; }
            buffer = bigger;
            capacity = grown;
        }
        size_t available = in_length - consumed;
        size_t room = capacity - produced;
        z.next_in = (Bytef *)(in + consumed);
        z.avail_in = (uInt)(available < piece ? available : piece);
        z.next_out = buffer + produced;
        z.avail_out = (uInt)(room < piece ? room : piece);
        uInt in_before = z.avail_in, out_before = z.avail_out;
        int r = inflate(&z, Z_NO_FLUSH);
        consumed += in_before - z.avail_in;
        produced += out_before - z.avail_out;
        if (r == Z_STREAM_END) { status = produced > limit ? UNALIGN_INFLATE_TOO_LARGE : UNALIGN_INFLATE_OK; break; }
        if (r == Z_MEM_ERROR) { status = UNALIGN_INFLATE_NO_MEMORY; break; }
        if (r != Z_OK && r != Z_BUF_ERROR) break;  // Z_DATA_ERROR, Z_NEED_DICT, Z_STREAM_ERROR
        // No progress with all the input given and room to write: the stream is cut short.
        if (in_before == z.avail_in && out_before == z.avail_out) break;
        if (consumed == in_length && z.avail_out > 0) break;
    }
    inflateEnd(&z);
    if (status != UNALIGN_INFLATE_OK) { free(buffer); return status; }
    *out = buffer;
    *out_length = produced;
    return UNALIGN_INFLATE_OK;
}

void unalign_free(void *pointer) { free(pointer); }

uint32_t unalign_crc32(uint32_t crc, const uint8_t *bytes, size_t length) {
    uLong c = crc;
    while (length > 0) {
        uInt n = (uInt)(length < piece ? length : piece);
        c = crc32(c, bytes, n);
        bytes += n;
        length -= n;
    }
    return (uint32_t)c;
}
