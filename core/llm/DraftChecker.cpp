#include "llm/DraftChecker.h"

#include "curation/MinHash.h"
#include "llm/QuestionIndex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace quarry {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\]"));
    return re;
}

// A placeholder's name written without its brackets ("PERSON_1") or with a space ("[PERSON 1]"):
// the model touched it.
const QRegularExpression& alteredPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\[A-Z0-9_])[A-Z]{2,}(?:_[A-Z]+)*_[0-9]+(?![\\]A-Z0-9_])|\\[[A-Z]+ [0-9]+\\]"));
    return re;
}

struct Letters
{
    int hangul = 0;
    int latin = 0;
    int han = 0; // CJK ideographs: Hanja in Korean text, or a Chinese reply
    int kana = 0;
};

Letters countLetters(const QString& raw)
{
    QString text = raw;
    text.remove(placeholderPattern());
    Letters l;
    for (QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
            ++l.hangul;
        else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'))
            ++l.latin;
        else if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF))
            ++l.han;
        else if (u >= 0x3040 && u <= 0x30FF)
            ++l.kana;
    }
    return l;
}

QSet<QString> trigrams(const QString& normalised)
{
    QSet<QString> out;
    for (qsizetype i = 0; i + 3 <= normalised.size(); ++i)
        out.insert(normalised.mid(i, 3));
    return out;
}

} // namespace

bool DraftChecker::Result::hasFlag(const QString& name) const
{
    return std::any_of(flags.begin(), flags.end(), [&](const Flag& f) { return f.flag == name; });
}

DraftChecker::DraftChecker(ScanFunction scan) : m_scan(std::move(scan)) {}

DraftChecker::DraftChecker(ScanFunction scan, Limits limits) : m_scan(std::move(scan)), m_limits(limits) {}

QString DraftChecker::languageOf(const QString& text)
{
    const Letters l = countLetters(text);
    const int letters = l.hangul + l.latin;
    return letters > 0 && l.hangul * 10 >= letters * 3 ? QStringLiteral("ko") : QStringLiteral("en");
}

bool DraftChecker::isInLanguage(const QString& text, const QString& language)
{
    const Letters l = countLetters(text);
    if (language == QLatin1String("ko")) {
        // Latin terms (PDF, ISO 9001) are normal in Korean text; a reply mostly in Latin letters is not.
        return l.han == 0 && l.kana == 0 && l.hangul > 0 && l.hangul * 2 >= l.latin;
    }
    return l.hangul == 0 && l.han == 0 && l.kana == 0 && l.latin > 0;
}

QSet<QString> DraftChecker::placeholders(const QString& text)
{
    QSet<QString> out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        out.insert(it.next().captured(0));
    return out;
}

double DraftChecker::support(const QString& passage, const QString& answer)
{
    const QSet<QString> answerGrams = trigrams(MinHash::normalise(answer));
    if (answerGrams.isEmpty())
        return 0;
    const QString p = MinHash::normalise(passage);
    int found = 0;
    for (const QString& g : answerGrams)
        found += p.contains(g);
    return double(found) / double(answerGrams.size());
}

DraftChecker::Result DraftChecker::check(const QString& passage, const QString& language,
                                         const QString& question, const QString& answer, QuestionIndex* index,
                                         std::vector<quint32>* signature) const
{
    Result r;
    const QString both = question + QLatin1Char('\n') + answer;
    if (m_scan) {
        QStringList found;
        for (const Detection& d : m_scan(both))
            if (!passage.contains(d.text)) // a value the passage shows is already what redaction left
                found << QStringLiteral("%1 \"%2\"").arg(d.type, d.text);
        if (!found.isEmpty())
            r.flags << Flag{QStringLiteral("personal_data"),
                            tr("personal data not in the passage: %1").arg(found.join(QStringLiteral(", ")))};
    }
    const QSet<QString> known = placeholders(passage);
    QStringList invented;
    for (const QString& p : placeholders(both))
        if (!known.contains(p))
            invented << p;
    auto altered = alteredPattern().globalMatch(both);
    while (altered.hasNext())
        invented << altered.next().captured(0);
    if (!invented.isEmpty()) {
        invented.sort();
        r.flags << Flag{
            QStringLiteral("placeholder"),
            tr("placeholders not written as in the passage: %1").arg(invented.join(QStringLiteral(", ")))};
    }
    if (question.size() < m_limits.minQuestion || question.size() > m_limits.maxQuestion)
        r.flags << Flag{QStringLiteral("length"),
                        tr("question of %n character(s)", nullptr, int(question.size()))};
    else if (answer.size() < m_limits.minAnswer ||
             answer.size() > std::max<qsizetype>(200, passage.size() * m_limits.maxAnswerFactor))
        r.flags << Flag{QStringLiteral("length"),
                        tr("answer of %n character(s)", nullptr, int(answer.size()))};
    if (!isInLanguage(question, language) || !isInLanguage(answer, language))
        r.flags << Flag{QStringLiteral("language"), language == QLatin1String("ko")
                                                        ? tr("not written in Korean alone")
                                                        : tr("not written in English alone")};
    if (index) {
        std::vector<quint32> local;
        std::vector<quint32>& sig = signature ? *signature : local;
        const auto [pairId, similarity] = index->nearest(question, m_limits.duplicateSimilarity, sig);
        if (pairId) {
            r.duplicateOf = pairId;
            r.flags << Flag{
                QStringLiteral("duplicate"),
                tr("question nearly repeats pair %1 (similarity %2)").arg(pairId).arg(similarity, 0, 'f', 2)};
        }
    }
    r.support = support(passage, answer);
    if (r.support < m_limits.minSupport)
        r.flags << Flag{QStringLiteral("unsupported"),
                        tr("only %1% of the answer is found in the passage").arg(qRound(r.support * 100))};
    return r;
}

QJsonArray DraftChecker::toJson(const QList<Flag>& flags)
{
    QJsonArray a;
    for (const Flag& f : flags)
        a.append(QJsonObject{{QStringLiteral("flag"), f.flag}, {QStringLiteral("detail"), f.detail}});
    return a;
}

QList<DraftChecker::Flag> DraftChecker::fromJson(const QByteArray& json)
{
    QList<Flag> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).array())
        out << Flag{v[QStringLiteral("flag")].toString(), v[QStringLiteral("detail")].toString()};
    return out;
}

} // namespace quarry
