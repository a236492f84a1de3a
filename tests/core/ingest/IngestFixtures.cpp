#include "IngestFixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <leptonica/allheaders.h>
#include <vector>

namespace quarry::test {

QString cjkFamily()
{
    for (const QString& f : QFontDatabase::families())
        if (f.startsWith(QLatin1String("Noto Sans CJK KR")))
            return f;
    return QStringLiteral("Noto Sans CJK KR");
}

void writeTextPdf(const QString& path, const QStringList& pages, const QString& family, const QString& title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    if (!title.isEmpty())
        writer.setTitle(title);
    writer.setCreator(QStringLiteral("quarry tests"));
    QPainter painter(&writer);
    QFont font(family.isEmpty() ? QStringLiteral("DejaVu Sans") : family);
    font.setPointSize(12);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 300;
        for (const QString& line : pages[i].split(QLatin1Char('\n'))) {
            painter.drawText(250, y, line);
            y += 80;
        }
    }
    painter.end();
}

QImage renderTextImage(const QStringList& lines, const QString& family, int pixelSize, int widthPx)
{
    const int lineHeight = pixelSize * 2;
    QImage img(widthPx, 200 + lineHeight * int(lines.size()) + 200, QImage::Format_RGB32);
    img.fill(Qt::white);
    img.setDotsPerMeterX(11811); // 300 DPI
    img.setDotsPerMeterY(11811);
    QPainter p(&img);
    QFont font(family);
    font.setPixelSize(pixelSize);
    p.setFont(font);
    p.setPen(Qt::black);
    int y = 200;
    for (const QString& line : lines) {
        p.drawText(150, y, line);
        y += lineHeight;
    }
    p.end();
    QImage gray = img.convertToFormat(QImage::Format_Grayscale8);
    gray.setDotsPerMeterX(11811);
    gray.setDotsPerMeterY(11811);
    return gray;
}

void writeImagePdf(const QString& path, const QList<QImage>& pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QImage& img = pages[i];
        painter.drawImage(QRect(0, 0, img.width(), img.height()), img);
    }
    painter.end();
}

bool writeTiff(const QString& path, const QList<QImage>& pages)
{
    const QByteArray name = QFile::encodeName(path);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage g = pages[i].convertToFormat(QImage::Format_Grayscale8);
        PIX* pix = pixCreate(g.width(), g.height(), 8);
        pixSetResolution(pix, 300, 300);
        for (int y = 0; y < g.height(); ++y) {
            const uchar* line = g.constScanLine(y);
            for (int x = 0; x < g.width(); ++x)
                pixSetPixel(pix, x, y, line[x]);
        }
        const l_ok rc = pixWriteTiff(name.constData(), pix, IFF_TIFF_ZIP, i == 0 ? "w" : "a");
        pixDestroy(&pix);
        if (rc != 0)
            return false;
    }
    return true;
}

namespace {

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = uchar(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + uchar(key[i % key.size()])) & 0xff;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype k = 0, i = 0, j = 0; k < data.size(); ++k) {
        i = (i + 1) & 0xff;
        j = (j + s[i]) & 0xff;
        std::swap(s[i], s[j]);
        out[k] = char(uchar(data[k]) ^ s[(s[i] + s[j]) & 0xff]);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

} // namespace

QByteArray encryptedPdf(const QString& userPassword, const QString& text)
{
    // PDF 1.7, 7.6.3 (standard security handler, revision 2).
    static const unsigned char padBytes[32] = {
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A};
    const QByteArray pad(reinterpret_cast<const char*>(padBytes), 32);
    auto padded = [&](const QByteArray& pw) { return (pw + pad).left(32); };
    const QByteArray user = userPassword.toLatin1();
    const QByteArray owner = QByteArrayLiteral("owner-secret");
    const QByteArray o = rc4(md5(padded(owner)).left(5), padded(user));
    const qint32 perms = -4;
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(perms) >> (8 * i)) & 0xff);
    const QByteArray id = md5(QByteArrayLiteral("quarry test document id"));
    const QByteArray key = md5(padded(user) + o + p + id).left(5);
    const QByteArray u = rc4(key, pad);
    auto objectKey = [&](int num) {
        QByteArray k = key;
        k += char(num & 0xff);
        k += char((num >> 8) & 0xff);
        k += char((num >> 16) & 0xff);
        k += '\0';
        k += '\0';
        return md5(k).left(10);
    };
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (" + text.toLatin1() + ") Tj ET";
    const QByteArray encContent = rc4(objectKey(4), content);

    QByteArray pdf = "%PDF-1.4\n";
    std::vector<qsizetype> offsets;
    auto obj = [&](const QByteArray& body) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(qsizetype(offsets.size())) + " 0 obj\n" + body + "\nendobj\n";
    };
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>");
    obj("<< /Length " + QByteArray::number(encContent.size()) + " >>\nstream\n" + encContent + "\nendstream");
    obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    obj("<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P " +
        QByteArray::number(perms) + " >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(qsizetype(offsets.size() + 1)) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qsizetype(offsets.size() + 1)) +
           " /Root 1 0 R /Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString normalizeForCer(const QString& text, bool keepSpaces)
{
    QString out;
    bool pendingSpace = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isSpace()) {
            pendingSpace = keepSpaces && !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

double cer(const QString& ref, const QString& hyp, bool keepSpaces)
{
    const QString a = normalizeForCer(ref, keepSpaces);
    const QString b = normalizeForCer(hyp, keepSpaces);
    if (a.isEmpty())
        return b.isEmpty() ? 0.0 : 1.0;
    return double(editDistance(a, b)) / double(a.size());
}

} // namespace quarry::test
