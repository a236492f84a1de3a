// The user's settings (typed round trip, redaction and export defaults reaching a project and the
// export dialog), the dark theme's mark colours and the accessible names of every control.
#include "AppSettings.h"
#include "MainWindow.h"
#include "PageTextView.h"
#include "SettingsDialog.h"
#include "TestDir.h"
#include "Theme.h"
#include "Translations.h"
#include "curation/PairListModel.h"
#include "curation/PairListView.h"
#include "demo/DemoProject.h"
#include "export/ExportDialog.h"
#include "export/Exporter.h"
#include "redact/DetectionStore.h"
#include "redact/Redactor.h"
#include "redact/RuleSet.h"
#include "redaction/RedactionPanel.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace quarry;
using namespace quarry::gui;

namespace {

// Controls a screen reader would announce without a name: buttons, text fields, lists and tables,
// combo boxes whose accessible name (own name, buddy label or text) is empty. Qt's own parts of
// composite widgets (spin box editors, header views, table corner buttons, tab bar scrollers, the
// toolbar's extension button, a line edit's clear button) are named by Qt or are not separate
// controls.
QStringList unnamedControls(const QWidget* root)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                             qobject_cast<QAbstractItemView*>(w) || qobject_cast<QComboBox*>(w);
        if (!control || qobject_cast<QHeaderView*>(w) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QWidget* parent = w->parentWidget();
        if (parent &&
            (qobject_cast<const QAbstractItemView*>(parent) || qobject_cast<const QTabBar*>(parent) ||
             qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent) ||
             qobject_cast<const QLineEdit*>(parent)))
            continue;
        if (w->window() != root->window() && !root->isWindow())
            continue;
        // Combo box popups are windows of their own inside the combo box.
        if (w->window()->inherits("QComboBoxPrivateContainer"))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                parent ? QString::fromLatin1(parent->metaObject()->className()) : QString());
    }
    return unnamed;
}

} // namespace

class TestSettingsAndLook : public QObject
{
    Q_OBJECT
private:
    test::TestDir m_config;

private slots:
    void initTestCase()
    {
        // Keep the user's real settings out of the test.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        Translations::install(QStringLiteral("en"));
    }

    void init() { QSettings().clear(); }

    void settingsRoundTrip()
    {
        {
            AppSettings s;
            QCOMPARE(s.theme(), AppSettings::Theme::System);
            QCOMPARE(s.defaultAutoAcceptThreshold(), std::nullopt);
            QCOMPARE(s.defaultOperator(QStringLiteral("PERSON")), Redactor::Operator::Pseudonym);
            QCOMPARE(s.defaultOperator(QStringLiteral("PHONE")), Redactor::Operator::Placeholder);
            const ExportOptions d = s.exportDefaults();
            QCOMPARE(d.format, QStringLiteral("openai"));
            QVERIFY(d.statuses == QList<Pair::Status>{Pair::Status::Approved});

            s.setUserName(QStringLiteral("  김지수 "));
            s.setUiLanguage(QStringLiteral("ko"));
            s.setTheme(AppSettings::Theme::Dark);
            s.setDefaultOcrLanguages(QStringLiteral("kor"));
            s.setDefaultAutoAcceptThreshold(0.85);
            s.setDefaultOperator(QStringLiteral("PHONE"), Redactor::Operator::Mask);
            s.setDefaultOperator(QStringLiteral("PERSON"), Redactor::Operator::Surrogate);
            ExportOptions o;
            o.format = QStringLiteral("sharegpt");
            o.statuses = {Pair::Status::Review, Pair::Status::Approved};
            o.splitRatios = {0.8, 0.1, 0.1};
            o.seed = 4242424242ULL; // beyond 32 bits
            o.groupByDocument = false;
            o.dedupExact = false;
            o.nearDuplicateThreshold = 0.85;
            o.systemPromptMode = ExportOptions::SystemPrompt::None;
            s.setExportDefaults(o);
        }
        AppSettings s; // a fresh object reads what the first one wrote
        QCOMPARE(s.userName(), QStringLiteral("김지수"));
        QCOMPARE(s.uiLanguage(), QStringLiteral("ko"));
        QCOMPARE(s.theme(), AppSettings::Theme::Dark);
        QCOMPARE(s.defaultOcrLanguages(), QStringLiteral("kor"));
        QCOMPARE(s.defaultAutoAcceptThreshold(), std::optional<double>(0.85));
        QCOMPARE(s.defaultOperator(QStringLiteral("PHONE")), Redactor::Operator::Mask);
        QCOMPARE(s.defaultOperator(QStringLiteral("PERSON")), Redactor::Operator::Surrogate);
        QCOMPARE(s.defaultOperator(QStringLiteral("EMAIL")), Redactor::Operator::Placeholder);
        const ExportOptions o = s.exportDefaults();
        QCOMPARE(o.format, QStringLiteral("sharegpt"));
        QVERIFY(o.statuses == (QList<Pair::Status>{Pair::Status::Review, Pair::Status::Approved}));
        QCOMPARE(o.splitRatios, (QList<double>{0.8, 0.1, 0.1}));
        QCOMPARE(o.seed, 4242424242ULL);
        QVERIFY(!o.groupByDocument);
        QVERIFY(!o.dedupExact);
        QCOMPARE(o.nearDuplicateThreshold, std::optional<double>(0.85));
        QCOMPARE(o.systemPromptMode, ExportOptions::SystemPrompt::None);

        // Back to the built-in choice and off again.
        s.setDefaultOperator(QStringLiteral("PERSON"), Redactor::Operator::Pseudonym);
        s.setDefaultAutoAcceptThreshold(std::nullopt);
        QCOMPARE(AppSettings().defaultOperator(QStringLiteral("PERSON")), Redactor::Operator::Pseudonym);
        QCOMPARE(AppSettings().defaultAutoAcceptThreshold(), std::nullopt);
        QCOMPARE(AppSettings::themeFromName(QStringLiteral("purple")), std::nullopt);
    }

