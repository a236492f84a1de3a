// The scanner's fast paths (the skip loop at the root of the keyword automaton, the pair filter,
// the incremental context look-up, overlap resolution by groups, its own UTF-8 decoder) must find
// exactly what the straightforward paths find: random mixtures of personal data, keywords and
// Hangul/ASCII/digit noise are scanned both ways, whole and as streams read in random pieces.

#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>
#include <cstring>

using namespace quarry;

namespace {

// A sequential device that hands out its data in short pieces of random length, so that UTF-8
// sequences are cut at every possible place.
class PieceDevice : public QIODevice
{
public:
    PieceDevice(QByteArray data, quint32 seed, int maxPiece)
        : m_data(std::move(data)), m_rng(seed), m_maxPiece(maxPiece)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    int reads = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 left = m_data.size() - m_pos;
        if (left <= 0)
            return 0;
        const qint64 n = std::min({maxSize, left, qint64(1 + m_rng.bounded(m_maxPiece))});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        ++reads;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    QRandomGenerator m_rng;
    int m_maxPiece;
};

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Pieces that trigger every recognizer and keyword role, near misses included.
const char* const kPieces[] = {
    "주민등록번호는 850101-1234568이야",
    "주민번호 8501011234568",
    "외국인등록번호: 900101-5123456",
    "사업자등록번호 123-45-67891",
    "법인등록번호 110111-1234568",
    "여권번호 M12345678",
    "여권 M123A4567",
    "운전면허 11-19-123456-12",
    "운전면허 서울 19-123456-12",
    "연락처 010-1234-5678",
    "휴대폰 01012345678로",
    "010.1234.5678",
    "010 1234 5678",
    "전화 02-123-4567",
    "031-123-4567",
    "070-1234-5678",
    "1588-1234",
    "+82 10-1234-5678",
    "+82-2-123-4567",
    "+821012345678",
    "Call +1 415-555-0132",
    "(212) 555-0199",
    "국민은행 계좌 123456-01-234567",
    "건강보험증번호 12345678901",
    "메일 kim.minsu@example.co.kr로",
    "card 4111 1111 1111 1111",
    "3782 822463 10005",
    "IBAN DE89 3704 0044 0532 0130 00",
    "GB82WEST12345698765432",
    "SSN 123-45-6789",
    "server 192.168.0.1 down",
    "v1.2.3.4.5",
    "fe80::1ff:fe23:4567:890a",
    "10:30:00",
    "MAC 00:1A:2B:3C:4D:5E",
    "00-1a-2b-3c-4d-5e",
    "https://admin:secret@example.com/x",
    "https://example.com/docs?token=abc",
    "see /home/kimminsu/a.txt",
    "C:\\Users\\minsu\\Desktop",
    "생년월일 1985년 3월 12일",
    "DOB: March 12, 1985",
    "birthday 12/03/1985",
    "서울특별시 강남구 테헤란로 123, 101동 1203호",
    "경기도 성남시 분당구 판교역로 235",
    // Address tails: read by hand on the fast path, by the regular expression on the other.
    "테헤란로 123번지 3층",
    "판교역로 235 (삼평동)",
    "중앙로 12 ,  5호\t 2층 (역삼동, 101)",
    "역삼동 123-4 101동1203호",
    "강남대로 10 1동 2층",
    "세종로 1 (가나다라마바사아자차카타파하가나다라마바사아)",
    "세종로 1 (가나다라마바사아자차카타파하가나다라마바사)",
    "테헤란로 5 (역삼동",
    "테헤란로 5 ()",
    "테헤란로 7번 지",
    "123 Main Street, Springfield, IL 62704",
    "김철수 과장님께 보고",
    "홍길동님 안녕하세요",
    "고객님 감사합니다",
    "환자 이영희 (45세)",
    "성명: 박민수",
    "담당자 남궁민수",
    "선생님께서 말씀하셨다",
    "대리점 방문",
    "Dr. John Smith",
    "Ms. Jane Doe",
    "Name: Kim Minsu",
    "Dear Mr. Brown",
    "Patient: Alice Walker",
    "ORD-240115-1234567",
    "AB-123456-7890",
    "2024-01-15 회의",
    "사원 정우성",
    "받는 분 이순신",
    "ship ip 10.0.0.1",
    "Server: 172.16.254.1",
    "contact:",
    "birth",
    "님",
    "씨",
    "이사",
    "phone",
    "tel",
    "０１０－１２３４－５６７８",
    "ｍａｉｌ：ａ＠ｂ．ｃｏｍ",
    "주민　번호",
    "😀 이모지 😀",
    // OCR noise: stray spaces between syllables, look-alike letters, spaces inside groups.
    "교 대 반 장 김 민 수 과 장(010-2345-6789)",
    "허 현 지 님 의 요 청",
    "성 명: 박 지 훈",
    "여 권 번 호 M12345678",
    "신 한 은 행 계 좌 110-234-567890",
    "휴대폰 O1O-2345-6789로",
    "010-263|-2468",
    "계좌 110-234-S67890",
    "주민번호: 85O312-1234568",
    "연락처 010-15 32-5199",
    "주민번호: 85031 2-1234568",
    "계좌 627-773-15512 5",
    "카드번호 4111 1111 1111 1112",
    "주민등록번호 850312-123456",
    "점 검 결 과 장 비",
    "담 당 자 가",
    "B라인 ABS500",
    "Room B12O3",
    "WO-2O24-00077",
    "S12345678",
    "l0",
    "O",
    "|",
    "과 장",
    "님 의",
    "여 권",
};

QString randomText(QRandomGenerator& rng, int parts)
{
    static const QString hangul =
        u("가나다라마바사아자차카타파하님씨이사대부주과장환생출성담보고선회의김박최정");
    static const QString ascii =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -:@./\\()+,#_\n\t");
    QString t;
    for (int p = 0; p < parts; ++p) {
        switch (rng.bounded(7)) {
        case 0:
        case 1:
            t += u(kPieces[rng.bounded(int(std::size(kPieces)))]);
            break;
        case 2: // Hangul noise, keyword syllables included
            for (int k = int(rng.bounded(1, 8)); k > 0; --k)
                t += hangul.at(rng.bounded(int(hangul.size())));
            break;
        case 3: // ASCII noise: letters, digits, triggers
            for (int k = int(rng.bounded(1, 10)); k > 0; --k)
                t += ascii.at(rng.bounded(int(ascii.size())));
            break;
        case 5: // split Hangul: keyword syllables with spaces between them
            for (int k = int(rng.bounded(1, 8)); k > 0; --k) {
                t += hangul.at(rng.bounded(int(hangul.size())));
                if (rng.bounded(3))
                    t += QLatin1Char(' ');
            }
            break;
        case 6: // digits with look-alike letters and separators
            for (int k = int(rng.bounded(1, 14)); k > 0; --k)
                t += QStringLiteral("0123456789OolIS|B- .").at(rng.bounded(20));
            break;
        default: // any Hangul syllable, digits
            for (int k = int(rng.bounded(1, 6)); k > 0; --k)
                t += rng.bounded(2) ? QChar(char16_t(0xAC00 + rng.bounded(11172)))
                                    : QChar(char16_t(u'0' + rng.bounded(10)));
            break;
        }
        t += rng.bounded(3) ? QStringLiteral(" ") : QString();
    }
    return t;
}

QStringList describe(const QList<Detection>& found)
{
    QStringList out;
    for (const Detection& d : found)
        out << QStringLiteral("%1-%2 %3 %4 %5 %6")
                   .arg(d.start)
                   .arg(d.end)
                   .arg(d.type, d.rule)
                   .arg(d.score)
                   .arg(d.text);
    return out;
}

QStringList streamHits(const Scanner& s, QIODevice& in, qint64 window, bool* ok)
{
    QStringList out;
    *ok = s.scanStream(
        in,
        [&](const Scanner::StreamHit& h) {
            out << QStringLiteral("%1-%2 cp %3-%4 %5 %6 %7 %8")
                       .arg(h.start)
                       .arg(h.end)
                       .arg(h.cpStart)
                       .arg(h.cpEnd)
                       .arg(h.type, h.rule)
                       .arg(h.score)
                       .arg(h.text);
        },
        window);
    return out;
}

RuleSet withUserRules()
{
    RuleSet rules = RuleSet::defaults();
    RedactionRule re;
    re.name = QStringLiteral("ticket");
    re.kind = RedactionRule::Kind::Regex;
    re.type = QStringLiteral("TICKET");
    re.pattern = QStringLiteral("ORD-\\d{6}-\\d{7}");
    re.score = 0.9;
    rules.addRule(re);
    rules.addTerms(QStringLiteral("staff"), QStringLiteral("PERSON"),
                   {u("정우성"), u("이순신"), QStringLiteral("Kim Minsu")});
    rules.addAllow(QStringLiteral("switchboard"), {QStringLiteral("1588-1234")});
    return rules;
}

} // namespace

