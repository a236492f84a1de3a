#include "export/RecordFormat.h"

#include "export/JsonWriter.h"
#include "text/Utf8.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace quarry {

namespace {
bool isBlank(QByteArrayView text)
{
    const auto* s = reinterpret_cast<const uchar*>(text.data());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;)
        if (!QChar::isSpace(utf8::next(s, n, i)))
            return false;
    return true;
}
} // namespace

QString RecordFormat::checkTurnsNotEmpty(const ExportRecord& record)
{
    if (record.turnCount() == 0)
        return tr("the pair has no turns");
    for (qsizetype i = 0; i < record.turnCount(); ++i)
        if (isBlank(record.content(i)))
            return tr("turn %1 (%2) is empty").arg(i + 1).arg(toString(record.turn(i).role));
    return {};
}

qsizetype RecordFormat::alternationBreak(const ExportRecord& record)
{
    for (qsizetype i = 0; i < record.turnCount(); ++i)
        if (record.turn(i).role != (i % 2 == 0 ? Turn::Role::User : Turn::Role::Assistant))
            return i;
    return record.turnCount() % 2 != 0 ? record.turnCount() : -1;
}

void RecordFormat::writeChatContent(JsonWriter& w, const ExportRecord& record, qsizetype turnIndex)
{
    const QByteArrayView content = record.content(turnIndex);
    bool firstUser = !record.context().isEmpty() && record.turn(turnIndex).role == Turn::Role::User;
    for (qsizetype i = 0; i < turnIndex && firstUser; ++i)
        firstUser = record.turn(i).role != Turn::Role::User;
    if (firstUser)
        w.utf8Value({record.context(), QByteArrayView("\n\n"), content});
    else
        w.utf8Value(content);
}

void RecordFormat::writeMetadataFields(JsonWriter& w, const ExportRecord& record,
                                       const RecordOptions& options)
{
    if (options.includePairId)
        w.key("pair_id").value(record.id);
    if (options.includeStatus)
        w.key("status").value(toString(record.status));
    if (options.includeTags)
        w.key("tags").value(record.tags);
    if (options.includeSources) {
        w.key("sources").beginArray();
        for (const PairSource& s : record.sources) {
            w.beginObject();
            w.key("document");
            if (s.documentId && options.documentNames && options.documentNames->contains(*s.documentId))
                w.value(options.documentNames->value(*s.documentId));
            else
                w.null();
            w.key("page");
            if (s.pageNo)
                w.value(qint64(*s.pageNo));
            else
                w.null();
            const bool estimated = options.estimatedPages && s.documentId
                                   && options.estimatedPages->contains(*s.documentId);
            if (s.pageNo && estimated)
                w.key("page_estimated").value(true);
            w.endObject();
        }
        w.endArray();
    }
}

QString RecordFormat::readMetadataFields(const QJsonObject& metadata, Pair& pair)
{
    const QJsonValue status = metadata.value(QStringLiteral("status"));
    if (!status.isUndefined()) {
        const auto s = pairStatusFromString(status.toString());
        if (!s)
            return tr("unknown status \"%1\"").arg(status.toString());
        pair.status = *s;
    }
    const QJsonValue tags = metadata.value(QStringLiteral("tags"));
    if (!tags.isUndefined()) {
        if (!tags.isArray())
            return tr("\"tags\" is not a list");
        for (const QJsonValue& t : tags.toArray()) {
            if (!t.isString() || t.toString().trimmed().isEmpty())
                return tr("\"tags\" holds something that is not a tag name");
            pair.tags << t.toString();
        }
    }
    return {};
}

} // namespace quarry
