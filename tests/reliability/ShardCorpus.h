#pragma once

#include <QString>
#include <QStringList>

namespace quarry::test {

// A mixed corpus for the sharded-ingest suites, made on the spot: Korean letters with personal
// data (text), Markdown, a duplicate by content, a text PDF (QPdfWriter), a rendered image and a
// scanned PDF of three pages for OCR (the slow file, scan/scanned.pdf).
class ShardCorpus
{
public:
    // Writes the corpus under `root`; returns the files' paths relative to it.
    static QStringList write(const QString& root);
    // The shard quarry-cli ingest --shard puts a file of this key in, computed here from the
    // documented formula (SHA-1 of the UTF-8 key, first 8 bytes big-endian, modulo count).
    static int shardOf(const QString& key, int count);
    // The content that must not depend on how the ingest was split: documents, pages with their
    // text, OCR word counts and detections, each keyed by the document's SHA-256, sorted.
    static QStringList content(const QString& project);
};

} // namespace quarry::test
