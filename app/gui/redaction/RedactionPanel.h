#pragma once

#include <QWidget>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace quarry {

class DetectionStore;
class ProjectStore;
struct StoredDetection;

namespace gui {

// Lists a project's detections with filters (type, status, rule, minimum score) and the review
// actions: accept or reject the selected rows, accept every detection of the selected row's type
// in its document, reject every detection of the selected row's value everywhere. Every action goes
// through DetectionStore, so it is in the audit log.
class RedactionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RedactionPanel(QWidget* parent = nullptr);

    // The panel does not own the project; null clears it.
    void setProject(quarry::ProjectStore* store);
    void refresh();

    int rowCount() const;
    qint64 detectionIdAt(int row) const;

    QComboBox* typeFilter() const { return m_type; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* ruleFilter() const { return m_rule; }
    QDoubleSpinBox* minScoreFilter() const { return m_minScore; }
    QTableWidget* table() const { return m_table; }

public slots:
    void acceptSelected();
    void rejectSelected();
    void acceptTypeInDocument();
    void rejectValueEverywhere();

signals:
    // A row was activated: the main window can show the span.
    void detectionActivated(qint64 documentId, int pageNo, int start, int end);
    // Decisions changed (the redacted text of these documents changed).
    void decisionsChanged();

private:
    void reloadFilters();
    void decideSelected(const QString& status);
    // A decision derived from the one selected detection (its type in its document, its value
    // everywhere): applied, then the list refreshed and decisionsChanged() emitted.
    void decideLikeSelected(const std::function<void(DetectionStore&, const StoredDetection&)>& decide);
    void updateButtons();
    QList<qint64> selectedIds() const;
    void showError(const QString& message);

    quarry::ProjectStore* m_store = nullptr;
    QComboBox* m_type;
    QComboBox* m_status;
    QComboBox* m_rule;
    QDoubleSpinBox* m_minScore;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_acceptType;
    QPushButton* m_rejectValue;
    bool m_loading = false;
};

} // namespace gui
} // namespace quarry
