#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QWidget;

namespace quarry::gui {

class IngestController;
class ProjectSession;
class ScanController;
class TaskProgressWidget;

// The background work on a project's documents: adding them (with a password prompt for each
// encrypted PDF) and looking through their text for personal data, which follows every ingest
// that added text. Both run through their controllers' task runners in the one progress strip.
class DocumentJobs : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` parents the file and password dialogs; `interactive` says whether they may be
    // shown (not in tests).
    DocumentJobs(ProjectSession* session, QWidget* dialogParent, std::function<bool()> interactive,
                 TaskProgressWidget* strip);
    ~DocumentJobs() override;

    IngestController* ingest() const { return m_ingest; }
    ScanController* scan() const { return m_scan; }

    void addDocuments(const QStringList& paths, const QString& password = {});
    // Asks for files / a folder, then adds them.
    void chooseDocuments();
    void chooseFolder();
    void findPersonalData();
    // Stops both and waits (the project is about to close).
    void stop();

signals:
    void errorOccurred(const QString& message);
    // A file was added, or a batch ended: the document list reloads.
    void documentsChanged();
    void personalDataScanned(bool ok);

private:
    void onIngestFinished(const QStringList& passwordProtected);

    ProjectSession* m_session;
    QWidget* m_dialogParent;
    std::function<bool()> m_interactive;
    IngestController* m_ingest;
    ScanController* m_scan;
};

} // namespace quarry::gui
