#pragma once

#include <QMainWindow>

namespace quarry::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace quarry::gui
