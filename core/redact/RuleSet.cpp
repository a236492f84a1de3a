#include "redact/RuleSet.h"

#include "redact/RecognizerRegistry.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace quarry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("quarry::RuleSet", text);
}

} // namespace

QString RedactionRule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Builtin:
        return QStringLiteral("builtin");
    case Kind::Regex:
        return QStringLiteral("regex");
    case Kind::Terms:
        return QStringLiteral("terms");
    case Kind::Allow:
        return QStringLiteral("allow");
    }
    return {};
}

bool RedactionRule::kindFromName(const QString& name, Kind* kind)
{
    for (Kind k : {Kind::Builtin, Kind::Regex, Kind::Terms, Kind::Allow})
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

const QList<RuleSet::BuiltinInfo>& RuleSet::builtins()
{
    return RecognizerRegistry::rules();
}

QString RuleSet::checkRegex(const QString& pattern, bool ignoreCase)
{
    if (pattern.isEmpty())
        return tr("the pattern is empty");
    QRegularExpression re(pattern, ignoreCase ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption);
    if (!re.isValid())
        return tr("invalid regular expression at offset %1: %2")
            .arg(re.patternErrorOffset())
            .arg(re.errorString());
    // A pattern that matches the empty text would report empty spans everywhere.
    if (re.match(QString()).hasMatch())
        return tr("the pattern matches empty text");
    return {};
}

RuleSet RuleSet::defaults()
{
    RuleSet set;
    for (const BuiltinInfo& b : builtins()) {
        RedactionRule r;
        r.name = QString::fromLatin1(b.name);
        r.kind = RedactionRule::Kind::Builtin;
        r.type = QString::fromLatin1(b.type);
        set.m_rules << r;
    }
    return set;
}

const RedactionRule* RuleSet::find(const QString& name) const
{
    for (const RedactionRule& r : m_rules)
        if (r.name == name)
            return &r;
    return nullptr;
}

bool RuleSet::isEnabled(const QString& name) const
{
    const RedactionRule* r = find(name);
    return r && r->enabled;
}

bool RuleSet::setEnabled(const QString& name, bool enabled)
{
    for (RedactionRule& r : m_rules)
        if (r.name == name) {
            r.enabled = enabled;
            return true;
        }
    return false;
}

bool RuleSet::addRule(const RedactionRule& rule)
{
    const QString name = rule.name.isEmpty() ? tr("(unnamed)") : rule.name;
    auto reject = [&](const QString& reason) {
        m_errors << tr("rule '%1': %2").arg(name, reason);
        return false;
    };
    if (rule.name.trimmed().isEmpty())
        return reject(tr("the rule has no name"));
    switch (rule.kind) {
    case RedactionRule::Kind::Builtin: {
        bool known = false;
        for (const BuiltinInfo& b : builtins())
            known = known || rule.name == QLatin1String(b.name);
        if (!known)
            return reject(tr("there is no built-in recognizer of that name"));
        break;
    }
    case RedactionRule::Kind::Regex: {
        const QString why = checkRegex(rule.pattern, rule.ignoreCase);
        if (!why.isEmpty())
            return reject(why);
        if (rule.type.trimmed().isEmpty())
            return reject(tr("the rule has no entity type"));
        break;
    }
    case RedactionRule::Kind::Terms:
        if (rule.type.trimmed().isEmpty())
            return reject(tr("the rule has no entity type"));
        break;
    case RedactionRule::Kind::Allow:
        break;
    }
    if (rule.score < 0.0 || rule.score > 1.0)
        return reject(tr("the score must be between 0 and 1"));
    for (RedactionRule& r : m_rules)
        if (r.name == rule.name) {
            // A built-in keeps its type; a pack may only switch it.
            const QString type = r.kind == RedactionRule::Kind::Builtin ? r.type : rule.type;
            r = rule;
            r.type = type;
            return true;
        }
    m_rules << rule;
    return true;
}

void RuleSet::addTerms(const QString& name, const QString& type, const QStringList& terms)
{
    RedactionRule r;
    r.name = name;
    r.kind = RedactionRule::Kind::Terms;
    r.type = type;
    r.score = 0.95;
    r.terms = terms;
    addRule(r);
}

void RuleSet::addAllow(const QString& name, const QStringList& values)
{
    RedactionRule r;
    r.name = name;
    r.kind = RedactionRule::Kind::Allow;
    r.terms = values;
    addRule(r);
}

void RuleSet::merge(const RuleSet& other)
{
    for (const RedactionRule& r : other.m_rules)
        addRule(r);
    m_errors << other.m_errors;
}

RuleSet RuleSet::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        throw Error(
            tr("%1: not valid JSON at offset %2: %3").arg(source).arg(perr.offset).arg(perr.errorString()),
            Error::Kind::BadInput);
    QJsonArray rules;
    if (doc.isArray())
        rules = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("rules")).isArray())
        rules = doc.object().value(QStringLiteral("rules")).toArray();
    else
        throw Error(tr("%1: not a rule pack (expected an object with a \"rules\" array)").arg(source),
                    Error::Kind::BadInput);

    RuleSet set = defaults();
    int index = 0;
    for (const QJsonValue& v : rules) {
        ++index;
        if (!v.isObject()) {
            set.m_errors << tr("rule #%1: not a JSON object").arg(index);
            continue;
        }
        const QJsonObject o = v.toObject();
        RedactionRule r;
        r.name = o.value(QStringLiteral("name")).toString();
        const QString label = r.name.isEmpty() ? QStringLiteral("#%1").arg(index) : r.name;
        const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("builtin"));
        if (!RedactionRule::kindFromName(kind, &r.kind)) {
            set.m_errors << tr("rule '%1': unknown kind '%2'").arg(label, kind);
            continue;
        }
        r.type = o.value(QStringLiteral("type")).toString();
        r.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        r.pattern = o.value(QStringLiteral("pattern")).toString();
        r.ignoreCase = o.value(QStringLiteral("ignore_case")).toBool(false);
        const QJsonValue score = o.value(QStringLiteral("score"));
        if (!score.isUndefined() && !score.isDouble()) {
            set.m_errors << tr("rule '%1': score is not a number").arg(label);
            continue;
        }
        r.score = score.toDouble(r.kind == RedactionRule::Kind::Terms ? 0.95 : 0.9);
        const QJsonValue terms = o.value(QStringLiteral("terms"));
        if (!terms.isUndefined() && !terms.isArray()) {
            set.m_errors << tr("rule '%1': terms is not an array").arg(label);
            continue;
        }
        for (const QJsonValue& t : terms.toArray())
            if (t.isString() && !t.toString().trimmed().isEmpty())
                r.terms << t.toString().trimmed();
        if (r.name.isEmpty()) {
            set.m_errors << tr("rule '%1': the rule has no name").arg(label);
            continue;
        }
        set.addRule(r);
    }
    return set;
}

