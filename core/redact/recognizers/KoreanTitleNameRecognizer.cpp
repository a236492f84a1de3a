#include "redact/recognizers/KoreanTitleNameRecognizer.h"

#include "redact/KoreanCommonWords.h"
#include "redact/NameFinder.h"
#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

#include <QString>

namespace quarry {

using namespace scan;

namespace {

// OCR often puts a space between every two Hangul syllables ("김 민 수 과 장"). A name is then
// gathered from single-syllable pieces: the piece next to the title or label (one or two syllables)
// joins the single syllables beyond it. Pieces of two or more syllables are words as typed and are
// never joined to each other, so typed text ("교대 반장 김민수 과장", "신규 김 과장") reads as before.
// Fills `pos` with the positions of the syllables in text order and returns how many there are.
int nameBefore(const ScanJob& job, int p, int* pos, int cap)
{
    const char16_t* s = job.text();
    auto at = [&](int i) { return job.at(i); };
    int q = p;
    while (q > 0 && p - q < cap && isHangul(s[q - 1]))
        --q;
    int count = 0;
    if (p - q <= 2) {
        // Single syllables before the piece: " X" with no Hangul before X.
        int c = q;
        int singles = 0;
        while (p - q + singles < cap && at(c - 1) == u' ' && isHangul(at(c - 2)) && !isHangul(at(c - 3))) {
            c -= 2;
            ++singles;
        }
        for (int k = 0; k < singles; ++k)
            pos[count++] = c + 2 * k;
    }
    for (int i = q; i < p; ++i)
        pos[count++] = i;
    return count;
}

int nameAfter(const ScanJob& job, int p, int* pos, int cap)
{
    const char16_t* s = job.text();
    const int n = job.size();
    auto at = [&](int i) { return job.at(i); };
    int q = p;
    while (q < n && q - p < cap && isHangul(s[q]))
        ++q;
    int count = 0;
    for (int i = p; i < q; ++i)
        pos[count++] = i;
    if (count == 1) {
        // "김 민 수", "김 민수": single syllables, perhaps ending in a piece of two.
        int c = q;
        while (count < cap && at(c) == u' ' && isHangul(at(c + 1))) {
            if (!isHangul(at(c + 2))) {
                pos[count++] = c + 1;
                c += 2;
                continue;
            }
            if (count + 2 <= cap && !isHangul(at(c + 3))) {
                pos[count++] = c + 1;
                pos[count++] = c + 2;
            }
            break;
        }
    }
    return count;
}

} // namespace

KoreanTitleNameRecognizer::KoreanTitleNameRecognizer()
{
    for (const char* w :
         {"고객", "선생", "여러분", "환자", "담당자", "보호자", "학생",   "회원", "사용자", "관리자", "직원",
          "부모", "어머", "아버",   "할머", "할아버", "사모",   "형",     "누",   "언니",   "오빠",   "주인",
          "기사", "과장", "부장",   "대리", "차장",   "사장",   "팀장",   "실장", "원장",   "교수",   "이사",
          "대표", "회장", "간호사", "의사", "박사",   "하느",   "하나",   "임금", "부처",   "아드",   "따",
          "스승", "선배", "후배",   "동료", "상무",   "전무",   "위원",   "의원", "본부장", "소장",   "계장",
          "주임", "사원", "연구원", "책임", "선임",   "수석",   "매니저", "신부", "수녀",   "목사",   "스님",
          "도련", "아가", "아저",   "날",   "글",     "솜",     "말",     "맵",   "마음",   "불",     "모든",
          "각",   "해당", "이분",   "그분", "저분",   "모두",   "다른",   "우리", "귀하",   "본인",   "당신",
          "상대", "귀사", "문의",   "신청", "담당",   "관계자", "가족",   "부인", "남편",   "아내",   "자녀",
          "아들", "딸",   "이모",   "고모", "삼촌",   "조카",   "손자",   "손녀", "친구",   "이웃",   "국민",
          "시민", "주민", "입원",   "외래", "진료",   "검사",   "수술",   "이번", "지난",   "다음",   "오늘",
          "내일", "어제", "제가",   "저희", "이상",   "정도",   "정상",   "성함", "이름",   "성명",   "작성",
          "확인", "참석", "방문",   "전화", "연락",   "요청",   "처리",   "기타", "비고",   "없음",   "미상",
          "은행", "계좌", "주소",   "번호", "여권",   "면허",   "보험"})
        m_stopWords.insert(pack(QString::fromUtf8(w)));
    for (const char* pch :
         {"은", "는", "이", "가", "을",   "를",   "의",   "에", "께", "와", "과", "도", "로",
          "한", "랑", "님", "씨", "께서", "에게", "으로", "입", "이", "였", "인", "만"})
        m_particles.insert(QString::fromUtf8(pch).at(0).unicode());
}

void KoreanTitleNameRecognizer::attach(ScanTables& tables) const
{
    if (!tables.on[RPersonKr])
        return;
    tables.onRole(Role::Honorific, this);
    tables.onRole(Role::LabelKr, this);
}

void KoreanTitleNameRecognizer::keyword(ScanJob& job, int a, int b, const Keyword& k) const
{
    if (k.role == Role::Honorific)
        honorific(job, a, b, k.strong);
    else
        label(job, a, b);
}

void KoreanTitleNameRecognizer::honorific(ScanJob& job, int hs, int he, bool strong) const
{
    const char16_t* s = job.text();
    auto at = [&](int i) { return job.at(i); };
    // Split text: the title itself was matched across a stray space, or the name is gathered from
    // single syllables. Then the next syllable after a space counts as the one that follows.
    int p = hs;
    if (at(p - 1) == u' ')
        --p;
    int pos[12];
    const int len = nameBefore(job, p, pos, 10);
    if (len < 2)
        return;
    const bool split =
        (he - hs > 1 && QStringView(s + hs, he - hs).contains(u' ')) || pos[len - 1] - pos[0] >= len;
    // What follows the honorific must end the word or be a particle (대리점, 씨앗 are not titles).
    char16_t next = at(he);
    if (split && next == u' ' && isHangul(at(he + 1)))
        next = at(he + 1);
    if (isHangul(next) && !m_particles.contains(next) && next != u'님')
        return;
    char16_t buf[12];
    for (int k = 0; k < len; ++k)
        buf[k] = s[pos[k]];
    auto isSurnameAt = [&](int k) { return NameFinder::isSurname(buf[k]); };
    auto isSurname2At = [&](int k) { return NameFinder::isSurname2(QStringView(buf + k, 2)); };
    int first = -1; // index into buf of the name's first syllable
    int surname = 1;
    if (len >= 4 && isSurname2At(len - 4)) {
        first = len - 4;
        surname = 2;
    } else if (len >= 3 && isSurnameAt(len - 3))
        first = len - 3;
    else if (len == 2 && isSurnameAt(len - 2))
        first = len - 2;
    else if (len >= 3 && isSurname2At(len - 3)) {
        first = len - 3;
        surname = 2;
    }
    if (first < 0)
        return;
    const QStringView cand(buf + first, len - first);
    for (qsizetype l = 1; l <= std::min<qsizetype>(3, cand.size()); ++l)
        if (isStop(cand.right(l)) || (first == 0 && l >= 2 && isStop(cand.left(l))))
            return;
    if (KoreanCommonWords::contains(cand))
        return;
    // A name preceded directly by more Hangul is probably a longer word, unless the run is long
    // (no spaces: "회의에서홍길동님").
    double score = strong ? 0.8 : 0.75;
    if (first > 0 && first < 2)
        score -= 0.2;
    // Gathered from split syllables: likely, but a reviewer should look.
    if (split)
        score -= 0.1;
    // Nouns stand before titles too ("고위험 환자", "낙상 위험 환자"): a name whose given syllables are
    // not common in given names is left for a reviewer rather than accepted with the title's score.
    bool given = true;
    for (int k = first + surname; k < len; ++k)
        given = given && NameFinder::isGivenNameSyllable(buf[k]);
    if (!given && strong)
        score -= 0.2;
    job.report(RPersonKr, pos[first], pos[len - 1] + 1, score);
}

void KoreanTitleNameRecognizer::label(ScanJob& job, int ls, int le) const
{
    const char16_t* s = job.text();
    const int n = job.size();
    auto at = [&](int i) { return job.at(i); };
    int p = le;
    int skipped = 0;
    bool colon = false;
    // A colon, an equals sign or a table's cell border ("받는 분 | 홍길동 |") says a value follows.
    while (p < n && skipped < 4 &&
           (s[p] == u' ' || s[p] == u':' || s[p] == u'=' || s[p] == u'\t' || s[p] == u')' || s[p] == u'|')) {
        colon = colon || s[p] == u':' || s[p] == u'=' || s[p] == u'|';
        ++p;
        ++skipped;
    }
    if (p == le && isHangul(at(p)))
        return; // "환자분", "이름표": the label is part of a longer word
    int pos[8];
    const int len = nameAfter(job, p, pos, 6);
    if (len < 2)
        return;
    const bool split =
        (le - ls > 1 && QStringView(s + ls, le - ls).contains(u' ')) || pos[len - 1] - pos[0] >= len;
    // In split text a label followed by a space and a particle is a longer word ("담 당 자 가"),
    // unless a colon says a value follows.
    if (split && !colon && m_particles.contains(s[p]))
        return;
    char16_t buf[8];
    for (int k = 0; k < len; ++k)
        buf[k] = s[pos[k]];
    const bool two = NameFinder::isSurname2(QStringView(buf, 2));
    if (!two && !NameFinder::isSurname(buf[0]))
        return;
    // Names have two to four syllables (four with a two-syllable surname): a longer run is a name
    // with a particle or an ending after it, or another word ("예금주: 한빛정밀" is a company).
    if (len >= 4 && !two && !m_particles.contains(buf[3]))
        return;
    int take = len;
    if (len == 4)
        take = two ? 4 : 3;
    else if (len > 4)
        take = two ? 4 : 3;
    else if (len == 3 && m_particles.contains(buf[2]) && !two)
        take = 3; // "김철수" and "홍길은" look alike; keep the three syllables
    const QStringView cand(buf, take);
    for (qsizetype l = 1; l <= std::min<qsizetype>(3, cand.size()); ++l)
        if (isStop(cand.left(l)))
            return;
    // An ordinary word after a label is no name ("담당 부서에 알리고", "환자 이송 시", "참석자 전원은").
    // After a colon the label announces a value: then only the word itself counts, not one with a suffix.
    if (KoreanCommonWords::contains(cand) ||
        (take == 3 && m_particles.contains(buf[2]) && KoreanCommonWords::contains(cand.left(2))) ||
        (!colon && KoreanCommonWords::containsWithSuffix(cand)))
        return;
    job.report(RPersonKr, pos[0], pos[take - 1] + 1, split ? 0.65 : 0.75);
}

} // namespace quarry
