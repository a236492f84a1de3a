#pragma once

#include "ProjectCommand.h"

#include <QCoreApplication>

namespace quarry::cli {

// The OCR words of a page with their boxes and confidences: what the document view outlines on the
// page image, for scripts that check OCR (the words the engine was unsure of, with --below).
class WordsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(quarry::cli::WordsCommand)
public:
    QString name() const override { return QStringLiteral("words"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) const override;
    QList<std::tuple<QString, QString, QString>> positionals() const override;
    int minPositional() const override;
    Access access(const QCommandLineParser& parser) const override;
    int executeWithProject(const QCommandLineParser& parser, CommandContext& ctx) override;
};

} // namespace quarry::cli
