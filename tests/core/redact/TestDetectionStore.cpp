#include "TestDir.h"
#include "redact/DetectionStore.h"
#include "redact/Redactor.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace quarry;

namespace {

qint64 addDocument(ProjectStore& store, const QString& name, const QStringList& pages)
{
    Statement doc =
        store.db().prepare(QStringLiteral("INSERT INTO documents(name, source_path, sha256, size_bytes, "
                                          "kind, status, page_count, ingested_at, updated_at) "
                                          "VALUES (?, ?, ?, 0, 'text', 'ok', ?, 't', 't')"));
    doc.bindAll(name, QStringLiteral("/in/") + name, QStringLiteral("sha-") + name, qint64(pages.size()));
    doc.run();
    const qint64 id = store.db().lastInsertId();
    for (int i = 0; i < pages.size(); ++i) {
        Statement p = store.db().prepare(
            QStringLiteral("INSERT INTO pages(document_id, page_no, method, text) VALUES (?, ?, 'text', ?)"));
        p.bindAll(id, qint64(i + 1), pages.at(i));
        p.run();
    }
    return id;
}

qint64 pageId(ProjectStore& store, qint64 doc, int pageNo)
{
    Statement st =
        store.db().prepare(QStringLiteral("SELECT id FROM pages WHERE document_id = ? AND page_no = ?"));
    st.bindAll(doc, qint64(pageNo));
    st.step();
    return st.int64(0);
}

const QString kPage1 =
    QStringLiteral("담당 홍길동님 연락처 010-1234-5678, 메일 hong@example.com. 홍길동님께 전달.");
const QString kPage2 = QStringLiteral("대표번호 02-123-4567 고객 김철수 과장 010-9999-8888");

} // namespace

class TestDetectionStore : public QObject
{
    Q_OBJECT
private slots:
    void scanDecideRescan()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        store->setActor(QStringLiteral("reviewer"));
        const qint64 doc = addDocument(*store, QStringLiteral("a.txt"), {kPage1, kPage2});
        const Scanner scanner(RuleSet::defaults());
        DetectionStore ds(*store);
        const ScanSummary first = ds.scanProject(scanner);
        QCOMPARE(first.pages, 2);
        QVERIFY(first.added >= 6);
        QCOMPARE(first.autoAccepted, 0);
        const auto all = ds.list();
        QCOMPARE(int(all.size()), first.added);
        for (const StoredDetection& d : all) {
            QCOMPARE(d.status, QStringLiteral("pending"));
            QCOMPARE(d.documentId, doc);
        }

        // Decisions.
        DetectionFilter phones;
        phones.type = QStringLiteral("PHONE");
        const auto ph = ds.list(phones);
        QCOMPARE(ph.size(), 3);
        ds.reject(ph.at(0).id);
        ds.accept(ph.at(1).id);
        const qint64 manual = ds.addManual(pageId(*store, doc, 2), 0, 4, QStringLiteral("ORG"));
        DetectionFilter emails;
        emails.type = QStringLiteral("EMAIL");
        ds.changeType(ds.list(emails).at(0).id, QStringLiteral("CONTACT"));

        // Every decision is audited with actor and old/new status, never the value itself.
        const auto audit = store->audit().entries(QStringLiteral("detection"), ph.at(0).id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actor, QStringLiteral("reviewer"));
        QCOMPARE(audit.first().action, QStringLiteral("reject"));
        QCOMPARE(audit.first().before.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(audit.first().after.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!QJsonDocument(audit.first().after).toJson().contains("010"));
        QCOMPARE(store->audit().entries(QStringLiteral("detection"), manual).first().action,
                 QStringLiteral("manual"));

        // Rescan keeps the decisions and ids.
        const auto before = ds.list();
        const ScanSummary again = ds.scanProject(scanner);
        QCOMPARE(again.added, 0);
        const auto after = ds.list();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(after[i].status, before[i].status);
            QCOMPARE(after[i].type, before[i].type);
        }

