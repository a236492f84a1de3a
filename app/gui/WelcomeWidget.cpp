#include "WelcomeWidget.h"

#include "Theme.h"

#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace quarry::gui {

WelcomeWidget::WelcomeWidget(QWidget* parent)
    : QWidget(parent), m_recentLabel(new QLabel(tr("Recent projects:"), this)),
      m_recent(new QListWidget(this))
{
    auto* icon = new QLabel(this);
    // Drawn from the SVG at the screen's pixel ratio, so it is sharp on high-DPI screens too.
    icon->setPixmap(QIcon(QStringLiteral(":/icons/quarry.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAccessibleName(tr("Quarry logo"));
    auto* title = new QLabel(tr("<h1>Welcome to Quarry</h1>"
                                "<p>Turn your organisation's documents into clean, reviewed fine-tuning data."
                                "<br>Everything stays on this computer.</p>"),
                             this);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);

    auto* newButton = new QPushButton(tr("&New Project…"), this);
    auto* openButton = new QPushButton(tr("&Open Project…"), this);
    auto* demoButton = new QPushButton(tr("Open &Demo Project"), this);
    newButton->setIcon(Theme::icon(QStringLiteral("document-new")));
    openButton->setIcon(Theme::icon(QStringLiteral("document-open")));
    for (QPushButton* b : {newButton, openButton, demoButton})
        b->setMinimumWidth(220);
    connect(newButton, &QPushButton::clicked, this, &WelcomeWidget::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openProjectRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomeWidget::openDemoRequested);

    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMaximumWidth(520);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentProjectRequested(item->data(Qt::UserRole).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title);
    layout->addWidget(newButton, 0, Qt::AlignHCenter);
    layout->addWidget(openButton, 0, Qt::AlignHCenter);
    layout->addWidget(demoButton, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_recentLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void WelcomeWidget::setRecentProjects(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& p : paths) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(p).fileName(), p), m_recent);
        item->setData(Qt::UserRole, p);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

} // namespace quarry::gui
