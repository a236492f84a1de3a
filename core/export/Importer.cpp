#include "export/Importer.h"

#include "curation/PairRepository.h"
#include "export/RecordFormats.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace quarry {

QJsonObject ImportReport::toJson() const
{
    QJsonArray errs;
    for (const LineError& e : errors)
        errs << QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}};
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("skipped"), errors.size()},
                       {QStringLiteral("errors"), errs}};
}

ImportReport Importer::importFile(const QString& path, const QString& formatName, const TaskContext& task)
{
    ImportReport report;
    const RecordFormat* format = nullptr;
    if (!formatName.isEmpty()) {
        format = RecordFormats::find(formatName);
        if (!format)
            throw Error(tr("unknown format \"%1\" (expected %2)")
                            .arg(formatName, RecordFormats::names().join(QStringLiteral(", "))),
                        Error::Kind::BadInput);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("cannot read %1: %2").arg(path, file.errorString()), Error::Kind::BadInput);

    PairRepository repo(m_store.db(), m_store.actor());
    Transaction tx(m_store.db());
    qint64 lineNo = 0;
    while (!file.atEnd()) {
        task.throwIfCancelled(tr("import cancelled; nothing was imported"));
        if (task.wantsProgress() && (lineNo & 0x3ff) == 0)
            task.progress(file.pos(), file.size());
        QByteArray line = file.readLine();
        ++lineNo;
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++report.lines;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError) {
            report.errors << ImportReport::LineError{lineNo, tr("not valid JSON: %1 at byte %2")
                                                                 .arg(err.errorString())
                                                                 .arg(err.offset)};
            continue;
        }
        if (!doc.isObject()) {
            report.errors << ImportReport::LineError{lineNo, tr("not a JSON object")};
            continue;
        }
        const QJsonObject record = doc.object();
        if (!format) {
            format = RecordFormats::detect(record);
            if (!format) {
                report.errors << ImportReport::LineError{lineNo, tr("not a record of a known format (%1)")
                                                                     .arg(RecordFormats::names().join(
                                                                         QStringLiteral(", ")))};
                continue;
            }
        }
        Pair pair;
        pair.origin = Pair::Origin::Imported;
        pair.status = Pair::Status::Draft;
        const QString why = format->read(record, pair);
        if (!why.isEmpty()) {
            report.errors << ImportReport::LineError{lineNo, why};
            continue;
        }
        report.pairIds << repo.add(pair);
        ++report.imported;
    }
    if (!format)
        throw Error(tr("%1 has no line in a known format (%2)").arg(path, RecordFormats::names().join(QStringLiteral(", "))),
                    Error::Kind::BadInput);
    report.format = format->name();
    m_store.audit().record(m_store.actor(), QStringLiteral("import"), std::nullopt, QStringLiteral("import"), {},
                           QJsonObject{{QStringLiteral("file"), path},
                                       {QStringLiteral("format"), report.format},
                                       {QStringLiteral("imported"), report.imported},
                                       {QStringLiteral("skipped"), report.errors.size()}});
    tx.commit();
    return report;
}

} // namespace quarry
