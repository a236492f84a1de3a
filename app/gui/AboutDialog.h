#pragma once

#include <QDialog>

namespace quarry::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "Qt 6.4.2", "Poppler 22.12.0", … as shown in the dialog (also used by the tests).
    static QStringList componentVersions();
};

} // namespace quarry::gui
