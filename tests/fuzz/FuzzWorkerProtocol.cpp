// libFuzzer target: the ingest worker protocol (JSON lines between IngestPipeline's WorkerClient
// and quarry-worker's WorkerServer), both directions, in-process. The input is up to eight lines.
//  - As messages from a worker (what WorkerClient hands the pipeline): each line that is a JSON
//    object goes through PageResult::fromJson and DocumentInfo::fromJson; what they make must
//    survive toJson -> fromJson -> toJson unchanged (the parsers accept anything and settle).
//  - As requests to a worker: each object is handled by one WorkerServer, in order, as
//    quarry-worker's loop would. Its answer lines are captured (the server writes to fd 1) and
//    checked as the client reads them: each one JSON object of a known type; one answer per
//    open/render/unknown request; for "pages" one "page" per asked page and then "done" (or one
//    "error"); every "page" and "opened" line is exactly what PageResult/DocumentInfo::toJson
//    make of their own fromJson; a "rendered" PNG decodes to the size it states.
// Requests name files the fuzzer does not choose: "path" becomes one of a text file, an HTML file,
// a one-page text PDF or a missing file (by the path's length), so no request reads the machine's
// files or blocks on a device; "dpi" is capped at 150 and at most eight pages are asked, so
// that one input stays fast (OCR is not reached: the PDF has a text layer, there is no image).
#include "FuzzTargets.h"
#include "ingest/IngestTypes.h"
#include "ingest/WorkerServer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

// A one-page PDF with a text layer in the standard Helvetica (nothing embedded), offsets computed.
QByteArray onePagePdf()
{
    const QByteArray stream = "BT /F1 14 Tf 72 720 Td (Invoice 2026 for Box 17) Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct Fixture
{
    QString dir = QDir::tempPath() + QStringLiteral("/quarry-fuzz-worker-%1").arg(::getpid());
    QStringList files;
    int out = -1; // where the server's answers go while it handles a request

    Fixture()
    {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QList<QPair<QString, QByteArray>> content = {
            {QStringLiteral("note.txt"), QByteArrayLiteral("연락처: 010-2345-6789\n\f둘째 쪽 Box 17\n")},
            {QStringLiteral("page.html"),
             QByteArrayLiteral("<html><head><title>t</title></head><body><p>본문 "
                               "&amp; text</p></body></html>")},
            {QStringLiteral("one.pdf"), onePagePdf()},
        };
        for (const auto& [name, bytes] : content) {
            QFile f(dir + QLatin1Char('/') + name);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            files << f.fileName();
        }
        files << dir + QStringLiteral("/missing.pdf");
        out = ::open(qPrintable(dir + QStringLiteral("/answers")), O_RDWR | O_CREAT | O_TRUNC, 0600);
    }
    ~Fixture()
    {
        if (out >= 0)
            ::close(out);
        QDir(dir).removeRecursively();
    }
};

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// fromJson accepts anything; what it makes of it must then be stable.
template <typename T> void settles(const QJsonObject& o)
{
    const QJsonObject once = T::fromJson(o).toJson();
    check(T::fromJson(once).toJson() == once);
}

QJsonObject sanitized(QJsonObject request, const Fixture& fixture)
{
    const QString path = request.value(QStringLiteral("path")).toString();
    request.insert(QStringLiteral("path"), fixture.files.at(int(path.size() % fixture.files.size())));
    if (request.contains(QStringLiteral("dpi")))
        request.insert(QStringLiteral("dpi"), qBound(1, request.value(QStringLiteral("dpi")).toInt(), 150));
    const QJsonArray pages = request.value(QStringLiteral("pages")).toArray();
    if (pages.size() > 8)
        request.insert(QStringLiteral("pages"), QJsonArray::fromVariantList(pages.toVariantList().mid(0, 8)));
    return request;
}

// Runs one request through the server and returns its answer lines.
QList<QByteArray> answer(quarry::WorkerServer& server, const QJsonObject& request, int out)
{
    check(::ftruncate(out, 0) == 0 && ::lseek(out, 0, SEEK_SET) == 0);
    std::fflush(stdout);
    const int saved = ::dup(1);
    ::dup2(out, 1);
    server.handle(request);
    std::fflush(stdout);
    ::dup2(saved, 1);
    ::close(saved);
    QByteArray all;
    char buf[65536];
    ssize_t n = 0;
    off_t at = 0;
    while ((n = ::pread(out, buf, sizeof buf, at)) > 0) {
        all.append(buf, qsizetype(n));
        at += n;
    }
    check(all.endsWith('\n'));
    all.chop(1);
    return all.split('\n');
}

void checkAnswer(const QJsonObject& request, const QList<QByteArray>& lines)
{
    QStringList types;
    for (const QByteArray& line : lines) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        check(err.error == QJsonParseError::NoError && doc.isObject());
        const QJsonObject o = doc.object();
        const QString type = o.value(QStringLiteral("type")).toString();
        types << type;
        if (type == QLatin1String("page"))
            check(quarry::PageResult::fromJson(o).toJson() == o);
        else if (type == QLatin1String("opened"))
            check(quarry::DocumentInfo::fromJson(o).toJson() == o);
        else if (type == QLatin1String("rendered")) {
            const QImage img = QImage::fromData(
                QByteArray::fromBase64(o.value(QStringLiteral("png")).toString().toLatin1()), "PNG");
            check(!img.isNull() && img.width() == o.value(QStringLiteral("width")).toInt() &&
                  img.height() == o.value(QStringLiteral("height")).toInt());
        } else
            check(type == QLatin1String("error") || type == QLatin1String("done") ||
                  type == QLatin1String("pong"));
    }
    const QString op = request.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("pages")) {
        if (types == QStringList{QStringLiteral("error")})
            return;
        check(types.size() == request.value(QStringLiteral("pages")).toArray().size() + 1);
        check(types.last() == QLatin1String("done"));
        for (qsizetype i = 0; i + 1 < types.size(); ++i)
            check(types[i] == QLatin1String("page"));
    } else {
        check(types.size() == 1);
    }
}

} // namespace

int quarry::fuzz::workerProtocol(const uint8_t* data, size_t size)
{
    static const Fixture fixture;
    const QList<QByteArray> lines =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)).split('\n');
    quarry::WorkerServer server;
    int handled = 0;
    for (const QByteArray& line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        const QJsonObject o = doc.object();
        settles<quarry::PageResult>(o);
        settles<quarry::DocumentInfo>(o);
        if (++handled > 8)
            break;
        const QJsonObject request = sanitized(o, fixture);
        checkAnswer(request, answer(server, request, fixture.out));
    }
    return 0;
}
