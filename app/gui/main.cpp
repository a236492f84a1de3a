#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    quarry::gui::MainWindow w;
    w.show();
    return app.exec();
}
