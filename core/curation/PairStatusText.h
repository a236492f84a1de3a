#pragma once

#include "curation/Pair.h"

#include <QCoreApplication>
#include <QString>

namespace quarry {

// What a pair's status is called where the user reads it: the pair list's filter, the editor, the
// review history, export, settings and statistics all say the same words, translated once.
class PairStatusText
{
    Q_DECLARE_TR_FUNCTIONS(quarry::PairStatusText)

public:
    static QString name(Pair::Status status);
    // The name of a stored status key ("review"); a key that is no status is returned as it is.
    static QString name(const QString& key);
};

} // namespace quarry