RuleSet RuleSet::fromJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the rule pack: %2").arg(path, f.errorString()),
                    f.exists() ? Error::Kind::BadInput : Error::Kind::NotFound);
    return fromJson(f.readAll(), path);
}

QByteArray RuleSet::toJson() const
{
    QJsonArray rules;
    for (const RedactionRule& r : m_rules) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("kind"), RedactionRule::kindName(r.kind)},
                      {QStringLiteral("enabled"), r.enabled}};
        if (!r.type.isEmpty())
            o.insert(QStringLiteral("type"), r.type);
        if (r.kind == RedactionRule::Kind::Regex) {
            o.insert(QStringLiteral("pattern"), r.pattern);
            if (r.ignoreCase)
                o.insert(QStringLiteral("ignore_case"), true);
        }
        if (r.kind == RedactionRule::Kind::Regex || r.kind == RedactionRule::Kind::Terms)
            o.insert(QStringLiteral("score"), r.score);
        if (r.kind == RedactionRule::Kind::Terms || r.kind == RedactionRule::Kind::Allow)
            o.insert(QStringLiteral("terms"), QJsonArray::fromStringList(r.terms));
        rules.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("quarry_rules"), 1}, {QStringLiteral("rules"), rules}})
        .toJson(QJsonDocument::Indented);
}

RuleSet RuleSet::loadProject(Database& db)
{
    RuleSet set = defaults();
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, name, kind, entity_type, definition, enabled FROM redaction_rules ORDER BY id"));
    Statement terms =
        db.prepare(QStringLiteral("SELECT term FROM rule_terms WHERE rule_id = ? ORDER BY term"));
    while (st.step()) {
        RedactionRule r;
        r.name = st.text(1);
        RedactionRule::kindFromName(st.text(2), &r.kind);
        r.type = st.text(3);
        r.enabled = st.int64(5) != 0;
        const QJsonObject def = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
        r.pattern = def.value(QStringLiteral("pattern")).toString();
        r.ignoreCase = def.value(QStringLiteral("ignore_case")).toBool(false);
        r.score =
            def.value(QStringLiteral("score")).toDouble(r.kind == RedactionRule::Kind::Terms ? 0.95 : 0.9);
        terms.reset();
        terms.bind(1, st.int64(0));
        while (terms.step())
            r.terms << terms.text(0);
        set.addRule(r);
    }
    return set;
}

