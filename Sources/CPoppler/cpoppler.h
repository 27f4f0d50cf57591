// System poppler (C++ API), declared for pkg-config and the apt provider only. No Swift module
// imports it: the only file that includes poppler's headers is Sources/CPopplerShim/unalign_pdf.cpp.
