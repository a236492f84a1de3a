#pragma once

#include "export/RecordFormat.h"

#include <QCoreApplication>

namespace quarry {

// OpenAI chat fine-tuning: {"messages":[{"role":"system"|"user"|"assistant","content":…},…]} with an
// optional "weight" (0 or 1) on assistant messages and at least one assistant message.
class OpenAiFormat : public RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(quarry::OpenAiFormat)
public:
    QString name() const override;
    QString displayName() const override;
    QJsonObject llamaFactoryEntry(const QString& fileName) const override;
    bool matches(const QJsonObject& record) const override;
    QString read(const QJsonObject& record, Pair& pair) const override;

protected:
    QString checkRecord(const ExportRecord& record) const override;
    void writeRecord(const ExportRecord& record, const RecordOptions& options,
                     QByteArray& out) const override;
};

} // namespace quarry
