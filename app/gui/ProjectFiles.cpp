#include "ProjectFiles.h"

#include "AppSettings.h"
#include "ProjectSession.h"
#include "demo/DemoProject.h"
#include "store/ProjectStore.h"
#include "tasks/TaskRunner.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace quarry::gui {

// The strings were the main window's: they keep its translation context.

namespace {
const QString kProjectFilter = QStringLiteral("*.quarry");
}

ProjectFiles::ProjectFiles(AppSettings& settings, ProjectSession* session, QWidget* dialogParent,
                           std::function<bool()> interactive, TaskProgressWidget* strip)
    : QObject(dialogParent), m_settings(settings), m_session(session), m_dialogParent(dialogParent),
      m_interactive(std::move(interactive)), m_demo(new TaskRunner(this))
{
    m_demo->setProgressWidget(strip);
    connect(m_demo, &TaskRunner::failed, this, &ProjectFiles::errorOccurred);
    // After the strip shows the outcome: open the demo, or say it could not be built (failed() said why).
    connect(m_demo, &TaskRunner::finished, this, [this](TaskRunner::Outcome outcome) {
        emit demoReady(outcome == TaskRunner::Outcome::Succeeded && openProject(DemoProject::defaultPath()));
    });
}

void ProjectFiles::setProject(std::unique_ptr<ProjectStore> store)
{
    if (store)
        store->setActor(m_settings.userName());
    m_session->setStore(std::move(store));
}

bool ProjectFiles::openProject(const QString& path)
{
    try {
        setProject(ProjectStore::open(path));
        emit statusMessage(QCoreApplication::translate("quarry::gui::MainWindow", "Opened %1").arg(path),
                           5000);
        return true;
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::InUse && e.kind() != Error::Kind::ReadOnly) {
            if (e.kind() == Error::Kind::NotFound)
                m_settings.removeRecentProject(path);
            emit recentChanged();
            emit errorOccurred(e.message());
            return false;
        }
        if (m_interactive() &&
            QMessageBox::question(
                m_dialogParent, QCoreApplication::translate("quarry::gui::MainWindow", "Project in use"),
                QCoreApplication::translate(
                    "quarry::gui::MainWindow",
                    "%1\n\nOpen it read-only? You can look at everything but change nothing.")
                    .arg(e.message()),
                QMessageBox::Open | QMessageBox::Cancel) != QMessageBox::Open)
            return false;
    }
    try {
        setProject(ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly));
        emit statusMessage(
            QCoreApplication::translate("quarry::gui::MainWindow", "Opened %1 read-only").arg(path), 5000);
        return true;
    } catch (const Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
}

bool ProjectFiles::newProject(const QString& path)
{
    try {
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path);
        // A new project starts with the user's OCR and redaction defaults; from then on they are the
        // project's own settings (audited under the user's name).
        store->setActor(m_settings.userName());
        m_settings.applyProjectDefaults(*store);
        setProject(std::move(store));
        return true;
    } catch (const Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
}

void ProjectFiles::chooseNew()
{
    QString path = QFileDialog::getSaveFileName(
        m_dialogParent, QCoreApplication::translate("quarry::gui::MainWindow", "New Project"), QString(),
        QCoreApplication::translate("quarry::gui::MainWindow", "Quarry projects (%1)").arg(kProjectFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".quarry")))
        path += QLatin1String(".quarry");
    if (QFileInfo::exists(path)) {
        // The save dialog already confirmed the overwrite; never overwrite a project silently anyway.
        emit errorOccurred(
            QCoreApplication::translate("quarry::gui::MainWindow", "%1 already exists. Choose another name.")
                .arg(path));
        return;
    }
    newProject(path);
}

void ProjectFiles::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, QCoreApplication::translate("quarry::gui::MainWindow", "Open Project"), QString(),
        QCoreApplication::translate("quarry::gui::MainWindow", "Quarry projects (%1);;All files (*)")
            .arg(kProjectFilter));
    if (!path.isEmpty())
        openProject(path);
}

void ProjectFiles::openDemo(bool rebuild)
{
    const QString path = DemoProject::defaultPath();
    if (m_session->store() && m_session->store()->path() == path) {
        if (!rebuild) {
            emit demoReady(true);
            return;
        }
        setProject(nullptr);
    }
    if (QFileInfo::exists(path) && !rebuild) {
        emit demoReady(openProject(path));
        return;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    TaskRunner::Texts texts;
    texts.title = QCoreApplication::translate("quarry::gui::MainWindow", "Building the demo project");
    texts.failed =
        QCoreApplication::translate("quarry::gui::MainWindow", "The demo project could not be built");
    // A step at a time: the strip shows the step's name.
    texts.detail = [](qint64, qint64, const QString& step) { return step; };
    m_demo->start(
        texts, nullptr,
        [path](ProjectStore*, const TaskContext& task) {
            DemoProject::build(path, DemoProject::findSamples(), task);
        },
        [] { return QCoreApplication::translate("quarry::gui::MainWindow", "The demo project is ready"); });
}

} // namespace quarry::gui
