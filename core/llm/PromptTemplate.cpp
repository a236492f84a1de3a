#include "llm/PromptTemplate.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace quarry::prompts {
extern const char* const builtin[];
}

namespace quarry {

QString PromptTemplate::fill(const QString& text, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(text.size() + 256);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(text).mid(pos, open - pos);
        const QString key = text.mid(open + 2, close - open - 2).trimmed();
        const auto it = values.constFind(key);
        if (it != values.constEnd())
            out += *it;
        else
            out += QStringView(text).mid(open, close + 2 - open);
        pos = close + 2;
    }
    out += QStringView(text).mid(pos);
    return out;
}

const QList<PromptTemplate>& PromptTemplate::builtins()
{
    static const QList<PromptTemplate> all = [] {
        QList<PromptTemplate> list;
        for (const char* const* p = prompts::builtin; *p; ++p) {
            const QJsonObject o = QJsonDocument::fromJson(QByteArray(*p)).object();
            PromptTemplate t;
            t.name = o.value(QStringLiteral("name")).toString();
            t.language = o.value(QStringLiteral("language")).toString();
            t.version = o.value(QStringLiteral("version")).toInt();
            t.system = o.value(QStringLiteral("system")).toString();
            t.user = o.value(QStringLiteral("user")).toString();
            t.builtin = true;
            if (!t.name.isEmpty() && t.version > 0)
                list << t;
        }
        return list;
    }();
    return all;
}

PromptTemplate PromptTemplate::latestBuiltin(const QString& name, const QString& language)
{
    const PromptTemplate* best = nullptr;
    for (const PromptTemplate& t : builtins())
        if (t.name == name && t.language == language && (!best || t.version > best->version))
            best = &t;
    if (!best)
        throw Error(
            QCoreApplication::translate("quarry::PromptTemplate", "no prompt template '%1' for language '%2'")
                .arg(name, language),
            Error::Kind::NotFound);
    return *best;
}

} // namespace quarry
