#include "LabelledSet.h"

#include "TestDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quarry::test {

QList<LabelledSnippet> LabelledSet::read(const QString& file, QString* error)
{
    QList<LabelledSnippet> out;
    QFile f(sourceDir() + QStringLiteral("/tests/data/redact/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return {};
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        LabelledSnippet s;
        s.text = o.value(QStringLiteral("text")).toString();
        s.note = o.value(QStringLiteral("note")).toString();
        for (const QJsonValue& v : o.value(QStringLiteral("spans")).toArray()) {
            const QJsonObject span = v.toObject();
            const QString value = span.value(QStringLiteral("value")).toString();
            const int at = int(s.text.indexOf(value));
            if (at < 0) {
                *error = QStringLiteral("%1: [%2] is not in: %3").arg(file, value, s.text);
                return {};
            }
            s.spans << LabelledSpan{at, at + int(value.size()), span.value(QStringLiteral("type")).toString(),
                                    span.value(QStringLiteral("tag")).toString()};
        }
        out << s;
    }
    error->clear();
    return out;
}

DetectionMatch LabelledSet::match(LabelledSnippet& snippet, const Detection& d)
{
    DetectionMatch m = DetectionMatch::Unlabelled;
    for (LabelledSpan& e : snippet.spans) {
        if (e.type != d.type)
            continue;
        if (d.start <= e.start && e.end <= d.end) {
            e.found = true;
            m = DetectionMatch::Covers;
        } else if (d.start < e.end && e.start < d.end && m == DetectionMatch::Unlabelled) {
            m = DetectionMatch::Overlaps;
        }
    }
    return m;
}

} // namespace quarry::test
