#include "DocsCommand.h"

#include "store/DocumentRepository.h"
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

ProjectCommand::Access DocsCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int DocsCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    ProjectStore* store = &project();
    DocumentRepository documents(store->db());

    std::map<qint64, QList<QPair<int, QString>>> methods;
    std::map<qint64, QJsonArray> pageJson;
    for (const PageRow& page : documents.pageSummaries()) {
        methods[page.documentId].append({page.pageNo, toString(page.method)});
        QJsonObject p{{QStringLiteral("page"), page.pageNo},
                      {QStringLiteral("method"), toString(page.method)},
                      {QStringLiteral("corrected"), page.corrected}};
        if (page.confidence)
            p.insert(QStringLiteral("confidence"), *page.confidence);
        // Page warnings include what OCR did to the page (enlarged and read again).
        if (!page.warnings.isEmpty())
            p.insert(QStringLiteral("warnings"), page.warnings);
        pageJson[page.documentId].append(p);
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    auto orNull = [](const QString& s) { return s.isNull() ? QJsonValue() : QJsonValue(s); };
    QJsonArray docs;
    for (const DocumentRow& d : documents.list()) {
        if (json) {
            QJsonObject o{{QStringLiteral("id"), d.id},
                          {QStringLiteral("name"), d.name},
                          {QStringLiteral("kind"), toString(d.kind)},
                          {QStringLiteral("status"), toString(d.status)},
                          {QStringLiteral("page_count"), d.pageCount},
                          {QStringLiteral("encoding"), orNull(d.encoding)},
                          {QStringLiteral("error"), orNull(d.error)},
                          {QStringLiteral("source_path"), d.sourcePath},
                          {QStringLiteral("sha256"), d.sha256},
                          {QStringLiteral("ocr_languages"), orNull(d.ocrLanguages)},
                          {QStringLiteral("title"), orNull(d.title)},
                          {QStringLiteral("pages"), pageJson[d.id]},
                          {QStringLiteral("pages_estimated"), d.pagesEstimated}};
            docs.append(o);
            continue;
        }
        ctx.out << QString::number(d.id).rightJustified(4) << "  " << toString(d.status).leftJustified(11)
                << " " << toString(d.kind).leftJustified(8) << " "
                << tr("%n page(s)", nullptr, d.pageCount).leftJustified(9) << " " << d.name;
        if (!d.encoding.isNull())
            ctx.out << "  [" << d.encoding << "]";
        if (d.pagesEstimated)
            ctx.out << "  " << tr("(pages estimated)");
        ctx.out << "\n";
        const QString runs = methodRuns(methods[d.id]);
        if (!runs.isEmpty())
            ctx.out << "        " << tr("pages: %1").arg(runs) << "\n";
        if (!d.error.isNull())
            ctx.out << "        " << tr("error: %1").arg(d.error) << "\n";
    }
    if (json)
        writeJson(ctx, docs);
    ctx.out.flush();
    return ExitOk;
}

} // namespace quarry::cli
