#include "ActionSet.h"

#include "Theme.h"
#include "curation/ReviewWidget.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quarry::gui {

ActionSet::ActionSet(QMainWindow* window, QUndoStack* undo)
{
    newAction = new QAction(Theme::icon(QStringLiteral("document-new")), tr("&New Project…"), window);
    newAction->setShortcut(QKeySequence::New);

    openAction = new QAction(Theme::icon(QStringLiteral("document-open")), tr("&Open Project…"), window);
    openAction->setShortcut(QKeySequence::Open);

    demoAction = new QAction(tr("Open &Demo Project"), window);

    closeAction = new QAction(tr("&Close Project"), window);
    closeAction->setShortcut(QKeySequence::Close);

    addDocumentsAction =
        new QAction(Theme::icon(QStringLiteral("document-import")), tr("&Add Documents…"), window);
    addDocumentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    addFolderAction = new QAction(Theme::icon(QStringLiteral("folder-open")), tr("Add &Folder…"), window);
    addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    exportAction =
        new QAction(Theme::icon(QStringLiteral("document-export")), tr("&Export Dataset…"), window);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    undoAction = undo->createUndoAction(window, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(Theme::icon(QStringLiteral("edit-undo")));
    redoAction = undo->createRedoAction(window, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIcon(Theme::icon(QStringLiteral("edit-redo")));

    newPairAction = new QAction(Theme::icon(QStringLiteral("pair-new")), tr("&New Pair"), window);
    newPairAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    draftAction = new QAction(tr("&Draft from Passages…"), window);
    pairFromSelectionAction = new QAction(tr("New Pair from &Selection"), window);
    pairFromSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    showSourceAction = new QAction(tr("Show &Source"), window);
    showSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    reviewAction = new QAction(Theme::icon(QStringLiteral("pair-review")), tr("&Review Pairs"), window);
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    findPersonalDataAction =
        new QAction(Theme::icon(QStringLiteral("edit-find")), tr("&Find Personal Data"), window);
    findPersonalDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findPersonalDataAction->setStatusTip(
        tr("Scan every page for personal data with the project's rules; decisions already made are kept"));

    redactionsAction = new QAction(Theme::icon(QStringLiteral("view-redactions")), tr("Re&dactions"), window);
    redactionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    duplicatesAction = new QAction(tr("Possible D&uplicates…"), window);

    statisticsAction = new QAction(tr("S&tatistics"), window);
    statisticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), window);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    settingsAction = new QAction(tr("&Settings…"), window);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);

    shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), window);
    shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));

    aboutAction = new QAction(tr("&About Quarry"), window);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void ActionSet::addMenus(QMenuBar* bar)
{
    QMenu* file = bar->addMenu(tr("&Project"));
    file->addAction(newAction);
    file->addAction(openAction);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(demoAction);
    file->addSeparator();
    file->addAction(addDocumentsAction);
    file->addAction(addFolderAction);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(closeAction);
    file->addSeparator();
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(quitAction);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);

    QMenu* pairsMenu = bar->addMenu(tr("P&airs"));
    pairsMenu->addAction(newPairAction);
    pairsMenu->addAction(pairFromSelectionAction);
    pairsMenu->addAction(draftAction);
    pairsMenu->addAction(showSourceAction);
    pairsMenu->addSeparator();
    pairsMenu->addAction(reviewAction);
    pairsMenu->addAction(redactionsAction);
    pairsMenu->addAction(findPersonalDataAction);
    pairsMenu->addAction(statisticsAction);
    pairsMenu->addAction(duplicatesAction);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(shortcutsAction);
    help->addAction(aboutAction);
}

void ActionSet::addToolBar(QMainWindow* window)
{
    QToolBar* bar = window->addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs a name
    bar->setMovable(false);
    bar->addAction(newAction);
    bar->addAction(openAction);
    bar->addSeparator();
    bar->addAction(addDocumentsAction);
    bar->addAction(exportAction);
    bar->addSeparator();
    bar->addAction(undoAction);
    bar->addAction(redoAction);
    bar->addSeparator();
    bar->addAction(newPairAction);
    bar->addAction(reviewAction);
    bar->addAction(redactionsAction);
    bar->addAction(findPersonalDataAction);
    // Icon-only buttons say what they do and how to do it from the keyboard.
    for (QAction* a : bar->actions()) {
        if (a->isSeparator())
            continue;
        const QString text = a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        a->setToolTip(a->shortcut().isEmpty()
                          ? text
                          : tr("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void ActionSet::setProjectState(bool open, bool writable)
{
    closeAction->setEnabled(open);
    addDocumentsAction->setEnabled(writable);
    addFolderAction->setEnabled(writable);
    // Exporting records itself in the project (exports table, audit log), so it needs write access.
    exportAction->setEnabled(writable);
    for (QAction* a : {newPairAction, pairFromSelectionAction, draftAction, findPersonalDataAction})
        a->setEnabled(writable);
    for (QAction* a : {showSourceAction, reviewAction, redactionsAction, statisticsAction, duplicatesAction})
        a->setEnabled(open);
}

void ActionSet::showShortcuts(QWidget* window)
{
    QDialog dialog(window);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto addRow = [table](const QString& action, const QString& keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    };
    // Every action of the window that has a shortcut, so the list cannot go stale.
    for (QAction* a : window->findChildren<QAction*>())
        if (!a->shortcut().isEmpty())
            addRow(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                   a->shortcut().toString(QKeySequence::NativeText));
    table->sortItems(0);
    // The review keys work while the Review tab has the focus (ReviewWidget handles them).
    for (const ReviewWidget::KeyBinding& binding : ReviewWidget::keyBindings())
        addRow(binding.description, QKeySequence(binding.key).toString(QKeySequence::NativeText));
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 420);
    dialog.exec();
}

} // namespace quarry::gui
