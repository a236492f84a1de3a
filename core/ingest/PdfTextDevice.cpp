#include "ingest/PdfTextDevice.h"

#include <GfxState.h>

namespace quarry {

// Reading order: not the physical layout, not the content stream's raw order.
PdfTextDevice::PdfTextDevice() : TextOutputDev(static_cast<const char*>(nullptr), false, 0, false, false) {}

void PdfTextDevice::startPage(int pageNum, GfxState* state, XRef* xref)
{
    m_unmapped = 0;
    m_actualText = 0;
    TextOutputDev::startPage(pageNum, state, xref);
}

void PdfTextDevice::drawChar(GfxState* state, double x, double y, double dx, double dy, double originX,
                             double originY, CharCode code, int nBytes, const Unicode* u, int uLen)
{
    // Render mode 3 is invisible text (the OCR layer of a scan): nothing a reader sees is lost.
    if (uLen == 0 && m_actualText == 0 && state->getRender() != 3)
        ++m_unmapped;
    TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, code, nBytes, u, uLen);
}

void PdfTextDevice::beginActualText(GfxState* state, const GooString* replacement)
{
    ++m_actualText;
    TextOutputDev::beginActualText(state, replacement);
}

void PdfTextDevice::endActualText(GfxState* state)
{
    if (m_actualText > 0)
        --m_actualText;
    TextOutputDev::endActualText(state);
}

} // namespace quarry
