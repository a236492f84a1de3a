#include "AppSettings.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "Version.h"
#include "export/ExportDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace {

// Without a display Qt aborts with a message about the xcb plugin that does not say what to do.
bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "quarry: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                     "Run it under a virtual display:\n"
                     "    xvfb-run -a -s '-screen 0 1600x1000x24' %s",
                     argv[0]);
        for (int i = 1; i < argc; ++i)
            std::fprintf(stderr, " %s", argv[i]);
        std::fprintf(stderr,
                     "\n(xvfb-run comes with the xvfb package, which packaging/install-deps.sh installs.)\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quarry"));
    QApplication::setOrganizationName(QStringLiteral("Quarry"));
    QApplication::setApplicationVersion(QStringLiteral(QUARRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.quarry.Quarry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quarry.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quarry: fine-tuning datasets from internal documents"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language (en, ko)."), QStringLiteral("code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE and quit (for the docs)."),
        QStringLiteral("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Open the demo project, built afresh from the bundled samples."));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QStringLiteral("Look: system, light or dark (overrides the settings)."),
        QStringLiteral("name"));
    const QCommandLineOption dialogOption(
        QStringLiteral("dialog"),
        QStringLiteral("With --screenshot: picture this dialog instead of the window (export, settings, or a "
                       "settings page: settings-ocr, settings-redaction, settings-export)."),
        QStringLiteral("name"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"), QStringLiteral("With --screenshot: show this tab of the side panel (0 = Pairs)."),
        QStringLiteral("index"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Same as --theme dark."));
    parser.addOption(demoOption);
    parser.addOption(themeOption);
    parser.addOption(darkOption);
    parser.addOption(dialogOption);
    parser.addOption(tabOption);
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A .quarry project to open."));
    parser.process(app);

    quarry::gui::AppSettings settings;
    quarry::gui::Translations::install(parser.isSet(langOption) ? parser.value(langOption)
                                                                : settings.uiLanguage());

    using quarry::gui::AppSettings;
    AppSettings::Theme theme = settings.theme();
    if (parser.isSet(darkOption)) {
        theme = AppSettings::Theme::Dark;
    } else if (parser.isSet(themeOption)) {
        const auto named = AppSettings::themeFromName(parser.value(themeOption));
        if (!named) {
            std::fprintf(stderr, "quarry: --theme: expected system, light or dark, got '%s'\n",
                         qPrintable(parser.value(themeOption)));
            return 2;
        }
        theme = *named;
    }
    quarry::gui::Theme::apply(theme);

    quarry::gui::MainWindow window(settings);
    const QString screenshot = parser.value(screenshotOption);
    window.setInteractive(screenshot.isEmpty());
    window.show();
    const QString dialogName = parser.value(dialogOption);
    const QStringList settingsPages{QStringLiteral("settings"), QStringLiteral("settings-ocr"),
                                    QStringLiteral("settings-redaction"), QStringLiteral("settings-export")};
    if (!dialogName.isEmpty() && !settingsPages.contains(dialogName) && dialogName != QLatin1String("export")) {
        std::fprintf(stderr, "quarry: --dialog: expected export, %s; got '%s'\n",
                     qPrintable(settingsPages.join(QStringLiteral(", "))), qPrintable(dialogName));
        return 2;
    }
    const int tab = parser.value(tabOption).toInt();
    auto takeScreenshot = [&window, &settings, screenshot, dialogName, settingsPages, tab] {
        QWidget* target = &window;
        if (auto* side = window.findChild<QTabWidget*>(QStringLiteral("sideTabs")))
            side->setCurrentIndex(tab);
        if (settingsPages.contains(dialogName)) {
            auto* dialog = new quarry::gui::SettingsDialog(settings, &window);
            dialog->tabs()->setCurrentIndex(int(settingsPages.indexOf(dialogName)));
            target = dialog;
        } else if (dialogName == QLatin1String("export") && window.project()) {
            auto* dialog = new quarry::gui::ExportDialog(window.project(), &window);
            dialog->setOptions(window.initialExportOptions());
            target = dialog;
        }
        target->show();
        // Let layouts and the first paint settle before grabbing.
        QTimer::singleShot(1000, &window, [target, screenshot] {
            const bool ok = target->grab().save(screenshot);
            QApplication::exit(ok ? 0 : 1);
        });
    };
    if (parser.isSet(demoOption)) {
        QObject::connect(&window, &quarry::gui::MainWindow::demoReady, &window, [&](bool) {
            if (!screenshot.isEmpty())
                takeScreenshot();
        });
        window.openDemo(true);
    } else {
        if (!parser.positionalArguments().isEmpty())
            window.openProject(parser.positionalArguments().constFirst());
        if (!screenshot.isEmpty())
            takeScreenshot();
    }
    return app.exec();
}
