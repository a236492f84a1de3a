#include "PairListPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace quarry::gui {

PairListPane::PairListPane(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(new QLabel(tr("<b>Pairs</b>"), this));
    auto* empty = new QLabel(tr("No pairs yet."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_layout->addWidget(empty, 1);
}

void PairListPane::setProject(ProjectStore*) {}

} // namespace quarry::gui
