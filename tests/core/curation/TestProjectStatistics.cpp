#include "ProjectBuilder.h"
#include "TestDir.h"
#include "curation/PairRepository.h"
#include "curation/ProjectStatistics.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace quarry;

namespace {

qint64 addDocument(Database& db, const QString& name, const QString& title, const QString& status, int pages)
{
    test::ProjectBuilder::Document d;
    d.name = name;
    d.kind = QStringLiteral("pdf");
    d.title = title;
    d.status = status;
    d.pageCount = pages; // the pages come one by one (addPage)
    return test::ProjectBuilder(db).addDocument(d);
}

qint64 addPage(Database& db, qint64 documentId, int pageNo, const QString& method)
{
    return test::ProjectBuilder(db).addPage(documentId, pageNo, QStringLiteral("Mail kim@example.com"),
                                            method);
}

qint64 addPassage(Database& db, qint64 documentId)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO passages(document_id, seq, page_first, page_last, start, end, text, text_hash) "
        "VALUES (?, 1, 1, 1, 0, 4, 'text', 'h')"));
    st.bind(1, documentId);
    st.run();
    return db.lastInsertId();
}

void addDetection(Database& db, const char* where, qint64 id, const QString& type, const QString& status)
{
    Statement st =
        db.prepare(QStringLiteral("INSERT INTO detections(%1, start, end, entity_type, rule, score, value, "
                                  "status, created_at) VALUES (?, 0, 3, ?, 'r', 1.0, 'v', ?, 't')")
                       .arg(QLatin1String(where)));
    st.bindAll(id, type, status);
    st.run();
}

Pair makePair(Pair::Status status, const QString& user, const QString& assistant, const QStringList& tags,
              std::optional<int> rating, Pair::Origin origin = Pair::Origin::Manual)
{
    Pair p;
    p.status = status;
    p.turns.append({Turn::Role::User, user, std::nullopt});
    if (!assistant.isNull())
        p.turns.append({Turn::Role::Assistant, assistant, std::nullopt});
    p.tags = tags;
    p.rating = rating;
    p.origin = origin;
    return p;
}

PairSource documentSource(qint64 documentId)
{
    PairSource s;
    s.documentId = documentId;
    return s;
}

QList<qint64> counts(const LengthHistogram& h)
{
    return h.counts;
}

} // namespace

class TestProjectStatistics : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ProjectStore> m_store;
    test::TestDir m_dir;
    qint64 m_pairIds[5] = {};

