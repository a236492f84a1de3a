#include "TestDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace quarry::test {

TestDir::TestDir() : m_dir(QDir::tempPath() + QStringLiteral("/quarry-test-XXXXXX"))
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("QUARRY_KEEP_TEST_FILES"));
}

QString TestDir::path(const QString& name) const
{
    return name.isEmpty() ? m_dir.path() : m_dir.filePath(name);
}

QString TestDir::write(const QString& name, const QByteArray& bytes) const
{
    const QString p = path(name);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(p));
    f.write(bytes);
    return p;
}

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("QUARRY_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(QUARRY_TEST_SOURCE_DIR) : dir;
}

} // namespace quarry::test
