#pragma once

#include <QDateTime>
#include <QString>

namespace quarry {

// Timestamps are stored as ISO 8601 UTC text with milliseconds: sortable, readable in sqlite3.
inline QString nowUtcIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace quarry
