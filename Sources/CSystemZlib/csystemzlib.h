// System zlib, declared for pkg-config and the apt provider only. No Swift module imports it: the
// only file that includes zlib's header is Sources/CZlibShim/unalign_zlib.c.
#include <zlib.h>
