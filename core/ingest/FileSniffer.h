#pragma once

#include "store/DocumentKind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace quarry {

class FormatRegistry;

// Decides what a file is from its first bytes (and its name), before any parsing: the pipeline
// uses this to pick the worker's reader or to record the file as unsupported without parsing it.
struct FileSniff
{
    DocumentKind kind = DocumentKind::Unknown;
    bool supported = false;
    QString problem;      // why not supported, or why the file is corrupt (supported == false)
    bool corrupt = false; // the name promises a format the bytes do not have: failed, not unsupported
};

class FileSniffer
{
    Q_DECLARE_TR_FUNCTIONS(quarry::FileSniffer)
public:
    static FileSniff sniff(const QString& fileName, const QByteArray& head, const FormatRegistry& formats);
};

} // namespace quarry