    void settingsDialogWritesEveryTab()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.tabs()->count(), 5);
        QVERIFY2(unnamedControls(&dialog).isEmpty(),
                 qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
        auto* autoAccept = dialog.findChild<QAbstractButton*>();
        QVERIFY(autoAccept);
        for (QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
            if (b->text().contains(QLatin1String("Accept detections automatically")))
                b->setChecked(true);
        for (QComboBox* c : dialog.findChildren<QComboBox*>())
            if (c->accessibleName() == QLatin1String("Replacement for EMAIL"))
                c->setCurrentIndex(c->findData(QStringLiteral("mask")));
            else if (c->accessibleName() == QLatin1String("Export format"))
                c->setCurrentIndex(c->findData(QStringLiteral("alpaca")));
            else if (c->accessibleName() == QLatin1String("Theme"))
                c->setCurrentIndex(c->findData(QStringLiteral("light")));
        dialog.accept();
        QVERIFY(dialog.themeChanged());
        QCOMPARE(settings.theme(), AppSettings::Theme::Light);
        QCOMPARE(settings.defaultAutoAcceptThreshold(), std::optional<double>(0.95));
        QCOMPARE(settings.defaultOperator(QStringLiteral("EMAIL")), Redactor::Operator::Mask);
        QCOMPARE(settings.exportDefaults().format, QStringLiteral("alpaca"));
        QVERIFY(settings.exportDefaults().statuses == QList<Pair::Status>{Pair::Status::Approved});
    }

    void newProjectGetsTheOcrAndRedactionDefaults()
    {
        test::TestDir dir;
        AppSettings settings;
        settings.setUserName(QStringLiteral("reviewer"));
        settings.setDefaultAutoAcceptThreshold(0.8);
        settings.setDefaultOperator(QStringLiteral("PHONE"), Redactor::Operator::Mask);
        settings.setDefaultOcrLanguages(QStringLiteral("eng"));
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("new.quarry"))));
        QCOMPARE(DetectionStore(*w.project()).autoAcceptThreshold(), std::optional<double>(0.8));
        Redactor redactor(*w.project());
        QCOMPARE(redactor.operatorFor(QStringLiteral("PHONE")), Redactor::Operator::Mask);
        QCOMPARE(redactor.operatorFor(QStringLiteral("PERSON")), Redactor::Operator::Pseudonym);
        QCOMPARE(w.project()->setting(QStringLiteral("ocr.languages")).toString(), QStringLiteral("eng"));
        // Recorded under the user's name.
        Statement st = w.project()->db().prepare(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting' AND actor = 'reviewer'"));
        QVERIFY(st.step());
        QVERIFY(st.int64(0) >= 2);

        // The project keeps its own values: changing the user's defaults does not touch it.
        settings.setDefaultAutoAcceptThreshold(std::nullopt);
        settings.setDefaultOperator(QStringLiteral("PHONE"), Redactor::Operator::Surrogate);
        QCOMPARE(DetectionStore(*w.project()).autoAcceptThreshold(), std::optional<double>(0.8));
        QCOMPARE(Redactor(*w.project()).operatorFor(QStringLiteral("PHONE")), Redactor::Operator::Mask);

        // Without defaults a new project has no threshold and the built-in operators.
        QVERIFY(w.newProject(dir.path(QStringLiteral("plain.quarry"))));
        QCOMPARE(DetectionStore(*w.project()).autoAcceptThreshold(), std::nullopt);
        QCOMPARE(Redactor(*w.project()).operatorFor(QStringLiteral("PHONE")), Redactor::Operator::Surrogate);
        QCOMPARE(Redactor(*w.project()).operatorFor(QStringLiteral("EMAIL")),
                 Redactor::Operator::Placeholder);
    }

    void pairListColumnsAreSizedAndRemembered()
    {
        AppSettings settings;
        int width = 0;
        {
            MainWindow w(settings);
            w.setInteractive(false);
            w.show();
            QHeaderView* header = w.pairList()->table()->horizontalHeader();
            // Narrow status and rating, the instruction taking the rest.
            QCOMPARE(header->sectionResizeMode(PairListModel::FirstTurnColumn), QHeaderView::Stretch);
            QVERIFY(header->sectionSize(PairListModel::RatingColumn) <
                    header->sectionSize(PairListModel::StatusColumn));
            QVERIFY(header->isSectionHidden(PairListModel::UpdatedColumn));
            header->setSectionHidden(PairListModel::UpdatedColumn, false);
            width = header->sectionSize(PairListModel::TagsColumn) + 37;
            header->resizeSection(PairListModel::TagsColumn, width);
            w.close();
        }
        QVERIFY(!settings.pairListHeaderState().isEmpty());
        MainWindow again(settings);
        QHeaderView* header = again.pairList()->table()->horizontalHeader();
        QCOMPARE(header->sectionSize(PairListModel::TagsColumn), width);
        QVERIFY(!header->isSectionHidden(PairListModel::UpdatedColumn));
    }

    void addedDocumentsAreScannedWithTheProjectThreshold()
    {
        test::TestDir dir;
        const QString text =
            dir.write(QStringLiteral("docs/contacts.txt"),
                      "Shift leader: call 010-2345-6789 or write to kim.minsu@example.com.\n");
        AppSettings settings;
        settings.setDefaultAutoAcceptThreshold(0.5);
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("scan.quarry"))));
        QSignalSpy scanned(&w, &MainWindow::personalDataScanned);
        w.addDocuments({text});
        QVERIFY(scanned.wait(60000));
        QCOMPARE(scanned.first().first().toBool(), true);
        Statement st = w.project()->db().prepare(
            QStringLiteral("SELECT count(*), sum(status = 'accepted') FROM detections"));
        QVERIFY(st.step());
        QVERIFY(st.int64(0) >= 2);          // the phone number and the e-mail address
        QCOMPARE(st.int64(1), st.int64(0)); // all above the project's threshold of 0.5
        QVERIFY(w.redactionPanel()->rowCount() >= 2);

        // Scanning again keeps the decisions and adds nothing.
        w.findPersonalData();
        QVERIFY(scanned.wait(60000));
        Statement again = w.project()->db().prepare(QStringLiteral("SELECT count(*) FROM detections"));
        QVERIFY(again.step());
        QCOMPARE(again.int64(0), st.int64(0));
    }

    void exportDialogStartsFromTheDefaultsThenTheLastExport()
    {
        test::TestDir dir;
        AppSettings settings;
        ExportOptions defaults;
        defaults.format = QStringLiteral("alpaca");
        defaults.statuses = {Pair::Status::Review, Pair::Status::Approved};
        defaults.splitRatios = {0.7, 0.2, 0.1};
        defaults.seed = 7;
        defaults.groupByDocument = false;
        defaults.dedupExact = false;
        defaults.nearDuplicateThreshold = 0.8;
        defaults.systemPromptMode = ExportOptions::SystemPrompt::None;
        settings.setExportDefaults(defaults);
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("exp.quarry"))));

        ExportDialog dialog(w.project());
        dialog.setOptions(w.initialExportOptions());
        ExportOptions shown = dialog.options();
        QCOMPARE(shown.format, defaults.format);
        QVERIFY(shown.statuses == defaults.statuses);
        QCOMPARE(shown.splitRatios, defaults.splitRatios);
        QCOMPARE(shown.seed, defaults.seed);
        QCOMPARE(shown.groupByDocument, false);
        QCOMPARE(shown.dedupExact, false);
        QCOMPARE(shown.nearDuplicateThreshold, defaults.nearDuplicateThreshold);
        QCOMPARE(shown.systemPromptMode, defaults.systemPromptMode);
        QVERIFY(!shown.allowPendingPii);

        // After an export the project's own last options win, output folder included; the PII
        // override is never carried over.
        ExportOptions last;
        last.format = QStringLiteral("sharegpt");
        last.tags = {QStringLiteral("safety")};
        last.minRating = 4;
        last.splitRatios = {0.5, 0.5};
        last.seed = 99;
        last.allowPendingPii = true;
        last.record.includeTags = true;
        Statement ins =
            w.project()->db().prepare(QStringLiteral("INSERT INTO exports (at, actor, format, out_dir, "
                                                     "options) VALUES ('t', 'me', 'sharegpt', ?, ?)"));
        ins.bindAll(
            dir.path(QStringLiteral("out")),
            QString::fromUtf8(QJsonDocument(Exporter::optionsToJson(last)).toJson(QJsonDocument::Compact)));
        ins.run();
        ExportDialog again(w.project());
        again.setOptions(w.initialExportOptions());
        shown = again.options();
        QCOMPARE(shown.format, QStringLiteral("sharegpt"));
        QCOMPARE(shown.tags, QStringList{QStringLiteral("safety")});
        QCOMPARE(shown.minRating, std::optional<int>(4));
        QCOMPARE(shown.splitRatios, (QList<double>{0.5, 0.5}));
        QCOMPARE(shown.seed, quint64(99));
        QVERIFY(shown.statuses == QList<Pair::Status>{Pair::Status::Approved});
        QVERIFY(shown.record.includeTags);
        QVERIFY(!shown.allowPendingPii);
        QCOMPARE(shown.outDir, dir.path(QStringLiteral("out")));
    }

    void detectionMarksStandOutOnTheDarkBase()
    {
        const QPalette dark = Theme::darkPalette();
        const QColor base = dark.color(QPalette::Base);
        QVERIFY(Theme::contrast(dark.color(QPalette::Text), base) >= 7.0);
        QStringList types;
        for (const RuleSet::BuiltinInfo& b : RuleSet::builtins())
            types << QString::fromLatin1(b.type);
        types << QStringLiteral("CUSTOM_TYPE") << QStringLiteral("사번");
        // Through the view, as it is drawn: every mark's background at least 3:1 against the
        // dark base, its text at least 4.5:1 on the mark.
        PageTextView view;
        view.setPalette(dark);
        QString text;
        QList<PageTextView::Mark> marks;
        for (const QString& type : std::as_const(types)) {
            for (const QString& status :
                 {QStringLiteral("pending"), QStringLiteral("accepted"), QStringLiteral("manual")}) {
                PageTextView::Mark m;
                m.start = int(text.size());
                text += QStringLiteral("value ");
                m.end = int(text.size()) - 1;
                m.type = type;
                m.status = status;
                m.detectionId = marks.size() + 1;
                marks << m;
            }
        }
        view.setPlainText(text);
        view.setMarks(marks);
        const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
        QCOMPARE(selections.size(), marks.size());
        for (qsizetype i = 0; i < selections.size(); ++i) {
            const QColor background = selections[i].format.background().color();
            const QColor foreground = selections[i].format.foreground().color();
            const QString what =
                QStringLiteral("%1 %2: %3").arg(marks[i].type, marks[i].status, background.name());
            QVERIFY2(Theme::contrast(background, base) >= 3.0, qPrintable(what));
            QVERIFY2(Theme::contrast(foreground, background) >= 4.5, qPrintable(what));
        }
        // On the light palette the marks keep their pastel type colours.
        const QColor white(Qt::white);
        QCOMPARE(PageTextView::markBackground(QStringLiteral("PHONE"), QStringLiteral("accepted"), white),
                 PageTextView::colorForType(QStringLiteral("PHONE")).darker(110));
    }

    void themeSwitchesThePaletteAndBack()
    {
        const QColor before = QApplication::palette().color(QPalette::Window);
        Theme::apply(AppSettings::Theme::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        Theme::apply(AppSettings::Theme::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        Theme::apply(AppSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), before);
        // Own icons are SVG (no fixed-size raster): sharp at any size.
        QVERIFY(!Theme::icon(QStringLiteral("pair-approve")).isNull());
        for (const QString& name :
             {QStringLiteral("document-new"), QStringLiteral("document-open"),
              QStringLiteral("document-import"), QStringLiteral("document-export"),
              QStringLiteral("edit-undo"), QStringLiteral("edit-redo"), QStringLiteral("pair-approve"),
              QStringLiteral("pair-reject"), QStringLiteral("go-next"), QStringLiteral("go-previous"),
              QStringLiteral("detection-accept"), QStringLiteral("detection-reject"),
              QStringLiteral("edit-find")}) {
            const QIcon icon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QCOMPARE(icon.pixmap(QSize(64, 64)).size(), QSize(64, 64));
        }
    }

    void settingsFitLongerTranslations()
    {
        // Korean labels run longer than English ones in pixels: every string made longer still
        // must leave the dialog on a 1280-pixel screen with no button or label cut off.
        class LongerTranslator : public QTranslator
        {
        public:
            QString translate(const char*, const char* source, const char*, int) const override
            {
                const QString s = QString::fromUtf8(source);
                return s.isEmpty() ? s : s + QStringLiteral(" 설정 항목");
            }
        } longer;
        QCoreApplication::installTranslator(&longer);
        AppSettings settings;
        {
            SettingsDialog dialog(settings);
            dialog.show();
            for (int i = 0; i < dialog.tabs()->count(); ++i) {
                dialog.tabs()->setCurrentIndex(i);
                QCoreApplication::processEvents();
                QVERIFY2(dialog.width() <= 1280, qPrintable(QString::number(dialog.width())));
                for (QWidget* w : dialog.tabs()->currentWidget()->findChildren<QWidget*>()) {
                    if (!w->isVisible() || !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w)))
                        continue;
                    const auto* label = qobject_cast<QLabel*>(w);
                    if (label && label->wordWrap())
                        continue; // wraps instead
                    QVERIFY2(
                        w->width() >= w->sizeHint().width(),
                        qPrintable(QStringLiteral("tab %1: \"%2\" is %3 px wide, needs %4")
                                       .arg(i)
                                       .arg(label ? label->text() : qobject_cast<QAbstractButton*>(w)->text())
                                       .arg(w->width())
                                       .arg(w->sizeHint().width())));
                }
            }
        }
        QCoreApplication::removeTranslator(&longer);
    }

    void everyControlHasAnAccessibleName()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("demo.quarry"));
        DemoProject::build(path, DemoProject::findSamples());
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openProject(path));
        QVERIFY(w.findChild<QToolBar*>(QStringLiteral("mainToolBar")));
        // Every tab of the side panel shown once, so lazily built widgets exist.
        if (auto* side = w.findChild<QTabWidget*>(QStringLiteral("sideTabs")))
            for (int i = 0; i < side->count(); ++i)
                side->setCurrentIndex(i);
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

        ExportDialog dialog(w.project());
        const QStringList unnamedExport = unnamedControls(&dialog);
        QVERIFY2(unnamedExport.isEmpty(), qPrintable(unnamedExport.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestSettingsAndLook)
#include "TestSettingsAndLook.moc"
