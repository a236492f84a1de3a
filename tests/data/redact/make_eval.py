#!/usr/bin/env python3
"""Generates eval.jsonl, the labelled evaluation set of the redaction scanner.

Every line: {"text": ..., "spans": [{"type": ..., "value": ...}], "note": ...}. A span is found in
the text by its value (first occurrence). Values are synthetic: checksums are computed here, the
people do not exist. Run again to regenerate (deterministic seed); the test reads eval.jsonl.
"""
import json
import random

from luhn import luhn_check_digit

R = random.Random(20261127)
out = []


def add(text, *spans, note=""):
    for t, v in spans:
        assert v in text, (text, v)
    out.append({"text": text, "spans": [{"type": t, "value": v} for t, v in spans], "note": note})


W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def date6(lo=1940, hi=2019):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, "%02d%02d%02d" % (y % 100, m, d)


def rrn(valid=True, alien=False, post2020=False):
    y, d6 = date6(1950, 2015)
    base = (5 if alien else 1) + (2 if y >= 2000 else 0) + R.randint(0, 1)
    body = d6 + str(base) + "".join(str(R.randint(0, 9)) for _ in range(5))
    s = sum(int(body[i]) * W[i] for i in range(12))
    c = ((13 if alien else 11) - s % 11) % 10
    if post2020 or not valid:
        c = (c + R.randint(1, 9)) % 10
    return body + str(c)


def brn():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        w = [1, 3, 7, 1, 3, 7, 1, 3]
        s = sum(d[i] * w[i] for i in range(8)) + 5 * d[8] + (5 * d[8]) // 10
        c = (10 - s % 10) % 10
        v = "".join(map(str, d)) + str(c)
        return "%s-%s-%s" % (v[:3], v[3:5], v[5:])


def crn():
    # Registry office code + kind: the first six digits are not a date.
    while True:
        first = "%04d%02d" % (R.randint(1100, 2899), R.randint(81, 99))
        body = first + "".join(str(R.randint(0, 9)) for _ in range(6))
        s = sum(int(body[i]) * (1 if i % 2 == 0 else 2) for i in range(12))
        return body[:6] + "-" + body[6:] + str((10 - s % 10) % 10)


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body)


def card():
    kind = R.choice(["visa", "mc", "amex", "kr"])
    if kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return n[:4] + " " + n[4:10] + " " + n[10:]
    n = luhn_complete({"visa": "4", "mc": "5" + str(R.randint(1, 5)), "kr": "9"}[kind], 16)
    sep = R.choice(["-", " ", ""])
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


def iban():
    country, length = R.choice([("DE", 22), ("GB", 22), ("FR", 27), ("NL", 18)])
    if country == "GB":
        bban = R.choice(["WEST", "NWBK", "BARC"]) + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(str(R.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(R.randint(0, 9)) for _ in range(length - 4))
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(num) % 97
    v = country + "%02d" % check + bban
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if R.random() < 0.6 else v


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mobile(sep=None):
    sep = R.choice(["-", " ", ".", ""]) if sep is None else sep
    return sep.join(["010", "%04d" % R.randint(0, 9999), "%04d" % R.randint(0, 9999)])


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else ("－" if c == "-" else c) for c in s)


SUR = "김이박최정강조윤장임한오서신권황안송홍전고문손배백허남심노하"
GIVEN = "민서준지현우예하은도윤성수영진혜경호재나연유태"
EN_FIRST = ["James", "Emily", "Michael", "Sarah", "David", "Laura", "Daniel", "Olivia", "Robert", "Grace"]
EN_LAST = ["Carter", "Nguyen", "Patel", "Morrison", "Fischer", "O'Brien", "Walsh", "Kowalski", "Bennett", "Hughes"]


def kname():
    return R.choice(SUR) + R.choice(GIVEN) + R.choice(GIVEN)


def ename():
    return R.choice(EN_FIRST) + " " + R.choice(EN_LAST)


roster = []

