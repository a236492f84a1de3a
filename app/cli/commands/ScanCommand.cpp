#include "ScanCommand.h"

#include "DetectionLineWriter.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

namespace quarry::cli {

QString ScanCommand::description() const
{
    return tr("Find personal data in UTF-8 text; one JSON object per detection (offsets in code points).");
}

void ScanCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("rules"), tr("Rule pack (JSON) to use on top of the defaults."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("terms"),
                      tr("Term list (TXT: one per line; CSV: the name column), found as PERSON."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("lines"), tr("Scan each line on its own; objects carry their line number.")});
    parser.addOption({QStringLiteral("threads"),
                      tr("Parts of a large input scanned at once on as many threads (default 1); the output "
                         "is the same."),
                      QStringLiteral("N")});
}

QList<std::tuple<QString, QString, QString>> ScanCommand::positionals() const
{
    return {
        {QStringLiteral("FILE"), tr("The text file, or - for standard input."), QStringLiteral("FILE|-")}};
}

int ScanCommand::minPositional() const
{
    return 1;
}

int ScanCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    RuleSet rules = RuleSet::defaults();
    if (parser.isSet(QStringLiteral("rules"))) {
        const QString path = parser.value(QStringLiteral("rules"));
        rules = RuleSet::fromJsonFile(path);
        // A broken rule is named and left out; the others keep working.
        for (const QString& e : rules.errors())
            warn(ctx, path + QStringLiteral(": ") + e);
    }
    for (const QString& path : parser.values(QStringLiteral("terms")))
        rules.addTerms(QStringLiteral("terms"), QStringLiteral("PERSON"), RuleSet::readTermsFile(path));
    const Scanner scanner(rules);

    const QString input = parser.positionalArguments().at(0);
    QFile file;
    bool opened = false;
    if (input == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(input);
        if (!file.exists())
            return error(ctx, tr("%1: no such file").arg(input));
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return error(ctx, tr("%1: cannot read: %2").arg(input, file.errorString()));

    bool valid = true;
    // Lines reach stdout's device in large writes (a flushing endl per detection, a write() each,
    // cost more than the scan itself on large inputs).
    DetectionLineWriter writer([&ctx](QByteArrayView bytes) {
        ctx.out.flush();
        if (QIODevice* device = ctx.out.device())
            device->write(bytes.data(), bytes.size());
        else
            ctx.out << QString::fromUtf8(bytes);
    });
    if (parser.isSet(QStringLiteral("lines"))) {
        qint64 lineNo = 0;
        QStringDecoder decoder(QStringDecoder::Utf8);
        while (!file.atEnd()) {
            QByteArray bytes = file.readLine();
            if (bytes.isEmpty())
                break;
            ++lineNo;
            if (bytes.endsWith('\n'))
                bytes.chop(1);
            if (bytes.endsWith('\r'))
                bytes.chop(1);
            const QString line = decoder.decode(bytes);
            if (decoder.hasError()) {
                valid = false;
                decoder.resetState();
            }
            int cpPos = 0;
            qint64 cp = 0;
            for (const Detection& d : scanner.scan(line)) {
                // Offsets in code points of the line.
                for (; cpPos < d.start; ++cpPos)
                    cp += line.at(cpPos).isLowSurrogate() ? 0 : 1;
                qint64 cpEnd = cp;
                for (int k = d.start; k < d.end; ++k)
                    cpEnd += line.at(k).isLowSurrogate() ? 0 : 1;
                writer.add(d.rule, d.type, d.score, d.text, cp, cpEnd, lineNo);
            }
        }
    } else {
        // One thread unless asked: on the shared 2-core machine two cost 12% more CPU for no gain
        // in wall time (bench_scan_cli); on an idle machine with cores to spare --threads helps.
        int threads = 1;
        if (parser.isSet(QStringLiteral("threads"))) {
            bool ok = false;
            threads = parser.value(QStringLiteral("threads")).toInt(&ok);
            if (!ok || threads < 1 || threads > 64)
                return error(ctx, tr("--threads wants a number from 1 to 64"));
        }
        valid = scanner.scanStream(
            file,
            [&writer](const Scanner::StreamHit& hit) {
                writer.add(hit.rule, hit.type, hit.score, hit.text, hit.cpStart, hit.cpEnd);
            },
            Scanner::DefaultWindow, threads);
    }
    writer.flush();
    ctx.out.flush();
    if (!valid)
        return error(ctx, tr("%1: the input is not valid UTF-8 (the valid parts were scanned)").arg(input));
    return ExitOk;
}

} // namespace quarry::cli
