#include "llm/PromptLibrary.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QJsonObject>
#include <algorithm>

namespace quarry {

namespace {

bool known(const QString& value, const auto& list)
{
    return std::any_of(std::begin(list), std::end(list),
                       [&](const char* n) { return value == QLatin1String(n); });
}

} // namespace

QList<PromptTemplate> PromptLibrary::versions(Database& db, const QString& name, const QString& language)
{
    QList<PromptTemplate> out;
    for (const PromptTemplate& t : PromptTemplate::builtins())
        if (t.name == name && t.language == language)
            out << t;
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    Statement st = db.prepare(QStringLiteral("SELECT version, system, user FROM prompt_templates "
                                             "WHERE name = ? AND language = ? ORDER BY version"));
    st.bindAll(name, language);
    while (st.step()) {
        PromptTemplate t;
        t.name = name;
        t.language = language;
        t.version = st.int32(0);
        t.system = st.text(1);
        t.user = st.text(2);
        out << t;
    }
    return out;
}

PromptTemplate PromptLibrary::current(Database& db, const QString& name, const QString& language)
{
    const QList<PromptTemplate> all = versions(db, name, language);
    if (all.isEmpty())
        return PromptTemplate::latestBuiltin(name, language); // throws NotFound with the names
    return *std::max_element(all.begin(), all.end(),
                             [](const auto& a, const auto& b) { return a.version < b.version; });
}

std::optional<PromptTemplate> PromptLibrary::find(Database& db, const QString& name, const QString& language,
                                                  int version)
{
    for (const PromptTemplate& t : versions(db, name, language))
        if (t.version == version)
            return t;
    return std::nullopt;
}

PromptTemplate PromptLibrary::save(Database& db, const QString& actor, const PromptTemplate& edited)
{
    if (!known(edited.name, Names))
        throw Error(tr("no prompt template named '%1' (questions, answer or pairs)").arg(edited.name),
                    Error::Kind::BadInput);
    if (!known(edited.language, Languages))
        throw Error(tr("prompt templates are in Korean (ko) or English (en), not '%1'").arg(edited.language),
                    Error::Kind::BadInput);
    QStringList required{QStringLiteral("{{passage}}")};
    if (edited.name == QLatin1String("answer"))
        required << QStringLiteral("{{question}}");
    for (const QString& slot : std::as_const(required))
        if (!edited.user.contains(slot))
            throw Error(tr("the %1 template's user text must contain %2").arg(edited.name, slot),
                        Error::Kind::BadInput);
    Transaction tx(db);
    PromptTemplate t = edited;
    t.builtin = false;
    t.version = 1;
    for (const PromptTemplate& v : versions(db, t.name, t.language))
        t.version = std::max(t.version, v.version + 1);
    Statement st =
        db.prepare(QStringLiteral("INSERT INTO prompt_templates(name, language, version, system, user, "
                                  "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    st.bindAll(t.name, t.language, t.version, t.system, t.user, actor, nowUtcIso());
    st.run();
    AuditLog(db).record(actor, QStringLiteral("prompt_template"), db.lastInsertId(), QStringLiteral("create"),
                        {},
                        QJsonObject{{QStringLiteral("name"), t.name},
                                    {QStringLiteral("language"), t.language},
                                    {QStringLiteral("version"), t.version}});
    tx.commit();
    return t;
}

} // namespace quarry