# --- Korean resident numbers (incl. post-2020 numbers that fail the checksum) -----------------
for i in range(24):
    v = rrn(post2020=(i % 3 == 0))
    form = i % 6
    if form == 0:
        add("주민등록번호는 %s-%s이야" % (v[:6], v[6:]), ("RRN", "%s-%s" % (v[:6], v[6:])), note="glued to Hangul")
    elif form == 1:
        add("주민번호: %s" % v, ("RRN", v))
    elif form == 2:
        add("신청인 주민등록번호 %s 확인 완료" % fullwidth(v[:6] + "-" + v[6:]), ("RRN", fullwidth(v[:6] + "-" + v[6:])), note="full-width")
    elif form == 3:
        add("RRN %s-%s on file." % (v[:6], v[6:]), ("RRN", "%s-%s" % (v[:6], v[6:])))
    elif form == 4:
        add("본인 확인용 번호 %s-%s 를 입력하세요" % (v[:6], v[6:]), ("RRN", "%s-%s" % (v[:6], v[6:])), note="no context word")
    else:
        add("주민 번호 %s %s 입니다" % (v[:6], v[6:]), ("RRN", "%s %s" % (v[:6], v[6:])), note="space separator")

for i in range(12):
    v = rrn(alien=True, post2020=(i % 4 == 0))
    add(R.choice(["외국인등록번호 %s", "외국인 등록번호: %s", "Alien registration no. %s"]) % (v[:6] + "-" + v[6:]),
        ("ALIEN_REG", v[:6] + "-" + v[6:]))

for i in range(15):
    v = brn()
    add(R.choice(["사업자등록번호 %s", "사업자번호: %s (주)한빛테크", "공급자 등록번호 %s", "Business registration no. %s"]) % v,
        ("BRN", v))

for i in range(12):
    v = crn()
    add(R.choice(["법인등록번호 %s", "법인번호: %s", "Corporate registration number (법인) %s"]) % v, ("CRN", v))

for i in range(12):
    letter = R.choice("MSRO")
    v = letter + ("%08d" % R.randint(0, 99999999) if i % 2 == 0 else "%03d%s%04d" % (R.randint(0, 999), R.choice("ABCDEFG"), R.randint(0, 9999)))
    add(R.choice(["여권번호 %s", "여권: %s 유효기간 2030년", "Passport No. %s", "출국자 여권 %s 확인"]) % v, ("PASSPORT", v))

for i in range(12):
    region = R.choice([11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28])
    v = "%02d-%02d-%06d-%02d" % (region, R.randint(0, 99), R.randint(0, 999999), R.randint(0, 99))
    add(R.choice(["운전면허번호 %s", "면허번호: %s", "Driver's licence %s", "운전면허증 %s 제시"]) % v, ("DRIVER_LICENSE", v))
for i in range(4):
    reg = R.choice(["서울", "부산", "경기", "제주"])
    v = "%s %02d-%06d-%02d" % (reg, R.randint(0, 99), R.randint(0, 999999), R.randint(0, 99))
    add("운전면허 %s 확인" % v, ("DRIVER_LICENSE", v), note="region name form")

# --- phones ------------------------------------------------------------------------------------
phone_forms = [
    lambda: mobile("-"), lambda: mobile(" "), lambda: mobile("."), lambda: mobile(""),
    lambda: "02-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)),
    lambda: "02-%04d-%04d" % (R.randint(2000, 9999), R.randint(0, 9999)),
    lambda: "0%d%d-%03d-%04d" % (R.randint(3, 6), R.randint(1, 5), R.randint(200, 999), R.randint(0, 9999)),
    lambda: "070-%04d-%04d" % (R.randint(0, 9999), R.randint(0, 9999)),
    lambda: "%d-%04d" % (R.choice([1588, 1544, 1600, 1661, 1899]), R.randint(0, 9999)),
    lambda: "+82 10-%04d-%04d" % (R.randint(0, 9999), R.randint(0, 9999)),
    lambda: "+82-2-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999)),
    lambda: "+8210%04d%04d" % (R.randint(0, 9999), R.randint(0, 9999)),
]
for i in range(36):
    v = phone_forms[i % len(phone_forms)]()
    add(R.choice(["연락처 %s", "휴대폰 %s로 연락 바랍니다", "문의: %s", "담당자 번호는 %s입니다", "Call me at %s", "%s 로 전화 주세요",
                  "비상연락망 %s"]) % v, ("PHONE", v))
