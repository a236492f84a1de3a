#include "TaskProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace quarry::gui {

TaskProgressWidget::TaskProgressWidget(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(240);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("%1 — cancelling…").arg(m_title));
        emit cancelRequested();
    });
    hide();
}

void TaskProgressWidget::start(const QString& title)
{
    m_title = title;
    m_running = true;
    m_label->setText(title);
    m_bar->setRange(0, 0); // busy until the first progress report
    m_cancel->setEnabled(true);
    m_cancel->show();
    show();
}

void TaskProgressWidget::setProgress(qint64 done, qint64 total, const QString& detail)
{
    if (!m_running)
        return;
    // QProgressBar takes int: scale large totals down.
    const int scale = total > 1000000 ? int(total / 1000000 + 1) : 1;
    m_bar->setRange(0, int(qMax<qint64>(total, 0) / scale));
    m_bar->setValue(int(done / scale));
    m_label->setText(detail.isEmpty() ? m_title : QStringLiteral("%1 — %2").arg(m_title, detail));
}

void TaskProgressWidget::finish(const QString& summary)
{
    m_running = false;
    m_label->setText(summary);
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_cancel->hide();
    QTimer::singleShot(8000, this, [this] {
        if (!m_running)
            hide();
    });
}

} // namespace quarry::gui
