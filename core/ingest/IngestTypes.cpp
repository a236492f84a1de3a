#include "ingest/IngestTypes.h"

#include <QJsonArray>

namespace quarry {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

QJsonObject PageResult::toJson() const
{
    // Words travel as compact arrays: a 300 DPI page has hundreds of them.
    QJsonArray ws;
    for (const OcrWord& w : words)
        ws.append(QJsonArray{w.text, w.box.x(), w.box.y(), w.box.width(), w.box.height(), w.confidence,
                             w.lineNo, w.rawStart, w.rawEnd});
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("page")},
                  {QStringLiteral("page"), pageNo},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("w_pt"), widthPt},
                  {QStringLiteral("h_pt"), heightPt},
                  {QStringLiteral("dpi"), dpi}};
    if (confidence)
        o.insert(QStringLiteral("conf"), *confidence);
    if (!ws.isEmpty())
        o.insert(QStringLiteral("words"), ws);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), toArray(warnings));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), toArray(notes));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

PageResult PageResult::fromJson(const QJsonObject& o)
{
    PageResult r;
    r.pageNo = o.value(QStringLiteral("page")).toInt();
    r.method = o.value(QStringLiteral("method")).toString(QStringLiteral("none"));
    r.text = o.value(QStringLiteral("text")).toString();
    r.widthPt = o.value(QStringLiteral("w_pt")).toDouble();
    r.heightPt = o.value(QStringLiteral("h_pt")).toDouble();
    r.dpi = o.value(QStringLiteral("dpi")).toInt();
    if (o.contains(QStringLiteral("conf")))
        r.confidence = o.value(QStringLiteral("conf")).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("words")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() < 9)
            continue;
        r.words.append(OcrWord{a[0].toString(), QRect(a[1].toInt(), a[2].toInt(), a[3].toInt(), a[4].toInt()),
                               a[5].toDouble(), a[6].toInt(), a[7].toInt(), a[8].toInt()});
    }
    r.warnings = toStringList(o.value(QStringLiteral("warnings")));
    r.notes = toStringList(o.value(QStringLiteral("notes")));
    r.error = o.value(QStringLiteral("error")).toString();
    return r;
}

QJsonObject DocumentInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("opened")},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("mime"), mime},
                  {QStringLiteral("encoding"), encoding},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("author"), author},
                  {QStringLiteral("created"), created.isValid() ? created.toUTC().toString(Qt::ISODate) : QString()},
                  {QStringLiteral("modified"), modified.isValid() ? modified.toUTC().toString(Qt::ISODate) : QString()},
                  {QStringLiteral("pages"), pageCount},
                  {QStringLiteral("warnings"), toArray(warnings)},
                  {QStringLiteral("flowing"), flowing},
                  {QStringLiteral("pages_estimated"), pagesEstimated}};
    if (flowing) {
        o.insert(QStringLiteral("flowing_pages"), toArray(flowingPages));
        QJsonArray pw;
        for (const QStringList& w : flowingPageWarnings)
            pw.append(toArray(w));
        o.insert(QStringLiteral("flowing_warnings"), pw);
    }
    return o;
}

DocumentInfo DocumentInfo::fromJson(const QJsonObject& o)
{
    DocumentInfo d;
    d.kind = o.value(QStringLiteral("kind")).toString();
    d.mime = o.value(QStringLiteral("mime")).toString();
    d.encoding = o.value(QStringLiteral("encoding")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.author = o.value(QStringLiteral("author")).toString();
    d.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    d.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODate);
    d.pageCount = o.value(QStringLiteral("pages")).toInt();
    d.warnings = toStringList(o.value(QStringLiteral("warnings")));
    d.flowing = o.value(QStringLiteral("flowing")).toBool();
    d.pagesEstimated = o.value(QStringLiteral("pages_estimated")).toBool();
    d.flowingPages = toStringList(o.value(QStringLiteral("flowing_pages")));
    for (const QJsonValue& v : o.value(QStringLiteral("flowing_warnings")).toArray())
        d.flowingPageWarnings.append(toStringList(v));
    return d;
}

} // namespace quarry
