#include "DocumentJobs.h"

#include "IngestController.h"
#include "ProjectSession.h"
#include "ScanController.h"
#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace quarry::gui {

// The strings were the main window's: they keep its translation context.

DocumentJobs::DocumentJobs(ProjectSession* session, QWidget* dialogParent, std::function<bool()> interactive,
                           TaskProgressWidget* strip)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent),
      m_interactive(std::move(interactive)), m_ingest(new IngestController(this)),
      m_scan(new ScanController(this))
{
    for (TaskRunner* runner : {m_ingest->runner(), m_scan->runner()}) {
        runner->setProgressWidget(strip);
        connect(runner, &TaskRunner::failed, this, &DocumentJobs::errorOccurred);
    }
    connect(m_ingest, &IngestController::fileFinished, this, &DocumentJobs::documentsChanged);
    connect(m_ingest->runner(), &TaskRunner::failed, this, &DocumentJobs::documentsChanged);
    connect(m_ingest, &IngestController::finished, this,
            [this](const IngestSummary& summary, const QStringList& needPassword) {
                onIngestFinished(needPassword);
                // New text is looked through for personal data at once (unless a password retry
                // is adding more: its own end starts the scan).
                if (!summary.cancelled && summary.ok + summary.ocr + summary.warnings > 0 &&
                    !m_ingest->isRunning())
                    findPersonalData();
            });
    connect(m_scan, &ScanController::finished, this,
            [this](const ScanSummary&, bool cancelled, const QString& error) {
                emit personalDataScanned(error.isEmpty() && !cancelled);
            });
}

DocumentJobs::~DocumentJobs()
{
    stop();
}

void DocumentJobs::stop()
{
    m_ingest->cancel();
    m_ingest->waitForFinished();
    m_scan->cancel();
    m_scan->waitForFinished();
}

void DocumentJobs::findPersonalData()
{
    ProjectStore* store = m_session->store();
    if (!store || store->isReadOnly() || m_scan->isRunning())
        return;
    if (m_ingest->isRunning()) {
        emit errorOccurred(QCoreApplication::translate(
            "quarry::gui::MainWindow",
            "Documents are still being added; their text is looked through when they are in."));
        return;
    }
    try {
        m_scan->start(*store);
    } catch (const Error& e) {
        emit errorOccurred(e.message());
    }
}

void DocumentJobs::addDocuments(const QStringList& paths, const QString& password)
{
    ProjectStore* store = m_session->store();
    if (!store || store->isReadOnly() || paths.isEmpty())
        return;
    if (m_ingest->isRunning()) {
        emit errorOccurred(QCoreApplication::translate(
            "quarry::gui::MainWindow",
            "Documents are still being added; wait for that to finish or cancel it first."));
        return;
    }
    IngestPipeline::Options options;
    options.password = password;
    m_ingest->start(*store, paths, options);
}

void DocumentJobs::chooseDocuments()
{
    addDocuments(QFileDialog::getOpenFileNames(
        m_dialogParent, QCoreApplication::translate("quarry::gui::MainWindow", "Add Documents"), QString(),
        QCoreApplication::translate("quarry::gui::MainWindow",
                                    "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt *.md *.csv "
                                    "*.docx *.html *.htm *.hwp *.hwpx);;All files (*)")));
}

void DocumentJobs::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        m_dialogParent, QCoreApplication::translate("quarry::gui::MainWindow", "Add Folder"));
    if (!dir.isEmpty())
        addDocuments({dir});
}

void DocumentJobs::onIngestFinished(const QStringList& passwordProtected)
{
    emit documentsChanged();
    if (!m_interactive())
        return;
    for (const QString& path : passwordProtected) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            m_dialogParent, QCoreApplication::translate("quarry::gui::MainWindow", "Password Needed"),
            QCoreApplication::translate("quarry::gui::MainWindow",
                                        "%1 is protected by a password. Enter it to add the document:")
                .arg(QFileInfo(path).fileName()),
            QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            // One file at a time: the next prompt comes when this attempt has finished.
            addDocuments({path}, password);
            return;
        }
    }
}

} // namespace quarry::gui
