// The export keeps texts in UTF-8 from SQLite to the JSONL line. Each fast path that works on the
// bytes is checked against the straightforward QString way on random text built to hit its edges
// (16-byte block boundaries, every kind of whitespace and case, Hangul lead bytes, ill-formed bytes).
#include "export/DatasetCard.h"
#include "export/Deduplicator.h"
#include "export/ExportRecord.h"
#include "export/JsonWriter.h"
#include "text/Utf8.h"

#include <QRandomGenerator>
#include <QTest>

using namespace quarry;

namespace {

// Fragments that stress the fast paths: ASCII words and capitals, each whitespace kind alone and in
// runs, Latin/Greek/Cyrillic capitals, full-width forms, Hangul from the 0xea lead (U+AC00-U+AFFF)
// and beyond, CJK, U+A000-U+ABFF (0xea lead, not Hangul), emoji, JSON escapes, U+2028/U+2029.
const QStringList kFragments = {QStringLiteral("word"),     QStringLiteral("WORD"),
                                QStringLiteral("MiXeD"),    QStringLiteral(" "),
                                QStringLiteral("  "),       QStringLiteral("\t"),
                                QStringLiteral("\n"),       QStringLiteral("\r\n"),
                                QStringLiteral("\u00a0"),   QStringLiteral("\u3000"),
                                QStringLiteral("\u2003"),   QStringLiteral("\u0085"),
                                QStringLiteral("ÀÉÎ"),      QStringLiteral("àéî"),
                                QStringLiteral("ΣΑΣ"),      QStringLiteral("σας"),
                                QStringLiteral("ДОМ"),      QStringLiteral("ß"),
                                QStringLiteral("ＡＢＣ"),   QStringLiteral("ａｂｃ"),
                                QStringLiteral("가각간"),   QStringLiteral("계약서"),
                                QStringLiteral("한국어"),   QStringLiteral("힣"),
                                QStringLiteral("中文字"),   QStringLiteral("\ua640\ua641"),
                                QStringLiteral("ꀀ"),       QStringLiteral("😀"),
                                QStringLiteral("\""),       QStringLiteral("\\"),
                                QStringLiteral("\u0001"),   QStringLiteral("\u001f"),
                                QStringLiteral("\u2028"),   QStringLiteral("\u2029"),
                                QStringLiteral("“quoted”"), QStringLiteral("1234"),
                                QStringLiteral("x"),        QStringLiteral("0123456789abcdef")};

QString randomText(QRandomGenerator& rng, int maxFragments = 24)
{
    QString s;
    const int n = int(rng.bounded(maxFragments + 1));
    for (int i = 0; i < n; ++i)
        s += kFragments[rng.bounded(qsizetype(kFragments.size()))];
    return s;
}

// The same text as the normalisation sees it, written differently: whitespace runs of other kinds
// and lengths, other letter case.
QString variant(QRandomGenerator& rng, const QString& text)
{
    if (text.trimmed().isEmpty())
        return text; // an empty context is none; a blank one is not
    const QStringList spaces = {QStringLiteral(" "),      QStringLiteral("  "),   QStringLiteral("\t"),
                                QStringLiteral("\u3000"), QStringLiteral(" \n "), QStringLiteral("\u00a0")};
    QString out = rng.bounded(2) ? spaces[rng.bounded(spaces.size())] : QString();
    const QString simplified = text.simplified();
    for (QChar c : simplified) {
        if (c == QLatin1Char(' '))
            out += spaces[rng.bounded(spaces.size())];
        else if (c.unicode() < 0x80 && rng.bounded(2))
            out += c.toUpper();
        else
            out += c;
    }
    if (rng.bounded(2))
        out += spaces[rng.bounded(spaces.size())];
    return out;
}

ExportRecord record(const QString& context, const QStringList& turns)
{
    Pair p;
    p.id = 1;
    p.context = context;
    for (qsizetype i = 0; i < turns.size(); ++i)
        p.turns << Turn{i % 2 ? Turn::Role::Assistant : Turn::Role::User, turns[i], std::nullopt};
    return ExportRecord::fromPair(p);
}

} // namespace

