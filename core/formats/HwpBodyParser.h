#pragma once

#include "formats/HwpDocumentBuilder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace quarry {

// Walks the records of one HWP 5 BodyText (or decrypted ViewText) section into an
// HwpDocumentBuilder: paragraphs with their PARA_TEXT control characters, tables cell by cell,
// text boxes, headers/footers, notes and hidden comments, and estimated page breaks (break
// types, the vertical positions of the cached line layout). Malformed input never asserts:
// truncated records are cut at the end of the stream, level jumps are clamped, unknown tags are
// skipped by their size, nesting deeper than a limit is skipped with a warning.
class HwpBodyParser
{
    Q_DECLARE_TR_FUNCTIONS(quarry::HwpBodyParser)
public:
    struct Record
    {
        int tag = 0;
        int level = 0;
        const char* data = nullptr;
        qsizetype size = 0;
    };

    // The records of a decompressed section. `complete` (optional) is set to whether the bytes were
    // a whole number of well-formed records.
    static std::vector<Record> records(const QByteArray& bytes, bool* complete = nullptr);
    // Whether decompressed bytes look like a BodyText section (records, starting with a paragraph).
    static bool looksLikeSection(const QByteArray& bytes);

    explicit HwpBodyParser(HwpDocumentBuilder& builder) : m_builder(builder) {}

    // Adds one section. A section after the first starts a new page.
    void parseSection(const QByteArray& bytes);
    const QStringList& warnings() const { return m_warnings; }

private:
    using Range = std::pair<size_t, size_t>; // [first, last) indexes into m_records

    size_t childrenEnd(size_t index) const;
    void paragraphs(Range range, int level);
    void paragraph(size_t index, size_t end);
    void paragraphText(const Record& text);
    void control(size_t index, size_t end);
    void table(size_t index, size_t end);
    void shapeChildren(Range range, int level);
    void warnOnce(const QString& warning);

    HwpDocumentBuilder& m_builder;
    std::vector<Record> m_records;
    QStringList m_warnings;
    bool m_firstParagraph = true;
    bool m_sectionStart = false;
    qint64 m_lastVertical = -1; // vertical position of the last top-level line seen
};

} // namespace quarry
