#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace quarry::gui {

QLocale Translations::install(const QString& language)
{
    static QTranslator* quarryTranslator = nullptr;
    static QTranslator* qtTranslator = nullptr;
    for (QTranslator** t : {&quarryTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    quarryTranslator = new QTranslator(qApp);
    if (quarryTranslator->load(locale, QStringLiteral("quarry"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(quarryTranslator);
    qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return locale;
}

QList<QPair<QString, QString>> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ko"), QStringLiteral("한국어")}};
}

} // namespace quarry::gui
