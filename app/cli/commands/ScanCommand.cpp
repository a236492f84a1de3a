#include "ScanCommand.h"

#include "export/JsonWriter.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QStringDecoder>
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace quarry::cli {

namespace {

// Detections go out as JSON lines built by hand into one buffer that reaches stdout in large writes:
// a QJsonObject, a QJsonDocument and a flushing endl per detection (a write() each) cost more than
// the scan itself on large inputs. Keys in the order QJsonDocument writes them (sorted); strings
// through the export's JsonWriter (the same escaping, and U+2028/U+2029 escaped as well).
char* writeInt(char* p, qint64 v)
{
    return std::to_chars(p, p + 24, v).ptr;
}

// A score rounded to three decimals, as QJsonDocument writes the double: "1", "0.85", "0.6".
char* writeScore(char* p, double score)
{
    const int k = std::clamp(int(qRound(score * 1000)), 0, 1000);
    if (k == 1000 || k == 0) {
        *p++ = k ? '1' : '0';
        return p;
    }
    char buf[5] = {'0', '.', char('0' + k / 100), char('0' + k / 10 % 10), char('0' + k % 10)};
    int len = 5;
    while (buf[len - 1] == '0')
        --len;
    std::memcpy(p, buf, size_t(len));
    return p + len;
}

template <size_t N> char* writeLiteral(char* p, const char (&s)[N])
{
    std::memcpy(p, s, N - 1);
    return p + N - 1;
}

// Rule names and types are plain ASCII words: copied as they are, quoted. Anything else (a user's
// rule named with quotes or Hangul) goes through the export's escaping.
void appendName(QByteArray& out, char*& p, QStringView name)
{
    const char16_t* u = name.utf16();
    const qsizetype n = name.size();
    bool plain = n <= 64;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = u[i] >= 0x20 && u[i] < 0x7F && u[i] != u'"' && u[i] != u'\\';
    if (plain) {
        *p++ = '"';
        for (qsizetype i = 0; i < n; ++i)
            *p++ = char(u[i]);
        *p++ = '"';
        return;
    }
    const qsizetype at = p - out.data();
    out.truncate(at);
    JsonWriter::appendString(out, name);
    const qsizetype end = out.size();
    out.resize(end + 256); // room for what follows the name (numbers and keys)
    p = out.data() + end;
}

// One detection as a JSON line, written through a pointer into room made once (appending piece by
// piece cost more than the scan on detection-dense text).
// The rule, type and text are views (of the stream's window, for scanStream()'s hits): no string
// of their own per detection.
void appendHit(QByteArray& out, QStringView rule, QStringView type, double score, QStringView text,
               qint64 start, qint64 end, qint64 line)
{
    const qsizetype old = out.size();
    out.resize(old + 256 + 6 * 64);
    char* p = out.data() + old;
    p = writeLiteral(p, "{\"end\":");
    p = writeInt(p, end);
    if (line > 0) {
        p = writeLiteral(p, ",\"line\":");
        p = writeInt(p, line);
    }
    p = writeLiteral(p, ",\"rule\":");
    appendName(out, p, rule);
    p = writeLiteral(p, ",\"score\":");
    p = writeScore(p, score);
    p = writeLiteral(p, ",\"start\":");
    p = writeInt(p, start);
    p = writeLiteral(p, ",\"text\":");
    out.truncate(p - out.data());
    JsonWriter::appendString(out, text);
    const qsizetype afterText = out.size();
    out.resize(afterText + 32 + 6 * 64);
    p = out.data() + afterText;
    p = writeLiteral(p, ",\"type\":");
    appendName(out, p, type);
    p = writeLiteral(p, "}\n");
    out.truncate(p - out.data());
}

// Windows of the stream in UTF-16 units. Small enough that the scanner's buffers, reused from window
// to window, stay in the cache: with 4M-unit windows every window's working memory (the text, its
// normalised copy, the candidates) was fresh pages, and the page faults cost a fifth of the CPU
// time of bench_scan_cli (the 1,152 units of overlap and context rescanned per window are 0.4%).
// Windows scanned on threads of their own are larger: a thread per window.
constexpr qint64 kWindow = 1 << 18;
constexpr qint64 kThreadWindow = 4 << 20;

// Hands the buffer to stdout's device once it holds this much.
constexpr qsizetype kFlushBytes = 1 << 20;

void flushHits(CommandContext& ctx, QByteArray& buffer)
{
    if (buffer.isEmpty())
        return;
    ctx.out.flush();
    if (QIODevice* device = ctx.out.device())
        device->write(buffer);
    else
        ctx.out << QString::fromUtf8(buffer);
    buffer.clear();
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
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
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
                appendHit(buffer, d.rule, d.type, d.score, d.text, cp, cpEnd, lineNo);
                if (buffer.size() >= kFlushBytes)
                    flushHits(ctx, buffer);
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
            [&](const Scanner::StreamHit& hit) {
                appendHit(buffer, hit.rule, hit.type, hit.score, hit.text, hit.cpStart, hit.cpEnd, 0);
                if (buffer.size() >= kFlushBytes)
                    flushHits(ctx, buffer);
            },
            threads > 1 ? kThreadWindow : kWindow, threads);
    }
    flushHits(ctx, buffer);
    ctx.out.flush();
    if (!valid)
        return error(ctx, tr("%1: the input is not valid UTF-8 (the valid parts were scanned)").arg(input));
    return ExitOk;
}

} // namespace quarry::cli
