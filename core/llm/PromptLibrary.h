#pragma once

#include "llm/PromptTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace quarry {

class Database;

// The prompt templates a project drafts with: the built-in versions plus the versions its users
// saved (table prompt_templates). Saving never overwrites: an edit becomes the next version, so a
// draft's recorded template and version always name the text that made it.
class PromptLibrary
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PromptLibrary)
public:
    static constexpr const char* Names[] = {"questions", "answer", "pairs"};
    static constexpr const char* Languages[] = {"ko", "en"};

    // Every version of name/language, oldest first (built-in ones, then the project's).
    static QList<PromptTemplate> versions(Database& db, const QString& name, const QString& language);
    // The newest version: what drafting uses unless told otherwise.
    static PromptTemplate current(Database& db, const QString& name, const QString& language);
    static std::optional<PromptTemplate> find(Database& db, const QString& name, const QString& language,
                                              int version);
    // Stores system/user of `edited` as the next version of its name and language, with an audit
    // record; returns the stored template. Refuses unknown names or languages and a user text that
    // lacks the slots the step fills ({{passage}}, and {{question}} for answers).
    static PromptTemplate save(Database& db, const QString& actor, const PromptTemplate& edited);
};

} // namespace quarry
