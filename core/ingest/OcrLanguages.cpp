#include "ingest/OcrLanguages.h"

#include "util/Error.h"

#include <QDir>
#include <QFileInfo>

namespace quarry {

QString OcrLanguages::tessdataDir()
{
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!env.isEmpty()) {
        // Tesseract accepts both the tessdata folder and its parent.
        if (QFileInfo::exists(env + QStringLiteral("/tessdata")))
            return env + QStringLiteral("/tessdata");
        return env;
    }
    for (const QString& d :
         {QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
          QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata"), QStringLiteral("/usr/share/tessdata"),
          QStringLiteral("/usr/local/share/tessdata")})
        if (QFileInfo::exists(d))
            return d;
    return {};
}

QStringList OcrLanguages::available()
{
    QStringList langs;
    const QDir dir(tessdataDir());
    for (const QFileInfo& fi :
         dir.entryInfoList({QStringLiteral("*.traineddata")}, QDir::Files, QDir::Name)) {
        if (fi.completeBaseName() != QLatin1String("osd"))
            langs << fi.completeBaseName();
    }
    return langs;
}

void OcrLanguages::validate(const QString& languages)
{
    const QStringList installed = available();
    const QStringList wanted = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        throw Error(tr("no OCR language given"), Error::Kind::BadInput);
    for (const QString& lang : wanted)
        if (!installed.contains(lang))
            throw Error(tr("OCR language \"%1\" is not installed (installed: %2)")
                            .arg(lang, installed.join(QStringLiteral(", "))),
                        Error::Kind::BadInput);
}

} // namespace quarry
