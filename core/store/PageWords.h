#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <optional>

namespace quarry {

class Database;

// Reads the words OCR found on a page (table ocr_words): what was read, where on the page image it
// stands and how sure the engine was. The document view draws them over the page image and links
// them to the text; `quarry-cli words` prints them. Read-only: ingest (DocumentWriter) writes them.
class PageWords
{
public:
    struct Word
    {
        int seq = 0;           // reading order on the page
        QString text;          // as the engine read it
        QRect box;             // pixels of the image OCR ran on, at the page's `dpi` (pages.dpi)
        double confidence = 0; // 0-100
        int lineNo = 0;
        // Where the word stands in the page's extracted text (pages.text, not a correction), in
        // UTF-16 units; -1 when ingest could not place it.
        int textStart = -1;
        int textEnd = -1;
    };

    explicit PageWords(Database& db) : m_db(db) {}

    // The page's words in reading order; with `below`, only those with a confidence under it.
    QList<Word> words(qint64 pageId, std::optional<double> below = std::nullopt);
    // The resolution the boxes are measured in: the page's recorded DPI, 300 when none was recorded
    // (what ingest renders scanned PDF pages at).
    int dpi(qint64 pageId);

private:
    Database& m_db;
};

} // namespace quarry
