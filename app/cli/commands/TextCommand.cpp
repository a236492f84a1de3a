#include "TextCommand.h"

#include "redact/Redactor.h"
#include "store/DocumentRepository.h"
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

ProjectCommand::Access TextCommand::access(const QCommandLineParser& parser) const
{
    // Redacting may hand out new pseudonym numbers, which are stored: that needs write access.
    return parser.isSet(QStringLiteral("redacted")) ? Access::ReadWrite : Access::ReadOnly;
}

int TextCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
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
    ProjectStore* store = &project();
    const QString doc = parser.positionalArguments().at(1);
    const qint64 docId = resolveDocument(doc);
    if (docId == 0)
        return error(ctx, tr("%1: no document with that id or name").arg(doc));

    DocumentRepository documents(store->db());
    QList<PageRow> pages;
    if (!pageNo)
        pages = documents.pages(docId);
    else if (std::optional<PageRow> page = documents.page(docId, *pageNo))
        pages << *page;
    Redactor redactor(*store);
    int count = 0;
    for (const PageRow& page : pages) {
        if (count > 0)
            ctx.out << "\f\n"; // pages are separated by a form feed, as pdftotext does
        ctx.out << (redacted ? redactor.redactedPageText(page.id) : page.text);
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
