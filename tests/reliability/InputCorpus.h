#pragma once

#include <QString>
#include <QStringList>

namespace quarry::test {

// Small generated documents for the reliability suites: plain text and Markdown in Korean and
// English with personal data in them (names, phone and resident registration numbers, e-mail),
// every file different so that none is skipped as a duplicate.
class InputCorpus
{
public:
    // Writes `count` files into `dir` (created if needed) and returns their paths.
    // `seed` changes every file's content, so that different calls make different documents.
    static QStringList writeDocuments(const QString& dir, int count, int seed = 0, int paragraphsPerFile = 20);
};

} // namespace quarry::test
