#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace quarry::test {

// A scratch folder for one test, removed afterwards (kept when QUARRY_KEEP_TEST_FILES is set, to
// look at what a failing test left).
class TestDir
{
public:
    TestDir();
    QString path(const QString& name = {}) const;
    QString write(const QString& name, const QByteArray& bytes) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// The source tree, for fixtures in tests/data and resources/.
QString sourceDir();

} // namespace quarry::test
