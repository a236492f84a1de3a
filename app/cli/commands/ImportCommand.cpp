#include "ImportCommand.h"

#include "export/Importer.h"
#include "export/RecordFormats.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>

namespace quarry::cli {

QString ImportCommand::description() const
{
    return tr("Import pairs from a JSONL file (OpenAI, ShareGPT or Alpaca).");
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"),
                      tr("The file's format (%1); detected from the first line when not given.")
                          .arg(RecordFormats::names().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> ImportCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")},
            {QStringLiteral("FILE"), tr("The JSONL file."), QStringLiteral("FILE")}};
}

ProjectCommand::Access ImportCommand::access(const QCommandLineParser&) const
{
    return Access::ReadWrite;
}

int ImportCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && !RecordFormats::find(format))
        return error(ctx, tr("import: unknown format \"%1\" (expected %2)")
                              .arg(format, RecordFormats::names().join(QStringLiteral(", "))));
    ProjectStore* store = &project();
    const ImportReport r = Importer(*store).importFile(parser.positionalArguments().at(1), format);
    if (parser.isSet(QStringLiteral("json"))) {
        writeJson(ctx, r.toJson());
    } else {
        ctx.out << tr("Imported %1 pair(s) from %2 lines (%3).").arg(r.imported).arg(r.lines).arg(r.format) << "\n";
        ctx.out.flush();
        for (const auto& e : r.errors)
            ctx.err << tr("line %1: %2").arg(e.line).arg(e.reason) << "\n";
        ctx.err.flush();
    }
    // Skipped lines make the run a partial success: scripts see it in the exit code.
    return r.errors.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace quarry::cli
