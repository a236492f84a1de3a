#include "ExportFixture.h"
#include "TestDir.h"
#include "export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace quarry;
using namespace quarry::gui;
using test::ExportFixture;

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void previewsAndExports()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        ExportFixture::addPair(*store, {QStringLiteral("환자의 혈압은?"), QStringLiteral("정상입니다.")});
        ExportFixture::addPair(*store, {QStringLiteral("only a question")});
        ExportFixture::addPair(*store, {QStringLiteral("draft"), QStringLiteral("a")}, Pair::Status::Draft);

        ExportDialog dialog(store.get());
        dialog.show();
        QVERIFY(dialog.previewText().contains(QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"환자의 혈압은?\"}")));
        QVERIFY(dialog.validationText().contains(QLatin1String("2 pair(s) match")));
        QVERIFY(dialog.validationText().contains(QLatin1String("no assistant")));

        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
        format->setCurrentIndex(format->findData(QStringLiteral("alpaca")));
        dialog.refreshPreview();
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("{\"instruction\":\"환자의 혈압은?\"")));

        const QString out = dir.path(QStringLiteral("out"));
        dialog.setOutputDir(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.findChild<QPushButton*>(QStringLiteral("export"))->click();
        QVERIFY(dialog.isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!dialog.isRunning());
        QVERIFY(QFile::exists(out + QStringLiteral("/train.jsonl")));
        QVERIFY(QFile::exists(out + QStringLiteral("/README.md")));
        QVERIFY(dialog.validationText().contains(QLatin1String("not written")));
    }

    void refusalIsShownAndCancelLeavesNothing()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 id = ExportFixture::addPair(*store, {QStringLiteral("q"), QStringLiteral("a")});
        ExportFixture::addDetection(*store, std::nullopt, ExportFixture::turnId(*store, id, 0), QStringLiteral("NAME"),
                                    QStringLiteral("q"));
        ExportDialog dialog(store.get());
        QVERIFY(dialog.validationText().contains(QLatin1String("pending")));
        dialog.setOutputDir(dir.path(QStringLiteral("out")));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("pending")));
        QVERIFY(!QFileInfo::exists(dir.path(QStringLiteral("out"))));

        // A big export cancelled right away: nothing is left behind.
        ExportFixture::generate(*store, 20000, 100); // ids continue after the first pair
        dialog.findChild<QCheckBox*>(QStringLiteral("allowPending"))->setChecked(true);
        finished.clear();
        dialog.startExport();
        dialog.cancelExport();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(!QFileInfo::exists(dir.path(QStringLiteral("out"))));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral(".*quarry-export*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }
};

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
