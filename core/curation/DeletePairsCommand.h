#pragma once

#include "curation/Pair.h"
#include "curation/PairRepository.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>
#include <optional>

namespace quarry {

// See AddPairCommand.h for how the pair commands behave (applied on push, errors propagate).
// Deletes pairs; the full pairs are kept so that undo restores them (same ids) within the session,
// together with the PII-guard detections on their turns and the decisions taken on them (the
// database drops those with the turns; without them an undone delete would bring back text whose
// personal data was already reviewed as pending again, or as not found at all until rescanned).
class DeletePairsCommand : public QUndoCommand
{
public:
    DeletePairsCommand(PairRepository& repo, QList<qint64> ids, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    // One row of the detections table on a turn, keyed by the turn's position (turn row ids are
    // new after a restore).
    struct TurnDetection
    {
        qint64 id = 0;
        int seq = 0;
        int start = 0;
        int end = 0;
        QString entityType;
        QString rule;
        double score = 0;
        QString value;
        QString status;
        std::optional<QString> op;
        std::optional<QString> decidedBy;
        std::optional<QString> decidedAt;
        QString createdAt;
    };

    PairRepository& m_repo;
    QList<qint64> m_ids;
    QList<Pair> m_pairs;
    QHash<qint64, QList<TurnDetection>> m_detections; // by pair id
};

} // namespace quarry
