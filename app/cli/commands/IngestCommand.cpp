#include "IngestCommand.h"

#include "ingest/IngestPipeline.h"
#include "ingest/ShardPartition.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <cstdio>
#include <optional>

namespace quarry::cli {

QString IngestCommand::description() const
{
    return tr("Add PDFs, images and text files (folders recursed) to a project.");
}

void IngestCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("ocr-lang"),
                      tr("OCR languages, e.g. kor+eng (default: the project's setting)."),
                      QStringLiteral("LANGS")});
    parser.addOption({QStringLiteral("password"), tr("Password for encrypted PDFs."), QStringLiteral("PW")});
    parser.addOption(
        {QStringLiteral("replace"), tr("Re-ingest files already in the project (corrections are kept).")});
    parser.addOption({QStringLiteral("workers"), tr("Worker processes (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("page-timeout"),
                      tr("Seconds a page may take before its worker is stopped."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("worker-memory"),
         tr("Memory each worker process may use, in MB; a file needing more fails with that reason "
            "(default: the project's setting ingest.worker_memory_mb, else 2048; 0: no limit)."),
         QStringLiteral("MB")});
    parser.addOption(
        {QStringLiteral("files-from"),
         tr("Also ingest the files and folders listed in FILE, one per line (UTF-8; - reads standard "
            "input)."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("shard"),
         tr("Ingest only shard K of N (K from 0): N runs with the same inputs, each into its own project, "
            "cover every file once; the shard of a file depends on its path relative to the folder named "
            "(or its path as written), so every machine agrees. Join the projects with 'merge'."),
         QStringLiteral("K/N")});
    parser.addOption(
        {QStringLiteral("json"), tr("Print one JSON object per file and a summary, one per line.")});
}

QList<std::tuple<QString, QString, QString>> IngestCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")},
            {QStringLiteral("PATH"), tr("Files or folders to ingest."), QStringLiteral("[PATH...]")}};
}

ProjectCommand::Access IngestCommand::access(const QCommandLineParser&) const
{
    return Access::ReadWrite;
}

int IngestCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    const QStringList args = parser.positionalArguments();
    IngestPipeline::Options options;
    options.ocrLanguages = parser.value(QStringLiteral("ocr-lang"));
    options.password = parser.value(QStringLiteral("password"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    if (parser.isSet(QStringLiteral("workers"))) {
        bool ok = false;
        options.workers = parser.value(QStringLiteral("workers")).toInt(&ok);
        if (!ok || options.workers < 1 || options.workers > 64)
            return error(ctx, tr("--workers wants a number from 1 to 64"));
    }
    if (parser.isSet(QStringLiteral("page-timeout"))) {
        bool ok = false;
        const double s = parser.value(QStringLiteral("page-timeout")).toDouble(&ok);
        if (!ok || s <= 0)
            return error(ctx, tr("--page-timeout wants a positive number of seconds"));
        options.pageTimeoutMs = int(s * 1000);
    }
    if (parser.isSet(QStringLiteral("worker-memory"))) {
        bool ok = false;
        options.workerMemoryMb = parser.value(QStringLiteral("worker-memory")).toLongLong(&ok);
        // Below a couple of hundred MB the worker cannot even load Qt and Tesseract.
        if (!ok || (options.workerMemoryMb != 0 && options.workerMemoryMb < 256))
            return error(ctx, tr("--worker-memory wants 0 (no limit) or a number of MB from 256 up"));
    }
    QStringList paths = args.mid(1);
    if (parser.isSet(QStringLiteral("files-from"))) {
        const QString listName = parser.value(QStringLiteral("files-from"));
        QFile list;
        const bool opened = listName == QLatin1String("-")
                                ? list.open(stdin, QIODevice::ReadOnly)
                                : (list.setFileName(listName), list.open(QIODevice::ReadOnly));
        if (!opened)
            return error(ctx, tr("%1: cannot read the file list: %2").arg(listName, list.errorString()));
        while (!list.atEnd()) {
            QByteArray line = list.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                paths << QString::fromUtf8(line);
        }
    }
    if (paths.isEmpty())
        return error(ctx, tr("nothing to ingest: name files or folders, or a list with --files-from"));
    for (const QString& p : paths)
        if (!QFileInfo::exists(p))
            return error(ctx, tr("%1: no such file or folder").arg(p));
    std::optional<ShardPartition> shard;
    if (parser.isSet(QStringLiteral("shard"))) {
        try {
            shard = ShardPartition::parse(parser.value(QStringLiteral("shard")));
        } catch (const Error& e) {
            return error(ctx, e.message());
        }
    }

    ProjectStore* store = &project();
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool bar = ctx.outIsTerminal && !json;

    IngestPipeline pipeline(*store, options);
    if (shard) {
        // Folders are expanded here, one at a time, so that each file's key is its path relative
        // to the folder it was found under: the same on every machine, wherever the folder is mounted.
        QStringList mine;
        for (const QString& p : paths) {
            const bool folder = QFileInfo(p).isDir();
            const QString root = folder ? QFileInfo(p).absoluteFilePath() : QString();
            for (const QString& f : pipeline.expandPaths({p}))
                if (shard->contains(ShardPartition::keyOf(root, folder ? f : p)))
                    mine << f;
        }
        paths = mine;
    }
    int total = 0;
    int finished = 0;
    QString current;
    int pageDone = 0;
    int pageTotal = 0;
    auto drawBar = [&] {
        if (!bar)
            return;
        const int width = 24;
        const int filled = total > 0 ? finished * width / total : 0;
        QString line = QStringLiteral("\r[%1%2] %3/%4 ")
                           .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('-')))
                           .arg(finished)
                           .arg(total);
        if (!current.isEmpty()) {
            line += current.right(40);
            if (pageTotal > 1)
                line += QStringLiteral(" (%1/%2)").arg(pageDone).arg(pageTotal);
        }
        ctx.out << line.leftJustified(100) << Qt::flush;
    };
    QObject::connect(&pipeline, &IngestPipeline::batchStarted, [&](int n) {
        total = n;
        drawBar();
    });
    QObject::connect(&pipeline, &IngestPipeline::fileStarted, [&](int, const QString& path) {
        current = QFileInfo(path).fileName();
        pageDone = pageTotal = 0;
        drawBar();
    });
    QObject::connect(&pipeline, &IngestPipeline::pageProgress,
                     [&](int, const QString& path, int done, int count) {
                         current = QFileInfo(path).fileName();
                         pageDone = done;
                         pageTotal = count;
                         drawBar();
                     });
    QObject::connect(&pipeline, &IngestPipeline::fileFinished, [&](const IngestFileResult& r) {
        ++finished;
        if (json) {
            QJsonObject o{{QStringLiteral("event"), QStringLiteral("file")},
                          {QStringLiteral("path"), r.path},
                          {QStringLiteral("status"), r.statusText()},
                          {QStringLiteral("kind"), toString(r.kind)},
                          {QStringLiteral("pages"), r.pages},
                          {QStringLiteral("replaced"), r.replaced}};
            o.insert(QStringLiteral("document_id"),
                     r.documentId > 0 ? QJsonValue(r.documentId) : QJsonValue());
            if (!r.error.isEmpty())
                o.insert(QStringLiteral("error"), r.error);
            writeJson(ctx, o);
            return;
        }
        if (bar)
            ctx.out << "\r" << QString(100, QLatin1Char(' ')) << "\r";
        ctx.out << r.statusText().leftJustified(12) << QFileInfo(r.path).fileName();
        if (r.pages > 0)
            ctx.out << "  " << tr("%n page(s)", nullptr, r.pages);
        if (!r.error.isEmpty())
            ctx.out << "  " << r.error;
        ctx.out << Qt::endl;
        drawBar();
    });

    const IngestSummary s = pipeline.run(paths);
    if (json) {
        writeJson(ctx, QJsonObject{{QStringLiteral("event"), QStringLiteral("summary")},
                                   {QStringLiteral("files"), s.files},
                                   {QStringLiteral("ok"), s.ok},
                                   {QStringLiteral("ocr"), s.ocr},
                                   {QStringLiteral("warnings"), s.warnings},
                                   {QStringLiteral("failed"), s.failed},
                                   {QStringLiteral("unsupported"), s.unsupported},
                                   {QStringLiteral("skipped"), s.skipped},
                                   {QStringLiteral("pages"), s.pages},
                                   {QStringLiteral("cancelled"), s.cancelled}});
    } else {
        if (bar)
            ctx.out << "\r" << QString(100, QLatin1Char(' ')) << "\r";
        ctx.out << tr("%1 files: %2 ok, %3 OCR, %4 with warnings, %5 failed, %6 unsupported, %7 already "
                      "present; %8 pages")
                       .arg(s.files)
                       .arg(s.ok)
                       .arg(s.ocr)
                       .arg(s.warnings)
                       .arg(s.failed)
                       .arg(s.unsupported)
                       .arg(s.skipped)
                       .arg(s.pages)
                << Qt::endl;
    }
    // The batch ran: failed files are reported by 'docs', not by the exit code.
    return ExitOk;
}

} // namespace quarry::cli
