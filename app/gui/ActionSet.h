#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;
class QMenuBar;
class QUndoStack;
class QWidget;

namespace quarry::gui {

// The main window's actions with their texts, icons and shortcuts, its menus and its toolbar, and
// which actions a project's state allows. The window connects them to what they do. The one list
// of shortcuts (Help > Keyboard Shortcuts) reads these actions and ReviewWidget::keyBindings().
class ActionSet
{
    // The texts were written for the main window: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(quarry::gui::MainWindow)
public:
    // The actions are children of `window`; undo and redo follow `undo`.
    ActionSet(QMainWindow* window, QUndoStack* undo);

    void addMenus(QMenuBar* bar);
    void addToolBar(QMainWindow* window);
    // What a closed, a read-only and a writable project allow.
    void setProjectState(bool open, bool writable);
    // Help > Keyboard Shortcuts: every action of `window` that has a shortcut, then the review keys.
    static void showShortcuts(QWidget* window);

    QAction* newAction = nullptr;
    QAction* openAction = nullptr;
    QAction* demoAction = nullptr;
    QAction* closeAction = nullptr;
    QAction* addDocumentsAction = nullptr;
    QAction* addFolderAction = nullptr;
    QAction* exportAction = nullptr;
    QAction* undoAction = nullptr;
    QAction* redoAction = nullptr;
    QAction* newPairAction = nullptr;
    QAction* pairFromSelectionAction = nullptr;
    QAction* draftAction = nullptr;
    QAction* showSourceAction = nullptr;
    QAction* reviewAction = nullptr;
    QAction* findPersonalDataAction = nullptr;
    QAction* redactionsAction = nullptr;
    QAction* duplicatesAction = nullptr;
    QAction* statisticsAction = nullptr;
    QAction* quitAction = nullptr;
    QAction* settingsAction = nullptr;
    QAction* shortcutsAction = nullptr;
    QAction* aboutAction = nullptr;
    QMenu* recentMenu = nullptr; // filled by the window (recent projects)
};

} // namespace quarry::gui
