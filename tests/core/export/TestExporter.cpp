#include "ExportFixture.h"
#include "TestDir.h"
#include "Version.h"
#include "export/AtomicExportDir.h"
#include "export/Exporter.h"
#include "export/FinalScan.h"
#include "export/Importer.h"
#include "export/RecordFormats.h"
#include "export/Sha256.h"
#include "export/SplitMix64.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <functional>

using namespace quarry;
using test::ExportFixture;

namespace {

const QString kTricky = QStringLiteral("\"따옴표\" \\ / \n\r\t\b\f") + QChar(0x01) + QChar(0x1f) +
                        QChar(0x7f) + QChar(0x2028) + QChar(0x2029) + QStringLiteral("😀 한국어");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QJsonObject> records(const QString& path)
{
    QList<QJsonObject> out;
    for (const QByteArray& line : readAll(path).split('\n'))
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

qint64 metadataId(const QJsonObject& r)
{
    return r.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("pair_id")).toInteger();
}

ExportOptions options(const QString& out, const QString& format = QStringLiteral("openai"))
{
    ExportOptions o;
    o.outDir = out;
    o.format = format;
    return o;
}

// Nothing but the target (or nothing at all) may be left next to it.
QStringList leftovers(const QString& parent)
{
    return QDir(parent).entryList({QStringLiteral(".*quarry-export*")}, QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void sha256MatchesQt()
    {
        SplitMix64 rng(1);
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data.append(char(rng.next()));
        for (qsizetype len : {0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 299999}) {
            Sha256 one;
            one.addData(QByteArrayView(data.constData(), len));
            QCOMPARE(one.result(), QCryptographicHash::hash(QByteArrayView(data.constData(), len),
                                                            QCryptographicHash::Sha256));
            // Fed in uneven pieces.
            Sha256 pieces;
            for (qsizetype at = 0; at < len; at += 37)
                pieces.addData(QByteArrayView(data.constData() + at, std::min<qsizetype>(37, len - at)));
            QCOMPARE(pieces.result(), QCryptographicHash::hash(QByteArrayView(data.constData(), len),
                                                               QCryptographicHash::Sha256));
        }
        qInfo("SHA extensions used: %s", Sha256::accelerated() ? "yes" : "no");
    }

    void writesFilesCardAndRecord()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 doc = ExportFixture::addDocument(*store, QStringLiteral("계약서.pdf"));
        for (int i = 0; i < 10; ++i)
            ExportFixture::addPair(*store, {QStringLiteral("질문 %1").arg(i), QStringLiteral("답 %1").arg(i)},
                                   Pair::Status::Approved, {QStringLiteral("법률")},
                                   i < 5 ? std::optional(doc) : std::nullopt);
        ExportFixture::addPair(*store, {QStringLiteral("draft q"), QStringLiteral("draft a")},
                               Pair::Status::Draft);
        ExportFixture::addDetection(
            *store, std::nullopt,
            ExportFixture::turnId(*store,
                                  ExportFixture::addPair(*store, {QStringLiteral("r"), QStringLiteral("s")},
                                                         Pair::Status::Rejected),
                                  0),
            QStringLiteral("PHONE"), QStringLiteral("010"), QStringLiteral("accepted"));

        const QString out = dir.path(QStringLiteral("out"));
        ExportOptions o = options(out, QStringLiteral("sharegpt"));
        o.finalScan = false;
        const ExportReport r = Exporter(*store, o).run();
        QCOMPARE(r.selected, 10);
        QCOMPARE(r.written, 10);
        QCOMPARE(r.splitCounts.size(), 2);
        QCOMPARE(r.splitCounts[0] + r.splitCounts[1], 10);
        const QStringList files = QDir(out).entryList(QDir::Files);
        QCOMPARE(QSet<QString>(files.begin(), files.end()),
                 (QSet<QString>{QStringLiteral("train.jsonl"), QStringLiteral("validation.jsonl"),
                                QStringLiteral("dataset_info.json"), QStringLiteral("README.md"),
                                QStringLiteral("export_report.json")}));
        QVERIFY(leftovers(dir.path()).isEmpty());
        const QJsonObject info =
            QJsonDocument::fromJson(readAll(out + QStringLiteral("/dataset_info.json"))).object();
        QCOMPARE(info.value(QStringLiteral("quarry_train"))
                     .toObject()
                     .value(QStringLiteral("formatting"))
                     .toString(),
                 QStringLiteral("sharegpt"));
        QCOMPARE(info.value(QStringLiteral("quarry_train"))
                     .toObject()
                     .value(QStringLiteral("file_name"))
                     .toString(),
                 QStringLiteral("train.jsonl"));
        const QString card = QString::fromUtf8(readAll(out + QStringLiteral("/README.md")));
        QVERIFY(card.contains(QStringLiteral(QUARRY_VERSION)));
        QVERIFY(card.contains(r.projectSha256));
        QCOMPARE(r.projectSha256.size(), 64);
        QVERIFY(card.contains(QStringLiteral("계약서.pdf")));
        QVERIFY(card.contains(QStringLiteral("| 법률 |")));
        QVERIFY(card.contains(QStringLiteral("| PHONE | accepted | 1 |")));
        QVERIFY(card.contains(QStringLiteral("All detections reviewed: yes")));
        QVERIFY(card.contains(QStringLiteral("\"seed\": \"42\"")));
        QVERIFY(card.contains(QLatin1String("#")));
        QCOMPARE(
            store->db().queryInt(QStringLiteral("SELECT count(*) FROM exports WHERE format = 'sharegpt'")),
            1);
        QCOMPARE(store->audit().entries(QStringLiteral("export")).size(), 1);
        // Document grouping: the five pairs of the document are in one split.
        int withDoc[2] = {0, 0};
        const QStringList names{QStringLiteral("train"), QStringLiteral("validation")};
        for (int s = 0; s < 2; ++s)
            for (const QJsonObject& rec : records(out + QStringLiteral("/%1.jsonl").arg(names[s])))
                if (rec.value(QStringLiteral("conversations"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("value"))
                        .toString()
                        .contains(QRegularExpression(QStringLiteral("질문 [0-4]$"))))
                    ++withDoc[s];
        QVERIFY((withDoc[0] == 5 && withDoc[1] == 0) || (withDoc[0] == 0 && withDoc[1] == 5));
    }

    void sameSeedSameBytes()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        for (int d = 0; d < 8; ++d) {
            const qint64 doc = ExportFixture::addDocument(*store, QStringLiteral("d%1").arg(d));
            for (int i = 0; i < 4; ++i)
                ExportFixture::addPair(*store, {QStringLiteral("q%1-%2").arg(d).arg(i), QStringLiteral("a")},
                                       Pair::Status::Approved, {}, doc);
        }
        for (int i = 0; i < 20; ++i)
            ExportFixture::addPair(*store, {QStringLiteral("loose %1").arg(i), QStringLiteral("a")});
        QByteArray first[3];
        for (int run = 0; run < 3; ++run) {
            ExportOptions o = options(dir.path(QStringLiteral("out%1").arg(run)));
            o.splitRatios = {0.6, 0.2, 0.2};
            o.seed = run == 2 ? 7 : 1234;
            o.record.includePairId = true;
            Exporter(*store, o).run();
            for (const char* f : {"train", "validation", "test"})
                first[run] += readAll(o.outDir + QStringLiteral("/%1.jsonl").arg(QLatin1String(f))) + "|";
        }
        QCOMPARE(first[0], first[1]);
        QVERIFY(first[0] != first[2]);

        // No document feeds two splits; pairs within a split are in id order.
        const QString out = dir.path(QStringLiteral("out0"));
        QHash<qint64, int> splitOfPair;
        int s = 0;
        for (const char* f : {"train", "validation", "test"}) {
            qint64 last = 0;
            for (const QJsonObject& rec : records(out + QStringLiteral("/%1.jsonl").arg(QLatin1String(f)))) {
                const qint64 id = metadataId(rec);
                QVERIFY(id > last);
                last = id;
                splitOfPair.insert(id, s);
            }
            ++s;
        }
        QCOMPARE(splitOfPair.size(), 52);
        for (int d = 0; d < 8; ++d)
            for (int i = 1; i < 4; ++i)
                QCOMPARE(splitOfPair.value(d * 4 + 1 + i), splitOfPair.value(d * 4 + 1));
        QList<int> sizes(3, 0);
        for (int v : splitOfPair)
            ++sizes[v];
        QVERIFY2(sizes[0] >= 26 && sizes[1] >= 6 && sizes[2] >= 6,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(sizes[0]).arg(sizes[1]).arg(sizes[2])));
    }

