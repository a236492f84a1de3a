#pragma once

#include "export/ExportOptions.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace quarry {
class ProjectStore;
struct ExportReport;
} // namespace quarry

namespace quarry::gui {

class TaskRunner;

// Export of a project's pairs as a dataset folder: format, filters, split ratios and seed, system
// prompt, deduplication and metadata options, a live preview of the first records and the
// validation report (invalid pairs, pending detections), then the export itself on a worker thread
// with progress and Cancel. The project must not be used by anything else while an export runs.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ProjectStore* store, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    // Sets every option the dialog shows; the PII override always starts unticked. An empty output
    // folder leaves the current one.
    void setOptions(const ExportOptions& options);
    void setOutputDir(const QString& dir);
    bool isRunning() const;
    QString previewText() const;
    QString validationText() const;

public slots:
    void refreshPreview();
    void startExport();
    void cancelExport();

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    void reject() override;

private:
    void schedulePreview();
    void setRunning(bool running);
    void finish(bool ok, const QString& message, const QString& details);
    static QString reportDetails(const ExportReport& report);

    ProjectStore* m_store;
    QComboBox* m_format;
    QCheckBox* m_statusDraft;
    QCheckBox* m_statusReview;
    QCheckBox* m_statusApproved;
    QCheckBox* m_statusRejected;
    QLineEdit* m_tags;
    QSpinBox* m_minRating;
    QRadioButton* m_systemPerPair;
    QRadioButton* m_systemProject;
    QRadioButton* m_systemNone;
    QLineEdit* m_systemText;
    QDoubleSpinBox* m_train;
    QDoubleSpinBox* m_validation;
    QDoubleSpinBox* m_test;
    QSpinBox* m_seed;
    QCheckBox* m_group;
    QCheckBox* m_stratify;
    QCheckBox* m_exact;
    QCheckBox* m_near;
    QDoubleSpinBox* m_nearThreshold;
    QCheckBox* m_metaTags;
    QCheckBox* m_metaStatus;
    QCheckBox* m_metaSource;
    QCheckBox* m_metaId;
    QCheckBox* m_allowPending;
    QLineEdit* m_outDir;
    QPlainTextEdit* m_preview;
    QPlainTextEdit* m_report;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QTimer* m_previewTimer;
    // Runs the export on its own connection; destroyed (joined) with the dialog, also mid-export.
    TaskRunner* m_runner;
    // Final-scan hits of a failed export, written by the export's thread before it ends.
    std::shared_ptr<QString> m_failureDetails = std::make_shared<QString>();
};

} // namespace quarry::gui
