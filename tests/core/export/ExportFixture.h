#pragma once

#include "curation/Pair.h"
#include "store/ProjectStore.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace quarry::test {

// Builds real projects for the export tests: documents, pages, passages, pairs (through
// PairRepository, as the application does) and detections.
class ExportFixture
{
public:
    static std::unique_ptr<ProjectStore> create(const QString& path);

    static qint64 addDocument(ProjectStore& store, const QString& name);
    static qint64 addPage(ProjectStore& store, qint64 documentId, int pageNo, const QString& text);
    static qint64 addPassage(ProjectStore& store, qint64 documentId, int seq, int pageFirst, int pageLast,
                             const QString& text);
    // A user/assistant pair (more turns: alternate starting with the user).
    static qint64 addPair(ProjectStore& store, const QStringList& turns, Pair::Status status = Pair::Status::Approved,
                          const QStringList& tags = {}, std::optional<qint64> documentId = std::nullopt,
                          std::optional<qint64> passageId = std::nullopt, const QString& systemPrompt = {});
    static qint64 turnId(ProjectStore& store, qint64 pairId, int seq);
    static qint64 addDetection(ProjectStore& store, std::optional<qint64> pageId, std::optional<qint64> turnId,
                               const QString& type, const QString& value, const QString& status = QStringLiteral("pending"));

    // Many approved pairs by direct SQL (for the kill test and the benchmark): pair i has a user and
    // an assistant turn of about `chars` characters, Korean and English, and every 10 pairs share a
    // document.
    static void generate(ProjectStore& store, qint64 count, int chars = 200);
};

} // namespace quarry::test
