// The C facade over poppler: opaque handles and <stdint.h> types only, so that Swift never sees a
// C++ header. Every call is safe on any input: a damaged file gives a status, never a crash.
#ifndef UNALIGN_PDF_H
#define UNALIGN_PDF_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct unalign_pdf unalign_pdf;

enum {
    UNALIGN_PDF_OK = 0,
    UNALIGN_PDF_DAMAGED = 1,
    UNALIGN_PDF_ENCRYPTED = 2
};

/// Opens a PDF from bytes (copied). Returns NULL and sets *status on failure.
unalign_pdf *unalign_pdf_open(const uint8_t *bytes, int64_t length, int32_t *status);
void unalign_pdf_close(unalign_pdf *pdf);
int32_t unalign_pdf_page_count(const unalign_pdf *pdf);

/// The words of a page, in poppler's reading order. `text` holds every word's UTF-8 text one after
/// the other; word k is `text[starts[k] ..< starts[k+1]]` (starts has count+1 entries). `boxes`
/// holds five doubles a word: x0, y0, x1, y1 (points, y down from the top) and the font size;
/// `flags` one int a word: bit 0 a space follows, bit 1 the font is bold, bit 2 italic.
typedef struct {
    char *text;
    int64_t *starts;
    double *boxes;
    int32_t *flags;
    int32_t count;
    double width;
    double height;
} unalign_pdf_words;

/// NULL when the page cannot be read. Free with unalign_pdf_words_free.
unalign_pdf_words *unalign_pdf_page_words(const unalign_pdf *pdf, int32_t page);
void unalign_pdf_words_free(unalign_pdf_words *words);

#ifdef __cplusplus
}
#endif
#endif