class TestExportText : public QObject
{
    Q_OBJECT

private slots:
    void validationAgreesWithTheReference()
    {
        QRandomGenerator rng(11);
        // Random bytes biased to the interesting ones, at every length around the block size.
        const uchar interesting[] = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf,
                                     0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xea, 0xec, 0xed,
                                     0xee, 0xef, 0xf0, 0xf3, 0xf4, 0xf5, 0xff};
        int invalid = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes;
            const int n = int(rng.bounded(70));
            for (int i = 0; i < n; ++i)
                bytes += char(rng.bounded(3) ? interesting[rng.bounded(int(sizeof interesting))]
                                             : rng.bounded(256));
            const bool expected = utf8::isValidReference(bytes);
            invalid += !expected;
            QVERIFY2(utf8::isValid(bytes) == expected, bytes.toHex().constData());
        }
        QVERIFY(invalid > 1000);
        // Well-formed text of every length, and each one cut short or with one byte changed.
        for (int round = 0; round < 3000; ++round) {
            const QByteArray good = randomText(rng).toUtf8();
            QVERIFY2(utf8::isValid(good), good.toHex().constData());
            if (good.isEmpty())
                continue;
            const qsizetype cut = rng.bounded(good.size());
            QCOMPARE(utf8::isValid(good.left(cut)), utf8::isValidReference(good.left(cut)));
            QByteArray changed = good;
            changed[rng.bounded(good.size())] = char(rng.bounded(256));
            QCOMPARE(utf8::isValid(changed), utf8::isValidReference(changed));
        }
        for (const char* bad : {"\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x9f\xbf",
                                "\xf0\x8f\xbf\xbf", "abc\xe2\x82", "\xf8\x88\x80\x80\x80", "\x80"})
            QVERIFY2(!utf8::isValid(QByteArrayView(bad)), bad);
    }

    void repairMatchesQString()
    {
        QRandomGenerator rng(12);
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes = randomText(rng, 6).toUtf8();
            for (int k = int(rng.bounded(4)); k > 0; --k)
                bytes.insert(rng.bounded(bytes.size() + 1), char(0x80 + rng.bounded(0x80)));
            const QByteArray repaired = utf8::toValid(bytes);
            QVERIFY(utf8::isValid(repaired));
            QCOMPARE(repaired, QString::fromUtf8(bytes).toUtf8());
        }
    }

    void jsonStringsMatchTheQStringWriter()
    {
        QRandomGenerator rng(13);
        for (int round = 0; round < 5000; ++round) {
            const QString text = randomText(rng);
            QByteArray viaUtf8, viaQString;
            JsonWriter::appendUtf8String(viaUtf8, {text.toUtf8()});
            JsonWriter::appendString(viaQString, text);
            QCOMPARE(viaUtf8, viaQString);
        }
        // Pieces are one string.
        const QString a = randomText(rng), b = randomText(rng);
        QByteArray pieces, whole;
        JsonWriter::appendUtf8String(pieces, {a.toUtf8(), "\n\n", b.toUtf8()});
        JsonWriter::appendString(whole, a + QStringLiteral("\n\n") + b);
        QCOMPARE(pieces, whole);
    }

    void recordsRepairWhatTheyAreGiven()
    {
        ExportRecord r;
        r.setContext(QByteArrayView("ctx \xff"));
        r.addTurn(Turn::Role::User, QByteArrayView("q \xed\xa0\x80"), std::nullopt);
        r.setSystemPrompt(QByteArray("\xc0\xaf sys"));
        QCOMPARE(r.context(), QByteArrayView("ctx \xef\xbf\xbd"));
        QCOMPARE(r.content(0), QByteArrayView("q \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"));
        QCOMPARE(r.systemPrompt(), QByteArray("\xef\xbf\xbd\xef\xbf\xbd sys"));
    }

    void exactKeyFollowsTheNormalisation()
    {
        QRandomGenerator rng(14);
        int equalByText = 0;
        for (int round = 0; round < 4000; ++round) {
            const QString context = rng.bounded(3) == 0 ? randomText(rng, 4) : QString();
            const QStringList turns{randomText(rng), randomText(rng)};
            // The same conversation written differently: same key.
            const ExportRecord a = record(context, turns);
            const ExportRecord b =
                record(variant(rng, context), {variant(rng, turns[0]), variant(rng, turns[1])});
            QCOMPARE(Deduplicator::normalisedContent(a), Deduplicator::normalisedContent(b));
            QVERIFY2(Deduplicator::exactKey(a) == Deduplicator::exactKey(b),
                     qPrintable(turns[0] + QStringLiteral(" | ") + turns[1]));
            // Another conversation: the key tells them apart exactly when the normalisation does.
            const ExportRecord c = record(randomText(rng, 4), {randomText(rng), randomText(rng)});
            const bool sameText = Deduplicator::normalisedContent(a) == Deduplicator::normalisedContent(c);
            equalByText += sameText;
            QCOMPARE(Deduplicator::exactKey(a) == Deduplicator::exactKey(c), sameText);
        }
        QVERIFY(equalByText < 100);
        // Which turn a text is in matters.
        QVERIFY(!(Deduplicator::exactKey(record({}, {QStringLiteral("a b"), QStringLiteral("c")})) ==
                  Deduplicator::exactKey(record({}, {QStringLiteral("a"), QStringLiteral("b c")}))));
    }

    void lengthsMatchQString()
    {
        QRandomGenerator rng(15);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            for (int k = int(rng.bounded(40)); k > 0; --k)
                text += randomText(rng, 3);
            qint64 chars = 0, tokens = 0;
            DatasetCard::measure(text.toUtf8(), chars, tokens);
            qint64 ascii = 0, other = 0;
            for (QChar c : text) {
                if (c.unicode() < 0x80)
                    ++ascii;
                else if (!c.isLowSurrogate())
                    ++other;
            }
            QCOMPARE(chars, ascii + other);
            QCOMPARE(tokens, (ascii + 3) / 4 + other);
        }
    }
};

QTEST_GUILESS_MAIN(TestExportText)
#include "TestExportText.moc"
