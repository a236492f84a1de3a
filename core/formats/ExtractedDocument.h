#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace quarry {

// What a reader got out of one file, before clean-up. Readers of paged formats (PDF, TIFF)
// produce one ExtractedPage per page; flowing formats (text, Markdown, DOCX, HTML) produce one
// page per form feed, or a single page.
struct ExtractedPage
{
    QString text; // raw text in reading order, '\n' between lines, "\n\n" between paragraphs
    QStringList warnings;
};

struct ExtractedDocument
{
    QString kind; // "text", "markdown", "docx", "html", "hwp", "hwpx" (documents.kind)
    QString mime;
    QString encoding; // the detected or declared encoding, for text formats ("UTF-8", "CP949", ...)
    QString title;
    QString author;
    QDateTime created;
    QDateTime modified;
    QList<ExtractedPage> pages;
    QStringList warnings;
    bool pagesEstimated = false; // the format stores no pages (HWP, HWPX): the breaks are estimates
};

} // namespace quarry
