#pragma once

#include "curation/Pair.h"
#include "export/ExportRecord.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace quarry {

struct ExportReport;

// The README.md of a dataset folder: what is in it (counts per split, tag and status, lengths with
// histograms, source documents), how safe it is (redaction summary, pending-PII override, final
// scan) and how it was made (Quarry version, project file hash, date, options). Records are added
// while they are written; render() is called at the end.
class DatasetCard
{
public:
    struct Context
    {
        QString projectPath;
        QString projectSha256;
        QString date;
        QString quarryVersion;
        QString formatName;
        QJsonObject options;
        QHash<qint64, QString> documentNames;
        struct DetectionCount
        {
            QString type;
            QString status;
            qint64 count = 0;
        };
        QList<DetectionCount> detections;
    };

    explicit DatasetCard(QStringList splitNames);

    // Counts the record; lengths are of its text (system prompt, context and turns).
    void add(int split, const ExportRecord& record);
    QByteArray render(const ExportReport& report, const Context& context) const;

    // Adds the UTF-8 text's length in Unicode code points to `chars`, and a tokenizer-free estimate
    // (ProjectStatistics::approximateTokens: about four ASCII characters per token, about one per
    // other character) to `tokens`.
    static void measure(QByteArrayView utf8, qint64& chars, qint64& tokens);

private:
    QStringList m_splitNames;
    std::vector<std::vector<std::uint32_t>> m_chars;  // per split, per record
    std::vector<std::vector<std::uint32_t>> m_tokens; // per split, per record
    QMap<QString, QList<qint64>> m_tags;              // tag -> count per split
    QMap<QString, QList<qint64>> m_statuses;
    QMap<qint64, qint64> m_documents; // document id -> exported pairs
    qint64 m_withoutSource = 0;
};

} // namespace quarry
