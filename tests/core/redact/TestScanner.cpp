#include "redact/RuleSet.h"
#include "redact/Scanner.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>
#include <cstring>
#include <thread>

using namespace quarry;

namespace {

// The detections of `text` as "TYPE:text" strings, for readable comparisons.
QStringList found(const Scanner& s, const QString& text)
{
    QStringList out;
    for (const Detection& d : s.scan(text))
        out << d.type + QLatin1Char(':') + d.text;
    return out;
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A hit of scanStream() kept past the sink call (its views are not).
struct KeptHit
{
    qint64 start, end, cpStart, cpEnd;
    QString rule, type, text;
    double score;

    explicit KeptHit(const Scanner::StreamHit& h)
        : start(h.start), end(h.end), cpStart(h.cpStart), cpEnd(h.cpEnd), rule(h.rule.toString()),
          type(h.type.toString()), text(h.text.toString()), score(h.score)
    {}
};

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT
private:
    const Scanner m_scanner{RuleSet::defaults()};

    void expect(const char* text, const QStringList& want)
    {
        const QStringList got = found(m_scanner, u(text));
        QVERIFY2(got == want, qPrintable(u(text) + QStringLiteral(" -> ") + got.join(QStringLiteral(" | "))));
    }

private slots:
    void recognizers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("want");
        auto row = [](const char* name, const char* text, std::initializer_list<const char*> want) {
            QStringList w;
            for (const char* x : want)
                w << QString::fromUtf8(x);
            QTest::newRow(name) << QString::fromUtf8(text) << w;
        };
        row("rrn glued to hangul", "주민등록번호는 850101-1234568이야", {"RRN:850101-1234568"});
        row("rrn no hyphen", "주민번호 8501011234568 입니다", {"RRN:8501011234568"});
        row("rrn post-2020 bad checksum", "주민등록번호 211005-3987650", {"RRN:211005-3987650"});
        row("rrn invalid date", "번호 851301-1234567 입니다", {});
        row("alien", "외국인등록번호: 900101-5123456", {"ALIEN_REG:900101-5123456"});
        row("brn checksum", "사업자등록번호 123-45-67891", {"BRN:123-45-67891"});
        row("brn bad checksum no context", "코드 123-45-67890 참고", {});
        row("crn context", "법인등록번호 110111-1234568", {"CRN:110111-1234568"});
        row("passport", "여권번호 M12345678 발급", {"PASSPORT:M12345678"});
        row("passport new", "여권 M123A4567", {"PASSPORT:M123A4567"});
        row("driver", "운전면허 11-19-123456-12", {"DRIVER_LICENSE:11-19-123456-12"});
        row("driver bad region", "번호 10-19-123456-12", {});
        row("driver region name", "운전면허 서울 19-123456-12", {"DRIVER_LICENSE:서울 19-123456-12"});
        row("mobile", "연락처 010-1234-5678 입니다", {"PHONE:010-1234-5678"});
        row("mobile plain glued", "휴대폰 01012345678로 연락", {"PHONE:01012345678"});
        row("mobile dots", "010.1234.5678", {"PHONE:010.1234.5678"});
        row("mobile spaces", "010 1234 5678", {"PHONE:010 1234 5678"});
        row("seoul", "전화 02-123-4567", {"PHONE:02-123-4567"});
        row("area", "031-123-4567", {"PHONE:031-123-4567"});
        row("voip", "070-1234-5678", {"PHONE:070-1234-5678"});
        row("representative", "1588-1234", {"PHONE:1588-1234"});
        row("+82 mobile", "+82 10-1234-5678", {"PHONE:+82 10-1234-5678"});
        row("+82 seoul", "+82-2-123-4567", {"PHONE:+82-2-123-4567"});
        row("+82 compact", "+821012345678", {"PHONE:+821012345678"});
        row("intl", "Call +1 415-555-0132 now", {"PHONE:+1 415-555-0132"});
        row("us parens", "(212) 555-0199", {"PHONE:(212) 555-0199"});
        row("account", "국민은행 계좌 123456-01-234567", {"ACCOUNT:123456-01-234567"});
        // A bank's layout (KB 6-2-6) without context is still reported, at a lower score (issue 16).
        row("account no context", "번호 123456-01-234567", {"ACCOUNT:123456-01-234567"});
        row("phone next to account", "연락처 010-1234-5678, 계좌 110-123-456789",
            {"PHONE:010-1234-5678", "ACCOUNT:110-123-456789"});
        row("health", "건강보험증번호 12345678901", {"HEALTH_INSURANCE:12345678901"});
        row("email", "메일 kim.minsu@example.co.kr로 보내", {"EMAIL:kim.minsu@example.co.kr"});
        row("card luhn", "card 4111 1111 1111 1111 exp", {"CARD:4111 1111 1111 1111"});
        row("card bad luhn", "4111 1111 1111 1112", {});
        row("amex", "3782 822463 10005", {"CARD:3782 822463 10005"});
        row("iban", "IBAN DE89 3704 0044 0532 0130 00 please", {"IBAN:DE89 3704 0044 0532 0130 00"});
        row("iban compact", "GB82WEST12345698765432", {"IBAN:GB82WEST12345698765432"});
        row("iban bad", "DE88 3704 0044 0532 0130 00", {});
        row("ssn", "SSN 123-45-6789", {"SSN:123-45-6789"});
        row("ssn invalid area", "666-45-6789", {});
        row("ipv4", "server 192.168.0.1 down", {"IP:192.168.0.1"});
        row("ipv4 out of range", "999.1.1.1", {});
        row("version", "v1.2.3.4.5", {});
        row("ipv6", "fe80::1ff:fe23:4567:890a", {"IP:fe80::1ff:fe23:4567:890a"});
        row("time is not ipv6", "10:30:00", {});
        row("mac", "MAC 00:1A:2B:3C:4D:5E", {"MAC:00:1A:2B:3C:4D:5E"});
        row("mac dash", "00-1a-2b-3c-4d-5e", {"MAC:00-1a-2b-3c-4d-5e"});
        row("url credentials", "https://admin:secret@example.com/x",
            {"URL:https://admin:secret@example.com/x"});
        row("url plain", "https://example.com/docs", {});
        row("home path", "see /home/kimminsu/a.txt", {"URL:/home/kimminsu/a.txt"});
        row("dob ko", "생년월일 1985년 3월 12일", {"DATE_OF_BIRTH:1985년 3월 12일"});
        row("dob en", "DOB: March 12, 1985", {"DATE_OF_BIRTH:March 12, 1985"});
        row("date no context", "2024-01-15 회의", {});
        row("address kr", "서울특별시 강남구 테헤란로 123, 101동 1203호",
            {"ADDRESS:서울특별시 강남구 테헤란로 123, 101동 1203호"});
        row("address en", "123 Main Street, Springfield, IL 62704",
            {"ADDRESS:123 Main Street, Springfield, IL 62704"});
        row("name title", "김철수 과장님께 보고", {"PERSON:김철수"});
        row("name honorific", "홍길동님 안녕하세요. 고객님 감사합니다", {"PERSON:홍길동"});
        row("name label", "환자 이영희 (45세)", {"PERSON:이영희"});
        row("name colon", "성명: 박민수", {"PERSON:박민수"});
        row("not names", "선생님께서 말씀하셨다. 날씨가 좋네요. 대리점 방문", {});
        // Ordinary words shaped like a surname and a given name (KoreanCommonWords).
        row("word after a label", "설비 이상이 발견되면 즉시 담당 부서에 알린다.", {});
        row("word after a label 2", "참석자 전원은 의견을 제시했다. 환자 이송 시 기록지를 보낸다.", {});
        row("word with particle", "모든 구성원에게 적용된다. 소화기는 입구에 있다.", {});
        row("word with suffix", "품질 관리 기준서 제4장, 부서별 예산", {});
        row("name with particle", "김민준에게 전달했다.", {"PERSON:김민준"});
        row("name in a table", "받는 분 | 홍채원 | 1,250,000원", {"PERSON:홍채원"});
        row("word as a name with colon", "담당: 구성원", {});
        row("english names", "Dr. John Smith and Ms. Jane Doe", {"PERSON:John Smith", "PERSON:Jane Doe"});
        row("order number", "ORD-240115-1234567 처리", {});
        row("product code", "제품코드 AB-123456-7890", {});
    }

