#pragma once

#include "export/RecordFormat.h"

#include <QList>
#include <QStringList>

namespace quarry {

// The one place the dataset formats are registered. A new format is a RecordFormat subclass added
// to the list in RecordFormats.cpp; the CLI, the dialog, export and import pick it up from here.
class RecordFormats
{
public:
    static QList<const RecordFormat*> all();
    static QStringList names();
    // Null when there is no format of that name.
    static const RecordFormat* find(const QString& name);
    // The first format whose shape the record has, or null.
    static const RecordFormat* detect(const QJsonObject& record);
};

} // namespace quarry
