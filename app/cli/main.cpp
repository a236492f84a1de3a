#include "CommandRegistry.h"
#include "Version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <unistd.h>

using namespace quarry::cli;

namespace {

void printUsage(const CommandRegistry& registry, QTextStream& out)
{
    out << "Usage: quarry-cli COMMAND [OPTIONS] [ARGS]\n\n"
        << QCoreApplication::translate("main", "Quarry turns internal documents into fine-tuning datasets.")
        << "\n\n"
        << QCoreApplication::translate("main", "Commands:") << "\n";
    for (const auto& c : registry.commands())
        out << "  " << c->name().leftJustified(14) << c->description() << "\n";
    out << "\n"
        << QCoreApplication::translate("main", "Run 'quarry-cli COMMAND --help' for a command's options.")
        << "\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quarry-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quarry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUARRY_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("quarry"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandContext ctx{out, err, bool(isatty(fileno(stdout)))};

    const CommandRegistry registry;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(registry, err);
        return ExitUsage;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(registry, out);
        return ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out << "quarry-cli " << QUARRY_VERSION << Qt::endl;
        return ExitOk;
    }
    Command* command = registry.find(name);
    if (!command) {
        err << "quarry-cli: "
            << QCoreApplication::translate("main", "unknown command '%1' (see quarry-cli --help)").arg(name)
            << Qt::endl;
        return ExitUsage;
    }
    const int rc = command->run(args.mid(1), ctx);
    out.flush();
    err.flush();
    return rc;
}
