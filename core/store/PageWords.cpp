#include "store/PageWords.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace quarry {

QList<PageWords::Word> PageWords::words(qint64 pageId, std::optional<double> below)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT seq, text, x, y, w, h, confidence, line_no, text_start, text_end FROM ocr_words "
        "WHERE page_id = ? AND (? IS NULL OR confidence < ?) ORDER BY seq"));
    st.bind(1, pageId);
    if (below) {
        st.bind(2, *below);
        st.bind(3, *below);
    } else {
        st.bindNull(2);
        st.bindNull(3);
    }
    QList<Word> words;
    while (st.step()) {
        Word w;
        w.seq = st.int32(0);
        w.text = st.text(1);
        w.box = QRect(st.int32(2), st.int32(3), st.int32(4), st.int32(5));
        w.confidence = st.real(6);
        w.lineNo = st.int32(7);
        // A stored range that is empty or reversed places the word nowhere in the text.
        if (!st.isNull(8) && !st.isNull(9) && st.int32(8) >= 0 && st.int32(9) > st.int32(8)) {
            w.textStart = st.int32(8);
            w.textEnd = st.int32(9);
        }
        words << w;
    }
    return words;
}

int PageWords::dpi(qint64 pageId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT dpi FROM pages WHERE id = ?"));
    st.bind(1, pageId);
    if (!st.step() || st.isNull(0) || st.int32(0) <= 0)
        return 300;
    return st.int32(0);
}

} // namespace quarry
