#include "ingest/ShardPartition.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QtEndian>

namespace quarry {

ShardPartition::ShardPartition(int index, int count) : m_index(index), m_count(count)
{
    if (count < 1 || index < 0 || index >= count)
        throw Error(
            QCoreApplication::translate("quarry::ShardPartition",
                                        "shard %1/%2: wants K/N with N at least 1 and K from 0 to N-1")
                .arg(index)
                .arg(count),
            Error::Kind::BadInput);
}

ShardPartition ShardPartition::parse(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char('/'));
    bool okIndex = false;
    bool okCount = false;
    const int index = parts.size() == 2 ? parts.at(0).trimmed().toInt(&okIndex) : -1;
    const int count = parts.size() == 2 ? parts.at(1).trimmed().toInt(&okCount) : 0;
    if (!okIndex || !okCount)
        throw Error(QCoreApplication::translate("quarry::ShardPartition",
                                                "%1: a shard is written K/N, e.g. 0/4 (K counted from 0)")
                        .arg(spec),
                    Error::Kind::BadInput);
    return ShardPartition(index, count);
}

int ShardPartition::shardOf(const QString& key, int count)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return int(qFromBigEndian<quint64>(digest.constData()) % quint64(count));
}

QString ShardPartition::keyOf(const QString& root, const QString& file)
{
    QString key = root.isEmpty() ? QDir::cleanPath(QDir::fromNativeSeparators(file))
                                 : QDir(root).relativeFilePath(file);
    // "./a.pdf" and "a.pdf" are one file named two ways.
    while (key.startsWith(QLatin1String("./")))
        key.remove(0, 2);
    return key;
}

} // namespace quarry
