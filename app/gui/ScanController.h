#pragma once

#include "redact/DetectionStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

// Scans every page of the project for personal data off the GUI thread, on its own connection:
// the redaction run of the GUI, as `quarry-cli redact` is the command line's. It uses the project's
// own rules and auto-accept threshold (a new project was given the user's defaults when it was
// created). Earlier decisions are kept; each page is its own transaction, so a cancelled scan keeps
// the pages it finished.
class ScanController : public QObject
{
    Q_OBJECT
public:
    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    bool isRunning() const;
    // `store` must stay open until finished() is emitted.
    void start(ProjectStore& store);
    void cancel();
    // Blocks until the scan has stopped and closes its connection; used when the project closes.
    void waitForFinished();

signals:
    void started(const QString& title);
    void progress(qint64 done, qint64 total, const QString& detail);
    // `error` is empty on success; a cancelled scan reports the pages it finished.
    void finished(const quarry::ScanSummary& summary, bool cancelled, const QString& error);

private:
    struct Result
    {
        ScanSummary summary;
        bool cancelled = false;
        QString error;
    };
    std::unique_ptr<ProjectStore> m_sibling;
    QFutureWatcher<Result> m_watcher;
    std::atomic<bool> m_cancel{false};
};

} // namespace quarry::gui
