#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {
class Database;
}

namespace quarry::test {

// Puts documents, their pages, original bytes and page detections into a project the way ingest
// and redaction store them, for tests that need a project with documents but test something else
// (one place for the SQL instead of a copy per test file). Every document gets a distinct
// SHA-256 and, unless told otherwise, page_count = its number of pages.
class ProjectBuilder
{
public:
    struct Document
    {
        QString name = QStringLiteral("doc.txt");
        QString kind = QStringLiteral("text");   // documents.kind
        QString status = QStringLiteral("ok");   // documents.status
        QString title;                           // empty: NULL
        QString error;                           // empty: NULL
        QStringList pages;                       // the pages' text, numbered from 1
        QString method = QStringLiteral("text"); // pages.method of every page
        std::optional<int> dpi;                  // pages.dpi of every page; none: NULL
        QByteArray data;                         // the original bytes (document_files); null: none
        std::optional<qint64> id;                // a fixed id, else the next one
        std::optional<int> pageCount;            // documents.page_count, else pages.size()
    };

    explicit ProjectBuilder(Database& db) : m_db(db) {}

    // The document and its pages, in one transaction; returns the document id.
    qint64 addDocument(const Document& document);
    // One more page of a document (no transaction of its own); returns the page id.
    qint64 addPage(qint64 documentId, int pageNo, const QString& text,
                   const QString& method = QStringLiteral("text"), std::optional<int> dpi = std::nullopt);
    qint64 pageId(qint64 documentId, int pageNo) const;
    // A detection on a page covering [start, end) of its text (the value is that span); returns its id.
    qint64 addDetection(qint64 pageId, int start, int end, const QString& entityType,
                        const QString& status = QStringLiteral("pending"));

private:
    Database& m_db;
};

} // namespace quarry::test
