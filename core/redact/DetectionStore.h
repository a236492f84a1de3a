#pragma once

#include "redact/Detection.h"
#include "util/TaskContext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace quarry {

class ProjectStore;
class Scanner;

// A detection as stored in the project (table detections), on one page of a document.
struct StoredDetection
{
    qint64 id = 0;
    qint64 pageId = 0;
    qint64 documentId = 0;
    int pageNo = 0;
    bool pageEstimated = false; // the document stores no pages (HWP/HWPX): pageNo is an estimate
    int start = 0;              // UTF-16 offsets into the page's effective text
    int end = 0;
    QString type;
    QString rule;
    double score = 0.0;
    QString value;
    QString status; // pending, accepted, rejected, manual
    QString op;     // per-detection operator override, empty for the type's operator
    QString decidedBy;
    QString decidedAt;
};

struct DetectionFilter
{
    std::optional<qint64> documentId;
    std::optional<qint64> pageId;
    QStringList statuses; // empty: all
    QString type;
    QString rule;
    std::optional<double> minScore;
};

struct ScanSummary
{
    int pages = 0;
    int found = 0;   // detections the scanner reported
    int added = 0;   // new rows
    int kept = 0;    // rows that were already there (their decision kept)
    int removed = 0; // pending rows no longer found, or rows whose text is gone
    int autoAccepted = 0;
};

// The review state of detections: scanning pages into the detections table without losing
// earlier decisions, and the decisions themselves (accept, reject, change type, manual spans, bulk
// actions), each recorded in the audit log with the actor and the old and new status. The audit
// log never holds the detected value itself, only ids, types and statuses.
class DetectionStore
{
public:
    explicit DetectionStore(ProjectStore& store);

    // coalesce(corrected_text, text) of a page; throws Error(NotFound) for an unknown page.
    QString pageText(qint64 pageId);

    // Scans one page / every page. Rows with a decision stay as they are (moved if their value
    // moved in edited text); pending rows are replaced by what the scanner finds now; new
    // detections at or above the auto-accept threshold are accepted (and audited as such).
    ScanSummary scanPage(const Scanner& scanner, qint64 pageId);
    // A cancel of `task` stops between pages with Error::Kind::Cancelled; progress counts pages.
    ScanSummary scanProject(const Scanner& scanner, const TaskContext& task = TaskContext::none());

    // Project setting redact.auto_accept; nullopt when off.
    std::optional<double> autoAcceptThreshold();
    void setAutoAcceptThreshold(std::optional<double> score);

    QList<StoredDetection> list(const DetectionFilter& filter = {});
    std::optional<StoredDetection> get(qint64 id);
    enum class Column
    {
        EntityType,
        Rule,
    };
    // The values a column holds across the project's detections, sorted (for filter lists).
    QStringList distinctValues(Column column);

    void accept(qint64 id) { setStatus(id, QStringLiteral("accepted")); }
    void reject(qint64 id) { setStatus(id, QStringLiteral("rejected")); }
    void setStatus(qint64 id, const QString& status);
    void changeType(qint64 id, const QString& type);
    void setOperator(qint64 id, const QString& op);
    // A span the user selected; stored with status manual. Returns its id.
    qint64 addManual(qint64 pageId, int start, int end, const QString& type);
    // Bulk actions; return how many detections changed.
    int acceptAllOfType(qint64 documentId, const QString& type);
    int rejectValueEverywhere(const QString& value);

    static bool isValidStatus(const QString& status);
    // Where `value` occurs in `text` nearest to `near` (how a detection follows its value after
    // the text was edited); -1 if it does not occur or is empty.
    static qsizetype nearestOccurrence(const QString& text, const QString& value, qsizetype near);

private:
    ScanSummary scanPageLocked(const Scanner& scanner, qint64 pageId, std::optional<double> threshold);
    void recordDecision(qint64 id, const QString& action, const QString& oldStatus, const QString& newStatus,
                        const QString& oldType, const QString& newType);

    ProjectStore& m_store;
};

} // namespace quarry
