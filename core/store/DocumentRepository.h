#pragma once

#include "store/DocumentKind.h"
#include "store/DocumentStatus.h"
#include "store/PageMethod.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace quarry {

class Database;

// One row of `documents`, as the views and commands that list documents read it.
struct DocumentRow
{
    qint64 id = 0;
    QString name;
    DocumentKind kind = DocumentKind::Unknown;
    DocumentStatus status = DocumentStatus::Pending;
    int pageCount = 0;
    bool pagesEstimated = false; // HWP, HWPX: page breaks are estimates
    QString error;               // null: none
    QString encoding;            // null: not recorded
    QString sourcePath;
    QString sha256;
    QString ocrLanguages; // null: no page was OCRed
    QString title;        // null: the file names none

    // Flowing-text formats have no page image to show beside the text.
    bool hasPageImages() const { return kind == DocumentKind::Pdf || kind == DocumentKind::Image; }
};

// One row of `pages`; `text` is the effective text (the correction if there is one) and is filled
// only by the queries that say so.
struct PageRow
{
    qint64 id = 0;
    qint64 documentId = 0;
    int pageNo = 0;
    QString text;
    PageMethod method = PageMethod::None;
    std::optional<double> confidence; // mean OCR word confidence
    std::optional<int> dpi;           // of the OCRed image
    bool corrected = false;
    QJsonArray warnings; // what went wrong or what OCR did to the page
};

// The queries on documents and pages that the GUI and quarry-cli make (the ingest writes through
// DocumentWriter). Borrowing a connection: the caller's thread owns it.
class DocumentRepository
{
public:
    explicit DocumentRepository(Database& db) : m_db(db) {}

    enum class Order
    {
        ById,
        ByName, // then id
    };
    QList<DocumentRow> list(Order order = Order::ById);
    std::optional<DocumentRow> find(qint64 id);
    bool exists(qint64 id);
    // A document named by id or by file name (the id wins); 0 when there is none.
    qint64 resolve(const QString& idOrName);

    // The pages of one document in page order, with their text.
    QList<PageRow> pages(qint64 documentId);
    std::optional<PageRow> page(qint64 documentId, int pageNo);
    // Every page of the project without its text, by document and page: for listings.
    QList<PageRow> pageSummaries();

private:
    Database& m_db;
};

} // namespace quarry