class TestScannerFastPaths : public QObject
{
    Q_OBJECT
private slots:
    void sameDetectionsOnRandomText_data()
    {
        QTest::addColumn<bool>("userRules");
        QTest::newRow("defaults") << false;
        QTest::newRow("user rules") << true;
    }
    void sameDetectionsOnRandomText()
    {
        QFETCH(bool, userRules);
        const RuleSet rules = userRules ? withUserRules() : RuleSet::defaults();
        const Scanner fast(rules);
        Scanner plain(rules);
        plain.setFastPaths(false);
        QRandomGenerator rng(userRules ? 7 : 11);
        int detections = 0;
        for (int round = 0; round < 400; ++round) {
            const QString text = randomText(rng, int(rng.bounded(1, 40)));
            const QStringList want = describe(plain.scan(text));
            const QStringList got = describe(fast.scan(text));
            QVERIFY2(got == want,
                     qPrintable(text + QStringLiteral("\nfast:  ") + got.join(QStringLiteral(" | ")) +
                                QStringLiteral("\nplain: ") + want.join(QStringLiteral(" | "))));
            detections += int(got.size());
        }
        QVERIFY(detections > 400); // the texts do contain personal data
    }

    // Every rule switched off in turn: the skip tables depend on the rules that are on.
    void sameDetectionsWithRulesOff()
    {
        QRandomGenerator rng(23);
        for (const RuleSet::BuiltinInfo& b : RuleSet::builtins()) {
            RuleSet rules = RuleSet::defaults();
            rules.setEnabled(QString::fromLatin1(b.name), false);
            const Scanner fast(rules);
            Scanner plain(rules);
            plain.setFastPaths(false);
            for (int round = 0; round < 20; ++round) {
                const QString text = randomText(rng, 30);
                QCOMPARE(describe(fast.scan(text)), describe(plain.scan(text)));
            }
        }
    }

