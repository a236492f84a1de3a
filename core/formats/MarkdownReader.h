#pragma once

#include "formats/DocumentReader.h"

#include <QCoreApplication>

namespace quarry {

// Markdown (.md, .markdown): headings and paragraphs kept as plain paragraphs, markup noise
// (emphasis markers, link targets, image syntax, table rules, HTML tags) dropped, code kept.
class MarkdownReader : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(quarry::MarkdownReader)
public:
    QString kind() const override { return QStringLiteral("markdown"); }
    bool canRead(const QString& fileName, const QByteArray& head) const override;
    ExtractedDocument read(const QByteArray& data, const QString& fileName) const override;
};

} // namespace quarry
