#pragma once

#include "export/RecordFormat.h"

#include <QCoreApplication>

namespace quarry {

// Alpaca: {"instruction","input","output","system","history":[[q,a],…]}: the last exchange is
// instruction/output, earlier exchanges are history, the pair's context is input.
class AlpacaFormat : public RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(quarry::AlpacaFormat)
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
