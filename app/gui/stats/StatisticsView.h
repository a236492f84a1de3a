#pragma once

#include "curation/ProjectStatistics.h"
#include "tasks/TaskRunner.h"

#include <QTime>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace quarry {
class ProjectStore;
} // namespace quarry

namespace quarry::gui {

class BarChartWidget;
class HistogramWidget;

// The Statistics tab: pairs by status, rating, origin, tag and source document, length histograms,
// detections by type and status, documents and pages, drawn as small charts. The figures are
// computed on a worker thread with a connection of its own, so a million-pair project never blocks
// the window; changes elsewhere call scheduleRefresh(), which waits for a quiet second and only
// recomputes while the view is visible (or when it is shown next).
class StatisticsView : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsView(QWidget* parent = nullptr);
    ~StatisticsView() override;

    void setProject(ProjectStore* store);

    // Recomputes now (in the background); a change during a computation queues one more.
    void refresh();
    // Something in the project changed: recompute after a quiet moment.
    void scheduleRefresh();
    void setRefreshDelay(int ms);

    bool isComputing() const { return m_runner->isRunning(); }
    const ProjectFigures& figures() const { return m_figures; }

    // For tests and screenshots.
    BarChartWidget* statusChart() const { return m_status; }
    BarChartWidget* ratingChart() const { return m_rating; }
    BarChartWidget* originChart() const { return m_origin; }
    BarChartWidget* tagChart() const { return m_tags; }
    BarChartWidget* documentChart() const { return m_documents; }
    BarChartWidget* detectionTypeChart() const { return m_detectionTypes; }
    BarChartWidget* detectionStatusChart() const { return m_detectionStatus; }
    BarChartWidget* ingestChart() const { return m_ingest; }
    BarChartWidget* pageChart() const { return m_pages; }
    HistogramWidget* lengthChart() const { return m_lengths; }
    QComboBox* lengthUnit() const { return m_lengthUnit; }
    QLabel* summary() const { return m_summary; }

    // Display names of the database spellings.
    static QString pairStatusName(const QString& key);
    static QString originName(const QString& key);
    static QString detectionStatusName(const QString& key);
    static QString documentStatusName(const QString& key);
    static QString pageMethodName(const QString& key);

signals:
    // New figures are on screen.
    void refreshed();
    void refreshFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onFinished(TaskRunner::Outcome outcome);
    void cancelRunning();
    void showFigures();
    void showLengths();
    void clearCharts();
    void updateSummary();
    void arrangeSections(int columns);

    ProjectStore* m_store = nullptr;
    ProjectFigures m_figures;
    bool m_haveFigures = false;
    bool m_dirty = true;    // the figures on screen may be stale
    bool m_pending = false; // another refresh was asked for during the running one
    // Computes on a connection of its own; a cancel interrupts the running query.
    TaskRunner* m_runner;
    QTimer* m_debounce;
    bool m_wanted = false; // the running computation's outcome is still wanted
    QString m_taskError;   // of the computation that just failed
    QString m_error;
    QTime m_countedAt;
    int m_columns = 0;
    QList<QWidget*> m_sections; // in reading order; the lengths section spans the width
    QGridLayout* m_grid;

    QLabel* m_summary;
    QPushButton* m_refreshButton;
    BarChartWidget* m_status;
    BarChartWidget* m_rating;
    BarChartWidget* m_origin;
    BarChartWidget* m_tags;
    BarChartWidget* m_documents;
    BarChartWidget* m_detectionTypes;
    BarChartWidget* m_detectionStatus;
    BarChartWidget* m_ingest;
    BarChartWidget* m_pages;
    HistogramWidget* m_lengths;
    QComboBox* m_lengthUnit;
    QLabel* m_lengthNote;
};

} // namespace quarry::gui
