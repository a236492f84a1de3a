#pragma once

#include "FakeChatTransport.h"
#include "ProjectBuilder.h"
#include "curation/Chunker.h"
#include "llm/ChatTransport.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"

#include <QRegularExpression>
#include <QStringList>
#include <memory>

namespace quarry::test {

// A project with one Korean and one English document, their personal data found and accepted,
// cut into passages from the redacted text: what drafting starts from.
struct DraftFixture
{
    // Offsets into kKoreanPage: 김민준 at 4..7, the phone number at 13..26.
    static QString koreanPage()
    {
        return QStringLiteral(
            "성명: 김민준\n연락처: 010-2345-6789\n\n휴가 신청은 쓰기 3일 전까지 인사팀 포털에서 "
            "제출해야 합니다. 연차는 입사 1년 후부터 15일이 부여됩니다. 병가는 진단서를 첨부하면 "
            "연 30일까지 사용할 수 있습니다.");
    }
    static QString englishPage()
    {
        return QStringLiteral(
            "Forklift operators must complete the safety course before their first shift. "
            "The course takes four hours and is repeated every two years. Keys are kept in the "
            "supervisor's office.");
    }

    std::unique_ptr<ProjectStore> store;
    qint64 koreanDoc = 0;
    qint64 englishDoc = 0;
    qint64 koreanPageId = 0;

    explicit DraftFixture(const QString& path, bool pendingPhone = false)
    {
        store = ProjectStore::create(path);
        ProjectBuilder b(store->db());
        ProjectBuilder::Document ko;
        ko.name = QStringLiteral("휴가규정.txt");
        ko.pages = {koreanPage()};
        koreanDoc = b.addDocument(ko);
        koreanPageId = b.pageId(koreanDoc, 1);
        b.addDetection(koreanPageId, 4, 7, QStringLiteral("PERSON"), QStringLiteral("accepted"));
        b.addDetection(koreanPageId, 13, 26, QStringLiteral("PHONE"),
                       pendingPhone ? QStringLiteral("pending") : QStringLiteral("accepted"));
        ProjectBuilder::Document en;
        en.name = QStringLiteral("forklift.txt");
        en.pages = {englishPage()};
        englishDoc = b.addDocument(en);
        chunk();
    }

    void chunk()
    {
        Chunker chunker;
        chunker.useRedactedText(*store);
        chunker.chunkAll(store->db(), store->actor());
    }

    // n more one-page English documents, cut into passages.
    void addEnglishDocuments(int n)
    {
        ProjectBuilder b(store->db());
        for (int i = 0; i < n; ++i) {
            ProjectBuilder::Document d;
            d.name = QStringLiteral("copy%1.txt").arg(i);
            d.pages = {englishPage()};
            b.addDocument(d);
        }
        chunk();
    }

    qint64 passageOf(qint64 documentId)
    {
        return store->db().queryInt(
            QStringLiteral("SELECT id FROM passages WHERE document_id = %1 ORDER BY seq LIMIT 1")
                .arg(documentId));
    }

    qint64 count(const QString& sql) { return store->db().queryInt(sql); }
};

// Pulls the passage out of a request built from the built-in templates.
inline QString passageIn(const ChatRequest& request)
{
    const QString user = request.messages.value(1).content;
    const qsizetype open = user.indexOf(QLatin1String("\"\"\"\n"));
    const qsizetype close = user.indexOf(QLatin1String("\n\"\"\""), open + 4);
    return open < 0 || close < 0 ? QString() : user.mid(open + 4, close - open - 4);
}

inline bool isAnswerStep(const ChatRequest& request)
{
    const QString user = request.messages.value(1).content;
    return user.contains(QLatin1String("Question: ")) || user.contains(QStringLiteral("질문: "));
}

inline bool isPairsStep(const ChatRequest& request)
{
    const QString user = request.messages.value(1).content;
    return user.contains(QLatin1String("question and answer pairs")) ||
           user.contains(QStringLiteral("질문과 답변 쌍"));
}

inline int askedCount(const ChatRequest& request)
{
    static const QRegularExpression re(QStringLiteral("(?:Write |질문 |답변 쌍 )(\\d+)"));
    const auto m = re.match(request.messages.value(1).content);
    return m.hasMatch() ? m.captured(1).toInt() : 1;
}

// Distinct questions in the passage's language, and an answer copied from the passage: a model
// that behaves.
inline ChatReply groundedReply(const ChatRequest& request)
{
    const QString passage = passageIn(request);
    const bool korean = passage.contains(QStringLiteral("휴가"));
    static const QStringList ko{QStringLiteral("휴가 신청은 언제까지 제출해야 하나요?"),
                                QStringLiteral("연차는 입사 후 언제부터 며칠 받나요?"),
                                QStringLiteral("병가를 쓰려면 무엇을 첨부하나요?"),
                                QStringLiteral("인사팀 포털에서 하는 일은 무엇인가요?")};
    static const QStringList en{QStringLiteral("Who must complete the safety course?"),
                                QStringLiteral("How long does the course take?"),
                                QStringLiteral("Where are the keys kept?"),
                                QStringLiteral("How often is the course repeated?")};
    const QStringList& questions = korean ? ko : en;
    const QString sentence =
        korean ? QStringLiteral("휴가 신청은 쓰기 3일 전까지 인사팀 포털에서 제출해야 합니다.")
               : QStringLiteral("The course takes four hours and is repeated every two years.");
    auto quoted = [](const QString& s) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    if (isAnswerStep(request))
        return FakeChatTransport::reply(QStringLiteral("{\"answer\": %1}").arg(quoted(sentence)));
    const int n = std::min<int>(askedCount(request), int(questions.size()));
    QStringList items;
    for (int i = 0; i < n; ++i)
        items << (isPairsStep(request) ? QStringLiteral("{\"question\": %1, \"answer\": %2}")
                                             .arg(quoted(questions[i]), quoted(sentence))
                                       : quoted(questions[i]));
    return FakeChatTransport::reply(
        QStringLiteral("{\"%1\": [%2]}")
            .arg(isPairsStep(request) ? QStringLiteral("pairs") : QStringLiteral("questions"),
                 items.join(u',')));
}

} // namespace quarry::test
