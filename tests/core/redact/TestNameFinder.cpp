// NameFinder looks for the places it reads (capitals, Hangul word starts) one unit at a time, eight
// at a time with SSE2 and sixteen with AVX2: all of them must find the same next place from every
// position of text that mixes Hangul, Latin-1 capitals and ASCII, whatever the vector blocks cut,
// and find() must give the same names with each.

#include "redact/NameFinder.h"

#include <QRandomGenerator>
#include <QString>
#include <QTest>
#include <algorithm>
#include <memory>
#include <vector>

using namespace quarry;

namespace {

// Units the scans tell apart: capitals before and after word characters, Latin-1 letters, the
// Hangul of surnames, given names and particles, the ends of the Hangul block, CJK, punctuation.
const char16_t units[] =
    u"AaBbZzJjDdLlVvEeMmOoI'-., :\n\u2019\u2014\u00c0\u00c9\u00e9\u00d6\u00f6\u00bf\u0130"
    u"\u017d\u0161\u1100\u2f00\u2fff\u3000\u3001\u4e00\uabff\uac00\ud7a3\ud7a4김이박최정"
    u"수민준지아님씨은는가의에게와도한국인부상자남궁황보서연우현0123456789";
const int unitCount = int(sizeof(units) / sizeof(units[0])) - 1;

const char* const pieces[] = {"Dear ",     "John ",       "Smith",   "Emily Carter", "van der ",
                              "J. ",       "Mr ",         "The ",    "name is ",     "김민준이 ",
                              "최수아 님", "남궁민수 씨", ", ",      " and ",        "Regards,\n",
                              "Szöllösy ", "O'Connor ",   "McLeod ", "Jean-Luc ",    "Hadžić",
                              "황보수 ",   "Please ",     "March.",  "회 의 는 ",    "이번 분기 "};

QString randomText(QRandomGenerator& rng, int length)
{
    QString s;
    while (s.size() < length) {
        if (rng.bounded(3) == 0)
            s += QString::fromUtf8(pieces[rng.bounded(int(sizeof(pieces) / sizeof(pieces[0])))]);
        else
            s += QChar(units[rng.bounded(unitCount)]);
    }
    return s;
}

bool sameHits(const std::vector<NameFinder::Hit>& a, const std::vector<NameFinder::Hit>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t k = 0; k < a.size(); ++k)
        if (a[k].start != b[k].start || a[k].end != b[k].end || a[k].score != b[k].score ||
            a[k].korean != b[k].korean)
            return false;
    return true;
}

} // namespace

class TestNameFinder : public QObject
{
    Q_OBJECT

private slots:
    void vectorScansAgreeWithScalarEverywhere()
    {
        if (NameFinder::bestScan() != NameFinder::Scan::Avx2)
            qInfo("no AVX2 here: its scan falls back to SSE2");
        QRandomGenerator rng(7);
        for (int round = 0; round < 3000; ++round) {
            const QString s = randomText(rng, int(rng.bounded(120)));
            // In a heap block of exactly its length: the sanitizer builds see a vector load past
            // the end of the text.
            const std::unique_ptr<char16_t[]> units(new char16_t[size_t(s.size())]);
            std::copy_n(reinterpret_cast<const char16_t*>(s.utf16()), s.size(), units.get());
            const QStringView text(units.get(), s.size());
            for (int i = 0; i <= text.size(); ++i) {
                const int scalar = NameFinder::nextCandidate(text, i, NameFinder::Scan::Scalar);
                QVERIFY(scalar >= i && scalar <= text.size());
                QCOMPARE(NameFinder::nextCandidate(text, i, NameFinder::Scan::Sse2), scalar);
                QCOMPARE(NameFinder::nextCandidate(text, i, NameFinder::Scan::Avx2), scalar);
            }
        }
    }

    void findGivesTheSameNamesWithEachScan()
    {
        QRandomGenerator rng(11);
        int names = 0;
        for (int round = 0; round < 3000; ++round) {
            const QString text = randomText(rng, int(rng.bounded(300)));
            std::vector<NameFinder::Hit> scalar, sse2, avx2;
            NameFinder::find(text, scalar, NameFinder::Scan::Scalar);
            NameFinder::find(text, sse2, NameFinder::Scan::Sse2);
            NameFinder::find(text, avx2, NameFinder::Scan::Avx2);
            QVERIFY2(sameHits(scalar, sse2), qPrintable(text));
            QVERIFY2(sameHits(scalar, avx2), qPrintable(text));
            names += int(scalar.size());
        }
        QVERIFY(names > 1000); // the pieces make names often enough to compare something
    }

    void namesAtTheEdgesOfVectorBlocks()
    {
        // A name after 0..40 units of filler starts in every lane of the 8- and 16-unit blocks.
        for (const QString& name : {QStringLiteral("Dear John Smith."), QStringLiteral("최수아 님께"),
                                    QStringLiteral("Krisztián Szöllösy listed")}) {
            for (int pad = 0; pad <= 40; ++pad) {
                const QString text = QString(pad, QLatin1Char('x')) + QLatin1Char(' ') + name;
                std::vector<NameFinder::Hit> scalar, best;
                NameFinder::find(text, scalar, NameFinder::Scan::Scalar);
                NameFinder::find(text, best);
                QVERIFY2(!scalar.empty(), qPrintable(text));
                QVERIFY2(sameHits(scalar, best), qPrintable(text));
            }
        }
    }

    void contextPhrasesWithADash()
    {
        // Two words on no list are a name only after a phrase that announces one; "approved —"
        // (an em dash) announces one as "approved -" does.
        for (const QString& text : {QStringLiteral("The plan was approved — Zorbak Quimble, March."),
                                    QStringLiteral("The plan was approved - Zorbak Quimble, March.")}) {
            std::vector<NameFinder::Hit> hits;
            NameFinder::find(text, hits);
            QCOMPARE(hits.size(), size_t(1));
            QCOMPARE(text.mid(hits[0].start, hits[0].end - hits[0].start), QStringLiteral("Zorbak Quimble"));
        }
        std::vector<NameFinder::Hit> none;
        NameFinder::find(QStringLiteral("The plan was approved. Zorbak Quimble, March."), none);
        QCOMPARE(none.size(), size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestNameFinder)
#include "TestNameFinder.moc"