    void recognizers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, want);
        const QStringList got = found(m_scanner, text);
        QVERIFY2(got == want, qPrintable(text + QStringLiteral(" -> ") + got.join(QStringLiteral(" | "))));
    }

    void nounBeforeTitleIsLeftForReview()
    {
        // "환자" follows nouns as often as names: given syllables that are rare in names lower the score
        // below what is accepted automatically.
        const QList<Detection> noun = m_scanner.scan(QStringLiteral("낙상 고위험 환자는 난간을 올린다."));
        QCOMPARE(noun.size(), 1);
        QVERIFY(noun.first().score < 0.8);
        const QList<Detection> name = m_scanner.scan(QStringLiteral("낙상 김민수 환자는 난간을 올린다."));
        QCOMPARE(name.size(), 1);
        QCOMPARE(name.first().score, 0.8);
    }

    void contextBySubstringRaisesScore()
    {
        // "주민등록번호는" contains the context word; the score is higher than without it.
        const auto with = m_scanner.scan(u("주민등록번호는 850101-1234567"));
        const auto without = m_scanner.scan(u("번호 850101-1234567"));
        QCOMPARE(with.size(), 1);
        QCOMPARE(without.size(), 1);
        QVERIFY(with.first().score > without.first().score);
    }

    void checksumRaisesButNeverRejects()
    {
        const auto valid = m_scanner.scan(u("850101-1234566"));
        const auto invalid = m_scanner.scan(u("850101-1234567"));
        QCOMPARE(valid.size(), 1);
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first().type, QStringLiteral("RRN"));
        QVERIFY(valid.first().score > invalid.first().score);
    }

    void offsetsAreUtf16OfTheOriginal()
    {
        // Full-width digits and a full-width hyphen: found, offsets into the original text.
        const QString text = u("이름 😀 주민 ８５０１０１－１２３４５６８ 끝");
        const auto d = m_scanner.scan(text);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().type, QStringLiteral("RRN"));
        QCOMPARE(d.first().text, u("８５０１０１－１２３４５６８"));
        QCOMPARE(text.mid(d.first().start, d.first().end - d.first().start), d.first().text);
        QCOMPARE(d.first().start, 9); // the emoji is two UTF-16 units
    }

    // Text as OCR leaves it (issue 13): the detection covers exactly the original characters, and
    // whatever needed a second look scores below the default auto-accept threshold (0.95).
    void ocrNoise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("minScore");
        QTest::addColumn<double>("maxScore");
        auto row = [](const char* name, const char* text, const char* type, const char* value, double lo,
                      double hi) {
            QTest::newRow(name) << u(text) << QString::fromLatin1(type) << u(value) << lo << hi;
        };
        row("all split", "교 대 반 장 김 민 수 과 장(010-2345-6789)에 게", "PERSON", "김 민 수", 0.5, 0.94);
        row("title split", "교대 반장 김민수 과 장(010-2345-6789)", "PERSON", "김민수", 0.5, 0.94);
        row("surname apart", "야간 당직 이 영희 대리 010-9876-5432", "PERSON", "이 영희", 0.5, 0.94);
        row("honorific and particle split", "허 현 지 님 의 요 청", "PERSON", "허 현 지", 0.5, 0.94);
        row("label split", "성 명: 박 지 훈", "PERSON", "박 지 훈", 0.5, 0.94);
        row("context split", "여 권 번 호 M12345678", "PASSPORT", "M12345678", 0.95, 1.0);
        row("account context split", "신 한 은 행 계 좌 110-234-567890", "ACCOUNT", "110-234-567890", 0.85,
            1.0);
        row("O for 0", "휴대폰 O1O-2345-6789로", "PHONE", "O1O-2345-6789", 0.5, 0.94);
        row("bar for 1", "010-263|-2468 로 전화", "PHONE", "010-263|-2468", 0.5, 0.94);
        row("S for 5", "신한은행 계좌 110-234-S67890", "ACCOUNT", "110-234-S67890", 0.5, 0.94);
        row("O in a resident number", "주민번호: 85O312-1234568", "RRN", "85O312-1234568", 0.5, 0.94);
        row("B for 8", "연락처 010-15B2-5199", "PHONE", "010-15B2-5199", 0.5, 0.94);
        row("space in group", "연락처 010-15 32-5199", "PHONE", "010-15 32-5199", 0.5, 0.94);
        row("space in rrn", "주민번호: 85031 2-1234568 는", "RRN", "85031 2-1234568", 0.5, 0.94);
        row("space at the end", "계좌 627-773-15512 5 (예금주", "ACCOUNT", "627-773-15512 5", 0.5, 0.94);
        row("dot for a gap in a card", "카 드 번 호 4111 1111.1111 1111", "CARD", "4111 1111.1111 1111", 0.9,
            1.0);
        row("luhn fails beside card", "카드번호 4111 1111 1111 1112 승인", "CARD", "4111 1111 1111 1112", 0.5,
            0.94);
        row("rrn digit lost", "주민등록번호 850312-123456 확인", "RRN", "850312-123456", 0.5, 0.94);
        row("passport letter stays", "여권번호 S12345678", "PASSPORT", "S12345678", 0.95, 1.0);
        row("split address", "주 소 는 서 울 특 별 시 강 남 구 테 헤 란 로 123, 101동 1203호 입 니 다",
            "ADDRESS", "서 울 특 별 시 강 남 구 테 헤 란 로 123, 101동 1203호", 0.5, 0.94);
        row("split address, province", "배 송 지 경 기 도 성 남 시 분 당 구 판 교 역 로 235 (문 앞)",
            "ADDRESS", "경 기 도 성 남 시 분 당 구 판 교 역 로 235 (문 앞)", 0.5, 0.94);
    }
    void ocrNoise()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(double, minScore);
        QFETCH(double, maxScore);
        const QList<Detection> all = m_scanner.scan(text);
        const qsizetype at = text.indexOf(value);
        QVERIFY(at >= 0);
        bool seen = false;
        for (const Detection& d : all) {
            if (d.type != type)
                continue;
            seen = true;
            QCOMPARE(d.start, int(at));
            QCOMPARE(d.end, int(at + value.size()));
            QCOMPARE(d.text, value);
            QVERIFY2(d.score >= minScore && d.score <= maxScore, qPrintable(QString::number(d.score)));
        }
        QVERIFY2(seen, qPrintable(found(m_scanner, text).join(QStringLiteral(" | "))));
    }

    // What looks like OCR noise but is not personal data.
    void ocrLookAlikes()
    {
        expect("점 검 결 과 장 비 이 상 없 음", {});
        expect("효 과 장 치 를 설 치 한 다", {});
        expect("담 당 자 가 확 인 한 다", {});
        expect("김 치 과 장 광 고", {});
        expect("B라인 ABS500 resin, B2B portal, Room B12O3", {});
        expect("모델 SB-1200, Lot 2O24-0115, 작업지시 WO-2O24-00077", {});
        expect("오늘 신규 김 과장 발령", {});
        expect("도 로 123 번 길 정 도 로 45", {});
        expect("그 다 음 도 로 12 km", {});
        expect("예금주: 한빛정밀", {});
        expect("제품 ID 4111 1111 1111 1112 재고", {});
    }

    // Word offsets come from the project file: out-of-range, reversed or overlapping words must
    // neither crash nor produce spans outside the text.
    void uncertainOcrWordsWithBadOffsets()
    {
        const QString text = u("신한은행 계좌 1l0-2#4-5?789 메일 00l(@26x31 ㅁ 016.0[)");
        const int n = int(text.size());
        const int acct = int(text.indexOf(QLatin1String("1l0")));
        const int mail = int(text.indexOf(QLatin1String("00l(")));
        const QList<Scanner::OcrWord> words = {
            {-5, 3, 10},           {3, 1000, 10},         {9, 4, 10},           {n, n + 1, 10},
            {acct, acct + 13, 20}, {acct, acct + 13, 90}, {mail, mail + 10, 5}, {mail + 11, mail + 12, 5},
            {mail + 13, n, 5},     {n + 2, n + 1, 5}};
        const QList<Detection> got = m_scanner.uncertainOcrWords(text, words, {});
        QStringList seen;
        for (const Detection& d : got) {
            QVERIFY(d.start >= 0 && d.start < d.end && d.end <= n);
            QCOMPARE(d.text, text.mid(d.start, d.end - d.start));
            QCOMPARE(d.rule, QStringLiteral("ocr_uncertain"));
            QVERIFY(d.score < 0.95);
            seen << d.type + QLatin1Char(':') + d.text;
        }
        QCOMPARE(seen, QStringList({u("ACCOUNT:1l0-2#4-5?789"), u("EMAIL:00l(@26x31 ㅁ 016.0[)")}));
        // What the scan found already is left alone.
        QVERIFY(m_scanner.uncertainOcrWords(text, words, got).isEmpty());
    }

    void normalisation()
    {
        QCOMPARE(Scanner::normalized(u("０１０–１２３４—５６７８　ＡＢ")),
                 QStringLiteral("010-1234-5678 AB"));
        QCOMPARE(Scanner::normalized(u("😀")).size(), 2);
    }

    void termsInAllForms()
    {
        RuleSet rules = RuleSet::defaults();
        rules.addTerms(QStringLiteral("roster"), QStringLiteral("PERSON"),
                       {u("홍길동"), QStringLiteral("Kim Minsu"), u("ＰＡＲＫ")});
        const Scanner s(rules);
        QCOMPARE(found(s, u("작성 홍 길동 (인사팀)")), QStringList{u("PERSON:홍 길동")});
        QCOMPARE(found(s, u("홍길동이 왔다")), QStringList{u("PERSON:홍길동")});
        QCOMPARE(found(s, u("by kim minsu today")), QStringList{u("PERSON:kim minsu")});
        QCOMPARE(found(s, u("Ｋｉｍ Ｍｉｎｓｕ")), QStringList{u("PERSON:Ｋｉｍ Ｍｉｎｓｕ")});
        QCOMPARE(found(s, u("PARK and SPARKLE")), QStringList{u("PERSON:PARK")});
    }

    void allowListAndSwitches()
    {
        RuleSet rules = RuleSet::defaults();
        rules.addAllow(QStringLiteral("switchboard"), {QStringLiteral("02-1234-5678")});
        rules.setEnabled(QStringLiteral("email"), false);
        const Scanner s(rules);
        QCOMPARE(found(s, u("대표번호 02-1234-5678, 담당 010-1111-2222, a@example.com")),
                 QStringList{u("PHONE:010-1111-2222")});
        // The allow list matches other writings of the same number.
        QCOMPARE(found(s, u("대표번호 02 1234 5678")), QStringList());
    }

    void userRegex()
    {
        RuleSet rules = RuleSet::defaults();
        RedactionRule r;
        r.name = QStringLiteral("employee_id");
        r.kind = RedactionRule::Kind::Regex;
        r.type = QStringLiteral("EMPLOYEE_ID");
        r.pattern = QStringLiteral("EMP-\\d{6}");
        QVERIFY(rules.addRule(r));
        const Scanner s(rules);
        const auto d = s.scan(u("사번 EMP-123456 확인"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().type, QStringLiteral("EMPLOYEE_ID"));
        QCOMPARE(d.first().rule, QStringLiteral("employee_id"));
    }

    void streamingMatchesWholeScan()
    {
        // Many small windows: detections across window edges are found once, offsets global.
        QString text;
        for (int i = 0; i < 400; ++i)
            text += u("줄 %1 😀 연락처 010-%2-5678 메일 u%1@example.com 과장 김철수 과장님\n")
                        .arg(i)
                        .arg(1000 + i);
        const QList<Detection> whole = m_scanner.scan(text);
        QByteArray utf8 = text.toUtf8();
        QBuffer buf(&utf8);
        buf.open(QIODevice::ReadOnly);
        QList<KeptHit> hits;
        QVERIFY(m_scanner.scanStream(
            buf, [&](const Scanner::StreamHit& h) { hits << KeptHit(h); }, 3000));
        QCOMPARE(hits.size(), whole.size());
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits[i].start, qint64(whole[i].start));
            QCOMPARE(hits[i].end, qint64(whole[i].end));
            QCOMPARE(hits[i].text, whole[i].text);
            // Code points: the emojis before the hit counted once each.
            const qint64 cp = text.left(whole[i].start).toUcs4().size();
            QCOMPARE(hits[i].cpStart, cp);
        }
    }

    void threadedStreamingMatchesOneThread()
    {
        // Windows scanned on several threads give the hits of one thread, in the same order: many
        // windows (small reads, small windows), hits on and across their edges, code points after
        // emojis.
        QString text;
        for (int i = 0; i < 1500; ++i)
            text += u("줄 %1 😀 연락처 010-%2-5678 메일 u%1@example.com 김철수 과장님 주민번호 850101-1234568 "
                      "Dr. John Smith, IP 10.0.%3.1\n")
                        .arg(i)
                        .arg(1000 + i)
                        .arg(i % 256);
        const QByteArray utf8 = text.toUtf8();
        // A sequential device that hands out at most 4 KiB per read, so that windows end often.
        class SmallReads : public QIODevice
        {
        public:
            explicit SmallReads(const QByteArray& data) : m_data(data) { open(QIODevice::ReadOnly); }
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char* out, qint64 max) override
            {
                const qint64 n = std::min({max, qint64(4096), qint64(m_data.size()) - m_pos});
                std::memcpy(out, m_data.constData() + m_pos, size_t(std::max<qint64>(n, 0)));
                m_pos += std::max<qint64>(n, 0);
                return std::max<qint64>(n, 0);
            }
            qint64 writeData(const char*, qint64) override { return -1; }

        private:
            QByteArray m_data;
            qint64 m_pos = 0;
        };
        auto run = [&](int threads) {
            SmallReads in(utf8);
            QList<KeptHit> hits;
            const bool ok = m_scanner.scanStream(
                in, [&](const Scanner::StreamHit& h) { hits << KeptHit(h); }, 5000, threads);
            return std::make_pair(ok, hits);
        };
        const auto [ok1, one] = run(1);
        QVERIFY(ok1);
        QCOMPARE(one.size(), m_scanner.scan(text).size());
        QVERIFY(one.size() > 5000);
        for (int threads : {2, 3}) {
            const auto [ok, many] = run(threads);
            QVERIFY(ok);
            QCOMPARE(many.size(), one.size());
            for (qsizetype i = 0; i < one.size(); ++i) {
                QCOMPARE(many[i].start, one[i].start);
                QCOMPARE(many[i].end, one[i].end);
                QCOMPARE(many[i].cpStart, one[i].cpStart);
                QCOMPARE(many[i].cpEnd, one[i].cpEnd);
                QCOMPARE(many[i].rule, one[i].rule);
                QCOMPARE(many[i].text, one[i].text);
                QCOMPARE(many[i].score, one[i].score);
            }
        }
    }

    void streamingReusesBuffersAcrossWindows()
    {
        // The stream keeps its working memory from window to window (the normalised copy, the
        // candidates): windows that fold (full-width digits) next to windows that do not, windows
        // dense with detections next to windows with none, must each give what a whole scan gives.
        QString text;
        for (int i = 0; i < 120; ++i) {
            if (i % 3 == 0)
                text +=
                    u("연락처 ０１０－%1－５６７８ 과장 김철수 과장님 메일 u%1@example.com\n").arg(1000 + i);
            else if (i % 3 == 1)
                text += QString(700, QLatin1Char('x')) + QLatin1Char('\n');
            else
                text += u("😀 주민번호 850101-1234568, Dr. John Smith, IP 10.0.%1.1, 010-%2-5678\n")
                            .arg(i)
                            .arg(2000 + i);
        }
        const QList<Detection> whole = m_scanner.scan(text);
        QVERIFY(whole.size() > 150);
        const QByteArray utf8 = text.toUtf8();
        for (const qint64 window : {1500, 2600, 9000}) {
            for (const int threads : {1, 2}) {
                QBuffer buf;
                buf.setData(utf8);
                buf.open(QIODevice::ReadOnly);
                QList<KeptHit> hits;
                QVERIFY(m_scanner.scanStream(
                    buf, [&](const Scanner::StreamHit& h) { hits << KeptHit(h); }, window, threads));
                QCOMPARE(hits.size(), whole.size());
                for (qsizetype i = 0; i < hits.size(); ++i) {
                    QCOMPARE(hits[i].start, qint64(whole[i].start));
                    QCOMPARE(hits[i].end, qint64(whole[i].end));
                    QCOMPARE(hits[i].text, whole[i].text);
                    QCOMPARE(hits[i].rule, whole[i].rule);
                    QCOMPARE(hits[i].type, whole[i].type);
                    QCOMPARE(hits[i].score, whole[i].score);
                }
            }
        }
    }

    void invalidUtf8IsReported()
    {
        QByteArray bytes = "010-1234-5678 \xff\xfe ok";
        QBuffer buf(&bytes);
        buf.open(QIODevice::ReadOnly);
        int n = 0;
        QVERIFY(!m_scanner.scanStream(buf, [&](const Scanner::StreamHit&) { ++n; }));
        QCOMPARE(n, 1);
    }

    void concurrentScans()
    {
        const QString text = u("연락처 010-1234-5678, 주민 850101-1234568, Dr. John Smith, 홍길동님");
        const QList<Detection> want = m_scanner.scan(text);
        std::atomic<int> bad{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i)
                    if (m_scanner.scan(text) != want)
                        ++bad;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(bad.load(), 0);
    }

    void randomInputKeepsOffsetsSane()
    {
        // Random mixtures of the characters the recognizers care about: no crash, every span
        // inside the text and equal to its text, no overlaps, in order.
        const QString alphabet =
            QStringLiteral("0123456789-. +()@:/\\ABCDEFMSabcdef가나다님씨과장환자성명:０１－");
        QRandomGenerator rng(42);
        for (int round = 0; round < 300; ++round) {
            QString text;
            const int len = int(rng.bounded(200));
            for (int i = 0; i < len; ++i) {
                if (rng.bounded(40) == 0)
                    text += QChar(0xD800 + int(rng.bounded(0x800))); // surrogates, paired or not
                else
                    text += alphabet.at(rng.bounded(int(alphabet.size())));
            }
            int last = 0;
            for (const Detection& d : m_scanner.scan(text)) {
                QVERIFY(d.start >= last);
                QVERIFY(d.end > d.start);
                QVERIFY(d.end <= text.size());
                QCOMPARE(text.mid(d.start, d.end - d.start), d.text);
                last = d.end;
            }
        }
    }

    void emptyAndOddInput()
    {
        QVERIFY(m_scanner.scan(QString()).isEmpty());
        QVERIFY(m_scanner.scan(QStringLiteral("@@@ ::: --- +++ 0")).isEmpty());
        QString lone;
        lone += QChar(0xD800); // a lone surrogate must not break anything
        lone += QStringLiteral("010-1234-5678");
        QCOMPARE(m_scanner.scan(lone).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "TestScanner.moc"
