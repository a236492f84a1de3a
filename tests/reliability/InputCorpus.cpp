#include "InputCorpus.h"

#include <QDir>
#include <QFile>

namespace quarry::test {

QStringList InputCorpus::writeDocuments(const QString& dir, int count, int seed, int paragraphsPerFile)
{
    QDir().mkpath(dir);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const bool markdown = i % 2 == 1;
        QByteArray text;
        if (markdown)
            text += "# 문서 " + QByteArray::number(i) + "\n\n";
        for (int p = 0; p < paragraphsPerFile; ++p) {
            const QByteArray n = QByteArray::number(qint64(seed) * 1000000 + i * 1000 + p);
            text += "담당자 홍길동(연락처 010-1234-" + QByteArray::number(1000 + (i * 37 + p) % 9000) +
                    ")에게 문의하십시오. 문서 번호 " + n + ".\n";
            text += "Contact Jane Doe at jane.doe" + n + "@example.com about ticket " + n + ".\n\n";
        }
        const QString path =
            QDir(dir).filePath(QStringLiteral("doc%1.%2").arg(i, 3, 10, QLatin1Char('0')).arg(markdown ? QStringLiteral("md") : QStringLiteral("txt")));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        paths << path;
    }
    return paths;
}

} // namespace quarry::test
