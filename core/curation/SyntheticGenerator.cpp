#include "curation/SyntheticGenerator.h"

#include "curation/FullTextSearch.h"
#include "curation/PairRepository.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace quarry {

namespace {

const char* const kKoNouns[] = {"환자", "보증금", "계약서", "임대인", "임차인", "의사", "간호사", "처방",
                                "혈압", "수술",   "보고서", "매출",   "분기",   "고객", "직원",   "회의",
                                "예산", "일정",   "규정",   "안전",   "교육",   "장비", "점검",   "결과",
                                "기록", "서류",   "부서",   "팀장",   "검사",   "진료", "약품",   "관리",
                                "품질", "공정",   "설비",   "위험",   "조치",   "승인", "요청"};
const char* const kKoParticles[] = {"은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "로"};
const char* const kKoVerbs[] = {"확인합니다",     "검토해야 합니다", "보고합니다",     "작성했습니다",
                                "변경되었습니다", "필요합니다",      "완료되었습니다", "요청합니다",
                                "관리합니다",     "점검합니다",      "승인되었습니다", "기록합니다",
                                "설명합니다",     "제출해야 합니다"};
const char* const kKoQuestions[] = {"무엇입니까?",      "어떻게 해야 합니까?", "언제까지입니까?",
                                    "누가 담당합니까?", "왜 필요합니까?",      "어디에 있습니까?"};
const char* const kEnWords[] = {
    "patient",  "deposit",  "contract",  "landlord",   "tenant",  "doctor", "nurse",      "report",
    "revenue",  "quarter",  "customer",  "employee",   "meeting", "budget", "schedule",   "policy",
    "safety",   "training", "equipment", "inspection", "result",  "record", "department", "manager",
    "approval", "request",  "quality",   "process",    "risk",    "action", "the",        "a",
    "of",       "for",      "with",      "must",       "should",  "review", "update",     "confirm",
    "before",   "after",    "during",    "annual",     "monthly", "new"};
const char* const kTags[] = {"medical", "legal", "finance",       "hr",     "safety", "qa",
                             "ops",     "it",    "training",      "policy", "urgent", "faq",
                             "ko",      "en",    "reviewed-once", "long",   "short",  "summary"};
const char* const kAuthors[] = {"kim", "lee", "park", "choi", "jung", "kang", "smith"};

template <typename T, size_t N> const char* pick(QRandomGenerator& rng, T (&arr)[N])
{
    return arr[rng.bounded(quint32(N))];
}

QString koSentence(QRandomGenerator& rng, bool question)
{
    QString s;
    const int n = 2 + int(rng.bounded(4));
    for (int i = 0; i < n; ++i) {
        s += QString::fromUtf8(pick(rng, kKoNouns));
        s += QString::fromUtf8(pick(rng, kKoParticles));
        s += QLatin1Char(' ');
    }
    s += QString::fromUtf8(question ? pick(rng, kKoQuestions) : pick(rng, kKoVerbs));
    if (!question)
        s += QLatin1Char('.');
    return s;
}

QString enSentence(QRandomGenerator& rng, bool question)
{
    QStringList w;
    const int n = 5 + int(rng.bounded(8));
    for (int i = 0; i < n; ++i)
        w << QString::fromLatin1(pick(rng, kEnWords));
    QString s = w.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + (question ? QStringLiteral("?") : QStringLiteral("."));
}

} // namespace

qint64 SyntheticGenerator::generate(Database& db, const Options& options, const TaskContext& task)
{
    QRandomGenerator rng(options.seed);
    Transaction tx(db);
    QList<qint64> tagIds;
    {
        Statement ins = db.prepare(QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"));
        Statement get = db.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        for (const char* t : kTags) {
            ins.bind(1, QString::fromLatin1(t)).run();
            ins.reset();
            get.bind(1, QString::fromLatin1(t));
            get.step();
            tagIds << get.int64(0);
            get.reset();
        }
    }
    Statement insPair = db.prepare(QStringLiteral("INSERT INTO pairs(status, system_prompt, rating, author, "
                                                  "origin, created_at, updated_at, content_hash) "
                                                  "VALUES (?,?,?,?,?,?,?,?)"));
    Statement insTurn =
        db.prepare(QStringLiteral("INSERT INTO turns(pair_id, seq, role, content) VALUES (?,?,?,?)"));
    Statement insTag =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO pair_tags(pair_id, tag_id) VALUES (?,?)"));
    static const char* const statuses[] = {"draft",    "draft",    "review",   "review",
                                           "approved", "approved", "approved", "rejected"};
    const QDateTime base = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    const QString systemKo = QStringLiteral("당신은 사내 문서를 바탕으로 정확하게 답하는 도우미입니다.");
    const QString systemEn = QStringLiteral("You answer accurately from the company's documents.");
    for (qint64 i = 0; i < options.pairs; ++i) {
        const bool ko = rng.generateDouble() < options.koreanShare;
        Pair p;
        QString user = ko ? koSentence(rng, true) : enSentence(rng, true);
        QString answer;
        const int sentences = 1 + int(rng.bounded(3));
        for (int s = 0; s < sentences; ++s) {
            if (s)
                answer += QLatin1Char(' ');
            answer += ko ? koSentence(rng, false) : enSentence(rng, false);
        }
        p.turns = {{Turn::Role::User, user, std::nullopt}, {Turn::Role::Assistant, answer, std::nullopt}};
        const QString at = base.addSecs(i * 7).toString(Qt::ISODateWithMs);
        insPair.bind(1, QString::fromLatin1(pick(rng, statuses)));
        if (rng.bounded(10) == 0)
            insPair.bind(2, ko ? systemKo : systemEn);
        else
            insPair.bindNull(2);
        if (rng.bounded(3) == 0)
            insPair.bindNull(3);
        else
            insPair.bind(3, 1 + int(rng.bounded(5)));
        insPair.bind(4, QString::fromLatin1(pick(rng, kAuthors)));
        insPair.bind(5, rng.bounded(20) == 0 ? QStringLiteral("imported") : QStringLiteral("manual"));
        insPair.bind(6, at);
        insPair.bind(7, at);
        insPair.bind(8, PairRepository::contentHash(p));
        insPair.run();
        insPair.reset();
        const qint64 id = db.lastInsertId();
        for (int t = 0; t < p.turns.size(); ++t) {
            insTurn.bindAll(id, t, toString(p.turns[t].role), p.turns[t].content).run();
            insTurn.reset();
        }
        const int tags = int(rng.bounded(3));
        for (int t = 0; t < tags; ++t) {
            insTag.bindAll(id, tagIds[int(rng.bounded(quint32(tagIds.size())))]).run();
            insTag.reset();
        }
        if ((i + 1) % 10000 == 0) {
            task.progress(i + 1, options.pairs);
            task.throwIfCancelled(
                QCoreApplication::translate("quarry::SyntheticGenerator", "Generating pairs was cancelled."));
        }
    }
    FullTextSearch::sync(db);
    tx.commit();
    return options.pairs;
}

} // namespace quarry
