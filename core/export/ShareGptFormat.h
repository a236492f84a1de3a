#pragma once

#include "export/RecordFormat.h"

#include <QCoreApplication>

namespace quarry {

// ShareGPT: {"conversations":[{"from":"human"|"gpt","value":…},…],"system":…}, human first, human and gpt
// alternating, ending with gpt (LLaMA-Factory drops a trailing human turn).
class ShareGptFormat : public RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(quarry::ShareGptFormat)
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
