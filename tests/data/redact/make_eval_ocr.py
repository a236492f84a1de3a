#!/usr/bin/env python3
"""Generates eval-ocr.jsonl, the OCR-noisy evaluation set of the redaction scanner.

Same line format as eval.jsonl ({"text", "spans": [{"type", "value"}], "note"}). The snippets are
written as Tesseract damages Korean/English pages (issue 13): stray spaces between Hangul syllables
("여 권 번 호", "김 민 수 과 장", "허 현 지 님 의"), digits read as look-alike letters (O/0, l/I/|/1,
S/5, B/8), a space inside a digit group, one misread digit that breaks a checksum, and hard
negatives that look the same (split words that contain a title or a context word, letters beside
digits in product codes). It was written before the scanner's results on it were looked at.
Values are synthetic; the people do not exist. Run again to regenerate (deterministic seed).
"""
import json
import random

from luhn import luhn_check_digit, luhn_ok

R = random.Random(20261203)
out = []


def add(text, *spans, note=""):
    for t, v in spans:
        assert v in text, (text, v)
    out.append({"text": text, "spans": [{"type": t, "value": v} for t, v in spans], "note": note})


def is_hangul(c):
    return "\uac00" <= c <= "\ud7a3"


def split(s):
    """Tesseract's bad spacing: a space between every two Hangul syllables."""
    o = []
    for i, c in enumerate(s):
        o.append(c)
        if is_hangul(c) and i + 1 < len(s) and is_hangul(s[i + 1]):
            o.append(" ")
    return "".join(o)


def split_some(s):
    """Irregular spacing: some syllable boundaries get a space."""
    o = []
    for i, c in enumerate(s):
        o.append(c)
        if is_hangul(c) and i + 1 < len(s) and is_hangul(s[i + 1]) and R.random() < 0.5:
            o.append(" ")
    return "".join(o)


CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
CONF1 = ["l", "I", "|"]


def confuse(v, count=1):
    """Replaces `count` confusable digits of v by the letters OCR reads for them."""
    idx = [i for i, c in enumerate(v) if c in CONF]
    R.shuffle(idx)
    chars = list(v)
    for i in idx[:count]:
        chars[i] = R.choice(CONF1) if chars[i] == "1" else CONF[chars[i]]
    return "".join(chars)


def space_inside(v):
    """One space inside a digit group (not next to a separator)."""
    spots = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
    i = R.choice(spots)
    return v[:i] + " " + v[i:]


def misread(v):
    """One digit read as another digit."""
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    i = R.choice(idx)
    d = str((int(v[i]) + R.randint(1, 9)) % 10)
    return v[:i] + d + v[i + 1:]


W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn():
    y = R.randint(1950, 1999)
    d6 = "%02d%02d%02d" % (y % 100, R.randint(1, 12), R.randint(1, 28))
    body = d6 + str(R.randint(1, 2)) + "".join(str(R.randint(0, 9)) for _ in range(5))
    s = sum(int(body[i]) * W[i] for i in range(12))
    return body[:6] + "-" + body[6:] + str((11 - s % 11) % 10)


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body)


def card_digits():
    return luhn_complete(R.choice(["4", "51", "52", "9"]), 16)


def grouped(n, sep=" "):
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


def brn_ok(v):
    d = [int(c) for c in v]
    w = [1, 3, 7, 1, 3, 7, 1, 3]
    s = sum(d[i] * w[i] for i in range(8)) + 5 * d[8] + (5 * d[8]) // 10
    return (10 - s % 10) % 10 == d[9]


def brn():
    while True:
        v = "".join(str(R.randint(0, 9)) for _ in range(10))
        if brn_ok(v):
            return "%s-%s-%s" % (v[:3], v[3:5], v[5:])


def mobile():
    return "010-%04d-%04d" % (R.randint(1000, 9999), R.randint(1000, 9999))


def account():
    return R.choice(["%03d-%03d-%06d" % (R.randint(100, 999), R.randint(100, 999), R.randint(100000, 999999)),
                     "%06d-%02d-%06d" % (R.randint(100000, 999999), R.randint(10, 99), R.randint(100000, 999999)),
                     "%04d-%03d-%06d" % (R.randint(1000, 9999), R.randint(100, 999), R.randint(100000, 999999))])


SUR = "김이박최정강조윤장임한오서신권황안송홍전고문손배백허남심노하"
GIVEN = "민서준지현우예하은도윤성수영진혜경호재나연유태"


def kname():
    return R.choice(SUR) + R.choice(GIVEN) + R.choice(GIVEN)


