#pragma once

#include "formats/DocumentReader.h"

#include <QCoreApplication>

namespace quarry {

// HTML with a tolerant tokenizer of its own (HTML is not XML): script/style/head skipped, block
// elements become paragraph breaks, h1-h6 their own paragraphs, br a line break, list items lines,
// table cells tab-separated; entities decoded; charset from the BOM, <meta charset> or
// http-equiv, else detected. The title comes from <title>.
class HtmlReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(quarry::HtmlReader)
public:
    QString kind() const override { return QStringLiteral("html"); }
    bool canRead(const QString& fileName, const QByteArray& head) const override;
    ExtractedDocument read(const QByteArray& data, const QString& fileName) const override;
};

} // namespace quarry
