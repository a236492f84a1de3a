#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace quarry::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool crashed = false;
};

// Runs the real quarry-cli binary as a separate process, as a user or a script would.
class CliRunner
{
public:
    CliRunner();
    CliResult run(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 120000) const;
    QProcessEnvironment& environment() { return m_env; }
    static QString program();

private:
    QProcessEnvironment m_env;
};

} // namespace quarry::test
