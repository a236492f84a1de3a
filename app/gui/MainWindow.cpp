#include "MainWindow.h"

namespace quarry::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Quarry"));
}

} // namespace quarry::gui
