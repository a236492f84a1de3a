#include "export/FinalScan.h"

#include "store/Database.h"

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

void FinalScan::scan(qint64 pairId, QByteArrayView utf8)
{
#ifdef QUARRY_HAVE_REDACT
    const auto hits = m_impl->scanner.scanUtf8(utf8, m_impl->decoded);
    for (const auto& d : hits) {
        if (m_decidedValues.contains(d.text.trimmed())) {
            ++m_covered;
            continue;
        }
        m_uncovered << Hit{pairId, d.type, d.rule, d.text};
    }
#else
    Q_UNUSED(pairId)
    Q_UNUSED(utf8)
#endif
}

} // namespace quarry
