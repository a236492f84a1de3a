#pragma once

#include "redact/Detection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace quarry {

class QuestionIndex;

// What a person should look at before approving a drafted pair. A model can invent a phone number,
// rename [PERSON_1], answer in English or Chinese for Korean text, repeat a question the project
// already has, or answer from its own knowledge instead of the passage: each becomes a flag stored
// with the draft, shown in the pair list and review, and keeps the pair out of bulk approval.
class DraftChecker
{
    Q_DECLARE_TR_FUNCTIONS(quarry::DraftChecker)
public:
    struct Flag
    {
        QString flag;   // personal_data, placeholder, length, language, duplicate, unsupported
        QString detail; // for the reviewer, translated
        bool operator==(const Flag&) const = default;
    };
    struct Result
    {
        QList<Flag> flags;
        double support = 0;     // share of the answer's character trigrams found in the passage
        qint64 duplicateOf = 0; // the pair whose question this one nearly repeats
        bool hasFlag(const QString& name) const;
    };
    using ScanFunction = std::function<QList<Detection>(const QString& text)>;

    struct Limits
    {
        int minQuestion = 5;
        int maxQuestion = 400;
        int minAnswer = 2;
        int maxAnswerFactor = 3; // an answer longer than 3x its passage repeats or invents
        double minSupport = 0.5;
        double duplicateSimilarity = 0.8;
    };

    explicit DraftChecker(ScanFunction scan);
    DraftChecker(ScanFunction scan, Limits limits);

    // Checks one drafted pair against its passage; `index` is asked for near-duplicates (and the
    // question is not added: the caller adds it once the pair is stored).
    Result check(const QString& passage, const QString& language, const QString& question,
                 const QString& answer, QuestionIndex* index,
                 std::vector<quint32>* signature = nullptr) const;

    // "ko" when Hangul makes up at least 30% of the letters (placeholders not counted), else "en".
    static QString languageOf(const QString& text);
    // Whether `text` is written in `language`: Korean without Hanja, Kana or mostly Latin words;
    // English without Hangul or CJK characters. Placeholders are ignored.
    static bool isInLanguage(const QString& text, const QString& language);
    // [PERSON_1], [PHONE], [KR_RRN_2] ...: what the Redactor's placeholder and pseudonym operators write.
    static QSet<QString> placeholders(const QString& text);
    // Share of the normalised answer's character trigrams (MinHash::normalise) that occur in the passage.
    static double support(const QString& passage, const QString& answer);

    static QJsonArray toJson(const QList<Flag>& flags);
    static QList<Flag> fromJson(const QByteArray& json);

private:
    ScanFunction m_scan;
    Limits m_limits;
};

} // namespace quarry
