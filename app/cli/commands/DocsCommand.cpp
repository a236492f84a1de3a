#include "DocsCommand.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace quarry::cli {

namespace {

// "text 1-3, ocr 4, text 5": runs of pages with the same method.
QString methodRuns(const QList<QPair<int, QString>>& pages)
{
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages[j + 1].second == pages[i].second && pages[j + 1].first == pages[j].first + 1)
            ++j;
        parts << (i == j ? QStringLiteral("%1 %2").arg(pages[i].second).arg(pages[i].first)
                         : QStringLiteral("%1 %2-%3").arg(pages[i].second).arg(pages[i].first).arg(pages[j].first));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString DocsCommand::description() const
{
    return tr("List a project's documents: status, pages, method per page, encoding, error.");
}

void DocsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON array.")});
}

QList<std::tuple<QString, QString, QString>> DocsCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int DocsCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    auto store = openProject(parser.positionalArguments().at(0), ctx, true);
    if (!store)
        return ExitUsage;
    Database& db = store->db();

    std::map<qint64, QList<QPair<int, QString>>> methods;
    std::map<qint64, QJsonArray> pageJson;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT document_id, page_no, method, ocr_confidence, corrected_text IS NOT NULL, warnings FROM pages "
            "ORDER BY document_id, page_no"));
        while (st.step()) {
            const qint64 doc = st.int64(0);
            methods[doc].append({st.int32(1), st.text(2)});
            QJsonObject p{{QStringLiteral("page"), st.int32(1)},
                          {QStringLiteral("method"), st.text(2)},
                          {QStringLiteral("corrected"), st.int32(4) != 0}};
            if (!st.isNull(3))
                p.insert(QStringLiteral("confidence"), st.real(3));
            // Page warnings include what OCR did to the page (enlarged and read again).
            const QJsonArray warnings = QJsonDocument::fromJson(st.text(5).toUtf8()).array();
            if (!warnings.isEmpty())
                p.insert(QStringLiteral("warnings"), warnings);
            pageJson[doc].append(p);
        }
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray docs;
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, name, kind, status, page_count, encoding, error, source_path, sha256, ocr_languages, "
        "title, pages_estimated FROM documents ORDER BY id"));
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (json) {
            QJsonObject o{{QStringLiteral("id"), id},
                          {QStringLiteral("name"), st.text(1)},
                          {QStringLiteral("kind"), st.text(2)},
                          {QStringLiteral("status"), st.text(3)},
                          {QStringLiteral("page_count"), st.int32(4)},
                          {QStringLiteral("encoding"), st.isNull(5) ? QJsonValue() : QJsonValue(st.text(5))},
                          {QStringLiteral("error"), st.isNull(6) ? QJsonValue() : QJsonValue(st.text(6))},
                          {QStringLiteral("source_path"), st.text(7)},
                          {QStringLiteral("sha256"), st.text(8)},
                          {QStringLiteral("ocr_languages"), st.isNull(9) ? QJsonValue() : QJsonValue(st.text(9))},
                          {QStringLiteral("title"), st.isNull(10) ? QJsonValue() : QJsonValue(st.text(10))},
                          {QStringLiteral("pages"), pageJson[id]},
                          {QStringLiteral("pages_estimated"), st.int32(11) != 0}};
            docs.append(o);
            continue;
        }
        ctx.out << QString::number(id).rightJustified(4) << "  " << st.text(3).leftJustified(11) << " "
                << st.text(2).leftJustified(8) << " " << tr("%n page(s)", nullptr, st.int32(4)).leftJustified(9) << " "
                << st.text(1);
        if (!st.isNull(5))
            ctx.out << "  [" << st.text(5) << "]";
        if (st.int32(11) != 0)
            ctx.out << "  " << tr("(pages estimated)");
        ctx.out << "\n";
        const QString runs = methodRuns(methods[id]);
        if (!runs.isEmpty())
            ctx.out << "        " << tr("pages: %1").arg(runs) << "\n";
        if (!st.isNull(6))
            ctx.out << "        " << tr("error: %1").arg(st.text(6)) << "\n";
    }
    if (json)
        writeJson(ctx, docs);
    ctx.out.flush();
    return ExitOk;
}

} // namespace quarry::cli
