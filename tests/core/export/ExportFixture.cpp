#include "ExportFixture.h"

#include "ProjectBuilder.h"
#include "curation/PairRepository.h"
#include "store/Transaction.h"
#include "util/Clock.h"

namespace quarry::test {

std::unique_ptr<ProjectStore> ExportFixture::create(const QString& path)
{
    auto store = ProjectStore::create(path);
    store->setActor(QStringLiteral("tester"));
    return store;
}

qint64 ExportFixture::addDocument(ProjectStore& store, const QString& name)
{
    ProjectBuilder::Document d;
    d.name = name;
    return ProjectBuilder(store.db()).addDocument(d);
}

qint64 ExportFixture::addPage(ProjectStore& store, qint64 documentId, int pageNo, const QString& text)
{
    return ProjectBuilder(store.db()).addPage(documentId, pageNo, text);
}

qint64 ExportFixture::addPassage(ProjectStore& store, qint64 documentId, int seq, int pageFirst, int pageLast,
                                 const QString& text)
{
    Statement st = store.db().prepare(QStringLiteral(
        "INSERT INTO passages(document_id, seq, page_first, page_last, start, end, text, text_hash) "
        "VALUES (?, ?, ?, ?, 0, ?, ?, '')"));
    st.bindAll(documentId, seq, pageFirst, pageLast, qint64(text.size()), text).run();
    return store.db().lastInsertId();
}

qint64 ExportFixture::addPair(ProjectStore& store, const QStringList& turns, Pair::Status status,
                              const QStringList& tags, std::optional<qint64> documentId,
                              std::optional<qint64> passageId, const QString& systemPrompt)
{
    Pair p;
    p.status = status;
    p.tags = tags;
    p.systemPrompt = systemPrompt;
    for (qsizetype i = 0; i < turns.size(); ++i)
        p.turns << Turn{i % 2 == 0 ? Turn::Role::User : Turn::Role::Assistant, turns[i], std::nullopt};
    if (documentId || passageId) {
        PairSource s;
        s.documentId = documentId;
        s.passageId = passageId;
        if (documentId && !passageId)
            s.pageNo = 1;
        p.sources << s;
    }
    return PairRepository(store.db(), store.actor()).add(p);
}

qint64 ExportFixture::turnId(ProjectStore& store, qint64 pairId, int seq)
{
    Statement st = store.db().prepare(QStringLiteral("SELECT id FROM turns WHERE pair_id = ? AND seq = ?"));
    st.bindAll(pairId, seq);
    return st.step() ? st.int64(0) : 0;
}

qint64 ExportFixture::addDetection(ProjectStore& store, std::optional<qint64> pageId,
                                   std::optional<qint64> turnId, const QString& type, const QString& value,
                                   const QString& status)
{
    Statement st = store.db().prepare(QStringLiteral(
        "INSERT INTO detections(page_id, turn_id, start, end, entity_type, rule, score, value, status, "
        "created_at) VALUES (?, ?, 0, ?, ?, 'test', 0.9, ?, ?, ?)"));
    st.bindAll(pageId, turnId, qint64(value.size()), type, value, status, nowUtcIso()).run();
    return store.db().lastInsertId();
}

void ExportFixture::generate(ProjectStore& store, qint64 count, int chars)
{
    Database& db = store.db();
    Transaction tx(db);
    const QString now = nowUtcIso();
    // Appends after whatever the project holds already.
    const qint64 firstPair = db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM pairs")) + 1;
    const qint64 firstDocument =
        db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM documents")) + 1;
    const qint64 documents = (count + 9) / 10;
    Statement doc = db.prepare(QStringLiteral("INSERT INTO documents(id, name, source_path, sha256, "
                                              "size_bytes, kind, status, ingested_at, updated_at) "
                                              "VALUES (?, ?, '', ?, 0, 'text', 'ok', ?, ?)"));
    for (qint64 d = firstDocument; d < firstDocument + documents; ++d) {
        doc.bindAll(d, QStringLiteral("doc-%1.txt").arg(d), QStringLiteral("sha-%1").arg(d), now, now).run();
        doc.reset();
    }
    Statement pair = db.prepare(QStringLiteral("INSERT INTO pairs(id, status, origin, created_at, "
                                               "updated_at) VALUES (?, 'approved', 'manual', ?, ?)"));
    Statement turn =
        db.prepare(QStringLiteral("INSERT INTO turns(pair_id, seq, role, content) VALUES (?, ?, ?, ?)"));
    Statement source = db.prepare(
        QStringLiteral("INSERT INTO pair_sources(pair_id, document_id, page_no) VALUES (?, ?, 1)"));
    const QString filler =
        QStringLiteral("계약서 제%1조에 따른 지급 기한과 \"지연 이자\" 계산 방법은 무엇인가? The "
                       "payment terms of section %1 apply. ");
    for (qint64 i = firstPair; i < firstPair + count; ++i) {
        pair.bindAll(i, now, now).run();
        pair.reset();
        QString q = QStringLiteral("Q%1: ").arg(i), a = QStringLiteral("A%1: ").arg(i);
        while (q.size() < chars)
            q += filler.arg(i % 97);
        while (a.size() < chars)
            a += filler.arg(i % 89);
        turn.bindAll(i, 0, QStringLiteral("user"), q).run();
        turn.reset();
        turn.bindAll(i, 1, QStringLiteral("assistant"), a).run();
        turn.reset();
        source.bindAll(i, firstDocument + (i - firstPair) / 10).run();
        source.reset();
    }
    tx.commit();
}

} // namespace quarry::test
