#include "WordsCommand.h"

#include "store/PageCorrections.h"
#include "store/PageWords.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace quarry::cli {

QString WordsCommand::description() const
{
    return tr("List the words OCR read on a page: box (pixels at the page's DPI), confidence and place in "
              "the extracted text.");
}

void WordsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("page"), tr("Page N (1-based; default 1)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("below"), tr("Only words with a confidence under C (0-100)."), QStringLiteral("C")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> WordsCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")},
            {QStringLiteral("DOC"), tr("Document id or name."), QStringLiteral("DOC")}};
}

int WordsCommand::minPositional() const
{
    return 2;
}

ProjectCommand::Access WordsCommand::access(const QCommandLineParser&) const
{
    return Access::ReadOnly;
}

int WordsCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    int pageNo = 1;
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        pageNo = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || pageNo < 1)
            return error(ctx, tr("--page: expected a page number from 1, got '%1'")
                                  .arg(parser.value(QStringLiteral("page"))));
    }
    std::optional<double> below;
    if (parser.isSet(QStringLiteral("below"))) {
        bool ok = false;
        below = parser.value(QStringLiteral("below")).toDouble(&ok);
        if (!ok || *below < 0 || *below > 100)
            return error(ctx, tr("--below: expected a confidence from 0 to 100, got '%1'")
                                  .arg(parser.value(QStringLiteral("below"))));
    }
    ProjectStore* store = &project();
    const QString doc = parser.positionalArguments().at(1);
    const qint64 docId = resolveDocument(doc);
    if (docId == 0)
        return error(ctx, tr("%1: no document with that id or name").arg(doc));
    const qint64 pageId = PageCorrections(*store).pageId(docId, pageNo);
    if (pageId == 0)
        return error(ctx, tr("%1: no page %2").arg(doc).arg(pageNo));

    PageWords reader(store->db());
    const QList<PageWords::Word> words = reader.words(pageId, below);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const PageWords::Word& w : words) {
            QJsonObject o{
                {QStringLiteral("seq"), w.seq},
                {QStringLiteral("text"), w.text},
                {QStringLiteral("box"), QJsonArray{w.box.x(), w.box.y(), w.box.width(), w.box.height()}},
                {QStringLiteral("confidence"), qRound(w.confidence * 10) / 10.0},
                {QStringLiteral("line"), w.lineNo}};
            if (w.textStart >= 0) {
                o.insert(QStringLiteral("start"), w.textStart);
                o.insert(QStringLiteral("end"), w.textEnd);
            }
            arr.append(o);
        }
        writeJson(ctx, QJsonObject{{QStringLiteral("document_id"), docId},
                                   {QStringLiteral("page"), pageNo},
                                   {QStringLiteral("dpi"), reader.dpi(pageId)},
                                   {QStringLiteral("words"), arr}});
        return ExitOk;
    }
    // Offsets are UTF-16 units of the extracted text, as stored (the text view's unit).
    for (const PageWords::Word& w : words)
        ctx.out << w.seq << "\t" << w.box.x() << "," << w.box.y() << "," << w.box.width() << ","
                << w.box.height() << "\t" << QString::number(w.confidence, 'f', 1) << "\t"
                << (w.textStart >= 0 ? QStringLiteral("%1-%2").arg(w.textStart).arg(w.textEnd)
                                     : QStringLiteral("-"))
                << "\t" << w.text << "\n";
    ctx.out << QCoreApplication::translate("quarry::cli::WordsCommand", "%n word(s)", nullptr,
                                           int(words.size()))
            << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
