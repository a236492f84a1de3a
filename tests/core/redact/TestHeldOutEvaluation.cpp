#include "LabelledSet.h"
#include "TestDir.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace quarry;

// Recall and precision on the held-out set tests/data/redact/heldout-{ko,en}.jsonl (make_heldout.py,
// issue 16): sentences written from real document styles before looking at the recognizers, so the
// figures say how the default rules do on text nobody wrote for them. A labelled span counts as
// found only when one detection of its type covers all of it (half a card number is a leak).
class TestHeldOutEvaluation : public QObject
{
    Q_OBJECT
private:
    using Count = test::EvalCount;

    QMap<QString, Count> m_byType;
    QMap<QString, Count> m_byTag; // recall per labelled case (tp/fn only)
    int m_hardNegatives = 0;
    int m_hardNegativeHits = 0;

    void evaluate(const QString& file, const Scanner& scanner, QStringList& misses)
    {
        int lines = 0;
        QString error;
        QList<test::LabelledSnippet> set = test::LabelledSet::read(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        lines += int(set.size());
        for (test::LabelledSnippet& snippet : set) {
            const QString& text = snippet.text;
            const bool hardNegative = snippet.note == QLatin1String("hard negative");
            m_hardNegatives += hardNegative;
            const QList<Detection> found = scanner.scan(text);
            if (hardNegative && !found.isEmpty())
                ++m_hardNegativeHits;
            // A detection on a labelled span is right even when it covers only part of it (precision);
            // the span counts as found only when covered whole (recall).
            for (const Detection& d : found) {
                if (test::LabelledSet::match(snippet, d) != test::DetectionMatch::Unlabelled) {
                    ++m_byType[d.type].tp;
                } else {
                    ++m_byType[d.type].fp;
                    misses << QStringLiteral("FP %1 %2 [%3] in: %4").arg(d.type, d.rule, d.text, text);
                }
            }
            for (const test::LabelledSpan& e : snippet.spans) {
                Count& c = m_byTag[e.tag];
                if (e.found) {
                    ++c.tp;
                } else {
                    ++c.fn;
                    ++m_byType[e.type].fn;
                    misses << QStringLiteral("FN %1 %2 [%3] in: %4")
                                  .arg(e.type, e.tag, text.mid(e.start, e.end - e.start), text);
                }
            }
        }
        QVERIFY(lines >= 300);
    }

private slots:
    void heldOut()
    {
        RuleSet rules = RuleSet::defaults();
        QVERIFY(rules.errors().isEmpty());
        const Scanner scanner(rules);
        QStringList misses;
        evaluate(QStringLiteral("heldout-ko.jsonl"), scanner, misses);
        evaluate(QStringLiteral("heldout-en.jsonl"), scanner, misses);
        if (QTest::currentTestFailed())
            return;
        for (const QString& m : std::as_const(misses))
            qInfo().noquote() << m;

        auto row = [](const QString& key, const Count& c) {
            qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                     .arg(key, -18)
                                     .arg(c.tp, 4)
                                     .arg(c.fp, 4)
                                     .arg(c.fn, 4)
                                     .arg(c.precision(), 9, 'f', 3)
                                     .arg(c.recall(), 7, 'f', 3);
        };
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                                 .arg(QStringLiteral("type/case"), -18)
                                 .arg(QStringLiteral("tp"), 4)
                                 .arg(QStringLiteral("fp"), 4)
                                 .arg(QStringLiteral("fn"), 4)
                                 .arg(QStringLiteral("precision"), 9)
                                 .arg(QStringLiteral("recall"), 7);
        Count all;
        for (auto it = m_byType.cbegin(); it != m_byType.cend(); ++it) {
            row(it.key(), it.value());
            all.tp += it.value().tp;
            all.fp += it.value().fp;
            all.fn += it.value().fn;
        }
        for (auto it = m_byTag.cbegin(); it != m_byTag.cend(); ++it)
            row(QStringLiteral("  ") + it.key(), it.value());
        row(QStringLiteral("all"), all);
        const double hardRate = m_hardNegatives ? double(m_hardNegativeHits) / m_hardNegatives : 0.0;
        qInfo().noquote() << QStringLiteral("hard negatives hit: %1 of %2 (%3)")
                                 .arg(m_hardNegativeHits)
                                 .arg(m_hardNegatives)
                                 .arg(hardRate, 0, 'f', 3);

        // Targets of issue 16.
        QStringList failures;
        auto need = [&](const QString& what, double value, double min) {
            if (value < min)
                failures << QStringLiteral("%1 %2 < %3").arg(what).arg(value, 0, 'f', 3).arg(min);
        };
        need(QStringLiteral("ACCOUNT recall"), m_byType.value(QStringLiteral("ACCOUNT")).recall(), 0.99);
        need(QStringLiteral("phones without context recall"),
             m_byTag.value(QStringLiteral("phone-nocontext")).recall(), 0.85);
        need(QStringLiteral("English names without a title recall"),
             m_byTag.value(QStringLiteral("name-en-notitle")).recall(), 0.75);
        need(QStringLiteral("Korean names without a title recall"),
             m_byTag.value(QStringLiteral("name-ko-notitle")).recall(), 0.80);
        need(QStringLiteral("CARD recall"), m_byType.value(QStringLiteral("CARD")).recall(), 0.99);
        need(QStringLiteral("IBAN recall"), m_byType.value(QStringLiteral("IBAN")).recall(), 0.99);
        need(QStringLiteral("overall precision"), all.precision(), 0.95);
        if (hardRate > 0.01)
            failures << QStringLiteral("hard negatives hit %1 > 0.01").arg(hardRate, 0, 'f', 3);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

    // Plain business prose with no personal data at all (tests/data/redact/prose-{ko,en}.jsonl:
    // manuals, ward protocols, bank procedures, minutes, notices). Korean is full of ordinary words
    // shaped like a surname and a given name (부서, 구성원, 기준서): every detection here is one a
    // reviewer has to dismiss, and one that would be cut out of the training text. Two of the
    // sentences ("담당 부서에", "기준서") are those bench_scan_cli showed; the rest were written before
    // they were scanned.
    void plainProse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("maxRate");
        QTest::newRow("ko") << QStringLiteral("prose-ko.jsonl") << 0.05;
        QTest::newRow("en") << QStringLiteral("prose-en.jsonl") << 0.05;
    }
    void plainProse()
    {
        QFETCH(QString, file);
        QFETCH(double, maxRate);
        QString error;
        const QList<test::LabelledSnippet> set = test::LabelledSet::read(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(set.size() >= 40);
        const Scanner scanner(RuleSet::defaults());
        int withHit = 0;
        for (const test::LabelledSnippet& snippet : set) {
            const QList<Detection> found = scanner.scan(snippet.text);
            withHit += found.isEmpty() ? 0 : 1;
            for (const Detection& d : found)
                qInfo().noquote() << QStringLiteral("FP %1 %2 %3 [%4] in: %5")
                                         .arg(d.type, d.rule)
                                         .arg(d.score)
                                         .arg(d.text, snippet.text);
        }
        const double rate = double(withHit) / double(set.size());
        qInfo().noquote() << QStringLiteral("%1: %2 of %3 sentences with a detection (%4)")
                                 .arg(file)
                                 .arg(withHit)
                                 .arg(set.size())
                                 .arg(rate, 0, 'f', 3);
        QVERIFY2(rate <= maxRate, qPrintable(QStringLiteral("%1 > %2").arg(rate).arg(maxRate)));
    }
};

QTEST_GUILESS_MAIN(TestHeldOutEvaluation)
#include "TestHeldOutEvaluation.moc"
