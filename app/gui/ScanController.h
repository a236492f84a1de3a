#pragma once

#include "redact/DetectionStore.h"

#include <QObject>

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class TaskRunner;

// Scans every page of the project for personal data in the background (a TaskRunner, on its own
// connection): the redaction run of the GUI, as `quarry-cli redact` is the command line's. It uses
// the project's own rules and auto-accept threshold (a new project was given the user's defaults
// when it was created). Earlier decisions are kept; each page is its own transaction, so a
// cancelled scan keeps the pages it finished.
class ScanController : public QObject
{
    Q_OBJECT
public:
    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    TaskRunner* runner() const { return m_runner; }
    bool isRunning() const;
    // `store` must stay open until finished() is emitted or waitForFinished() has returned.
    bool start(ProjectStore& store);
    void cancel();
    // Blocks until the scan has stopped and closes its connection; used when the project closes.
    void waitForFinished();

signals:
    // After every scan: `error` is empty on success (the runner's failed() carries it too).
    void finished(const quarry::ScanSummary& summary, bool cancelled, const QString& error);

private:
    TaskRunner* m_runner;
    ScanSummary m_last;
};

} // namespace quarry::gui
