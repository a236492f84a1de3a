#pragma once

#include <QString>
#include <QStringList>

namespace quarry {

class Database;

// The project file's schema as an ordered list of migrations. Migration N takes a file from
// user_version N-1 to N. A released migration is never edited: a change is a new migration.
class Schema
{
public:
    // 'QRRY': tells a Quarry project apart from any other SQLite file.
    static constexpr int ApplicationId = 0x51525259;

    static int latestVersion();
    // The SQL of migration `version` (1-based).
    static QString migration(int version);
    // Applies every migration after the file's user_version up to `target` (default: latest), each
    // in its own transaction so that an interrupted upgrade leaves a valid older file.
    static void migrate(Database& db, int target = -1);
    // The tables Quarry itself owns, for `info` counts (FTS shadow tables left out).
    static QStringList contentTables(Database& db);
};

} // namespace quarry
