// DirectFileWriter: the bytes on disk are exactly the bytes written, whatever the chunk sizes (direct
// I/O writes whole blocks and the tail through the cache), on a file system with direct I/O and on
// one without (tmpfs), and a full device gives the system's reason.
#include "TestDir.h"
#include "export/DirectFileWriter.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace quarry;

namespace {

QByteArray randomBytes(QRandomGenerator& rng, qsizetype n)
{
    QByteArray b(n + 4, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32*>(b.data()), (n + 3) / 4);
    b.truncate(n);
    return b;
}

// Writes chunks of awkward sizes (a byte, a block and a bit, several megabytes) and returns what
// the file should hold.
QByteArray writeChunks(DirectFileWriter& w, QRandomGenerator& rng)
{
    QByteArray expected;
    for (const qsizetype n : {qsizetype(1), qsizetype(4095), qsizetype(4097), qsizetype(5 << 20),
                              qsizetype(123457), qsizetype(8 << 20), qsizetype(3), qsizetype(9 << 20)}) {
        QByteArray chunk = randomBytes(rng, n);
        expected += chunk;
        w.write(chunk);
        if (!chunk.isEmpty())
            qFatal("write() left the data in the caller's buffer");
    }
    return expected;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDirectFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void bytesArriveExactly_data()
    {
        QTest::addColumn<QString>("folder");
        test::TestDir dir; // the usual test location (a disk)
        QTest::newRow("test folder") << QString();
        if (QDir(QStringLiteral("/dev/shm")).exists())
            QTest::newRow("tmpfs") << QStringLiteral("/dev/shm");
    }

    void bytesArriveExactly()
    {
        QFETCH(QString, folder);
        test::TestDir dir;
        QTemporaryDir shm(folder + QStringLiteral("/quarry-test-XXXXXX"));
        const QString path = folder.isEmpty() ? dir.path(QStringLiteral("out.jsonl"))
                                              : shm.filePath(QStringLiteral("out.jsonl"));
        QRandomGenerator rng(21);
        QByteArray expected;
        {
            DirectFileWriter w(path);
            expected = writeChunks(w, rng);
            qInfo("direct I/O: %s", w.direct() ? "yes" : "no (file system without it, or the tail)");
            w.close();
        }
        QCOMPARE(QFileInfo(path).size(), expected.size());
        QVERIFY(readAll(path) == expected);
    }

    void emptyFile()
    {
        test::TestDir dir;
        const QString path = dir.path(QStringLiteral("empty.jsonl"));
        DirectFileWriter w(path);
        w.close();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void fullDeviceSaysWhy()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        QRandomGenerator rng(22);
        QString message;
        try {
            DirectFileWriter w(QStringLiteral("/dev/full"));
            for (int i = 0; i < 4; ++i) {
                QByteArray chunk = randomBytes(rng, 5 << 20);
                w.write(chunk);
            }
            w.close();
        } catch (const Error& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QLatin1String("/dev/full")), qPrintable(message));
        QVERIFY2(message.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(message));
    }

    void unwritableFolderIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 DirectFileWriter(QStringLiteral("/nonexistent-quarry-folder/x.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestDirectFileWriter)
#include "TestDirectFileWriter.moc"
