#pragma once

#include <QString>
#include <QStringList>

namespace quarry {

// Splits a set of input files into N shards so that N independent ingests (other machines, other
// project files) together cover every file exactly once. A file's shard depends only on its key —
// the path relative to the folder given on the command line ('/' separators), or the path as
// written for a file named directly — so every machine computes the same partition however the
// folder is mounted there. The hash is SHA-1 of the key's UTF-8 bytes, its first 8 bytes read as
// a big-endian integer, modulo N: a script in any language can reproduce it.
class ShardPartition
{
public:
    // Throws Error (BadInput) unless 0 <= index < count.
    ShardPartition(int index, int count);
    // Parses "K/N" (K counted from 0, as Slurm's array task id and GNU parallel's {%}-1 are).
    static ShardPartition parse(const QString& spec);

    int index() const { return m_index; }
    int count() const { return m_count; }

    static int shardOf(const QString& key, int count);
    // The key of `file` found under `root` (a folder named on the command line); an empty root
    // means the file was named directly, as `file`.
    static QString keyOf(const QString& root, const QString& file);
    bool contains(const QString& key) const { return shardOf(key, m_count) == m_index; }

private:
    int m_index;
    int m_count;
};

} // namespace quarry
