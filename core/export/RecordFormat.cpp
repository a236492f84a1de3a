#include "export/RecordFormat.h"

#include "export/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace quarry {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("quarry::RecordFormat", s);
}

bool isBlank(const QString& s)
{
    for (QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}
} // namespace

QString RecordFormat::checkTurnsNotEmpty(const Pair& pair)
{
    if (pair.turns.isEmpty())
        return tr("the pair has no turns");
    for (qsizetype i = 0; i < pair.turns.size(); ++i)
        if (isBlank(pair.turns[i].content))
            return tr("turn %1 (%2) is empty").arg(i + 1).arg(toString(pair.turns[i].role));
    return {};
}

qsizetype RecordFormat::alternationBreak(const Pair& pair)
{
    for (qsizetype i = 0; i < pair.turns.size(); ++i)
        if (pair.turns[i].role != (i % 2 == 0 ? Turn::Role::User : Turn::Role::Assistant))
            return i;
    return pair.turns.size() % 2 != 0 ? pair.turns.size() : -1;
}

QString RecordFormat::chatContent(const Pair& pair, qsizetype turnIndex)
{
    const QString& content = pair.turns[turnIndex].content;
    if (pair.context.isEmpty() || pair.turns[turnIndex].role != Turn::Role::User)
        return content;
    for (qsizetype i = 0; i < turnIndex; ++i)
        if (pair.turns[i].role == Turn::Role::User)
            return content;
    return pair.context + QStringLiteral("\n\n") + content;
}

void RecordFormat::writeMetadataFields(JsonWriter& w, const Pair& pair, const RecordOptions& options)
{
    if (options.includePairId)
        w.key("pair_id").value(pair.id);
    if (options.includeStatus)
        w.key("status").value(toString(pair.status));
    if (options.includeTags)
        w.key("tags").value(pair.tags);
    if (options.includeSources) {
        w.key("sources").beginArray();
        for (const PairSource& s : pair.sources) {
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
