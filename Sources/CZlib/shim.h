#ifndef STORYLINE_CZLIB_SHIM_H
#define STORYLINE_CZLIB_SHIM_H
#include <zlib.h>
/// inflateInit2 is a macro; expose it as a function for Swift.
static inline int storyline_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
static inline int storyline_deflateInit2(z_streamp stream, int level, int windowBits) {
    return deflateInit2(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif
