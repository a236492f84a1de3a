#include "curation/Chunker.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#ifdef QUARRY_HAVE_REDACT
#include "redact/Redactor.h"
#endif

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace quarry {

namespace {

QString sha256(const QString& s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isHeading(QStringView block)
{
    if (block.contains(QLatin1Char('\n')) || block.size() > 80)
        return false;
    if (block.startsWith(QLatin1Char('#')))
        return true;
    // 제1장, 제 3 조 (Korean chapters and articles), "1.", "2.3 ", "IV. ", Chapter/Section.
    static const QRegularExpression re(
        QStringLiteral("^(제\\s*\\d+\\s*[장절조편관항]|\\d+(\\.\\d+)*\\.?\\s+\\S|[IVX]+\\.\\s+\\S|(Chapter|"
                       "Section|CHAPTER|SECTION)\\s+\\d)"));
    if (!re.match(block).hasMatch())
        return false;
    // A numbered line ending like a sentence is a list item, not a heading.
    const QChar last = block.back();
    return block.size() <= 60 && last != QLatin1Char('.') && last != QLatin1Char(',');
}

struct Block
{
    int start;
    int end;
    bool heading;
};

QList<Block> blocks(const QString& text)
{
    QList<Block> out;
    static const QRegularExpression sep(QStringLiteral("\\n[ \\t\\r]*\\n\\s*"));
    int pos = 0;
    auto add = [&](int s, int e) {
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append({s, e, isHeading(QStringView(text).mid(s, e - s))});
    };
    auto it = sep.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        add(pos, int(m.capturedStart()));
        pos = int(m.capturedEnd());
    }
    add(pos, int(text.size()));
    return out;
}

bool sentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x3002) ||
           c == QLatin1Char('\n');
}

} // namespace

Chunker::Chunker(ChunkOptions options) : m_options(options)
{
    m_options.targetLength = std::max(50, m_options.targetLength);
    m_options.maxLength = std::max(m_options.targetLength, m_options.maxLength);
    // The overlap must leave room for progress: at most a quarter of the target.
    m_options.overlap = std::clamp(m_options.overlap, 0, m_options.targetLength / 4);
}

void Chunker::cutBySize(const QString& text, int start, int end, QList<QPair<int, int>>& out) const
{
    const int target = m_options.targetLength;
    int pos = start;
    while (end - pos > m_options.maxLength) {
        const int limit = pos + target;
        const int floor = pos + target / 2;
        int cut = -1;
        for (int i = limit; i > floor && cut < 0; --i)
            if (sentenceEnd(text.at(i - 1)) && (i >= end || text.at(i).isSpace()))
                cut = i;
        for (int i = limit; i > floor && cut < 0; --i)
            if (text.at(i - 1).isSpace())
                cut = i;
        if (cut < 0)
            cut = limit;
        int pieceEnd = cut;
        while (pieceEnd > pos && text.at(pieceEnd - 1).isSpace())
            --pieceEnd;
        out.append({pos, pieceEnd});
        int next = cut - m_options.overlap;
        if (m_options.overlap > 0) {
            // Start the overlap at a word boundary when there is one.
            for (int i = next; i < cut; ++i)
                if (text.at(i).isSpace()) {
                    next = i + 1;
                    break;
                }
        }
        next = std::max(next, pos + 1);
        while (next < end && text.at(next).isSpace())
            ++next;
        pos = next;
    }
    if (end > pos)
        out.append({pos, end});
}

QList<Passage> Chunker::split(const QString& text, const QList<PageRange>& pages, qint64 documentId) const
{
    QList<QPair<int, int>> ranges;
    QStringList headings;
    QString heading;
    int curStart = -1;
    int curEnd = -1;
    auto flush = [&] {
        if (curStart >= 0) {
            ranges.append({curStart, curEnd});
            headings.append(heading);
        }
        curStart = curEnd = -1;
    };
    for (const Block& b : blocks(text)) {
        if (b.heading) {
            flush();
            heading = text.mid(b.start, b.end - b.start);
            while (heading.startsWith(QLatin1Char('#')))
                heading.remove(0, 1);
            heading = heading.trimmed();
        }
        if (b.end - b.start > m_options.maxLength) {
            flush();
            QList<QPair<int, int>> pieces;
            cutBySize(text, b.start, b.end, pieces);
            for (const auto& p : pieces) {
                ranges.append(p);
                headings.append(heading);
            }
            continue;
        }
        if (curStart >= 0 && b.end - curStart > m_options.targetLength)
            flush();
        if (curStart < 0)
            curStart = b.start;
        curEnd = b.end;
    }
    flush();

    auto pageAt = [&](int offset) {
        int page = pages.isEmpty() ? 1 : pages.first().pageNo;
        for (const PageRange& p : pages) {
            if (offset >= p.start)
                page = p.pageNo;
            else
                break;
        }
        return page;
    };
    QList<Passage> out;
    for (int i = 0; i < ranges.size(); ++i) {
        Passage p;
        p.documentId = documentId;
        p.seq = i;
        p.start = ranges[i].first;
        p.end = ranges[i].second;
        p.text = text.mid(p.start, p.end - p.start);
        p.textHash = sha256(p.text);
        p.heading = headings[i];
        p.pageFirst = pageAt(p.start);
        p.pageLast = pageAt(std::max(p.start, p.end - 1));
        out.append(p);
    }
    return out;
}

#ifdef QUARRY_HAVE_REDACT
void Chunker::useRedactedText(ProjectStore& store)
{
    auto redactor = std::make_shared<Redactor>(store);
    m_pageText = [redactor](qint64 pageId, const QString&) { return redactor->redactedPageText(pageId); };
}
#endif

QString Chunker::documentText(Database& db, qint64 documentId, QList<PageRange>* pages) const
{
    Statement st = db.prepare(QStringLiteral("SELECT id, page_no, coalesce(corrected_text, text) FROM pages "
                                             "WHERE document_id = ? ORDER BY page_no"));
    st.bind(1, documentId);
    QString text;
    bool first = true;
    while (st.step()) {
        if (!first)
            text += QStringLiteral("\n\n");
        first = false;
        const int start = int(text.size());
        text += m_pageText ? m_pageText(st.int64(0), st.text(2)) : st.text(2);
        if (pages)
            pages->append({st.int32(1), start, int(text.size())});
    }
    return text;
}

namespace {

const char* const kPassageColumns = "SELECT id, document_id, seq, page_first, page_last, start, end, "
                                    "heading, text, text_hash, stale FROM passages ";

Passage passageRow(const Statement& st)
{
    Passage p;
    p.id = st.int64(0);
    p.documentId = st.int64(1);
    p.seq = st.int32(2);
    p.pageFirst = st.int32(3);
    p.pageLast = st.int32(4);
    p.start = st.int32(5);
    p.end = st.int32(6);
    p.heading = st.text(7);
    p.text = st.text(8);
    p.textHash = st.text(9);
    p.stale = st.int64(10) != 0;
    return p;
}

} // namespace

QList<Passage> Chunker::passages(Database& db, qint64 documentId)
{
    Statement st = db.prepare(QLatin1String(kPassageColumns) +
                              QLatin1String("WHERE document_id = ? AND seq >= 0 ORDER BY seq"));
    st.bind(1, documentId);
    QList<Passage> out;
    while (st.step())
        out.append(passageRow(st));
    return out;
}

std::optional<Passage> Chunker::passage(Database& db, qint64 passageId)
{
    Statement st = db.prepare(QLatin1String(kPassageColumns) + QLatin1String("WHERE id = ?"));
    st.bind(1, passageId);
    if (!st.step())
        return std::nullopt;
    return passageRow(st);
}

ChunkReport Chunker::chunkDocument(Database& db, qint64 documentId, const QString& actor)
{
    QList<PageRange> pages;
    const QString text = documentText(db, documentId, &pages);
    const QList<Passage> fresh = split(text, pages, documentId);
    Transaction tx(db);
    ChunkReport report = store(db, documentId, fresh);
    AuditLog(db).record(actor, QStringLiteral("document"), documentId, QStringLiteral("chunk"), {},
                        {{QStringLiteral("passages"), report.passages},
                         {QStringLiteral("relinked"), report.relinked},
                         {QStringLiteral("flagged"), report.flagged},
                         {QStringLiteral("target"), m_options.targetLength},
                         {QStringLiteral("max"), m_options.maxLength},
                         {QStringLiteral("overlap"), m_options.overlap}});
    tx.commit();
    report.documents = 1;
    return report;
}

ChunkReport Chunker::chunkAll(Database& db, const QString& actor, const TaskContext& task)
{
    QList<qint64> docs;
    {
        Statement st = db.prepare(QStringLiteral("SELECT id FROM documents ORDER BY id"));
        while (st.step())
            docs << st.int64(0);
    }
    ChunkReport total;
    Transaction tx(db);
    for (qint64 id : docs) {
        task.throwIfCancelled(QCoreApplication::translate(
            "quarry::Chunker", "cutting passages was cancelled; nothing was changed"));
        task.progress(total.documents, docs.size());
        const ChunkReport r = chunkDocument(db, id, actor);
        total.documents += r.documents;
        total.passages += r.passages;
        total.relinked += r.relinked;
        total.flagged += r.flagged;
    }
    tx.commit();
    return total;
}

ChunkReport Chunker::store(Database& db, qint64 documentId, const QList<Passage>& freshIn)
{
    ChunkReport report;
    QList<Passage> fresh = freshIn;
    const QList<Passage> old = passages(db, documentId);

    // Old rows step aside (negative seq) so the new ones can take the seq numbers, and are deleted
    // once every pair source has moved over.
    Statement park =
        db.prepare(QStringLiteral("UPDATE passages SET seq = -seq - 1 WHERE document_id = ? AND seq >= 0"));
    park.bind(1, documentId).run();
    Statement ins = db.prepare(QStringLiteral(
        "INSERT INTO passages(document_id, seq, page_first, page_last, start, end, heading, text, text_hash) "
        "VALUES (?,?,?,?,?,?,?,?,?)"));
    for (Passage& p : fresh) {
        ins.bindAll(documentId, p.seq, p.pageFirst, p.pageLast, p.start, p.end,
                    p.heading.isEmpty() ? std::optional<QString>() : std::optional<QString>(p.heading),
                    p.text, p.textHash);
        ins.run();
        ins.reset();
        p.id = db.lastInsertId();
    }
    report.passages = int(fresh.size());

    auto match = [&](const Passage& o) -> const Passage* {
        for (const Passage& n : fresh)
            if (n.textHash == o.textHash)
                return &n;
        const Passage* best = nullptr;
        int bestOverlap = 0;
        for (const Passage& n : fresh) {
            const int ov = std::min(n.end, o.end) - std::max(n.start, o.start);
            if (ov > bestOverlap) {
                bestOverlap = ov;
                best = &n;
            }
        }
        return best;
    };

    Statement sources = db.prepare(QStringLiteral(
        "SELECT id, pair_id, span_start, span_end, quote FROM pair_sources WHERE passage_id = ?"));
    Statement repoint = db.prepare(QStringLiteral("UPDATE pair_sources SET passage_id = ?, document_id = ?, "
                                                  "page_no = ?, span_start = ?, span_end = ?, quote = ?, "
                                                  "quote_hash = ? WHERE id = ?"));
    Statement flag =
        db.prepare(QStringLiteral("UPDATE pairs SET source_changed = 1 WHERE id = ? AND source_changed = 0"));
    for (const Passage& o : old) {
        const Passage* n = match(o);
        sources.bind(1, o.id);
        while (sources.step()) {
            const qint64 sourceId = sources.int64(0);
            const qint64 pairId = sources.int64(1);
            const std::optional<qint64> spanStart = sources.optInt64(2);
            const QString quote = sources.text(4);
            bool changed = false;
            std::optional<qint64> newStart;
            std::optional<qint64> newEnd;
            QString newQuote = quote;
            if (!n) {
                changed = true;
            } else if (spanStart) {
                // Look near the old position first: the same words may occur twice.
                const int hint = int(*spanStart) + (o.start - n->start);
                int at = quote.isEmpty() ? -1 : int(n->text.indexOf(quote, std::max(0, hint)));
                if (at < 0 && !quote.isEmpty())
                    at = int(n->text.indexOf(quote));
                if (at >= 0) {
                    newStart = at;
                    newEnd = at + quote.size();
                } else {
                    // Keep the old span (clipped) so the quote is looked for again next time.
                    changed = true;
                    const qint64 len = n->text.size();
                    newStart = std::min<qint64>(*spanStart, len);
                    newEnd = std::min<qint64>(sources.optInt64(3).value_or(*spanStart), len);
                }
            } else {
                changed = n->text != quote;
                newQuote = n->text;
            }
            if (n) {
                repoint.bind(1, n->id);
                repoint.bind(2, documentId);
                repoint.bind(3, n->pageFirst);
            } else {
                repoint.bindNull(1);
                repoint.bind(2, documentId);
                repoint.bindNull(3);
            }
            repoint.bind(4, newStart);
            repoint.bind(5, newEnd);
            repoint.bind(6, newQuote.isNull() ? QStringLiteral("") : newQuote);
            repoint.bind(7, sha256(newQuote));
            repoint.bind(8, sourceId);
            repoint.run();
            repoint.reset();
            ++report.relinked;
            if (changed) {
                flag.bind(1, pairId).run();
                if (db.changes() > 0)
                    ++report.flagged;
                flag.reset();
            }
        }
        sources.reset();
    }
    Statement drop = db.prepare(QStringLiteral("DELETE FROM passages WHERE document_id = ? AND seq < 0"));
    drop.bind(1, documentId).run();
    return report;
}

} // namespace quarry