# --- context words split by stray spaces ---------------------------------------------------------
for i in range(8):
    v = rrn()
    add(R.choice(["%s: %s", "%s %s 확인", "작업자 %s(예: %s)"]) % (split("주민등록번호"), v), ("RRN", v),
        note="split context word")
for i in range(6):
    v = R.choice("MSRO") + "%08d" % R.randint(0, 99999999)
    add(R.choice(["%s %s", "%s: %s 유효기간 2030년", "출국자 %s %s 확인"]) % (split("여권번호"), v), ("PASSPORT", v),
        note="split context word")
for i in range(8):
    v = account()
    bank = R.choice(["신한은행", "국민은행", "우리은행", "농협"])
    if i % 3 == 0:
        text = "%s %s %s (%s: 한빛정밀)" % (split(bank), split("계좌"), v, split("예금주"))
    else:
        text = R.choice(["%s %s %s 으로 입금", "%s %s: %s"]) % (split(bank), split("계좌"), v)
    add(text,
        ("ACCOUNT", v), note="split context word")
for i in range(6):
    v = "%011d" % R.randint(10 ** 9, 10 ** 11 - 1)
    add("%s %s" % (split(R.choice(["건강보험증번호", "건강보험 번호"])), v), ("HEALTH_INSURANCE", v), note="split context word")
for i in range(6):
    v = "%02d-%02d-%06d-%02d" % (R.choice([11, 12, 13, 21, 24, 28]), R.randint(0, 99), R.randint(0, 999999), R.randint(0, 99))
    add("%s %s" % (split(R.choice(["운전면허번호", "면허번호"])), v), ("DRIVER_LICENSE", v), note="split context word")
for i in range(6):
    v = mobile()
    add("%s %s" % (split(R.choice(["연락처", "휴대전화", "비상 연락처"])), v), ("PHONE", v), note="split context word")

# --- names beside split titles, split names ------------------------------------------------------
for i in range(24):
    n = kname()
    title = R.choice(["과장", "대리", "부장", "팀장", "선생님", "주임", "차장"])
    f = i % 6
    if f == 0:  # everything split
        m = mobile()
        add(split("교대 반장 %s %s(%s)에게 보고한다" % (n, title, m)), ("PERSON", split(n)), ("PHONE", m), note="all split")
    elif f == 1:  # name whole, title split
        m = mobile()
        add("교대 반장 %s %s(%s)" % (n, split(title), m), ("PERSON", n), ("PHONE", m), note="split title")
    elif f == 2:  # name split, title whole
        add("%s %s께 보고드립니다" % (split(n), title), ("PERSON", split(n)), note="split name")
    elif f == 3:  # 님 + particle split
        add(split("%s님의 요청으로 작성" % n), ("PERSON", split(n)), note="split 님의")
    elif f == 4:  # irregular: surname apart
        spaced = n[0] + " " + n[1:]
        m = mobile()
        add("야간 당직 %s %s %s" % (spaced, split(title), m), ("PERSON", spaced), ("PHONE", m), note="surname apart")
    else:  # label before a split name
        label = R.choice(["성명", "환자", "담당자", "예금주"])
        add("%s: %s" % (split(label), split(n)), ("PERSON", split(n)), note="split label and name")

# --- digits read as letters ------------------------------------------------------------------------
for i in range(8):
    v = confuse(mobile())
    add(R.choice(["연락처 %s", "휴대폰 %s로 연락", "%s 로 전화 주세요", "비상연락망: %s"]) % v, ("PHONE", v), note="digit confusion")
for i in range(8):
    v = confuse(rrn())
    add(R.choice(["주민등록번호 %s", "주민번호: %s", "작업자 주민등록번호(예: %s)"]) % v, ("RRN", v), note="digit confusion")
for i in range(8):
    v = confuse(account())
    add(R.choice(["신한은행 계좌 %s", "입금 계좌: %s", "예금주 한빛정밀, 계좌 %s"]) % v, ("ACCOUNT", v), note="digit confusion")
for i in range(6):
    v = confuse(grouped(card_digits(), R.choice([" ", "-"])))
    add(R.choice(["카드번호 %s 승인", "Card: %s exp 12/27", "결제 카드 %s"]) % v, ("CARD", v), note="digit confusion")
for i in range(4):
    v = confuse(brn())
    add("사업자등록번호 %s 으로 출입 등록" % v, ("BRN", v), note="digit confusion")
for i in range(4):
    v = confuse("%d-555-%04d" % (R.choice([415, 212, 646, 303]), R.randint(1000, 9999)))
    add(R.choice(["Phone: %s", "Tel %s (ext. 12)"]) % v, ("PHONE", v), note="digit confusion")