for i in range(10):
    v = R.choice(["+1 415-555-%04d", "(212) 555-%04d", "+44 20 7946 %04d", "+81 3-1234-%04d", "+1-202-555-%04d"]) % R.randint(0, 9999)
    add(R.choice(["Phone: %s", "Reach our office at %s.", "Tel %s (ext. 12)", "해외 연락처 %s"]) % v, ("PHONE", v))

# --- accounts, with phones next to them ----------------------------------------------------------
acct_forms = [lambda: "%06d-%02d-%06d" % (R.randint(0, 999999), R.randint(0, 99), R.randint(0, 999999)),
              lambda: "%03d-%03d-%06d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 999999)),
              lambda: "%04d-%03d-%06d" % (R.randint(1000, 9999), R.randint(0, 999), R.randint(0, 999999)),
              lambda: "3333-%02d-%07d" % (R.randint(0, 99), R.randint(0, 9999999)),
              lambda: "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)]
for i in range(25):
    v = acct_forms[i % len(acct_forms)]()
    name = kname()
    f = i % 5
    if f == 0:
        add("국민은행 %s (예금주 %s)" % (v, name), ("ACCOUNT", v), ("PERSON", name))
        roster.append(name)
    elif f == 1:
        p = mobile("-")
        add("연락처 %s, 입금 계좌 %s" % (p, v), ("PHONE", p), ("ACCOUNT", v), note="phone next to account")
    elif f == 2:
        p = mobile("-")
        add("환불 계좌: 신한 %s / 휴대폰 %s" % (v, p), ("ACCOUNT", v), ("PHONE", p), note="account then phone")
    elif f == 3:
        add("Please wire the deposit to account no. %s at Woori Bank." % v, ("ACCOUNT", v))
    else:
        add("송금할 곳: 카카오뱅크 %s" % v, ("ACCOUNT", v))

for i in range(10):
    v = "%011d" % R.randint(10 ** 9, 10 ** 11 - 1)
    add(R.choice(["건강보험증번호 %s", "피보험자 건강보험 번호: %s", "Health insurance no. %s"]) % v, ("HEALTH_INSURANCE", v))

# --- international identifiers -------------------------------------------------------------------
users = ["kim.minsu", "j.park", "hr-team", "sarah_c", "lee1987", "dev+alerts", "choi.yj"]
domains = ["example.com", "hanbit.co.kr", "mail.example.org", "corp.example.net"]
for i in range(20):
    v = R.choice(users) + "@" + R.choice(domains)
    add(R.choice(["메일 %s 로 회신 바랍니다", "e-mail: %s", "문의는 %s으로", "Send the report to %s.", "<%s>"]) % v, ("EMAIL", v))
for i in range(16):
    v = card()
    add(R.choice(["카드번호 %s 승인", "Card: %s exp 12/27", "결제 카드 %s", "VISA %s"]) % v, ("CARD", v))
for i in range(12):
    v = iban()
    add(R.choice(["IBAN %s", "Bank transfer to %s please.", "수취 계좌(IBAN): %s"]) % v, ("IBAN", v))
for i in range(12):
    v = ssn()
    add(R.choice(["SSN %s", "Social Security Number: %s", "Employee SSN %s on the W-4."]) % v, ("SSN", v))
for i in range(12):
    v = "%d.%d.%d.%d" % (R.choice([10, 172, 192, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    add(R.choice(["접속 IP %s 차단", "server %s is down", "원격 접속 주소: %s", "from %s at 10:42"]) % v, ("IP", v))
for i in range(8):
    v = R.choice(["fe80::1ff:fe23:4567:890a", "2001:db8:85a3::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:c000:280"])
    add(R.choice(["IPv6 %s 에서 접속", "host %s responded"]) % v, ("IP", v))
for i in range(10):
    sep = R.choice([":", "-"])
    v = sep.join("%02X" % R.randint(0, 255) for _ in range(6))
    if i % 2:
        v = v.lower()
    add(R.choice(["MAC 주소 %s", "device %s joined", "장비 MAC: %s"]) % v, ("MAC", v))
for i in range(10):
    v = R.choice(["https://admin:%s@intranet.example.com/login", "ftp://backup:%s@files.example.org/db.tar",
                  "https://example.com/home/kimms/report.pdf?token=%s", "/home/%s/Documents/salary.xlsx",
                  "C:\\Users\\%s\\Desktop\\list.csv"]) % R.choice(["parkjh", "s3cr3t", "hunter2", "leeyj"])
    add(R.choice(["링크 %s 참고", "See %s for details", "경로: %s"]) % v, ("URL", v))
for i in range(16):
    f = i % 4
    if f == 0:
        v = "%d년 %d월 %d일" % (R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28))
        add("생년월일 %s" % v, ("DATE_OF_BIRTH", v))
    elif f == 1:
        v = "%d-%02d-%02d" % (R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28))
        add("DOB: %s" % v, ("DATE_OF_BIRTH", v))
    elif f == 2:
        v = "%s %d, %d" % (R.choice(["March", "July", "Oct.", "January"]), R.randint(1, 28), R.randint(1950, 2005))
        add("Born on %s in Busan." % v, ("DATE_OF_BIRTH", v))
    else:
        v = "%d.%02d.%02d" % (R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28))
        add("환자 생년월일: %s" % v, ("DATE_OF_BIRTH", v))
kr_addr = ["서울특별시 강남구 테헤란로 %d", "경기도 성남시 분당구 판교역로 %d", "부산광역시 해운대구 센텀중앙로 %d",
           "서울시 마포구 월드컵북로 %d, 101동 1203호", "대전광역시 유성구 대학로 %d", "서울특별시 종로구 청진동 %d-3"]
for i in range(14):
    v = R.choice(kr_addr) % R.randint(1, 400)
    add(R.choice(["주소: %s", "배송지 %s (문 앞)", "본사 소재지는 %s입니다"]) % v, ("ADDRESS", v))
en_addr = ["%d Main Street, Springfield, IL 62704", "%d Oak Avenue", "%d Elm St., Apt 4B", "%d Sunset Blvd, Los Angeles, CA 90028"]
for i in range(8):
    v = R.choice(en_addr) % R.randint(1, 9999)
    add(R.choice(["Address: %s", "Ship to %s.", "She lives at %s"]) % v, ("ADDRESS", v))

# --- names -----------------------------------------------------------------------------------------
for i in range(30):
    n = kname()
    roster.append(n)
    tpl = R.choice(["%s 과장님께 보고드립니다", "%s님 안녕하세요", "%s 환자 내원", "담당자: %s", "성명 %s", "%s 대리가 작성",
                    "%s씨는 오늘 휴가입니다", "%s 부장 결재", "보호자 %s (배우자)", "%s 선생님 수업"])
    add(tpl % n, ("PERSON", n))
for i in range(10):
    n = kname()
    roster.append(n)
    add(R.choice(["회의 참석: %s, 외 2명", "오늘 %s 출장", "%s 입사 예정"]) % n, ("PERSON", n), note="roster only")
for i in range(20):
    n = ename()
    roster.append(n)
    add(R.choice(["Dr. %s will see you now.", "Meeting with Ms. %s at 3 pm.", "Mr. %s signed the form.",
                  "Patient: %s", "Dear %s,", "Prepared by %s"]) % (n if i % 3 else n), ("PERSON", n))
for i in range(6):
    n = ename()
    roster.append(n)
    add("Thanks to %s for the review." % n, ("PERSON", n), note="roster only")
# roster entries written differently
for i in range(6):
    n = kname()
    roster.append(n)
    spaced = n[0] + " " + n[1:]
    add("작성 %s (인사팀)" % spaced, ("PERSON", spaced), note="roster with space")

# --- hard negatives ------------------------------------------------------------------------------
negs = [
    "2024-01-15 회의록", "2023.12.31까지 제출", "납기일 2025/03/04", "회의는 10:30:00에 시작", "버전 v2.3.1 배포",
    "수량 3,500개 입고", "금액 1,234,567원 결제", "주문번호 2024011512345", "Order #20240115-0042 shipped",
    "ORD-240115-1234567 처리 완료", "제품코드 AB-123456-7890", "SKU XG-2000-15 재고", "모델명 KX-9500",
    "송장번호 6012-3456-7890", "Invoice INV-2024-000123", "도면 번호 A3-0045-221", "LOT 240115-A12",
    "1234 5678 9012 3456 is not a card", "전화 주세요", "고객님 감사합니다", "선생님께서 말씀하셨다", "날씨가 좋네요",
    "Dear Customer, thank you.", "The patient was stable.", "대리점 방문 예정", "이사 준비 중입니다",
    "The Main Street project", "3층 회의실", "제 2공장 3라인", "ISO 9001:2015 인증", "KS C IEC 61000-4-2",
    "온도 23.5도 습도 45%", "압력 1.2.3 단계", "1.2.3.4.5 단계별 절차", "999.10.10.10 is no address",
    "면적 123,456㎡", "전년 대비 12.5% 증가", "3/4분기 실적", "2024년 3월 12일 회의", "Q3 2024 results",
    "사번 20231234", "학번 2019123456", "우편번호 06236", "ZIP 94107", "page 12 of 340", "Room 1203",
    "총 15,000,000원", "생산량 120000개", "부품 번호 12-34-56", "시험 성적서 No. 2024-0312",
    "작업지시 WO-2024-00077", "규격 M12x1.5", "접수번호 2024-12-000345", "표준 KS X 1001",
    "문의는 고객센터로", "사장님 말씀", "아저씨가 왔다", "솜씨가 좋다", "손님 응대 매뉴얼", "하나님께 감사",
    "The Doctor's office", "Mr. appointment pending", "Name: N/A", "This is the Hiring Manager",
    "12:34:56:78 timing", "ab:cd:ef", "std::vector<int>", "A1-B2-C3 구역", "1600 × 900 해상도",
    "좌표 37.5665, 126.9780", "IP 등급 IP67", "포트 8080", "1588 명 참석", "총 1,588명",
    "제품 ID 4111111111111112", "계좌 개설 안내", "예금주 확인 절차", "2020년 10월 5일 이후 발급",
    "주민센터 방문", "건강보험 적용 대상", "여권 사진 규격", "운전면허 시험장",
]
for t in negs:
    add(t, note="hard negative")
# More realistic negatives: numbers in production text.
for i in range(20):
    add("라인 %d 생산 %d개, 불량 %d개, 가동률 %d.%d%%" % (R.randint(1, 9), R.randint(100, 99999), R.randint(0, 99), R.randint(50, 99), R.randint(0, 9)),
        note="hard negative")
for i in range(10):
    add("기간: %d.%02d.%02d ~ %d.%02d.%02d" % (2024, R.randint(1, 12), R.randint(1, 28), 2024, R.randint(1, 12), R.randint(1, 28)),
        note="hard negative")

with open("eval.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("roster.txt", "w", encoding="utf-8") as f:
    f.write("# Names of the evaluation set's people (synthetic), the roster of the name evaluation\n")
    for n in sorted(set(roster)):
        f.write(n.replace(" ", "") if False else n)
        f.write("\n")
print(len(out), "snippets,", sum(len(o["spans"]) for o in out), "spans,", len(set(roster)), "roster names")