    void stratifiesByTag()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        for (int i = 0; i < 80; ++i)
            ExportFixture::addPair(*store, {QStringLiteral("a%1").arg(i), QStringLiteral("x")},
                                   Pair::Status::Approved, {QStringLiteral("common")});
        for (int i = 0; i < 20; ++i)
            ExportFixture::addPair(*store, {QStringLiteral("b%1").arg(i), QStringLiteral("x")},
                                   Pair::Status::Approved, {QStringLiteral("rare")});
        ExportOptions o = options(dir.path(QStringLiteral("out")));
        o.splitRatios = {0.8, 0.2};
        o.stratifyByTag = true;
        o.record.includeTags = true;
        Exporter(*store, o).run();
        int rare = 0, common = 0;
        for (const QJsonObject& rec : records(o.outDir + QStringLiteral("/validation.jsonl"))) {
            const QString tag = rec.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("tags"))
                                    .toArray()
                                    .at(0)
                                    .toString();
            (tag == QLatin1String("rare") ? rare : common)++;
        }
        QCOMPARE(rare, 4);
        QCOMPARE(common, 16);
    }

    void refusesPendingPiiUnlessOverridden()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 doc = ExportFixture::addDocument(*store, QStringLiteral("d"));
        const qint64 page = ExportFixture::addPage(*store, doc, 2, QStringLiteral("홍길동 010-1234-5678"));
        const qint64 passage = ExportFixture::addPassage(*store, doc, 0, 1, 3, QStringLiteral("text"));
        const qint64 fromPassage = ExportFixture::addPair(*store, {QStringLiteral("q"), QStringLiteral("a")},
                                                          Pair::Status::Approved, {}, std::nullopt, passage);
        const qint64 typed =
            ExportFixture::addPair(*store, {QStringLiteral("전화 010-9999-0000"), QStringLiteral("a")});
        ExportFixture::addPair(*store, {QStringLiteral("clean"), QStringLiteral("a")});
        ExportFixture::addDetection(*store, page, std::nullopt, QStringLiteral("PHONE"),
                                    QStringLiteral("010-1234-5678"));
        ExportFixture::addDetection(*store, std::nullopt, ExportFixture::turnId(*store, typed, 0),
                                    QStringLiteral("PHONE"), QStringLiteral("010-9999-0000"));

        const QString out = dir.path(QStringLiteral("out"));
        ExportOptions o = options(out);
        o.finalScan = false;
        Exporter refused(*store, o);
        try {
            refused.run();
            QFAIL("export ran although pending detections touch exported pairs");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QLatin1String("pending")));
            QVERIFY(e.message().contains(QString::number(typed)));
        }
        QCOMPARE(refused.report().pendingPii.size(), 2);
        QVERIFY(refused.report().pendingPii.contains(fromPassage));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers(dir.path()).isEmpty());
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM exports")), 0);

        o.allowPendingPii = true;
        const ExportReport r = Exporter(*store, o).run();
        QVERIFY(r.piiOverride);
        QCOMPARE(r.written, 3);
        QVERIFY(readAll(out + QStringLiteral("/README.md")).contains("Pending-PII override"));
        QVERIFY(readAll(out + QStringLiteral("/README.md")).contains("All detections reviewed: **no**"));
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT pii_override FROM exports")), 1);
        const auto audit = store->audit().entries(QStringLiteral("export"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("export_with_pii_override"));
        QCOMPARE(audit[0].after.value(QStringLiteral("pending_pii_pairs")).toArray().size(), 2);
    }

    void finalScanStopsOnUndecidedHits()
    {
        if (!FinalScan::available())
            QSKIP("this build has no redaction library");
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 id = ExportFixture::addPair(
            *store, {QStringLiteral("연락처는 010-2345-6789 입니다"), QStringLiteral("네")});
        ExportFixture::addPair(*store, {QStringLiteral("clean"), QStringLiteral("a")});
        const QString out = dir.path(QStringLiteral("out"));
        Exporter stopped(*store, options(out));
        QVERIFY_THROWS_EXCEPTION(Error, stopped.run());
        QCOMPARE(stopped.report().finalScanHits.size(), 1);
        QCOMPARE(stopped.report().finalScanHits[0].pairId, id);
        QVERIFY(stopped.report().finalScanHits[0].text.contains(QLatin1String("2345")));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers(dir.path()).isEmpty());

        // A decision on the value (here: the user rejected the detection, the number is fine) covers it.
        ExportFixture::addDetection(*store, std::nullopt, ExportFixture::turnId(*store, id, 0),
                                    QStringLiteral("PHONE"), stopped.report().finalScanHits[0].text,
                                    QStringLiteral("rejected"));
        const ExportReport r = Exporter(*store, options(out)).run();
        QVERIFY(r.finalScanRan);
        QCOMPARE(r.finalScanCovered, 1);
        QCOMPARE(r.written, 2);
    }

    // Pass 2 runs as a pipeline (reader, writer, scanner threads) over batches of pairs: hits found
    // in different batches arrive in record order, and the project is usable afterwards.
    void finalScanHitsAcrossBatchesInOrder()
    {
        if (!FinalScan::available())
            QSKIP("this build has no redaction library");
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        QList<qint64> expected;
        for (int i = 0; i < 1500; ++i) {
            if (i % 500 == 7)
                expected << ExportFixture::addPair(
                    *store,
                    {QStringLiteral("메일은 user%1@example.com 입니다").arg(i), QStringLiteral("네")});
            else
                ExportFixture::addPair(*store,
                                       {QStringLiteral("질문 %1").arg(i), QStringLiteral("답 %1").arg(i)});
        }
        const QString out = dir.path(QStringLiteral("out"));
        Exporter stopped(*store, options(out));
        QVERIFY_THROWS_EXCEPTION(Error, stopped.run());
        QList<qint64> got;
        for (const FinalScan::Hit& h : stopped.report().finalScanHits)
            got << h.pairId;
        QCOMPARE(got, expected);
        QCOMPARE(stopped.report().written, 1500);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers(dir.path()).isEmpty());
        // The reader thread's statements are gone: the connection writes again.
        ExportFixture::addPair(*store, {QStringLiteral("after"), QStringLiteral("a")});
        ExportOptions o = options(out);
        o.finalScan = false;
        QCOMPARE(Exporter(*store, o).run().written, 1501);
    }

    // Every record is scanned, whatever its place: the only one, the very last, the last or first
    // of a batch of the pipeline (256 records), where an off-by-one in a loop would skip it.
    void finalScanReadsEveryPlace_data()
    {
        QTest::addColumn<int>("pairs");
        QTest::addColumn<int>("at"); // the one pair with a personal value, 0-based
        QTest::newRow("only") << 1 << 0;
        QTest::newRow("last of 2") << 2 << 1;
        QTest::newRow("last of a full batch") << 256 << 255;
        QTest::newRow("first of the second batch") << 257 << 256;
        QTest::newRow("last of the first batch of 600") << 600 << 255;
        QTest::newRow("last of 600") << 600 << 599;
    }

    void finalScanReadsEveryPlace()
    {
        QFETCH(int, pairs);
        QFETCH(int, at);
        QVERIFY2(FinalScan::available(), "the dev build has the redaction library");
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        qint64 pii = 0;
        for (int i = 0; i < pairs; ++i) {
            if (i == at)
                pii = ExportFixture::addPair(
                    *store, {QStringLiteral("연락처는 010-2345-6789 입니다"), QStringLiteral("네")});
            else
                ExportFixture::addPair(*store,
                                       {QStringLiteral("질문 %1").arg(i), QStringLiteral("답 %1").arg(i)});
        }
        Exporter stopped(*store, options(dir.path(QStringLiteral("out"))));
        QVERIFY_THROWS_EXCEPTION(Error, stopped.run());
        QCOMPARE(stopped.report().finalScanHits.size(), 1);
        QCOMPARE(stopped.report().finalScanHits[0].pairId, pii);
        QCOMPARE(stopped.report().finalScanHits[0].text, QStringLiteral("010-2345-6789"));
    }

    // Pass 1 reads only what the filters need; each filter still selects exactly its pairs.
    void filtersByStatusTagRatingAndDocument()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 doc = ExportFixture::addDocument(*store, QStringLiteral("manual.pdf"));
        const qint64 a =
            ExportFixture::addPair(*store, {QStringLiteral("a"), QStringLiteral("1")}, Pair::Status::Approved,
                                   {QStringLiteral("safety"), QStringLiteral("ko")}, doc);
        const qint64 b = ExportFixture::addPair(*store, {QStringLiteral("b"), QStringLiteral("2")},
                                                Pair::Status::Approved, {QStringLiteral("safety")});
        const qint64 c = ExportFixture::addPair(*store, {QStringLiteral("c"), QStringLiteral("3")},
                                                Pair::Status::Review, {QStringLiteral("safety")}, doc);
        const qint64 d = ExportFixture::addPair(*store, {QStringLiteral("d"), QStringLiteral("4")});
        store->db().exec(QStringLiteral("UPDATE pairs SET rating = 5 WHERE id IN (%1, %2)").arg(a).arg(c));
        store->db().exec(QStringLiteral("UPDATE pairs SET rating = 2 WHERE id = %1").arg(b));
        const auto exported = [&](const std::function<void(ExportOptions&)>& set) {
            const QString out = dir.path(QStringLiteral("out"));
            QDir(out).removeRecursively();
            ExportOptions o = options(out);
            o.splitRatios = {1.0};
            o.record.includePairId = true;
            o.finalScan = false;
            set(o);
            Exporter(*store, o).run();
            QList<qint64> ids;
            for (const QJsonObject& rec : records(out + QStringLiteral("/train.jsonl")))
                ids << metadataId(rec);
            return ids;
        };
        QCOMPARE(exported([](ExportOptions&) {}), (QList<qint64>{a, b, d}));
        QCOMPARE(exported([](ExportOptions& o) { o.tags = {QStringLiteral("SAFETY")}; }),
                 (QList<qint64>{a, b}));
        QCOMPARE(exported([](ExportOptions& o) { o.minRating = 3; }), (QList<qint64>{a}));
        QCOMPARE(exported([&](ExportOptions& o) { o.documentIds = {doc}; }), (QList<qint64>{a}));
        QCOMPARE(exported([](ExportOptions& o) {
                     o.statuses = {Pair::Status::Approved, Pair::Status::Review};
                     o.tags = {QStringLiteral("safety")};
                     o.minRating = 4;
                 }),
                 (QList<qint64>{a, c}));
    }

    void dropsDuplicatesAndInvalidPairsWithReasons()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const qint64 original =
            ExportFixture::addPair(*store, {QStringLiteral("What is  the fee?"), QStringLiteral("Ten won.")});
        const qint64 exact =
            ExportFixture::addPair(*store, {QStringLiteral("what is the FEE?"), QStringLiteral("ten won.")});
        const qint64 nearBase = ExportFixture::addPair(
            *store,
            {QStringLiteral(
                 "지급 기한은 계약 체결일로부터 삼십 일 이내로 한다. 지연 시 연 6%의 이자를 가산한다."),
             QStringLiteral("네, 맞습니다. 삼십 일 이내입니다.")});
        const qint64 nearDup = ExportFixture::addPair(
            *store,
            {QStringLiteral(
                 "지급 기한은 계약 체결일로부터 삼십 일 이내로 한다. 지연 시 연 6%의 이자를 가산한다!"),
             QStringLiteral("네, 맞습니다. 삼십 일 이내입니다.")});
        const qint64 invalid = ExportFixture::addPair(*store, {QStringLiteral("question without answer")});
        ExportOptions o = options(dir.path(QStringLiteral("out")), QStringLiteral("alpaca"));
        o.nearDuplicateThreshold = 0.8;
        o.finalScan = false;
        const ExportReport r = Exporter(*store, o).run();
        QCOMPARE(r.written, 2);
        QCOMPARE(r.duplicates.size(), 2);
        QCOMPARE(r.duplicates[0].pairId, exact);
        QCOMPARE(r.duplicates[0].duplicateOf, original);
        QCOMPARE(r.duplicates[0].reason, QStringLiteral("exact duplicate"));
        QCOMPARE(r.duplicates[1].pairId, nearDup);
        QCOMPARE(r.duplicates[1].duplicateOf, nearBase);
        QCOMPARE(r.duplicates[1].reason, QStringLiteral("near duplicate"));
        QCOMPARE(r.invalid.size(), 1);
        QCOMPARE(r.invalid[0].pairId, invalid);
        QVERIFY(r.invalid[0].reason.contains(QLatin1String("no output")));
        const QJsonObject report =
            QJsonDocument::fromJson(readAll(o.outDir + QStringLiteral("/export_report.json"))).object();
        QCOMPARE(report.value(QStringLiteral("invalid"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("pair_id"))
                     .toInteger(),
                 invalid);
    }

    void cancelLeavesNothing()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        ExportFixture::generate(*store, 5000, 50);
        const QString out = dir.path(QStringLiteral("out"));
        Exporter e(*store, options(out));
        qint64 seen = 0;
        TaskContext* self = nullptr;
        TaskContext task([&](qint64 done, qint64, const QString&) {
            seen = done;
            if (done >= 2000)
                self->cancel();
        });
        self = &task;
        try {
            e.run(task);
            QFAIL("not cancelled");
        } catch (const Error& err) {
            QCOMPARE(err.kind(), Error::Kind::Cancelled);
        }
        QVERIFY(seen >= 2000 && seen < 5000);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(leftovers(dir.path()).isEmpty());
        QCOMPARE(store->db().queryInt(QStringLiteral("SELECT count(*) FROM exports")), 0);
    }

    void outputFolderRules()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        ExportFixture::addPair(*store, {QStringLiteral("q"), QStringLiteral("a")});
        const QString out = dir.path(QStringLiteral("out"));
        QDir().mkpath(out);
        dir.write(QStringLiteral("out/notes.txt"), "mine");
        QVERIFY_THROWS_EXCEPTION(Error, Exporter(*store, options(out)).run());
        QVERIFY(QFile::remove(out + QStringLiteral("/notes.txt")));
        Exporter(*store, options(out)).run(); // empty folder: fine
        ExportOptions o = options(out, QStringLiteral("alpaca"));
        o.splitRatios = {1.0};
        Exporter(*store, o).run(); // an earlier export is replaced as a whole
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/validation.jsonl")));
        QVERIFY(readAll(out + QStringLiteral("/train.jsonl")).startsWith("{\"instruction\":\"q\""));
        QVERIFY(leftovers(dir.path()).isEmpty());
        // A staging folder of a dead process is cleaned up by the next export.
        QDir().mkpath(dir.path(QStringLiteral(".out.quarry-export-999999999-deadbeef")));
        Exporter(*store, options(out)).run();
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void systemPromptModes()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        store->setSetting(QStringLiteral("system_prompt"), QStringLiteral("project"));
        ExportFixture::addPair(*store, {QStringLiteral("q1"), QStringLiteral("a")}, Pair::Status::Approved,
                               {}, std::nullopt, std::nullopt, QStringLiteral("own"));
        ExportFixture::addPair(*store, {QStringLiteral("q2"), QStringLiteral("a")});
        const auto systems = [&](ExportOptions::SystemPrompt mode, const QString& name) {
            ExportOptions o = options(dir.path(name), QStringLiteral("sharegpt"));
            o.splitRatios = {1.0};
            o.systemPromptMode = mode;
            Exporter(*store, o).run();
            QStringList s;
            for (const QJsonObject& r : records(o.outDir + QStringLiteral("/train.jsonl")))
                s << r.value(QStringLiteral("system")).toString(QStringLiteral("-"));
            return s;
        };
        QCOMPARE(systems(ExportOptions::SystemPrompt::PerPair, QStringLiteral("a")),
                 (QStringList{QStringLiteral("own"), QStringLiteral("project")}));
        QCOMPARE(systems(ExportOptions::SystemPrompt::ProjectDefault, QStringLiteral("b")),
                 (QStringList{QStringLiteral("project"), QStringLiteral("project")}));
        QCOMPARE(systems(ExportOptions::SystemPrompt::None, QStringLiteral("c")),
                 (QStringList{QStringLiteral("-"), QStringLiteral("-")}));
    }

    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString& n : RecordFormats::names())
            QTest::newRow(qPrintable(n)) << n;
    }

    void roundTripIsByteIdentical()
    {
        QFETCH(QString, format);
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("a.quarry")));
        ExportFixture::addPair(*store, {kTricky, QStringLiteral("답변: ") + kTricky}, Pair::Status::Approved,
                               {QStringLiteral("법률"), QStringLiteral("b\\tag")}, std::nullopt, std::nullopt,
                               kTricky);
        ExportFixture::addPair(*store,
                               {QStringLiteral("첫 질문"), QStringLiteral("첫 답"),
                                QStringLiteral("둘째 질문 🎉"), QStringLiteral("둘째 답")},
                               Pair::Status::Review);
        ExportFixture::addPair(*store, {QStringLiteral("plain"), QStringLiteral("text")});
        ExportOptions o = options(dir.path(QStringLiteral("out1")), format);
        o.statuses = {Pair::Status::Approved, Pair::Status::Review};
        o.splitRatios = {1.0};
        o.record.includeTags = o.record.includeStatus = true;
        o.finalScan = false;
        Exporter(*store, o).run();
        const QByteArray first = readAll(o.outDir + QStringLiteral("/train.jsonl"));
        QCOMPARE(first.count('\n'), 3);

        auto other = ExportFixture::create(dir.path(QStringLiteral("b.quarry")));
        const ImportReport imported = Importer(*other).importFile(o.outDir + QStringLiteral("/train.jsonl"));
        QCOMPARE(imported.format, format);
        QCOMPARE(imported.imported, 3);
        QVERIFY(imported.errors.isEmpty());
        QCOMPARE(other->db().queryInt(QStringLiteral("SELECT count(*) FROM pairs WHERE origin = 'imported'")),
                 3);
        o.outDir = dir.path(QStringLiteral("out2"));
        Exporter(*other, o).run();
        QCOMPARE(readAll(o.outDir + QStringLiteral("/train.jsonl")), first);
    }

    void importReportsBadLinesAndKeepsTheRest()
    {
        test::TestDir dir;
        auto store = ExportFixture::create(dir.path(QStringLiteral("p.quarry")));
        const QByteArray jsonl = "{\"messages\":[{\"role\":\"user\",\"content\":\"q1\"},{\"role\":"
                                 "\"assistant\",\"content\":\"a1\"}],"
                                 "\"metadata\":{\"status\":\"approved\",\"tags\":[\"t1\"]}}\n"
                                 "{\"messages\":[{\"role\":\"user\",\"content\":\"broken\"\n"
                                 "[1,2,3]\n"
                                 "\n"
                                 "{\"messages\":[{\"role\":\"user\",\"content\":\"no answer\"}]}\n"
                                 "{\"messages\":[{\"role\":\"user\",\"content\":\"q2\"},{\"role\":"
                                 "\"assistant\",\"content\":\"a2\"}]}\n";
        const QString file = dir.write(QStringLiteral("in.jsonl"), jsonl);
        const ImportReport r = Importer(*store).importFile(file);
        QCOMPARE(r.format, QStringLiteral("openai"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors[0].line, 2);
        QVERIFY(r.errors[0].reason.contains(QLatin1String("JSON")));
        QCOMPARE(r.errors[1].line, 3);
        QCOMPARE(r.errors[2].line, 5);
        QVERIFY(r.errors[2].reason.contains(QLatin1String("assistant")));
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT status FROM pairs ORDER BY id LIMIT 1")),
                 QStringLiteral("approved"));
        QCOMPARE(store->db().queryText(QStringLiteral("SELECT status FROM pairs ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("draft"));
        QCOMPARE(store->db().queryText(
                     QStringLiteral("SELECT t.name FROM pair_tags pt JOIN tags t ON t.id = pt.tag_id")),
                 QStringLiteral("t1"));
        QCOMPARE(store->audit().entries(QStringLiteral("import")).size(), 1);

        // A chosen format that does not fit reports every line; nothing in a known format is an error.
        const ImportReport wrong = Importer(*store).importFile(file, QStringLiteral("alpaca"));
        QCOMPARE(wrong.imported, 0);
        QCOMPARE(wrong.errors.size(), 5);
        QVERIFY_THROWS_EXCEPTION(
            Error, Importer(*store).importFile(dir.write(QStringLiteral("x.jsonl"), "{\"a\":1}\n")));
        QVERIFY_THROWS_EXCEPTION(Error, Importer(*store).importFile(file, QStringLiteral("csv")));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "TestExporter.moc"
