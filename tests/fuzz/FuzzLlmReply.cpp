// What a model server sends back, as untrusted bytes: the SSE stream cut at a point the input
// chooses must give the same events as the whole stream (byte 0 picks the cut), every event goes
// through the chunk reader, and the reply's text through <think> stripping (never an opening tag
// left in the answer) and ReplyJson (an object or array when it says ok, a reason when not; JSON
// that parses as it is is never "repaired").
#include "FuzzTargets.h"
#include "llm/ChatAccumulator.h"
#include "llm/ReplyJson.h"
#include "llm/SseParser.h"
#include "llm/ThinkSplitter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

int quarry::fuzz::llmReply(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[0]) * bytes.size() / 255;

    quarry::SseParser whole;
    QList<quarry::SseParser::Event> a = whole.feed(bytes);
    a += whole.finish();
    quarry::SseParser pieces;
    QList<quarry::SseParser::Event> b = pieces.feed(bytes.left(cut));
    b += pieces.feed(bytes.mid(cut));
    b += pieces.finish();
    if (a.size() != b.size())
        abort();
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].type != b[i].type || a[i].data != b[i].data)
            abort();

    quarry::ChatAccumulator acc;
    for (const quarry::SseParser::Event& e : a) {
        const QJsonDocument doc = QJsonDocument::fromJson(e.data.toUtf8());
        if (doc.isObject())
            acc.addChunk(doc.object());
    }
    quarry::ChatReply reply;
    acc.fill(reply);

    const QString text = QString::fromUtf8(bytes);
    for (const QString& t : {text, reply.content}) {
        const quarry::ThinkSplitter::Parts parts = quarry::ThinkSplitter::split(t);
        if (parts.answer.contains(QLatin1String("<think>")))
            abort();
        quarry::ThinkSplitter stream;
        stream.feed(t.left(t.size() / 2));
        stream.feed(t.mid(t.size() / 2));

        const quarry::ReplyJson::Result r = quarry::ReplyJson::parse(t);
        if (r.ok && !r.value.isObject() && !r.value.isArray())
            abort();
        if (!r.ok && r.error.isEmpty())
            abort();
        const QJsonDocument exact = QJsonDocument::fromJson(t.trimmed().toUtf8());
        if (!exact.isNull() && (!r.ok || r.repaired))
            abort();
    }
    return 0;
}
