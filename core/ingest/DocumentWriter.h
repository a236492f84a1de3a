#pragma once

#include "ingest/IngestTypes.h"
#include "store/DocumentKind.h"
#include "store/DocumentStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {

class Database;

// Everything known about one ingested file, ready to be stored.
struct DocumentRecord
{
    QString name;
    QString sourcePath;
    QString sha256; // hex
    qint64 sizeBytes = 0;
    DocumentKind kind = DocumentKind::Unknown;
    QString mime;
    QString encoding;
    QString title;
    QString author;
    QDateTime created;
    QDateTime modified;
    std::optional<DocumentStatus> status; // unset until the pipeline has settled the file
    QString error;
    QStringList warnings;
    QString ocrLanguages;
    std::optional<QByteArray> bytes; // the original file; absent when too large to keep
    QList<PageResult> pages;         // raw pages from the worker, page order
    bool pagesEstimated = false;     // page breaks are estimates (HWP, HWPX store no pages)
};

// Writes one document (row, original bytes, pages cleaned by TextCleaner, OCR words, its ingest
// job and an audit entry) in ONE transaction, so that an interrupted ingest never leaves half a
// document. Replacing an existing document updates it in place: its id, its pages' ids and the
// user's corrected_text stay.
class DocumentWriter
{
public:
    DocumentWriter(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    // Returns the document id. existingId > 0 replaces that document; jobId > 0 marks the job done.
    qint64 write(const DocumentRecord& record, qint64 existingId, qint64 jobId);

private:
    Database& m_db;
    QString m_actor;
};

} // namespace quarry
