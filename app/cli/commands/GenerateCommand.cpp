#include "GenerateCommand.h"

#include "curation/SyntheticGenerator.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace quarry::cli {

QString GenerateCommand::description() const
{
    return tr("Fill a project (created if missing) with synthetic Korean/English pairs, for benchmarks.");
}

void GenerateCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("pairs"), tr("How many pairs (default 1000)."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Random seed (default 42)."), QStringLiteral("N"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> GenerateCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int GenerateCommand::minPositional() const
{
    return 1;
}

int GenerateCommand::maxPositional() const
{
    return 1;
}

int GenerateCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    bool ok = false;
    SyntheticGenerator::Options o;
    o.pairs = parser.value(QStringLiteral("pairs")).toLongLong(&ok);
    if (!ok || o.pairs < 0)
        return error(ctx, tr("generate: --pairs takes a number"));
    o.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return error(ctx, tr("generate: --seed takes a number"));
    const QString path = parser.positionalArguments().at(0);
    std::unique_ptr<ProjectStore> store;
    if (QFileInfo::exists(path)) {
        store = openProject(path, ctx);
        if (!store)
            return ExitUsage;
    } else {
        store = ProjectStore::create(path);
    }
    QElapsedTimer timer;
    timer.start();
    const bool json = parser.isSet(QStringLiteral("json"));
    const TaskContext task([&](qint64 done, qint64 total, const QString&) {
        if (!json && ctx.outIsTerminal && done % 100000 == 0)
            ctx.err << tr("%1 / %2 pairs").arg(done).arg(total) << Qt::endl;
    });
    SyntheticGenerator::generate(store->db(), o, task);
    const qint64 ms = timer.elapsed();
    if (json) {
        writeJson(ctx, QJsonObject{{QStringLiteral("pairs"), o.pairs}, {QStringLiteral("ms"), ms}});
        return ExitOk;
    }
    ctx.out << tr("%1 pairs generated in %2 s").arg(o.pairs).arg(double(ms) / 1000.0, 0, 'f', 1) << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