void RuleSet::saveToProject(ProjectStore& store) const
{
    Database& db = store.db();
    Transaction tx(db);
    const QString now = nowUtcIso();
    Statement find =
        db.prepare(QStringLiteral("SELECT id, enabled, definition FROM redaction_rules WHERE name = ?"));
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO redaction_rules(name, kind, entity_type, definition, enabled, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Statement update = db.prepare(QStringLiteral(
        "UPDATE redaction_rules SET kind = ?, entity_type = ?, definition = ?, enabled = ?, updated_at = ? "
        "WHERE id = ?"));
    Statement clearTerms = db.prepare(QStringLiteral("DELETE FROM rule_terms WHERE rule_id = ?"));
    Statement addTerm =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO rule_terms(rule_id, term) VALUES (?, ?)"));
    for (const RedactionRule& r : m_rules) {
        QJsonObject def;
        if (r.kind == RedactionRule::Kind::Regex) {
            def.insert(QStringLiteral("pattern"), r.pattern);
            def.insert(QStringLiteral("ignore_case"), r.ignoreCase);
        }
        if (r.kind == RedactionRule::Kind::Regex || r.kind == RedactionRule::Kind::Terms)
            def.insert(QStringLiteral("score"), r.score);
        const QString defText = QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact));
        find.reset();
        find.bind(1, r.name);
        qint64 id = 0;
        QJsonObject before;
        if (find.step()) {
            id = find.int64(0);
            before = {{QStringLiteral("enabled"), find.int64(1) != 0},
                      {QStringLiteral("definition"), find.text(2)}};
            update.reset();
            update.bindAll(RedactionRule::kindName(r.kind), r.type, defText, qint64(r.enabled ? 1 : 0), now,
                           id);
            update.run();
        } else {
            insert.reset();
            insert.bindAll(r.name, RedactionRule::kindName(r.kind),
                           r.type.isEmpty() ? QStringLiteral("-") : r.type, defText,
                           qint64(r.enabled ? 1 : 0), now, now);
            insert.run();
            id = db.lastInsertId();
        }
        clearTerms.reset();
        clearTerms.bind(1, id);
        clearTerms.run();
        for (const QString& t : r.terms) {
            addTerm.reset();
            addTerm.bindAll(id, t);
            addTerm.run();
        }
        const QJsonObject after{{QStringLiteral("name"), r.name},
                                {QStringLiteral("enabled"), r.enabled},
                                {QStringLiteral("definition"), defText},
                                {QStringLiteral("terms"), int(r.terms.size())}};
        if (before.isEmpty() || before.value(QStringLiteral("enabled")).toBool() != r.enabled ||
            before.value(QStringLiteral("definition")).toString() != defText || !r.terms.isEmpty())
            store.audit().record(store.actor(), QStringLiteral("redaction_rule"), id,
                                 before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
                                 before, after);
    }
    tx.commit();
}

QStringList RuleSet::readTermsFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the term list: %2").arg(path, f.errorString()),
                    f.exists() ? Error::Kind::BadInput : Error::Kind::NotFound);
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder dec(QStringDecoder::Utf8);
    const QString text = dec.decode(bytes);
    if (dec.hasError())
        throw Error(tr("%1: the term list is not UTF-8 text").arg(path), Error::Kind::BadInput);
    QStringList lines = text.split(QLatin1Char('\n'));
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    QStringList out;
    if (!csv) {
        for (QString l : lines) {
            l = l.trimmed();
            if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
                out << l;
        }
        return out;
    }
    // Minimal CSV: quoted fields with doubled quotes, comma separated.
    auto splitCsv = [](const QString& line) {
        QStringList cells;
        QString cur;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                        cur += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                cells << cur.trimmed();
                cur.clear();
            } else {
                cur += c;
            }
        }
        cells << cur.trimmed();
        return cells;
    };
    int column = 0;
    int first = 0;
    if (!lines.isEmpty()) {
        const QStringList header = splitCsv(lines.first().trimmed());
        for (int i = 0; i < header.size(); ++i) {
            const QString h = header.at(i).toLower();
            if (h == QLatin1String("name") || h == QStringLiteral("이름") || h == QStringLiteral("성명") ||
                h == QLatin1String("full name") || h == QLatin1String("full_name")) {
                column = i;
                first = 1;
                break;
            }
        }
    }
    for (int i = first; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty())
            continue;
        const QStringList cells = splitCsv(l);
        if (column < cells.size() && !cells.at(column).isEmpty())
            out << cells.at(column);
    }
    return out;
}

} // namespace quarry
