#include "ShardCorpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QtEndian>
#include <sqlite3.h>

namespace quarry::test {

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QImage textImage(const QStringList& lines, int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setPixelSize(height / 18);
    painter.setFont(font);
    painter.setPen(Qt::black);
    int y = height / 8;
    for (const QString& line : lines) {
        painter.drawText(width / 12, y, line);
        y += height / 10;
    }
    return image;
}

} // namespace

QStringList ShardCorpus::write(const QString& root)
{
    QStringList files;
    static const char* const names[] = {"김민준", "이서연", "박지호", "최수아",
                                        "정우진", "강하은", "조현우", "윤지민"};
    for (int i = 0; i < 8; ++i) {
        const QString rel =
            QStringLiteral("letters/%1/letter-%2.txt").arg(i % 3).arg(i, 2, 10, QLatin1Char('0'));
        const QString text =
            QStringLiteral("재직증명서 %1\n성명: %2\n연락처: 010-%3-%4\n전자우편: staff%1@example.co.kr\n"
                           "위 사람은 당사에 재직 중임을 증명합니다.\n")
                .arg(i)
                .arg(QString::fromUtf8(names[i]))
                .arg(2345 + i)
                .arg(6789 - i);
        writeFile(root + QLatin1Char('/') + rel, text.toUtf8());
        files << rel;
    }
    writeFile(root + QStringLiteral("/notes/readme.md"),
              QByteArrayLiteral("# Shelf notes\n\nBox 17 is on shelf C. Ask Kim Minjun (010-9876-5432).\n"));
    files << QStringLiteral("notes/readme.md");
    // The same bytes as a letter, under another name: one document whichever shards they land in.
    QFile::copy(root + QStringLiteral("/letters/0/letter-00.txt"),
                root + QStringLiteral("/notes/copy of letter.txt"));
    files << QStringLiteral("notes/copy of letter.txt");
    {
        const QString path = root + QStringLiteral("/pdf/report.pdf");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A5));
        pdf.setResolution(72);
        QPainter painter(&pdf);
        QFont font(QStringLiteral("Noto Sans CJK KR"));
        font.setPointSize(11);
        painter.setFont(font);
        painter.drawText(40, 60, QStringLiteral("인사 보고서 2026"));
        painter.drawText(40, 90, QStringLiteral("담당자 연락처: 02-3456-7890"));
        pdf.newPage();
        painter.drawText(40, 60, QStringLiteral("둘째 쪽: 주민등록번호 900101-1234568"));
        painter.end();
        files << QStringLiteral("pdf/report.pdf");
    }
    {
        const QString path = root + QStringLiteral("/scan/card.png");
        QDir().mkpath(QFileInfo(path).absolutePath());
        textImage({QStringLiteral("Visitor card"), QStringLiteral("Phone 010-5555-1234")}, 1000, 500)
            .save(path);
        files << QStringLiteral("scan/card.png");
    }
    {
        const QString path = root + QStringLiteral("/scan/scanned.pdf");
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A6));
        pdf.setResolution(300);
        QPainter painter(&pdf);
        for (int page = 0; page < 3; ++page) {
            if (page > 0)
                pdf.newPage();
            const QImage image = textImage({QStringLiteral("Scanned page %1").arg(page + 1),
                                            QStringLiteral("Contact 010-4444-%1").arg(1000 + page),
                                            QStringLiteral("Shelf C, box %1").arg(17 + page)},
                                           1200, 1700);
            painter.drawImage(QRect(0, 0, pdf.width(), pdf.height()), image);
        }
        painter.end();
        files << QStringLiteral("scan/scanned.pdf");
    }
    files.sort();
    return files;
}

int ShardCorpus::shardOf(const QString& key, int count)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return int(qFromBigEndian<quint64>(digest.constData()) % quint64(count));
}

QStringList ShardCorpus::content(const QString& project)
{
    QStringList rows;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(project).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open ") + project};
    }
    const char* const queries[] = {
        "SELECT 'document', sha256, kind, status, page_count, size_bytes FROM documents",
        "SELECT 'page', d.sha256, p.page_no, p.method, p.text, p.header, p.footer, "
        "(SELECT count(*) FROM ocr_words w WHERE w.page_id = p.id) FROM pages p JOIN documents d ON d.id = "
        "p.document_id",
        "SELECT 'detection', d.sha256, p.page_no, x.start, x.end, x.entity_type, x.rule, x.value, x.status "
        "FROM detections x JOIN pages p ON p.id = x.page_id JOIN documents d ON d.id = p.document_id",
    };
    for (const char* sql : queries) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
            rows << QString::fromUtf8(sqlite3_errmsg(db));
            continue;
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                cells << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
            rows << cells.join(QLatin1Char('|'));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    rows.sort();
    return rows;
}

} // namespace quarry::test
