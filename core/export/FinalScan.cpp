#include "export/FinalScan.h"

#include "export/ExportRecord.h"
#include "store/Database.h"

#include <QVarLengthArray>

#ifdef QUARRY_HAVE_REDACT
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#endif

#include <optional>

namespace quarry {

struct FinalScan::Impl
{
#ifdef QUARRY_HAVE_REDACT
    explicit Impl(Database& db) : rules(RuleSet::loadProject(db)), scanner(rules) {}
    RuleSet rules;
    Scanner scanner;
    QString decoded; // the scanner's buffer, kept between records
#else
    explicit Impl(Database&) {}
#endif
};

FinalScan::FinalScan(Database& db) : m_impl(std::make_unique<Impl>(db))
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT DISTINCT value FROM detections WHERE status IN ('accepted','manual','rejected')"));
    while (st.step())
        m_decidedValues.insert(st.text(0).trimmed());
}

FinalScan::~FinalScan() = default;

bool FinalScan::available()
{
#ifdef QUARRY_HAVE_REDACT
    return true;
#else
    return false;
#endif
}

void FinalScan::scan(const ExportRecord& record)
{
#ifdef QUARRY_HAVE_REDACT
    // The record's texts joined by line breaks, as one text: context words in one field count for
    // a number in the next, as they would for a reader of the record.
    QVarLengthArray<QByteArrayView, 16> pieces;
    pieces.append(record.systemPrompt());
    if (!record.context().isEmpty())
        pieces << QByteArrayView("\n") << record.context();
    for (qsizetype i = 0; i < record.turnCount(); ++i)
        pieces << QByteArrayView("\n") << record.content(i);
    const qint64 pairId = record.id;
    const auto hits = m_impl->scanner.scanUtf8(pieces.constData(), pieces.size(), m_impl->decoded);
    for (const auto& d : hits) {
        if (m_decidedValues.contains(d.text.trimmed())) {
            ++m_covered;
            continue;
        }
        m_uncovered << Hit{pairId, d.type, d.rule, d.text};
    }
#else
    Q_UNUSED(record)
#endif
}

} // namespace quarry