    void sameHitsFromStreams()
    {
        const Scanner fast(RuleSet::defaults());
        Scanner plain(RuleSet::defaults());
        plain.setFastPaths(false);
        QRandomGenerator rng(31);
        const QList<QByteArray> bad = {QByteArray("\x80"),
                                       QByteArray("\xC0\xAF"),
                                       QByteArray("\xE0\x80\x80"),
                                       QByteArray("\xED\xA0\x80"),
                                       QByteArray("\xF8"),
                                       QByteArray("\xE1\x80"),
                                       QByteArray("\xF4\x90\x80\x80"),
                                       QByteArray("\xC3"),
                                       QByteArray("\xEF\xBB\xBF")};
        int withErrors = 0;
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes;
            if (round % 5 == 0)
                bytes += "\xEF\xBB\xBF"; // a byte order mark
            const bool damaged = round % 3 == 1;
            for (int p = 0; p < 30; ++p) {
                bytes += randomText(rng, 8).toUtf8();
                if (damaged && rng.bounded(4) == 0)
                    bytes += bad.at(rng.bounded(int(bad.size())));
            }
            if (round % 7 == 3)
                bytes += "\xE2\x82"; // cut at the end
            const qint64 window = 200 + rng.bounded(2000);
            QBuffer whole(&bytes);
            whole.open(QIODevice::ReadOnly);
            bool okPlain = false, okFast = false;
            const QStringList want = streamHits(plain, whole, window, &okPlain);
            QBuffer whole2(&bytes);
            whole2.open(QIODevice::ReadOnly);
            QCOMPARE(streamHits(fast, whole2, window, &okFast), want);
            QCOMPARE(okFast, okPlain);
            // Read in pieces, both ways alike (windows are cut where the reads end). Where a
            // malformed sequence is cut between two reads, QStringDecoder replaces it differently
            // than in one piece (the fast decoder hands it over whole); well-formed input decodes
            // the same in any pieces.
            const int maxPiece = round % 2 ? 7 : 4000;
            PieceDevice piecesPlain(bytes, quint32(round), maxPiece);
            PieceDevice piecesFast(bytes, quint32(round), maxPiece);
            bool okPiecesPlain = false;
            const QStringList wantPieces = streamHits(plain, piecesPlain, window, &okPiecesPlain);
            const QStringList got = streamHits(fast, piecesFast, window, &okFast);
            QVERIFY(piecesFast.reads > 1 || bytes.size() < 4000);
            QCOMPARE(okFast, okPlain);
            QCOMPARE(okPiecesPlain, okPlain);
            if (!damaged)
                QCOMPARE(got, wantPieces);
            withErrors += okPlain ? 0 : 1;
        }
        QVERIFY(withErrors > 0);
    }

    // The decoded text itself, through a rule that reports every run of non-spaces.
    void decodesLikeQStringDecoder()
    {
        RuleSet rules;
        for (const RuleSet::BuiltinInfo& b : RuleSet::builtins())
            rules.setEnabled(QString::fromLatin1(b.name), false);
        RedactionRule all;
        all.name = QStringLiteral("all");
        all.kind = RedactionRule::Kind::Regex;
        all.type = QStringLiteral("ALL");
        all.pattern = QStringLiteral("\\S{1,40}");
        QVERIFY(rules.addRule(all));
        const Scanner fast(rules);
        Scanner plain(rules);
        plain.setFastPaths(false);
        QRandomGenerator rng(41);
        for (int round = 0; round < 40; ++round) {
            // Even rounds: any bytes, read whole; odd rounds: well-formed UTF-8 in small pieces.
            const bool anyBytes = round % 2 == 0;
            QByteArray bytes;
            for (int k = 0; k < 3000; ++k) {
                switch (rng.bounded(6)) {
                case 0:
                    bytes += anyBytes ? char(rng.bounded(256)) : 'x';
                    break;
                case 1:
                    bytes += QString(QChar(char16_t(0xAC00 + rng.bounded(11172)))).toUtf8();
                    break;
                case 2:
                    bytes += anyBytes ? u("é😀€").toUtf8().mid(0, int(rng.bounded(1, 10))) : u("é😀€").toUtf8();
                    break;
                default:
                    bytes += char(rng.bounded(0x20, 0x7F));
                    break;
                }
            }
            QBuffer whole(&bytes);
            whole.open(QIODevice::ReadOnly);
            bool okPlain = false, okFast = false;
            const QStringList want = streamHits(plain, whole, 500, &okPlain);
            QVERIFY(!want.isEmpty());
            if (anyBytes) {
                QBuffer whole2(&bytes);
                whole2.open(QIODevice::ReadOnly);
                QCOMPARE(streamHits(fast, whole2, 500, &okFast), want);
            } else {
                QVERIFY(okPlain);
                PieceDevice piecesPlain(bytes, quint32(round), 5);
                PieceDevice piecesFast(bytes, quint32(round), 5);
                bool okPiecesPlain = false;
                QCOMPARE(streamHits(fast, piecesFast, 500, &okFast),
                         streamHits(plain, piecesPlain, 500, &okPiecesPlain));
                QVERIFY(okPiecesPlain);
            }
            QCOMPARE(okFast, okPlain);
        }
    }
};

QTEST_GUILESS_MAIN(TestScannerFastPaths)
#include "TestScannerFastPaths.moc"
