#pragma once

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
class QTextBrowser;
class QUndoStack;

namespace quarry {
class PairRepository;
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

// Review mode: steps through the pairs that need review, the pair on the left and its source on
// the right. Keys: A approve, R reject (both move on), N next, P previous, E edit (editRequested).
// Status changes are undoable commands on the stack.
class ReviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWidget(QWidget* parent = nullptr);
    ~ReviewWidget() override;

    void setProject(ProjectStore* store, QUndoStack* undoStack);
    // Re-reads the pairs in review (keeps the position when it can).
    void reload();

    qint64 currentPairId() const;
    int position() const { return m_index; }
    int count() const { return int(m_ids.size()); }
    QString pairText() const;
    QString sourceText() const;

    void approve();
    void reject();
    void next();
    void previous();
    void edit();

    // The review keys: the one table that keyPressEvent() acts on and the Help menu's list of
    // shortcuts shows.
    struct KeyBinding
    {
        Qt::Key key;
        void (ReviewWidget::*action)();
        QString description; // translated
    };
    static QList<KeyBinding> keyBindings();

signals:
    void editRequested(qint64 id);
    void finished(); // nothing left to review

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void decide(bool approve);
    void showCurrent();
    QString draftFlagsHtml(qint64 id) const;

    ProjectStore* m_store = nullptr;
    QUndoStack* m_undo = nullptr;
    std::unique_ptr<PairRepository> m_repo;
    QList<qint64> m_ids;
    int m_index = 0;
    QLabel* m_header;
    QTextBrowser* m_pair;
    QTextBrowser* m_source;
};

} // namespace quarry::gui
