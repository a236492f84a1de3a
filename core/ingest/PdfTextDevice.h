#pragma once

#include <TextOutputDev.h>

namespace quarry {

// Poppler's text device in reading order (what pdftotext and Poppler-Qt's textList() use) that
// also counts the glyphs it leaves out because their font gives them no Unicode value. Such
// glyphs vanish from every text extraction without a trace: PDFs written by Qt with a CJK font
// lose every digit of a Latin run that way (the glyphs HarfBuzz substituted are missing from the
// font's ToUnicode map). The count lets the worker say so on the page.
class PdfTextDevice : public TextOutputDev
{
public:
    PdfTextDevice();

    void startPage(int pageNum, GfxState* state, XRef* xref) override;
    void drawChar(GfxState* state, double x, double y, double dx, double dy, double originX, double originY,
                  CharCode code, int nBytes, const Unicode* u, int uLen) override;
    void beginActualText(GfxState* state, const GooString* replacement) override;
    void endActualText(GfxState* state) override;

    // Visible glyphs without a Unicode value drawn on the current page, outside /ActualText spans
    // (whose replacement text stands for the glyphs).
    int unmappedGlyphs() const { return m_unmapped; }

private:
    int m_unmapped = 0;
    int m_actualText = 0;
};

} // namespace quarry
