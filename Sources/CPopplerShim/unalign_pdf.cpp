// The only file that includes poppler's headers (see include/unalign_pdf.h).
#include "unalign_pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct unalign_pdf {
    std::vector<char> data;  // poppler reads from it for as long as the document lives
    std::unique_ptr<poppler::document> doc;
};

namespace {
// poppler writes its complaints about damaged files to stderr; the reader reports them itself.
void quiet(const std::string &, void *) {}

bool contains_ci(const std::string &s, const char *needle) {
    std::string l = s;
    std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return std::tolower(c); });
    return l.find(needle) != std::string::npos;
}
}  // namespace

extern "C" unalign_pdf *unalign_pdf_open(const uint8_t *bytes, int64_t length, int32_t *status) {
    poppler::set_debug_error_function(quiet, nullptr);
    *status = UNALIGN_PDF_DAMAGED;
    if (bytes == nullptr || length <= 0 || length > INT32_MAX) return nullptr;
    auto pdf = new unalign_pdf();
    pdf->data.assign(reinterpret_cast<const char *>(bytes), reinterpret_cast<const char *>(bytes) + length);
    pdf->doc.reset(poppler::document::load_from_raw_data(pdf->data.data(), static_cast<int>(pdf->data.size())));
    if (!pdf->doc) {
        delete pdf;
        return nullptr;
    }
    if (pdf->doc->is_locked()) {
        *status = UNALIGN_PDF_ENCRYPTED;
        delete pdf;
        return nullptr;
    }
    *status = UNALIGN_PDF_OK;
    return pdf;
}

extern "C" void unalign_pdf_close(unalign_pdf *pdf) { delete pdf; }

extern "C" int32_t unalign_pdf_page_count(const unalign_pdf *pdf) { return pdf ? pdf->doc->pages() : 0; }

extern "C" unalign_pdf_words *unalign_pdf_page_words(const unalign_pdf *pdf, int32_t index) {
    if (!pdf || index < 0 || index >= pdf->doc->pages()) return nullptr;
    std::unique_ptr<poppler::page> page(pdf->doc->create_page(index));
    if (!page) return nullptr;
    std::vector<poppler::text_box> boxes = page->text_list(poppler::page::text_list_include_font);
    std::string text;
    std::vector<int64_t> starts;
    std::vector<double> geometry;
    std::vector<int32_t> flags;
    starts.reserve(boxes.size() + 1);
    for (auto &b : boxes) {
        starts.push_back(static_cast<int64_t>(text.size()));
        poppler::byte_array utf8 = b.text().to_utf8();
        text.append(utf8.begin(), utf8.end());
        poppler::rectf r = b.bbox();
        geometry.push_back(r.left());
        geometry.push_back(r.top());
        geometry.push_back(r.right());
        geometry.push_back(r.bottom());
        geometry.push_back(b.has_font_info() ? b.get_font_size() : 0);
        int32_t f = b.has_space_after() ? 1 : 0;
        if (b.has_font_info()) {
            std::string font = b.get_font_name();
            if (contains_ci(font, "bold")) f |= 2;
            if (contains_ci(font, "italic") || contains_ci(font, "oblique")) f |= 4;
        }
        flags.push_back(f);
    }
    starts.push_back(static_cast<int64_t>(text.size()));
    auto out = static_cast<unalign_pdf_words *>(std::calloc(1, sizeof(unalign_pdf_words)));
    if (!out) return nullptr;
    out->count = static_cast<int32_t>(boxes.size());
    out->text = static_cast<char *>(std::malloc(text.size() + 1));
    out->starts = static_cast<int64_t *>(std::malloc(sizeof(int64_t) * starts.size()));
    out->boxes = static_cast<double *>(std::malloc(sizeof(double) * (geometry.size() + 1)));
    out->flags = static_cast<int32_t *>(std::malloc(sizeof(int32_t) * (flags.size() + 1)));
    if (!out->text || !out->starts || !out->boxes || !out->flags) {
        unalign_pdf_words_free(out);
        return nullptr;
    }
    std::memcpy(out->text, text.data(), text.size());
    out->text[text.size()] = 0;
    std::memcpy(out->starts, starts.data(), sizeof(int64_t) * starts.size());
    if (!geometry.empty()) std::memcpy(out->boxes, geometry.data(), sizeof(double) * geometry.size());
    if (!flags.empty()) std::memcpy(out->flags, flags.data(), sizeof(int32_t) * flags.size());
    poppler::rectf size = page->page_rect();
    out->width = size.width();
    out->height = size.height();
    return out;
}

extern "C" void unalign_pdf_words_free(unalign_pdf_words *words) {
    if (!words) return;
    std::free(words->text);
    std::free(words->starts);
    std::free(words->boxes);
    std::free(words->flags);
    std::free(words);
}