        // A correction moves the text: decided rows follow their value, pending ones are rescanned.
        Statement fix =
            store->db().prepare(QStringLiteral("UPDATE pages SET corrected_text = ? WHERE id = ?"));
        fix.bindAll(QStringLiteral("[정정] ") + kPage2, pageId(*store, doc, 2));
        fix.run();
        ds.scanProject(scanner);
        const auto moved = ds.get(ph.at(1).id);
        QVERIFY(moved);
        QCOMPARE(moved->status, QStringLiteral("accepted"));
        QCOMPARE(ds.pageText(moved->pageId).mid(moved->start, moved->end - moved->start), moved->value);
    }

    void autoAcceptAndBulk()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 doc = addDocument(*store, QStringLiteral("a.txt"), {kPage1, kPage1});
        const qint64 other =
            addDocument(*store, QStringLiteral("b.txt"), {kPage2 + QStringLiteral(" 010-1234-5678")});
        DetectionStore ds(*store);
        ds.setAutoAcceptThreshold(0.9);
        QCOMPARE(ds.autoAcceptThreshold(), std::optional<double>(0.9));
        const ScanSummary s = ds.scanProject(Scanner(RuleSet::defaults()));
        QVERIFY(s.autoAccepted > 0);
        for (const StoredDetection& d : ds.list())
            QCOMPARE(d.status, d.score >= 0.9 ? QStringLiteral("accepted") : QStringLiteral("pending"));
        QVERIFY_THROWS_EXCEPTION(Error, ds.setAutoAcceptThreshold(1.5));

        // Reject one value everywhere, in any writing.
        const int rejected = ds.rejectValueEverywhere(QStringLiteral("010 1234 5678"));
        QCOMPARE(rejected, 3);
        DetectionFilter rej;
        rej.statuses = {QStringLiteral("rejected")};
        QCOMPARE(ds.list(rej).size(), 3);

        // Accept all of a type in one document only.
        const int accepted = ds.acceptAllOfType(doc, QStringLiteral("PERSON"));
        QVERIFY(accepted >= 0);
        DetectionFilter persons;
        persons.type = QStringLiteral("PERSON");
        for (const StoredDetection& d : ds.list(persons))
            if (d.documentId == doc)
                QCOMPARE(d.status, QStringLiteral("accepted"));
        Q_UNUSED(other);
    }

    void operatorsAndPseudonyms()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("p.quarry"));
        QString redacted1;
        {
            auto store = ProjectStore::create(path);
            const qint64 doc = addDocument(*store, QStringLiteral("a.txt"), {kPage1});
            DetectionStore ds(*store);
            ds.scanProject(Scanner(RuleSet::defaults()));
            Redactor r(*store);
            redacted1 = r.redactedPageText(pageId(*store, doc, 1));
            // Both mentions of 홍길동 are the same pseudonym; the phone is a placeholder.
            QCOMPARE(redacted1,
                     QStringLiteral("담당 [PERSON_1]님 연락처 [PHONE], 메일 [EMAIL]. [PERSON_1]님께 전달."));
            // The original is untouched.
            QCOMPARE(ds.pageText(pageId(*store, doc, 1)), kPage1);
            // The secret is not in the audit log.
            for (const AuditEntry& e : store->audit().entries(QStringLiteral("setting")))
                QVERIFY(!e.after.contains(QStringLiteral("value")) ||
                        e.after.value(QStringLiteral("key")).toString() != QStringLiteral("redact.secret"));
            // Keyed, not a plain hash: value_key is not SHA-256 of the value.
            Statement st = store->db().prepare(QStringLiteral("SELECT value_key FROM pseudonyms"));
            QVERIFY(st.step());
            QVERIFY(st.text(0) !=
                    QString::fromLatin1(QCryptographicHash::hash(QStringLiteral("홍길동").toUtf8(),
                                                                 QCryptographicHash::Sha256)
                                            .toHex()));
            QCOMPARE(r.pseudonymNumber(QStringLiteral("PERSON"), QStringLiteral("김철수")), 2);
        }
        {
            // After reopening: same numbers.
            auto store = ProjectStore::open(path);
            Redactor r(*store);
            QCOMPARE(r.pseudonymNumber(QStringLiteral("PERSON"), QStringLiteral("홍길동")), 1);
            QCOMPARE(r.pseudonymNumber(QStringLiteral("PERSON"), QStringLiteral("김철수")), 2);
            QCOMPARE(r.pseudonymNumber(QStringLiteral("PERSON"), QStringLiteral("이영희")), 3);
            QCOMPARE(r.redactedPageText(1), redacted1);
            // Operators per type.
            r.setOperator(QStringLiteral("PHONE"), Redactor::Operator::Mask);
            r.setOperator(QStringLiteral("EMAIL"), Redactor::Operator::Surrogate);
            const QString text = r.redactedPageText(1);
            QVERIFY2(text.contains(QStringLiteral("010-****-5678")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("hong@example.com")));
            QVERIFY(text.contains(QStringLiteral("@example.com")));
            // Rejected detections are not replaced; with redact_pending off only decided ones are.
            DetectionStore ds(*store);
            DetectionFilter f;
            f.type = QStringLiteral("PHONE");
            ds.reject(ds.list(f).first().id);
            QVERIFY(r.redactedPageText(1).contains(QStringLiteral("010-1234-5678")));
            r.setRedactPending(false);
            QCOMPARE(r.redactedPageText(1), kPage1);
            r.setRedactPending(true);
            // A correction after the scan moves the values: the decisions still apply.
            Statement fix =
                store->db().prepare(QStringLiteral("UPDATE pages SET corrected_text = ? WHERE id = 1"));
            fix.bind(1, QStringLiteral("[정정] ") + kPage1);
            fix.run();
            const QString moved = r.redactedPageText(1);
            QVERIFY2(!moved.contains(QStringLiteral("홍길동")) && !moved.contains(QStringLiteral("hong@")),
                     qPrintable(moved));
        }
    }

    void maskAndSurrogates()
    {
        QCOMPARE(Redactor::mask(QStringLiteral("010-1234-5678")), QStringLiteral("010-****-5678"));
        QCOMPARE(Redactor::mask(QStringLiteral("01012345678")), QStringLiteral("010****5678"));
        QCOMPARE(Redactor::mask(QStringLiteral("850101-1234567")), QStringLiteral("850101-1******"));
        QCOMPARE(Redactor::mask(QStringLiteral("hong@example.com")), QStringLiteral("h***@example.com"));
        QCOMPARE(Redactor::mask(QStringLiteral("홍길동")), QStringLiteral("홍*동"));
        QCOMPARE(Redactor::mask(QStringLiteral("John Smith")), QStringLiteral("J*** S****"));
        const QByteArray seed = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        const Scanner scanner(RuleSet::defaults());
        // Surrogates are well-formed: the scanner recognises them as the same type.
        const QList<QPair<QString, QString>> cases = {
            {QStringLiteral("RRN"), QStringLiteral("850101-1234566")},
            {QStringLiteral("CARD"), QStringLiteral("4111 1111 1111 1111")},
            {QStringLiteral("PHONE"), QStringLiteral("010-1234-5678")},
            {QStringLiteral("EMAIL"), QStringLiteral("hong@example.com")},
            {QStringLiteral("IBAN"), QStringLiteral("DE89 3704 0044 0532 0130 00")},
            {QStringLiteral("BRN"), QStringLiteral("123-45-67891")},
        };
        for (const auto& [type, value] : cases) {
            const QString fake = Redactor::surrogate(type, value, seed);
            QVERIFY2(fake != value, qPrintable(fake));
            QCOMPARE(Redactor::surrogate(type, value, seed), fake); // stable
            const auto d = scanner.scan(fake);
            QVERIFY2(d.size() == 1 && d.first().type == type && d.first().text == fake,
                     qPrintable(type + QLatin1Char(' ') + fake));
        }
        const QString name = Redactor::surrogate(QStringLiteral("PERSON"), QStringLiteral("홍길동"), seed);
        QCOMPARE(name.size(), 3);
        for (QChar c : name)
            QVERIFY(c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3);
        QVERIFY(Redactor::surrogate(QStringLiteral("PERSON"), QStringLiteral("John Smith"), seed)
                    .contains(QLatin1Char(' ')));
    }

    // On OCR pages, words Tesseract was unsure of that hold digits after a context word (or an '@')
    // are flagged for review, with the context word's type, even where no recognizer matches.
    void uncertainOcrWords()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        // As the ingest writes an OCR page: the text, and each word with its box, confidence and
        // offsets into the text.
        const QString text = QString::fromUtf8(
            "신한은행 계좌 1l0-2#4-5?789O (예금주: 한빛) 메일 00l054.1110(@26x317 ㅁ 016.00.10[) "
            "수량 12O개, 코드 77-1O");
        const qint64 doc = addDocument(*store, QStringLiteral("scan.png"), {text});
        const qint64 page = pageId(*store, doc, 1);
        store->db().exec(QStringLiteral("UPDATE pages SET method = 'ocr' WHERE id = %1").arg(page));
        Statement word = store->db().prepare(QStringLiteral(
            "INSERT INTO ocr_words(page_id, seq, text, x, y, w, h, confidence, text_start, text_end) "
            "VALUES (?, ?, ?, 0, 0, 10, 10, ?, ?, ?)"));
        int seq = 0;
        for (qsizetype from = 0; from < text.size();) {
            while (from < text.size() && text.at(from) == QLatin1Char(' '))
                ++from;
            qsizetype to = from;
            while (to < text.size() && text.at(to) != QLatin1Char(' '))
                ++to;
            if (to == from)
                break;
            const QString w = text.mid(from, to - from);
            // Uncertain: the account, the address and what follows it, the quantity; sure: the rest.
            const bool low = w.startsWith(QLatin1String("1l0")) || w.contains(QLatin1Char('@')) ||
                             w == QString::fromUtf8("ㅁ") || w.startsWith(QLatin1String("016")) ||
                             w.startsWith(QLatin1String("12O"));
            word.reset();
            word.bindAll(page, qint64(seq++), w, low ? 30.0 : 91.0, qint64(from), qint64(to));
            word.run();
            from = to;
        }
        const Scanner scanner(RuleSet::defaults());
        DetectionStore ds(*store);
        ds.setAutoAcceptThreshold(0.95);
        ds.scanProject(scanner);
        QStringList got;
        for (const StoredDetection& d : ds.list())
            if (d.rule == QLatin1String("ocr_uncertain")) {
                got << d.type + QLatin1Char(':') + d.value;
                QCOMPARE(d.status, QStringLiteral("pending")); // for review, not accepted
                QCOMPARE(text.mid(d.start, d.end - d.start), d.value);
            }
        // No recognizer reads the account's word; the quantity has no context word before it.
        QCOMPARE(got, QStringList({QStringLiteral("ACCOUNT:1l0-2#4-5?789O"),
                                   QString::fromUtf8("EMAIL:00l054.1110(@26x317 ㅁ 016.00.10[)")}));
        const QString redacted = Redactor(*store).redactedPageText(page);
        QVERIFY2(!redacted.contains(QLatin1String("2#4")) && !redacted.contains(QLatin1String("016.00")),
                 qPrintable(redacted));

        // A corrected page is scanned as corrected: the words no longer point into its text.
        store->db().exec(QStringLiteral("UPDATE pages SET corrected_text = text WHERE id = %1").arg(page));
        ds.scanProject(scanner);
        for (const StoredDetection& d : ds.list())
            QVERIFY(d.rule != QLatin1String("ocr_uncertain") || d.status != QLatin1String("pending"));
        // Switched off with its rule.
        store->db().exec(QStringLiteral("UPDATE pages SET corrected_text = NULL WHERE id = %1").arg(page));
        RuleSet off = RuleSet::defaults();
        off.setEnabled(QStringLiteral("ocr_uncertain"), false);
        ds.scanProject(Scanner(off));
        for (const StoredDetection& d : ds.list())
            QVERIFY(d.rule != QLatin1String("ocr_uncertain") || d.status != QLatin1String("pending"));
    }

    void errors()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("p.quarry")));
        DetectionStore ds(*store);
        QVERIFY_THROWS_EXCEPTION(Error, ds.pageText(42));
        QVERIFY_THROWS_EXCEPTION(Error, ds.accept(42));
        const qint64 doc = addDocument(*store, QStringLiteral("a.txt"), {QStringLiteral("short")});
        QVERIFY_THROWS_EXCEPTION(Error, ds.addManual(pageId(*store, doc, 1), 2, 99, QStringLiteral("X")));
        QVERIFY_THROWS_EXCEPTION(Error, ds.setStatus(1, QStringLiteral("maybe")));
    }
};

QTEST_GUILESS_MAIN(TestDetectionStore)
#include "TestDetectionStore.moc"
