#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace quarry {

// One version of a drafting prompt: a system and a user text with {{name}} slots. Built-in versions
// come from resources/prompts (compiled in); versions a user edits are stored in the project
// (PromptLibrary). Every request records the name and version it was made from.
class PromptTemplate
{
public:
    QString name;     // questions, answer, pairs
    QString language; // ko, en
    int version = 0;
    QString system;
    QString user;
    bool builtin = false;

    // The text with each {{key}} replaced by its value; an unknown slot is left as it is, so a
    // user's typo shows in the request instead of vanishing.
    static QString fill(const QString& text, const QHash<QString, QString>& values);

    // The templates compiled in from resources/prompts, every version.
    static const QList<PromptTemplate>& builtins();
    // The newest built-in version of name/language; throws Error(NotFound) when there is none.
    static PromptTemplate latestBuiltin(const QString& name, const QString& language);

    bool operator==(const PromptTemplate&) const = default;
};

} // namespace quarry
