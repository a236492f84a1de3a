#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace quarry::gui {

// The status-bar strip that shows a long operation (ingest, scan, export) running in the
// background: what it is doing, how far it is, and a Cancel button. Never modal, so the window
// stays usable while the work goes on.
class TaskProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgressWidget(QWidget* parent = nullptr);

    void start(const QString& title);
    void setProgress(qint64 done, qint64 total, const QString& detail = {});
    void finish(const QString& summary);
    bool isRunning() const { return m_running; }

signals:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QString m_title;
    bool m_running = false;
};

} // namespace quarry::gui
