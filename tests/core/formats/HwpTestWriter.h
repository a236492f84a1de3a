#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace quarry::test {

// Writes one small document both as HWP 5 (records laid out as Hangul writes them, in a compound
// file written by libgsf) and as HWPX (OWPML sections in a ZIP), so that tests can compare the
// two readers on the same content and build damaged or unusual files (4096-byte sectors, files
// over 7 MB with a DIFAT, truncated records, flags) that the public samples do not cover.
class HwpTestWriter
{
public:
    struct Options
    {
        bool compressed = true;    // raw deflate of the sections (FileHeader flag bit 0)
        quint32 extraFlags = 0;    // further FileHeader flags (password 0x02, DRM 0x10 ...)
        int sectorSize = 512;      // CFB big-block size: 512 or 4096
        qint64 binDataBytes = 0;   // a BinData stream of this many pseudo-random bytes
        int truncateSectionBy = 0; // cut this many bytes off the end of Section0 (after compressing)
        bool preview = true;       // a PrvText stream
        bool fileHeader = true;    // false: a compound file that is not HWP (an old Word file)
        QByteArray viewText;       // the bytes of a ViewText/Section0 stream, if any
        QString title;             // \005HwpSummaryInformation title and author
        QString author;
    };

    void paragraph(const QString& text, bool pageBreakBefore = false);
    void table(const QList<QStringList>& rows);
    void header(const QString& text);
    void footer(const QString& text);
    void footnote(const QString& anchorText, const QString& note);
    void textBox(const QString& anchorText, const QString& boxText);
    void newSection(); // later content goes into the next section

    QByteArray hwp(const Options& options) const;
    QByteArray hwp() const { return hwp(Options()); }
    QByteArray hwpx() const;
    // The records of section `index`, uncompressed (fuzz seeds, record-level tests).
    QByteArray sectionRecords(int index) const;
    // The body text as Hancom's PrvText has it (paragraphs, cells as <...>).
    QString previewText() const;

private:
    struct Item
    {
        enum Kind
        {
            Paragraph,
            Table,
            Header,
            Footer,
            Footnote,
            TextBox,
        } kind = Paragraph;
        QString text;  // paragraph text, or the anchoring paragraph's text
        QString extra; // header/footer/note/box text
        QList<QStringList> rows;
        bool pageBreak = false;
        int vertical = 0;
    };
    QList<QList<Item>> m_sections{QList<Item>{}};
    int m_vertical = 0;

    void add(Item item);
};

} // namespace quarry::test
