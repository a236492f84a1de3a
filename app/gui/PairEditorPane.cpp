#include "PairEditorPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace quarry::gui {

PairEditorPane::PairEditorPane(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(new QLabel(tr("<b>Pair</b>"), this));
    auto* empty = new QLabel(tr("Select a pair to edit it here."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_layout->addWidget(empty, 1);
}

void PairEditorPane::setProject(ProjectStore*) {}

} // namespace quarry::gui
