#include "TextCommand.h"

#include "redact/Redactor.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace quarry::cli {

QString TextCommand::description() const
{
    return tr("Print a document's text as stored (its corrections included), or redacted.");
}

void TextCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("page"), tr("Only page N (1-based)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("redacted"), tr("Print the redacted text instead of the original.")});
}

QList<std::tuple<QString, QString, QString>> TextCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")},
            {QStringLiteral("DOC"), tr("Document id or name."), QStringLiteral("DOC")}};
}

int TextCommand::minPositional() const
{
    return 2;
}

int TextCommand::execute(const QCommandLineParser& parser, CommandContext& ctx)
{
    std::optional<int> pageNo;
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || n < 1)
            return error(ctx, tr("--page: expected a page number from 1, got '%1'")
                                  .arg(parser.value(QStringLiteral("page"))));
        pageNo = n;
    }
    const bool redacted = parser.isSet(QStringLiteral("redacted"));
    // Redacting may hand out new pseudonym numbers, which are stored: that needs write access.
    auto store = openProject(parser.positionalArguments().at(0), ctx, !redacted);
    if (!store)
        return ExitUsage;
    const QString doc = parser.positionalArguments().at(1);
    const qint64 docId = resolveDocument(*store, doc);
    if (docId == 0)
        return error(ctx, tr("%1: no document with that id or name").arg(doc));

    Statement pages =
        store->db().prepare(QStringLiteral("SELECT id, page_no, coalesce(corrected_text, text) FROM pages "
                                           "WHERE document_id = ? AND (? = 0 OR page_no = ?) "
                                           "ORDER BY page_no"));
    pages.bindAll(docId, qint64(pageNo ? 1 : 0), qint64(pageNo.value_or(0)));
    Redactor redactor(*store);
    int count = 0;
    while (pages.step()) {
        if (count > 0)
            ctx.out << "\f\n"; // pages are separated by a form feed, as pdftotext does
        ctx.out << (redacted ? redactor.redactedPageText(pages.int64(0)) : pages.text(2));
        ++count;
    }
    if (count == 0) {
        ctx.out.flush();
        return error(ctx, pageNo ? tr("%1: no page %2").arg(doc).arg(*pageNo)
                                 : tr("%1: the document has no pages").arg(doc));
    }
    ctx.out << Qt::endl;
    return ExitOk;
}

} // namespace quarry::cli
