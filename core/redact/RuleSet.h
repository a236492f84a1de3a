#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace quarry {

class Database;
class ProjectStore;

// One rule of a rule set. Built-in rules are the recognizers of the Scanner, switched on or off by
// name; regex rules are the user's own patterns; term lists match every entry of a roster in all
// its forms; allow lists name values that are never reported (e.g. the public switchboard number).
struct RedactionRule
{
    enum class Kind
    {
        Builtin,
        Regex,
        Terms,
        Allow
    };

    QString name;
    Kind kind = Kind::Builtin;
    QString type; // entity type of what the rule finds (empty for allow lists)
    bool enabled = true;
    QString pattern;         // Regex
    bool ignoreCase = false; // Regex
    double score = 0.9;      // Regex and Terms
    QStringList terms;       // Terms and Allow

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
};

// The rules a Scanner runs. Problems with single rules (an invalid regular expression, a rule that
// is not an object, an unknown built-in) never reject the whole set: the rule is left out and
// errors() names it and says why, and the other rules keep working.
class RuleSet
{
public:
    // All built-in recognizers, switched on.
    static RuleSet defaults();
    // A rule pack (JSON). Rules not named in the pack keep their defaults. Throws Error(BadInput)
    // only when the text is not a JSON rule pack at all; `source` names it in messages.
    static RuleSet fromJson(const QByteArray& json, const QString& source = QStringLiteral("rule pack"));
    static RuleSet fromJsonFile(const QString& path);
    QByteArray toJson() const;
    // The project's rules (redaction_rules and rule_terms); built-ins not stored there are on.
    static RuleSet loadProject(Database& db);
    // Stores every rule of this set in the project (insert or update by name), with an audit record.
    void saveToProject(ProjectStore& store) const;

    // Reads a roster: a TXT file (one entry per line) or a CSV file (the column named name, 이름 or
    // 성명 when there is a header with one, otherwise the first column). Throws Error naming the file.
    static QStringList readTermsFile(const QString& path);

    // Adds or replaces (by name) a rule after checking it; returns false and records the reason
    // in errors() when the rule is not usable.
    bool addRule(const RedactionRule& rule);
    void addTerms(const QString& name, const QString& type, const QStringList& terms);
    void addAllow(const QString& name, const QStringList& values);
    bool setEnabled(const QString& name, bool enabled);
    void merge(const RuleSet& other);

    const QList<RedactionRule>& rules() const { return m_rules; }
    const RedactionRule* find(const QString& name) const;
    bool isEnabled(const QString& name) const;
    const QStringList& errors() const { return m_errors; }

    // Names, types and descriptions of the built-in recognizers (listed in RecognizerRegistry).
    struct BuiltinInfo
    {
        const char* name;
        const char* type;
        const char* description;
        const char* languages; // "ko", "en", "ko en" or "any"
    };
    static const QList<BuiltinInfo>& builtins();
    // The reason a regex rule cannot be used, or an empty string.
    static QString checkRegex(const QString& pattern, bool ignoreCase);

private:
    QList<RedactionRule> m_rules;
    QStringList m_errors;
};

} // namespace quarry
