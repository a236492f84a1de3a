#pragma once

#include "store/DetectionStatus.h"

#include <QCoreApplication>
#include <QString>

namespace quarry {

// What a detection's status is called where the user reads it (a pair's history, the statistics),
// translated once.
class DetectionStatusText
{
    Q_DECLARE_TR_FUNCTIONS(quarry::DetectionStatusText)

public:
    static QString name(DetectionStatus status);
    // The name of a stored status key ("pending"); a key that is no status is returned as it is.
    static QString name(const QString& key);
};

} // namespace quarry
