#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace quarry {

// Which Tesseract languages there are and which one Quarry reads by default: the tessdata folder
// looked at as files. Apart from OcrEngine so that the processes that never recognise a page
// (the GUI and quarry-cli: OCR runs in quarry-worker) do not load libtesseract, whose start-up
// (some fifty libraries, thousands of parameters built) was a third of quarry-cli's.
class OcrLanguages
{
    Q_DECLARE_TR_FUNCTIONS(quarry::OcrLanguages)
public:
    static QString defaultLanguages() { return QStringLiteral("kor+eng"); }
    // The folder holding *.traineddata: TESSDATA_PREFIX, else Debian's location.
    static QString tessdataDir();
    // Installed languages (traineddata base names, without "osd").
    static QStringList available();
    // Throws Error (BadInput) when `languages` ("kor+eng") names something not installed.
    static void validate(const QString& languages);
};

} // namespace quarry
