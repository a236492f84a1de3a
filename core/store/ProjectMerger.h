#pragma once

#include "util/TaskContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace quarry {

class Database;

// What a merge did, for the command line and the audit entry of the merged project.
struct MergeReport
{
    int inputs = 0;
    qint64 documents = 0;          // documents in the output
    qint64 duplicateDocuments = 0; // documents of later inputs whose bytes an earlier input had
    qint64 pages = 0;
    qint64 detections = 0;
    qint64 pairs = 0;
    qint64 auditEntries = 0;
    // Differences that one merged project cannot hold both sides of (a page corrected differently
    // in two copies of a document, a rule of one name defined twice): the first input's is kept,
    // the other is listed here and in the merged project's audit entry, never dropped silently.
    QStringList conflicts;
};

// Merges project files (the shards of a sharded ingest, or projects curated apart) into a new one.
// Documents are one copy per content (SHA-256); every other row is copied with new ids (old id
// plus the output's largest id so far, so merging the same inputs again gives the same ids), its
// references remapped, through ATTACH and INSERT … SELECT.
//
// Every table is named in one list (tables()): what merge does with it. An input with a table the
// list does not know — a newer Quarry's, or another branch's — is refused, so that no future table
// is ever dropped without anyone noticing.
//
// The output is built under a hidden name beside OUT and linked into place when complete: OUT is
// whole or absent. Inputs are read, never written: an input of an older schema is migrated on a
// copy; one of a newer schema, one that is the output itself or named twice, one whose ingest has
// unfinished files, and inputs with different pseudonym secrets are refused with the reason.
class ProjectMerger
{
    Q_DECLARE_TR_FUNCTIONS(quarry::ProjectMerger)

public:
    struct Context; // the state of one merge, for the table handlers

    struct TableRule
    {
        QString table;
        QString how;                         // one line: what merge does with the table's rows
        std::function<void(Context&)> merge; // empty: nothing to copy (rebuilt or part of another table)
    };

    // Every table of the schema, in the order they are merged.
    static const std::vector<TableRule>& tables();
    // The names in tables(), and the FTS5 shadow tables that belong to a virtual table there.
    static QStringList knownTables();

    MergeReport merge(const QString& out, const QStringList& inputs,
                      const TaskContext& task = TaskContext::none());

    // The actor recorded in the merged project's audit entry.
    void setActor(const QString& actor) { m_actor = actor; }

private:
    QString m_actor;
};

} // namespace quarry
