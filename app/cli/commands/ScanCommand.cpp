#include "ScanCommand.h"

#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QStringDecoder>
#include <cstdio>

namespace quarry::cli {

namespace {

QJsonObject hitJson(const Detection& d, qint64 start, qint64 end)
{
    return QJsonObject{{QStringLiteral("type"), d.type},
                       {QStringLiteral("start"), start},
                       {QStringLiteral("end"), end},
                       {QStringLiteral("text"), d.text},
                       {QStringLiteral("score"), qRound(d.score * 1000) / 1000.0},
                       {QStringLiteral("rule"), d.rule}};
}

} // namespace

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
                QJsonObject o = hitJson(d, cp, cpEnd);
                o.insert(QStringLiteral("line"), lineNo);
                writeJson(ctx, o);
            }
        }
    } else {
        valid = scanner.scanStream(file, [&](const Scanner::StreamHit& hit) {
            writeJson(ctx, hitJson(hit.detection, hit.cpStart, hit.cpEnd));
        });
    }
    ctx.out.flush();
    if (!valid)
        return error(ctx, tr("%1: the input is not valid UTF-8 (the valid parts were scanned)").arg(input));
    return ExitOk;
}

} // namespace quarry::cli