private slots:
    void initTestCase()
    {
        m_store = ProjectStore::create(m_dir.path(QStringLiteral("stats.quarry")));
        Database& db = m_store->db();
        const qint64 a = addDocument(db, QStringLiteral("a.txt"), QString(), QStringLiteral("ok"), 2);
        const qint64 b =
            addDocument(db, QStringLiteral("b.pdf"), QStringLiteral("보고서"), QStringLiteral("ocr"), 1);
        const qint64 c = addDocument(db, QStringLiteral("c.pdf"), QString(), QStringLiteral("failed"), 0);
        const qint64 pageA1 = addPage(db, a, 1, QStringLiteral("text"));
        addPage(db, a, 2, QStringLiteral("text"));
        addPage(db, b, 1, QStringLiteral("ocr"));
        const qint64 passageB = addPassage(db, b);

        PairRepository repo(*m_store);
        // 1: user 5 ASCII (2 tokens), assistant 20 ASCII (5 tokens).
        Pair p1 = makePair(Pair::Status::Draft, QStringLiteral("Hello"), QString(20, QLatin1Char('a')),
                           {QStringLiteral("geo")}, 5);
        p1.sources = {documentSource(a)};
        // 2: user = context "ctx" + "서울의 인구는?" = 5 ASCII + 6 Hangul (11 chars, 2 + 6 = 8 tokens);
        // assistant 100 Hangul (100 tokens). Linked to b twice, through its passage and directly.
        Pair p2 =
            makePair(Pair::Status::Approved, QStringLiteral("서울의 인구는?"), QString(100, QChar(0xAC00)),
                     {QStringLiteral("geo"), QStringLiteral("한국어")}, 3, Pair::Origin::Imported);
        p2.context = QStringLiteral("ctx");
        PairSource viaPassage;
        viaPassage.passageId = passageB;
        p2.sources = {viaPassage, documentSource(b)};
        // 3: user 250 ASCII (63 tokens), no assistant turn, no tag, no source.
        Pair p3 = makePair(Pair::Status::Rejected, QString(250, QLatin1Char('x')), QString(), {},
                           std::nullopt, Pair::Origin::Llm);
        // 4: user 1 (1 token), assistant 5000 ASCII (1250 tokens).
        Pair p4 = makePair(Pair::Status::Review, QStringLiteral("q"), QString(5000, QLatin1Char('a')),
                           {QStringLiteral("한국어")}, std::nullopt);
        p4.sources = {documentSource(c)};
        // 5: assistant "Yo" and an emoji outside the BMP: 3 characters, (2 + 3) / 4 + 1 = 1 + 1 tokens.
        Pair p5 = makePair(Pair::Status::Draft, QStringLiteral("Hi"), QStringLiteral("Yo\U0001F600"),
                           {QStringLiteral("geo")}, 5);
        p5.sources = {documentSource(a)};
        Pair* all[] = {&p1, &p2, &p3, &p4, &p5};
        for (int i = 0; i < 5; ++i)
            m_pairIds[i] = repo.add(*all[i]);

        addDetection(db, "page_id", pageA1, QStringLiteral("EMAIL"), QStringLiteral("pending"));
        addDetection(db, "page_id", pageA1, QStringLiteral("EMAIL"), QStringLiteral("accepted"));
        addDetection(db, "page_id", pageA1, QStringLiteral("PHONE"), QStringLiteral("rejected"));
        const qint64 turn = db.queryInt(
            QStringLiteral("SELECT id FROM turns WHERE pair_id = %1 AND seq = 0").arg(m_pairIds[1]));
        addDetection(db, "turn_id", turn, QStringLiteral("PERSON"), QStringLiteral("manual"));
    }

    void cleanupTestCase() { m_store.reset(); }

    void countsByCategory()
    {
        const ProjectFigures f = ProjectStatistics(m_store->db()).compute();
        QCOMPARE(f.pairs, 5);
        const QList<NamedCount> status = {{QStringLiteral("draft"), 2},
                                          {QStringLiteral("review"), 1},
                                          {QStringLiteral("approved"), 1},
                                          {QStringLiteral("rejected"), 1}};
        QCOMPARE(f.pairsByStatus, status);
        const QList<NamedCount> origin = {
            {QStringLiteral("manual"), 3}, {QStringLiteral("imported"), 1}, {QStringLiteral("llm"), 1}};
        QCOMPARE(f.pairsByOrigin, origin);
        QCOMPARE(f.ratings, (QList<qint64>{2, 0, 0, 1, 0, 2}));
        const QList<NamedCount> tags = {{QStringLiteral("geo"), 3}, {QStringLiteral("한국어"), 2}};
        QCOMPARE(f.pairsByTag, tags);
        QCOMPARE(f.untaggedPairs, 1);
        // Most linked first, then by name (binary order: Latin before Hangul); b's title wins over its file
        // name.
        const QList<NamedCount> docs = {
            {QStringLiteral("a.txt"), 2}, {QStringLiteral("c.pdf"), 1}, {QStringLiteral("보고서"), 1}};
        QCOMPARE(f.pairsByDocument, docs);
        QCOMPARE(f.documentIds, (QList<qint64>{1, 3, 2}));
        QCOMPARE(f.pairsWithoutSource, 1);

        QCOMPARE(f.detections, 4);
        const QList<NamedCount> types = {
            {QStringLiteral("EMAIL"), 2}, {QStringLiteral("PERSON"), 1}, {QStringLiteral("PHONE"), 1}};
        QCOMPARE(f.detectionsByType, types);
        const QList<NamedCount> detectionStatus = {{QStringLiteral("pending"), 1},
                                                   {QStringLiteral("accepted"), 1},
                                                   {QStringLiteral("rejected"), 1},
                                                   {QStringLiteral("manual"), 1}};
        QCOMPARE(f.detectionsByStatus, detectionStatus);

        QCOMPARE(f.documents, 3);
        const QList<NamedCount> docStatus = {
            {QStringLiteral("ok"), 1}, {QStringLiteral("ocr"), 1}, {QStringLiteral("failed"), 1}};
        QCOMPARE(f.documentsByStatus, docStatus);
        QCOMPARE(f.pages, 3);
        const QList<NamedCount> methods = {
            {QStringLiteral("text"), 2}, {QStringLiteral("ocr"), 1}, {QStringLiteral("none"), 0}};
        QCOMPARE(f.pagesByMethod, methods);
    }

    void histograms()
    {
        const ProjectFigures f = ProjectStatistics(m_store->db()).compute();
        // Characters: 0, 20, 50, 100, 200, 500, 1000, 2000, 5000+.
        QCOMPARE(f.userChars.lower, ProjectStatistics::charBuckets());
        QCOMPARE(counts(f.userChars), (QList<qint64>{4, 0, 0, 0, 1, 0, 0, 0, 0})); // 5, 11, 250, 1, 2
        QCOMPARE(f.userChars.total, 269);
        QCOMPARE(f.userChars.max, 250);
        QCOMPARE(f.userChars.samples, 5);
        QCOMPARE(counts(f.assistantChars), (QList<qint64>{2, 1, 0, 1, 0, 0, 0, 0, 1})); // 20, 100, 0, 5000, 3
        QCOMPARE(f.assistantChars.total, 5123);
        QCOMPARE(f.assistantChars.max, 5000);
        // Tokens: 0, 10, 20, 50, 100, 200, 500, 1000, 2000+.
        QCOMPARE(f.userTokens.lower, ProjectStatistics::tokenBuckets());
        QCOMPARE(counts(f.userTokens), (QList<qint64>{4, 0, 0, 1, 0, 0, 0, 0, 0})); // 2, 8, 63, 1, 1
        QCOMPARE(f.userTokens.total, 75);
        QCOMPARE(counts(f.assistantTokens), (QList<qint64>{3, 0, 0, 0, 1, 0, 0, 1, 0})); // 5, 100, 0, 1250, 2
        QCOMPARE(f.assistantTokens.total, 1357);
    }

    void utf8Counting()
    {
        qint64 ascii = 0, other = 0;
        const QByteArray text = QStringLiteral("ab 한글 é\U0001F600").toUtf8();
        ProjectStatistics::countUtf8(text.constData(), int(text.size()), ascii, other);
        QCOMPARE(ascii, 4); // a, b and two spaces
        QCOMPARE(other, 4); // 한, 글, é, the emoji once
        QCOMPARE(ProjectStatistics::approximateTokens(ascii, other), 5);
    }

    void followsChanges()
    {
        PairRepository repo(*m_store);
        repo.setStatus({m_pairIds[0], m_pairIds[4]}, Pair::Status::Approved);
        ProjectFigures f = ProjectStatistics(m_store->db()).compute();
        QCOMPARE(f.pairsByStatus.at(0).count, 0);
        QCOMPARE(f.pairsByStatus.at(2).count, 3);
        repo.setStatus({m_pairIds[0], m_pairIds[4]}, Pair::Status::Draft);
        f = ProjectStatistics(m_store->db()).compute();
        QCOMPARE(f.pairsByStatus.at(0).count, 2);
    }

    void readsThroughItsOwnConnection()
    {
        // As the GUI runs it: a read-only connection of its own, beside the writing one.
        auto db = m_store->openConnection();
        const ProjectFigures f = ProjectStatistics(*db).compute();
        QCOMPARE(f.pairs, 5);
        QCOMPARE(f.detections, 4);
    }

    void json()
    {
        const QJsonObject o = ProjectStatistics(m_store->db()).compute().toJson();
        const QJsonObject pairs = o.value(QStringLiteral("pairs")).toObject();
        QCOMPARE(pairs.value(QStringLiteral("total")).toInteger(), 5);
        QCOMPARE(
            pairs.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("draft")).toInteger(),
            2);
        QCOMPARE(
            pairs.value(QStringLiteral("ratings")).toObject().value(QStringLiteral("unrated")).toInteger(),
            2);
        const QJsonArray tags = pairs.value(QStringLiteral("by_tag")).toArray();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(1).toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("한국어"));
        const QJsonObject userChars =
            o.value(QStringLiteral("lengths")).toObject().value(QStringLiteral("user_chars")).toObject();
        const QJsonArray buckets = userChars.value(QStringLiteral("buckets")).toArray();
        QCOMPARE(buckets.size(), 9);
        QCOMPARE(buckets.at(4).toObject().value(QStringLiteral("from")).toInteger(), 200);
        QCOMPARE(buckets.at(4).toObject().value(QStringLiteral("to")).toInteger(), 499);
        QCOMPARE(buckets.at(4).toObject().value(QStringLiteral("pairs")).toInteger(), 1);
        QVERIFY(!buckets.at(8).toObject().contains(QStringLiteral("to")));
        QCOMPARE(o.value(QStringLiteral("detections"))
                     .toObject()
                     .value(QStringLiteral("by_type"))
                     .toObject()
                     .value(QStringLiteral("EMAIL"))
                     .toInteger(),
                 2);
    }

    void cancels()
    {
        TaskContext task;
        task.cancel();
        ProjectStatistics stats(m_store->db());
        try {
            stats.compute(task);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QVERIFY(!m_store->db().inTransaction()); // the read transaction was ended
    }

    void emptyProject()
    {
        test::TestDir dir;
        auto store = ProjectStore::create(dir.path(QStringLiteral("empty.quarry")));
        const ProjectFigures f = ProjectStatistics(store->db()).compute();
        QCOMPARE(f.pairs, 0);
        QCOMPARE(f.pairsByStatus.size(), 4);
        QCOMPARE(f.userChars.samples, 0);
        QCOMPARE(f.userChars.counts.size(), 9);
        QCOMPARE(f.documentsByStatus.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectStatistics)
#include "TestProjectStatistics.moc"
