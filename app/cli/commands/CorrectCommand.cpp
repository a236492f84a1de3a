#include "CorrectCommand.h"

#include "redact/DetectionStore.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/PageCorrections.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>

namespace quarry::cli {

QString CorrectCommand::description() const
{
    return QCoreApplication::translate(
        "quarry::cli::CorrectCommand",
        "Replace a page's extracted text with a correction, or remove the correction.");
}

void CorrectCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("page"),
                      QCoreApplication::translate("quarry::cli::CorrectCommand", "Page number (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("file"),
                      QCoreApplication::translate("quarry::cli::CorrectCommand",
                                                  "Read the corrected text from FILE (UTF-8; - for stdin)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("clear"),
         QCoreApplication::translate("quarry::cli::CorrectCommand",
                                     "Remove the correction: the extracted text applies again.")});
}

QList<std::tuple<QString, QString, QString>> CorrectCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"),
             QCoreApplication::translate("quarry::cli::CorrectCommand", "The project file."),
             QStringLiteral("PROJECT")},
            {QStringLiteral("DOC"),
             QCoreApplication::translate("quarry::cli::CorrectCommand", "Document id or file name."),
             QStringLiteral("DOC")}};
}

ProjectCommand::Access CorrectCommand::access(const QCommandLineParser&) const
{
    return Access::ReadWrite;
}

int CorrectCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    const bool clear = parser.isSet(QStringLiteral("clear"));
    if (clear == parser.isSet(QStringLiteral("file")))
        return error(ctx, QCoreApplication::translate("quarry::cli::CorrectCommand",
                                                      "correct: give either --file or --clear"));
    ProjectStore* store = &project();
    const QString docSpec = parser.positionalArguments().at(1);
    const qint64 documentId = resolveDocument(docSpec);
    if (!documentId)
        return error(ctx, QCoreApplication::translate("quarry::cli::CorrectCommand", "no document %1 in %2")
                              .arg(docSpec, store->path()));
    bool ok = false;
    const int pageNo = parser.value(QStringLiteral("page")).toInt(&ok);
    PageCorrections corrections(*store);
    const qint64 pageId = ok ? corrections.pageId(documentId, pageNo) : 0;
    if (!pageId)
        return error(ctx,
                     QCoreApplication::translate("quarry::cli::CorrectCommand", "document %1 has no page %2")
                         .arg(docSpec, parser.value(QStringLiteral("page"))));

    // The corrected text is scanned for personal data in the same transaction.
    const Scanner scanner(RuleSet::loadProject(store->db()));
    DetectionStore detections(*store);
    const auto rescan = [&](qint64 id) { detections.scanPage(scanner, id); };
    if (clear) {
        corrections.clearCorrection(pageId, rescan);
        ctx.out << QCoreApplication::translate("quarry::cli::CorrectCommand",
                                               "Removed the correction of page %1")
                       .arg(pageNo)
                << Qt::endl;
        return ExitOk;
    }
    QFile in;
    const QString file = parser.value(QStringLiteral("file"));
    if (file == QLatin1String("-") ? !in.open(stdin, QIODevice::ReadOnly)
                                   : (in.setFileName(file), !in.open(QIODevice::ReadOnly)))
        return error(ctx, QCoreApplication::translate("quarry::cli::CorrectCommand", "%1: cannot read: %2")
                              .arg(file, in.errorString()));
    const QByteArray bytes = in.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return error(
            ctx, QCoreApplication::translate("quarry::cli::CorrectCommand", "%1: not valid UTF-8").arg(file));
    corrections.setCorrection(pageId, text, rescan);
    ctx.out << QCoreApplication::translate("quarry::cli::CorrectCommand", "Corrected page %1").arg(pageNo)
            << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
