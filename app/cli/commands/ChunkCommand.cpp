#include "ChunkCommand.h"

#include "curation/Chunker.h"
#include "store/DocumentRepository.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace quarry::cli {

QString ChunkCommand::description() const
{
    return tr("Cut every document's text into passages (by headings and paragraphs, then by size). "
              "Pairs stay linked to their sources; pairs whose source text changed are flagged for review.");
}

void ChunkCommand::addOptions(QCommandLineParser& parser) const
{
    const ChunkOptions d;
    parser.addOption({QStringLiteral("target"),
                      tr("Target passage length in characters (default %1).").arg(d.targetLength),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("max"), tr("Maximum passage length (default %1).").arg(d.maxLength),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("overlap"),
                      tr("Characters repeated when a paragraph is cut (default %1).").arg(d.overlap),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("document"), tr("Only this document id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> ChunkCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int ChunkCommand::minPositional() const
{
    return 1;
}

int ChunkCommand::maxPositional() const
{
    return 1;
}

ProjectCommand::Access ChunkCommand::access(const QCommandLineParser&) const
{
    return Access::ReadWrite;
}

int ChunkCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    ChunkOptions o;
    auto number = [&](const QString& name, int& out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < 0)
            return false;
        out = v;
        return true;
    };
    if (!number(QStringLiteral("target"), o.targetLength) || !number(QStringLiteral("max"), o.maxLength) ||
        !number(QStringLiteral("overlap"), o.overlap))
        return error(ctx, tr("chunk: --target, --max and --overlap take a number of characters"));
    if (o.maxLength < o.targetLength)
        return error(
            ctx,
            tr("chunk: --max (%1) must not be less than --target (%2)").arg(o.maxLength).arg(o.targetLength));
    ProjectStore* store = &project();
    Chunker chunker(o);
#ifdef QUARRY_HAVE_REDACT
    // Passages are what pairs are written from: cut them from the redacted text.
    chunker.useRedactedText(*store);
#endif
    ChunkReport r;
    if (parser.isSet(QStringLiteral("document"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("document")).toLongLong(&ok);
        if (!ok || !DocumentRepository(store->db()).exists(id))
            return error(
                ctx,
                tr("chunk: no document %1 in the project").arg(parser.value(QStringLiteral("document"))));
        r = chunker.chunkDocument(store->db(), id, store->actor());
    } else {
        r = chunker.chunkAll(store->db(), store->actor());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx, QJsonObject{{QStringLiteral("documents"), r.documents},
                                   {QStringLiteral("passages"), r.passages},
                                   {QStringLiteral("relinked_sources"), r.relinked},
                                   {QStringLiteral("flagged_pairs"), r.flagged}});
        return ExitOk;
    }
    ctx.out << tr("%1 document(s), %2 passage(s); %3 source link(s) kept, %4 pair(s) flagged for review")
                   .arg(r.documents)
                   .arg(r.passages)
                   .arg(r.relinked)
                   .arg(r.flagged)
            << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
