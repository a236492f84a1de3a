#pragma once

#include "redact/Recognizer.h"

#include <QSet>
#include <QStringView>
#include <unordered_set>

namespace quarry {

// Korean names beside a title or honorific (김민수 과장, 최수아님) or after a label (성명: 홍길동),
// also as OCR splits them into single syllables (rule person_kr).
class KoreanTitleNameRecognizer : public Recognizer
{
public:
    KoreanTitleNameRecognizer();
    void attach(ScanTables& tables) const override;
    void keyword(ScanJob& job, int a, int b, const scan::Keyword& k) const override;

private:
    void honorific(ScanJob& job, int hs, int he, bool strong) const;
    void label(ScanJob& job, int ls, int le) const;
    bool isStop(QStringView w) const { return w.size() <= 3 && m_stopWords.count(pack(w)) > 0; }
    // Up to three UTF-16 units and the length in one integer, for allocation-free lookups.
    static quint64 pack(QStringView w)
    {
        quint64 k = quint64(w.size()) << 48;
        for (qsizetype i = 0; i < w.size() && i < 3; ++i)
            k |= quint64(w.at(i).unicode()) << (16 * i);
        return k;
    }

    std::unordered_set<quint64> m_stopWords;
    QSet<char16_t> m_particles;
};

} // namespace quarry
