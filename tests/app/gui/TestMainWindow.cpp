#include "AboutDialog.h"
#include "AppSettings.h"
#include "DocumentListModel.h"
#include "DocumentListView.h"
#include "DocumentView.h"
#include "IngestController.h"
#include "MainWindow.h"
#include "PageTextView.h"
#include "ProjectBuilder.h"
#include "TestDir.h"
#include "Translations.h"
#include "curation/Chunker.h"
#include "curation/PairEditor.h"
#include "demo/DemoProject.h"
#include "export/ExportDialog.h"
#include "redact/DetectionStore.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace quarry;
using namespace quarry::gui;

class TestMainWindow : public QObject
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

    void opensAProjectAndShowsItsDocuments()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("plant.quarry"));
        {
            auto store = ProjectStore::create(path);
            test::ProjectBuilder build(store->db());
            test::ProjectBuilder::Document manual;
            manual.name = QStringLiteral("manual.pdf");
            manual.kind = QStringLiteral("pdf");
            manual.pages = {QStringLiteral("첫 페이지 first page"), QStringLiteral("second page")};
            build.addDocument(manual);
            test::ProjectBuilder::Document broken;
            broken.name = QStringLiteral("broken.pdf");
            broken.kind = QStringLiteral("pdf");
            broken.status = QStringLiteral("failed");
            broken.error = QStringLiteral("the file is damaged");
            build.addDocument(broken);
        }
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        w.show();
        QVERIFY(w.openProject(path));
        QVERIFY(w.windowTitle().contains(QLatin1String("plant.quarry")));
        QVERIFY(!w.windowTitle().contains(QLatin1String("read-only")));
        QCOMPARE(settings.recentProjects().value(0), QFileInfo(path).absoluteFilePath());

        DocumentListModel* model = w.documentList()->model();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex broken = model->index(0, DocumentListModel::Status);
        QCOMPARE(broken.data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model->index(0, DocumentListModel::Error).data().toString(),
                 QStringLiteral("the file is damaged"));

        w.documentView()->showDocument(1);
        QCOMPARE(w.documentView()->pageText(), QStringLiteral("첫 페이지 first page"));
        w.documentView()->showPage(2);
        QCOMPARE(w.documentView()->pageText(), QStringLiteral("second page"));

        w.closeProject();
        QVERIFY(!w.project());
        QCOMPARE(w.windowTitle(), QStringLiteral("Quarry"));
    }

    void badFileGivesAnErrorNotACrash()
    {
        test::TestDir dir;
        const QString path = dir.write(QStringLiteral("notes.quarry"), "just text");
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        QVERIFY(!w.openProject(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QLatin1String("not a Quarry project")));
        QVERIFY(!w.project());
    }

    void projectInUseOpensReadOnly()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("shared.quarry"));
        ProjectStore::create(path);
        QProcess holder;
        holder.start(QStringLiteral(STORE_HOLDER), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.openProject(path));
        QVERIFY(w.project()->isReadOnly());
        QVERIFY(w.windowTitle().contains(QLatin1String("[read-only]")));
        w.closeProject();
        holder.kill();
        holder.waitForFinished();
    }

    void dropOpensAProject()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("dropped.quarry"));
        ProjectStore::create(path);
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy errors(&w, &MainWindow::errorOccurred);
        // As a real drag does: enter first (which the window must accept), then drop.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY2(w.project(), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(w.project()->path(), path);
    }

    void addingDocumentsRunsInTheBackground()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("ingest.quarry"));
        const QString text =
            dir.write(QStringLiteral("docs/notice.txt"),
                      QStringLiteral("설비 점검 안내\n\n작업 전에 유압을 확인한다.\n").toUtf8());
        dir.write(QStringLiteral("docs/readme.md"), "# Title\n\nSome *markdown* text.\n");
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(path));
        QSignalSpy finished(w.ingest(), &IngestController::finished);
        w.addDocuments({QFileInfo(text).absolutePath()});
        QVERIFY(w.ingest()->isRunning() || finished.size() == 1);
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.documentList()->model()->rowCount(), 2);
        QCOMPARE(w.documentList()->model()->index(0, DocumentListModel::Status).data().toString(),
                 QStringLiteral("OK"));
        // The notice's page shows its text exactly (cleaned: the trailing newline goes).
        qint64 id = 0;
        for (int r = 0; r < 2; ++r) {
            const QModelIndex name = w.documentList()->model()->index(r, DocumentListModel::Name);
            if (name.data().toString() == QLatin1String("notice.txt"))
                id = name.data(DocumentListModel::DocumentIdRole).toLongLong();
        }
        QVERIFY(id > 0);
        w.documentView()->showDocument(id);
        QCOMPARE(w.documentView()->pageText(),
                 QStringLiteral("설비 점검 안내\n\n작업 전에 유압을 확인한다."));
    }

    // The password prompt is for files whose ingest failed for want of a password (the error
    // kind), not for any failed PDF whose message happens to contain the word.
    void passwordPromptFollowsTheErrorKind()
    {
        test::TestDir dir;
        // Written first: it makes the folder the fixture (pdf.js's RC4 file, password "abc") goes to.
        // A PDF header over nothing: the worker refuses it with a message naming the file, so the
        // word "password" is in the message of a file that needs none.
        dir.write(QStringLiteral("docs/password-list.pdf"), "%PDF-1.4\nnothing else\n");
        QVERIFY(QFile::copy(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../data/pdf/issue6010_1.pdf"),
                            dir.path(QStringLiteral("docs/locked.pdf"))));
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("p.quarry"))));
        QSignalSpy finished(w.ingest(), &IngestController::finished);
        w.addDocuments({dir.path(QStringLiteral("docs"))});
        QVERIFY(finished.wait(60000));
        const QStringList needPassword = finished.at(0).at(1).toStringList();
        QCOMPARE(needPassword.size(), 1);
        QVERIFY2(needPassword.first().endsWith(QLatin1String("locked.pdf")),
                 qPrintable(needPassword.join(u' ')));
        QCOMPARE(w.documentList()->model()->rowCount(), 2);
        const QString refused = w.project()->db().queryText(
            QStringLiteral("SELECT error FROM documents WHERE name = 'password-list.pdf'"));
        QVERIFY2(refused.contains(QLatin1String("password")), qPrintable(refused));
    }

    void documentToPairJourneyOnTheDemo()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("demo.quarry"));
        DemoProject::build(path, DemoProject::findSamples());
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.openProject(path));
        Database& db = w.project()->db();
        const qint64 manual = db.queryInt(QStringLiteral("SELECT id FROM documents WHERE kind = 'pdf'"));

        // Decide a pending detection from the document view's marks.
        w.documentView()->showDocument(manual);
        QVERIFY(!w.documentView()->showsRedacted());
        qint64 pending = 0;
        for (const PageTextView::Mark& m : w.documentView()->textView()->marks())
            if (m.detectionId && m.status == QLatin1String("pending"))
                pending = m.detectionId;
        if (!pending) {
            w.documentView()->showPage(2);
            for (const PageTextView::Mark& m : w.documentView()->textView()->marks())
                if (m.detectionId && m.status == QLatin1String("pending"))
                    pending = m.detectionId;
        }
        QVERIFY(pending);
        emit w.documentView()->textView()->detectionDecided(pending, QStringLiteral("accepted"));
        QCOMPARE(db.queryText(QStringLiteral("SELECT status FROM detections WHERE id = %1").arg(pending)),
                 QStringLiteral("accepted"));

        // A selection of the redacted text becomes a pair linked to its passage; undo removes it.
        w.documentView()->showDocument(manual);
        w.documentView()->setShowRedacted(true);
        const QString page = w.documentView()->pageText();
        const QString selection = QStringLiteral("Lubricate the guide rails");
        QVERIFY2(page.contains(selection), qPrintable(page));
        const qint64 before = db.queryInt(QStringLiteral("SELECT count(*) FROM pairs"));
        const qint64 id = w.newPairFromSelection(manual, 1, selection);
        QVERIFY(id > 0);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs")), before + 1);
        QCOMPARE(w.pairEditor()->pairId(), id);
        QCOMPARE(w.pairEditor()->currentPair().context, selection);
        QVERIFY(db.queryInt(
                    QStringLiteral("SELECT passage_id FROM pair_sources WHERE pair_id = %1").arg(id)) > 0);

        // Show Source jumps back to the span in the redacted text.
        w.documentView()->showDocument(
            db.queryInt(QStringLiteral("SELECT id FROM documents WHERE kind = 'docx'")));
        QVERIFY(w.showSourceOfCurrentPair());
        QCOMPARE(w.documentView()->documentId(), manual);
        QVERIFY(w.documentView()->showsRedacted());
        QCOMPARE(w.documentView()->textView()->textCursor().selectedText(), selection);

        w.undoStack()->undo();
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs")), before);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs WHERE id = %1").arg(id)), 0);
        w.undoStack()->redo();
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM pairs")), before + 1);
        // The same pair again: its id, the selection as context, its source.
        QCOMPARE(db.queryText(QStringLiteral("SELECT context FROM pairs WHERE id = %1").arg(id)), selection);
        QVERIFY(db.queryInt(
                    QStringLiteral("SELECT passage_id FROM pair_sources WHERE pair_id = %1").arg(id)) > 0);
        QVERIFY(w.project()->check().ok());
    }

    void wholeJourneyFromPdfToExport()
    {
        test::TestDir dir;
        // A real PDF with a text layer and personal data, written here.
        const QString pdf = dir.path(QStringLiteral("docs/pump-manual.pdf"));
        QDir().mkpath(dir.path(QStringLiteral("docs")));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(300);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
            painter.drawText(
                QRect(200, 200, 2000, 1200), Qt::TextWordWrap,
                QStringLiteral("Pump maintenance. Check the seal pressure every Monday before the "
                               "first shift. Report leaks to the supervisor at 010-2345-6789."));
        }
        AppSettings settings;
        MainWindow w(settings);
        w.setInteractive(false);
        QVERIFY(w.newProject(dir.path(QStringLiteral("journey.quarry"))));
        QSignalSpy ingested(w.ingest(), &IngestController::finished);
        w.addDocuments({pdf});
        QVERIFY(ingested.wait(120000));
        Database& db = w.project()->db();
        QCOMPARE(db.queryText(QStringLiteral("SELECT status FROM documents")), QStringLiteral("ok"));
        const qint64 doc = db.queryInt(QStringLiteral("SELECT id FROM documents"));

        // Find personal data and accept it from the document view.
        DetectionStore(*w.project()).scanProject(Scanner(RuleSet::loadProject(db)));
        w.documentView()->showDocument(doc);
        qint64 phone = 0;
        for (const PageTextView::Mark& m : w.documentView()->textView()->marks())
            if (m.detectionId && m.type == QLatin1String("PHONE"))
                phone = m.detectionId;
        QVERIFY(phone);
        emit w.documentView()->textView()->detectionDecided(phone, QStringLiteral("accepted"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM detections WHERE status = 'pending'")), 0);
        Chunker().chunkAll(db, w.project()->actor());

        // A pair from a selection of the redacted text, written and approved.
        w.documentView()->setShowRedacted(true);
        QVERIFY(!w.documentView()->pageText().contains(QLatin1String("010-2345-6789")));
        const QString selection = QStringLiteral("Check the seal pressure every Monday");
        QVERIFY(w.documentView()->pageText().contains(selection));
        const qint64 id = w.newPairFromSelection(doc, 1, selection);
        QVERIFY(id);
        w.pairEditor()->turnEdit(0)->setPlainText(
            QStringLiteral("How often is the pump seal pressure checked?"));
        w.pairEditor()->turnEdit(1)->setPlainText(QStringLiteral("Every Monday, before the first shift."));
        w.pairEditor()->statusBox()->setCurrentIndex(
            w.pairEditor()->statusBox()->findData(int(Pair::Status::Approved)));
        w.pairEditor()->saveNow();
        QCOMPARE(db.queryText(QStringLiteral("SELECT status FROM pairs WHERE id = %1").arg(id)),
                 QStringLiteral("approved"));

        // Export through the dialog and read the file a fine-tuning tool would load.
        ExportDialog dialog(w.project(), &w);
        const QString out = dir.path(QStringLiteral("dataset"));
        dialog.setOutputDir(out);
        QSignalSpy exported(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
        QString lines;
        for (const QString& name : QDir(out).entryList({QStringLiteral("*.jsonl")})) {
            QFile f(QDir(out).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            lines += QString::fromUtf8(f.readAll());
        }
        QCOMPARE(lines.count(QLatin1Char('\n')), 1);
        const QJsonObject record = QJsonDocument::fromJson(lines.trimmed().toUtf8()).object();
        const QJsonArray messages = record.value(QStringLiteral("messages")).toArray();
        QVERIFY(messages.size() >= 2);
        QCOMPARE(messages.last().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(messages.last().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Every Monday, before the first shift."));
        QVERIFY(!lines.contains(QLatin1String("010-2345-6789")));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("README.md"))));
    }

    void aboutShowsComponentVersions()
    {
        const QStringList versions = AboutDialog::componentVersions();
        QCOMPARE(versions.size(), 4);
        QVERIFY(versions.at(0).startsWith(QLatin1String("Qt 6.")));
        QVERIFY(versions.at(1).startsWith(QLatin1String("Poppler 2")));
        QVERIFY(versions.at(2).startsWith(QLatin1String("Tesseract 5")));
        QVERIFY(versions.at(3).startsWith(QLatin1String("SQLite 3.")));
    }

    void koreanTranslationIsApplied()
    {
        Translations::install(QStringLiteral("ko"));
        {
            AppSettings settings;
            MainWindow w(settings);
            QStringList menus;
            for (QAction* a : w.menuBar()->actions())
                menus << a->text();
            QVERIFY2(menus.contains(QStringLiteral("프로젝트(&P)")),
                     qPrintable(menus.join(QLatin1Char(','))));
            QCOMPARE(DocumentListModel::statusLabel(DocumentStatus::Failed), QStringLiteral("실패"));
            // Qt's own strings come from qtbase's Korean catalogue.
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("취소"));
        }
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