for i in range(3):
    v = confuse("%03d-%02d-%04d" % (R.randint(100, 665), R.randint(10, 99), R.randint(1000, 9999)))
    add("SSN %s" % v, ("SSN", v), note="digit confusion")

# --- a space inside a group --------------------------------------------------------------------------
for i in range(6):
    v = space_inside(mobile())
    add(R.choice(["연락처 %s", "교대 반장 휴대폰 %s"]) % v, ("PHONE", v), note="space inside a group")
for i in range(6):
    v = space_inside(rrn())
    add(R.choice(["주민등록번호 %s", "주민번호: %s 는 기록하지 않는다"]) % v, ("RRN", v), note="space inside a group")
for i in range(6):
    v = space_inside(account())
    add(R.choice(["신한은행 계좌 %s (예금주: 한빛정밀)", "입금 계좌 %s"]) % v, ("ACCOUNT", v), note="space inside a group")

# --- one misread digit: the checksum fails, the context is there ---------------------------------------
for i in range(8):
    while True:
        v = misread(card_digits())
        if not luhn_ok(v):
            break
    v = grouped(v, R.choice([" ", "-"]))
    add(R.choice(["카드번호 %s 승인", "Card no. %s", "결제 카드: %s", "신용카드 %s 분실 신고"]) % v, ("CARD", v),
        note="Luhn fails")
for i in range(4):
    while True:
        v = misread(brn())
        if not brn_ok(v.replace("-", "")):
            break
    add("사업자등록번호 %s 으로 출입 등록" % v, ("BRN", v), note="BRN checksum fails")
for i in range(4):
    v = misread(rrn())
    add("주민등록번호 %s" % v, ("RRN", v), note="RRN misread digit")

# --- a whole OCR-damaged notice line per snippet -------------------------------------------------------
for i in range(6):
    n = kname()
    m = confuse(mobile())
    a = space_inside(account()) if i % 2 else confuse(account())
    text = "%s %s %s(%s)에게 보고한다. %s %s (%s: 한빛정밀)" % (
        split("압력이 범위를 벗어나면 즉시 가동을 멈추고 교대 반장"), split(n), split("과장"), m,
        split("부품 대금은 신한은행 계좌"), a, split("예금주"))
    add(text, ("PERSON", split(n)), ("PHONE", m), ("ACCOUNT", a), note="notice line")

# --- hard negatives ------------------------------------------------------------------------------------
negs = [
    split("작업자는 프레스를 가동하기 전에 유압이 범위에 있는지 반드시 확인해야 한다."),
    split("점검 결과 장비 이상 없음"), split("효과 장치를 설치한다"), split("이사회 의결 사항"),
    split("대리점 방문 예정"), split("사장님께서 말씀하셨다"), split("과장급 이상 참석"),
    split("여권 사진 규격 안내"), split("계좌 개설 안내"), split("카드 결제 금액") + " 12,345원",
    split("전화 요금") + " 35,000원", split("주민센터 방문"), split("건강보험 적용 대상"), split("운전면허 시험장"),
    split("고객님 감사합니다"), split("선생님께서 설명하셨다"), split("부장실 앞 회의실"), split("담당 부서에 문의 바랍니다"),
    split("설비 이력 카드에 기록한다"), split("예금주 확인 절차"),
    "B라인 유압 프레스", "ISO 9OO1 인증", "모델 SB-1200 교체", "Lot 2O24-0115 입고", "유압 18O~21O bar",
    "압력 l.2 MPa", "S/N B12345678", "품번 SO-1234-5678", "수량 1O개 입고", "작업지시 WO-2O24-00077",
    split("제 3 호 서식"), "1 2 3 4 5 단계", split("페이지") + " 12 / 34", "2 0 2 4 년 3 월 1 2 일",
    split("주문번호") + " 2024-0115-000123", split("송장번호") + " 6012-3456-7890",
    "Version 2.3.l released", "Room B12O3", "ABS500 resin", "B2B portal", "I/O 포트 10개",
    "사번 2O231234", "학번 2019 123456", "총 15,OOO,OOO원", "생산량 12O000개", "부품 번호 12-34-56",
    "Order #2O240115-0042 shipped", "접수번호 2024-12-OOO345", split("카드 12장 발급"), split("계좌 3개 개설"),
    split("여권 1부 제출"), "제품 ID 4111 1111 1111 1112 재고", "Card reader model 4111-2222-3333-4444 bulk order",
    split("김치 과장 광고"), split("결과 장표 제출"), split("사 장 님"), split("의 사 선 생 님"),
]
for t in negs:
    add(t, note="hard negative")

with open("eval-ocr.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "snippets,", sum(len(o["spans"]) for o in out), "spans")
