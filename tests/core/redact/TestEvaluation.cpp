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

// Precision and recall per entity type on the labelled set tests/data/redact/eval.jsonl (generated
// by make_eval.py: Korean and English snippets, every type, hard negatives). Recall comes first:
// structured identifiers must be found (almost) always.
class TestEvaluation : public QObject
{
    Q_OBJECT
private:
    using Count = test::EvalCount;

    void evaluate(bool withRoster, QMap<QString, Count>& counts,
                  const QString& file = QStringLiteral("eval.jsonl"))
    {
        const QString dir = test::sourceDir() + QStringLiteral("/tests/data/redact/");
        RuleSet rules = RuleSet::defaults();
        if (withRoster)
            rules.addTerms(QStringLiteral("roster"), QStringLiteral("PERSON"),
                           RuleSet::readTermsFile(dir + QStringLiteral("roster.txt")));
        QVERIFY(rules.errors().isEmpty());
        const Scanner scanner(rules);

        QString error;
        QList<test::LabelledSnippet> set = test::LabelledSet::read(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qsizetype snippets = set.size();
        QStringList misses;
        for (test::LabelledSnippet& snippet : set) {
            const QString& text = snippet.text;
            for (const Detection& d : scanner.scan(text)) {
                switch (test::LabelledSet::match(snippet, d)) {
                case test::DetectionMatch::Covers:
                    ++counts[d.type].tp;
                    break;
                case test::DetectionMatch::Overlaps:
                    ++counts[d.type].partial;
                    misses << QStringLiteral("PART %1 [%2] in: %3").arg(d.type, d.text, text);
                    break;
                case test::DetectionMatch::Unlabelled:
                    ++counts[d.type].fp;
                    misses << QStringLiteral("FP %1 [%2] in: %3").arg(d.type, d.text, text);
                    break;
                }
            }
            for (const test::LabelledSpan& e : snippet.spans)
                if (!e.found) {
                    ++counts[e.type].fn;
                    misses << QStringLiteral("FN %1 [%2] in: %3")
                                  .arg(e.type, text.mid(e.start, e.end - e.start), text);
                }
        }
        QVERIFY(snippets >= (file == QLatin1String("eval.jsonl") ? 400 : 200));
        for (const QString& m : misses)
            qInfo().noquote() << m;
    }

    // Prints precision and recall per type and returns the types below their thresholds.
    static QStringList report(const QMap<QString, Count>& counts, double minStructuredRecall,
                              double minOtherRecall, double minPrecision)
    {
        const QStringList structured = {
            QStringLiteral("RRN"),   QStringLiteral("ALIEN_REG"), QStringLiteral("BRN"),
            QStringLiteral("CRN"),   QStringLiteral("PASSPORT"),  QStringLiteral("DRIVER_LICENSE"),
            QStringLiteral("PHONE"), QStringLiteral("ACCOUNT"),   QStringLiteral("HEALTH_INSURANCE"),
            QStringLiteral("EMAIL"), QStringLiteral("CARD"),      QStringLiteral("IBAN"),
            QStringLiteral("SSN"),   QStringLiteral("IP"),        QStringLiteral("MAC")};
        QStringList failures;
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                 .arg(QStringLiteral("type"), -18)
                                 .arg(QStringLiteral("tp"), 4)
                                 .arg(QStringLiteral("fp"), 4)
                                 .arg(QStringLiteral("fn"), 4)
                                 .arg(QStringLiteral("partial"), 7)
                                 .arg(QStringLiteral("precision"), 9)
                                 .arg(QStringLiteral("recall"), 7);
        Count all;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const Count& c = it.value();
            all.tp += c.tp;
            all.fp += c.fp;
            all.fn += c.fn;
            all.partial += c.partial;
            const double precision = c.precision();
            const double recall = c.recall();
            qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                     .arg(it.key(), -18)
                                     .arg(c.tp, 4)
                                     .arg(c.fp, 4)
                                     .arg(c.fn, 4)
                                     .arg(c.partial, 7)
                                     .arg(precision, 9, 'f', 3)
                                     .arg(recall, 7, 'f', 3);
            const double minRecall = structured.contains(it.key()) ? minStructuredRecall : minOtherRecall;
            if (recall < minRecall)
                failures << QStringLiteral("%1 recall %2 < %3")
                                .arg(it.key())
                                .arg(recall, 0, 'f', 3)
                                .arg(minRecall);
            if (precision < minPrecision)
                failures << QStringLiteral("%1 precision %2 < %3")
                                .arg(it.key())
                                .arg(precision, 0, 'f', 3)
                                .arg(minPrecision);
        }
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                 .arg(QStringLiteral("all"), -18)
                                 .arg(all.tp, 4)
                                 .arg(all.fp, 4)
                                 .arg(all.fn, 4)
                                 .arg(all.partial, 7)
                                 .arg(all.precision(), 9, 'f', 3)
                                 .arg(all.recall(), 7, 'f', 3);
        return failures;
    }

private slots:
    void precisionRecall()
    {
        QMap<QString, Count> counts;
        evaluate(true, counts);
        if (QTest::currentTestFailed())
            return;
        // Thresholds (also in the README): recall first.
        const QStringList failures = report(counts, 0.99, 0.9, 0.9);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

    // Text as OCR leaves it (tests/data/redact/eval-ocr.jsonl, make_eval_ocr.py): stray spaces
    // between Hangul syllables, digits read as letters, spaces inside digit groups, misread
    // checksum digits, split names and titles, and hard negatives that look alike. No roster.
    void ocrNoise()
    {
        QMap<QString, Count> counts;
        evaluate(false, counts, QStringLiteral("eval-ocr.jsonl"));
        if (QTest::currentTestFailed())
            return;
        // Measured: recall 1.000 for every type, precision 1.000 but CARD 0.933 (a "card reader
        // model" number next to the word card, one of the hard negatives).
        const QStringList failures = report(counts, 0.99, 0.95, 0.9);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

    void namesWithoutRoster()
    {
        // Without the roster, names are found from titles, honorifics and labels only; the
        // snippets that mention a name bare are missed by design (the roster is the answer).
        QMap<QString, Count> counts;
        evaluate(false, counts);
        if (QTest::currentTestFailed())
            return;
        const Count c = counts.value(QStringLiteral("PERSON"));
        qInfo().noquote() << QStringLiteral("PERSON without roster: precision %1 recall %2")
                                 .arg(c.precision(), 0, 'f', 3)
                                 .arg(c.recall(), 0, 'f', 3);
        QVERIFY(c.precision() >= 0.9);
        QVERIFY(c.recall() >= 0.7);
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "TestEvaluation.moc"
