#pragma once

#include "llm/ChatTransport.h"
#include "llm/DraftOptions.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace quarry {
class ProjectStore;
}

namespace quarry::gui {

class TaskProgressWidget;
class TaskRunner;

// The drafting tab: starts drafting (Pairs > Draft from Passages...) on the task runner, with
// progress, time left, tokens/s and Cancel in the status bar's strip, and shows what a drafted pair
// came from: its flags and every request sent with the reply that came back.
class DraftingPanel : public QWidget
{
    Q_OBJECT
public:
    // The model server to use, or nullopt with a reason (none configured, an address the egress
    // policy refuses). The main window builds it from Settings > Drafting and the keychain.
    using EndpointProvider = std::function<std::optional<EndpointConfig>(QString* why)>;

    explicit DraftingPanel(QWidget* parent = nullptr);
    ~DraftingPanel() override;

    void setProject(ProjectStore* store);
    void setEndpointProvider(EndpointProvider provider) { m_endpoint = std::move(provider); }
    void setProgressWidget(TaskProgressWidget* strip);
    TaskRunner* runner() const { return m_runner; }

    // Asks for passages and options (DraftDialog), then drafts. `preselected` passages are checked.
    void draftFromPassages(const QList<qint64>& preselected = {});
    // Drafts without a dialog (also what the dialog ends in); false if nothing was started.
    bool start(const QList<qint64>& passageIds, const DraftOptions& options);
    // Goes on with the newest unfinished run.
    bool resume();
    // Shows pair `id`'s draft (nothing for a pair written by hand).
    void showPair(qint64 id);

    QLabel* flagsLabel() const { return m_flags; }
    QListWidget* requestList() const { return m_requests; }
    QPlainTextEdit* requestView() const { return m_request; }
    QPlainTextEdit* replyView() const { return m_reply; }
    const QString& lastSummary() const { return m_lastSummary; }

signals:
    // A run ended (pairs may have been added): the pair list reloads.
    void drafted();

private:
    bool startRun(qint64 runId, const QList<qint64>& passageIds, const DraftOptions& options);
    void showRequest(int row);

    ProjectStore* m_store = nullptr;
    EndpointProvider m_endpoint;
    TaskRunner* m_runner;
    QLabel* m_title;
    QLabel* m_flags;
    QListWidget* m_requests;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_reply;
    QPushButton* m_draftButton;
    QPushButton* m_resumeButton;
    QString m_lastSummary;
    qint64 m_shownPair = 0;
};

} // namespace quarry::gui
