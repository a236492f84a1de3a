#!/usr/bin/python3
"""Generates heldout-ko.jsonl and heldout-en.jsonl, the held-out redaction evaluation (issue 16).

Written from document styles (forms, discharge summaries, transfer slips, meeting minutes, e-mail
signatures) before looking at what the recognizers do, so that it measures recall on text nobody
wrote for them. Same shape as eval.jsonl; every span also has a "tag" naming the case it stands for
(account, account-nocontext, phone-nocontext, name-en-notitle, name-ko-notitle, card, iban, ...),
and lines whose note is "hard negative" hold no personal data at all (order and lot numbers, dates,
KS/ISO standard numbers, amounts) and must stay clean.

Values are synthetic: card and IBAN checksums are computed here, foreign phone numbers are drawn at
random inside the national numbering plans and kept only when Debian's python3-phonenumbers (the
same libphonenumber metadata) calls them valid, as a real number would be. The people do not exist.
Run with Debian's python3 (deterministic seed); the test reads the .jsonl files.
"""
import json
import random

import phonenumbers

R = random.Random(20261203)
out = {"ko": [], "en": []}


def add(lang, text, *spans, note=""):
    for t, v, tag in spans:
        assert v in text, (text, v)
    out[lang].append({"text": text, "spans": [{"type": t, "value": v, "tag": tag} for t, v, tag in spans],
                      "note": note})


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fill(layout):
    """'#' is a random digit, other characters are kept."""
    return "".join(str(R.randint(0, 9)) if c == "#" else c for c in layout)


# --- Korean bank accounts: layouts as banks print them on passbooks and transfer slips -----------
BANKS = [
    ("KB국민은행", ["######-##-######", "###-##-####-###", "######-##-######"]),
    ("국민은행", ["######-##-######", "###-##-####-###"]),
    ("신한은행", ["###-###-######", "###-##-######"]),
    ("우리은행", ["1002-###-######", "####-###-######"]),
    ("하나은행", ["###-######-#####", "###-######-###"]),
    ("NH농협은행", ["3##-####-####-##", "######-##-######"]),
    ("농협", ["3##-####-####-##", "######-5#-######"]),
    ("IBK기업은행", ["###-######-##-###"]),
    ("기업은행", ["###-######-##-###"]),
    ("SC제일은행", ["###-##-######"]),
    ("한국씨티은행", ["###-#####-###-##", "###-######-###"]),
    ("KDB산업은행", ["###-####-####-###"]),
    ("수협은행", ["###-##-######", "####-####-####"]),
    ("대구은행", ["###-##-######-#"]),
    ("iM뱅크", ["###-##-######-#"]),
    ("부산은행", ["###-####-####-##"]),
    ("경남은행", ["###-##-#######"]),
    ("광주은행", ["###-###-######"]),
    ("전북은행", ["###-##-#######"]),
    ("제주은행", ["##-##-######"]),
    ("카카오뱅크", ["3333-##-#######"]),
    ("케이뱅크", ["100-###-######"]),
    ("토스뱅크", ["1000-####-####"]),
    ("우체국", ["######-##-######", "######-01-######"]),
    ("새마을금고", ["9###-####-####-#", "####-##-######-#"]),
    ("신협", ["###-###-######", "1####-##-######"]),
    ("산림조합", ["###-####-####-##"]),
    ("미래에셋증권", ["###-##-######"]),
    ("한국투자증권", ["########-##"]),
    ("NH투자증권", ["###-##-######"]),
    ("삼성증권", ["#########-##"]),
    ("KB증권", ["###-##-######-#"]),
    ("신한투자증권", ["###-##-######"]),
    ("키움증권", ["####-####-##"]),
]

KO_SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
               "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽",
               "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함",
               "남궁", "황보", "선우", "제갈"]
KO_GIVEN = ["민준", "서연", "지훈", "수아", "우진", "하은", "현우", "지민", "서준", "예린", "도윤", "지우", "민재",
            "유나", "태현", "은지", "동현", "소영", "승민", "다은", "재원", "혜진", "성호", "미경", "영수", "정희",
            "상훈", "경아", "준호", "보람", "가영", "시우", "나연", "건우", "채원", "주원", "윤서", "하준", "지안",
            "은서", "성민", "수빈", "현정", "종국", "명숙", "순자", "광수", "옥순", "재석", "혜원", "진영", "인호",
            "슬기", "다인", "한결", "봄", "솔", "규리", "태양", "도희"]


def ko_name():
    return R.choice(KO_SURNAMES) + R.choice(KO_GIVEN)


def acct_plain(a):
    return a.replace("-", "")


for bank, layouts in BANKS:
    for layout in layouts:
        a = fill(layout)
        n = ko_name()
        ctx = R.choice([
            ("입금 계좌: {b} {a} (예금주 {n})", True),
            ("{b} {a} 로 송금 부탁드립니다. 예금주는 {n}입니다.", True),
            ("환불 계좌 : {b} / {a} / 예금주 {n}", True),
            ("받는 분 | {n} | {b} | {a} | 1,250,000원", True),
        ])
        text = ctx[0].format(b=bank, a=a, n=n)
        add("ko", text, ("ACCOUNT", a, "account"), ("PERSON", n, "name-ko-label"), note="transfer slip")
        # Bank name as the only context.
        a2 = fill(layout)
        add("ko", R.choice(["{b} {a}", "{b}({a})", "{b}: {a}"]).format(b=bank, a=a2) + " 확인 부탁드립니다.",
            ("ACCOUNT", a2, "account"), note="bank name only")
        # Written without hyphens, with a context word.
        a3 = acct_plain(fill(layout))
        add("ko", R.choice(["계좌번호 {a} ({b})", "급여 이체 계좌 {b} {a}", "가상계좌 {a} 에 입금해 주세요",
                            "{b} 계좌 {a}로 입금 완료"]).format(b=bank, a=a3),
            ("ACCOUNT", a3, "account"), note="no hyphens")
        # No context at all: a hyphenated number in a bank's layout.
        a4 = fill(layout)
        add("ko", R.choice(["참고 번호 {a} 기준으로 처리했습니다.", "3 | 처리완료 | {a} | 비고 없음",
                            "어제 말씀하신 건은 {a} 이쪽으로 보내 주세요.", "{a}"]).format(a=a4),
            ("ACCOUNT", a4, "account-nocontext"), note="account without context")

# The example from the issue and a few free-form layouts next to "계좌".
for t in ["국민은행 계좌 542-501-833501-3 으로 보내주세요", "계좌 110-432-987123 (신한)",
          "입금계좌 1002-845-112233 우리은행 예금주 (주)한빛산업", "예금주: 한빛물산 / 계좌번호: 301-0112-3344-51"]:
    v = [w for w in t.replace("(", " ").replace(")", " ").split() if any(c.isdigit() for c in w)
         and "-" in w][0]
    add("ko", t, ("ACCOUNT", v, "account"), note="account free form")

# --- Korean names without a title --------------------------------------------------------------
KO_NAME_T = [
    "{n}이 작성한 보고서를 첨부합니다.", "{n}에게 전달했습니다.", "{n}의 의견을 반영해 수정했습니다.",
    "{n} 님 확인 부탁드립니다.", "{n}님께서 요청하신 자료입니다.", "{n} 씨가 오전에 방문했습니다.",
    "{n}은 다음 주부터 야간조로 근무한다.", "{n}는 교육을 이수했다.", "{n}가 설비 점검을 맡았다.",
    "어제 {n}과 통화했습니다.", "{n}에게서 연락이 왔다.", "환자 {n}은 3일 전부터 복통을 호소함.",
    "보호자 {n}에게 설명함.", "{n} 올림", "이번 건은 {n}이 맡기로 했다.",
]
for i in range(90):
    n = ko_name()
    add("ko", KO_NAME_T[i % len(KO_NAME_T)].format(n=n), ("PERSON", n, "name-ko-notitle"), note="name without title")
# Minutes: several names in a row.
for i in range(10):
    ns = [ko_name() for _ in range(3)]
    add("ko", "회의 참석: " + ", ".join(ns) + " (총 3명)", *[("PERSON", n, "name-ko-notitle") for n in ns],
        note="minutes")

# --- Korean phones (context and none) ---------------------------------------------------------
for i in range(20):
    p = R.choice(["010-{}-{}", "010 {} {}", "010.{}.{}"]).format(digits(4), digits(4))
    add("ko", R.choice(["연락처 {p}", "{p} 로 문자 주세요", "야간 비상 {p}", "{p}"]).format(p=p),
        ("PHONE", p, "phone-kr"), note="korean mobile")
for i in range(10):
    p = "02-{}-{}".format(digits(R.choice([3, 4])), digits(4))
    add("ko", "대표번호 {} (평일 9시~18시)".format(p), ("PHONE", p, "phone-kr"), note="korean landline")

# --- Cards ------------------------------------------------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def group(num, sizes, sep):
    parts, i = [], 0
    for s in sizes:
        parts.append(num[i:i + s])
        i += s
    if i < len(num):
        parts.append(num[i:])
    return sep.join(parts)


CARDS = [  # issuer, prefixes, lengths
    ("Visa", ["4"], [13, 16, 19]),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "2300"], [16]),
    ("Amex", ["34", "37"], [15]),
    ("Diners", ["300", "305", "36", "38"], [14]),
    ("Discover", ["6011", "644", "65"], [16, 19]),
    ("JCB", ["3528", "3589"], [16, 17, 18, 19]),
    ("UnionPay", ["62"], [16, 17, 18, 19]),
    ("Maestro", ["5018", "5020", "6304", "6759"], [13, 15, 16, 19]),
    ("BC", ["9410", "9420"], [16]),
]
CARD_T_EN = ["Card number: {c}", "Please charge {c} for the deposit.", "Paid with {i} {c} exp 08/27",
             "Refund to card {c} approved.", "{c}"]
CARD_T_KO = ["카드번호 {c}", "결제 카드: {i} {c}", "{c} 카드로 결제했습니다.", "법인카드 {c} (유효기간 09/28)"]
for issuer, prefixes, lengths in CARDS:
    for length in lengths:
        for sep in [" ", "-", ""]:
            c = luhn_complete(R.choice(prefixes), length)
            if length == 15 and issuer == "Amex":
                sizes = [4, 6, 5]
            elif length == 14:
                sizes = [4, 6, 4]
            else:
                sizes = [4] * 4
            g = group(c, sizes, sep)
            lang = R.choice(["en", "ko"])
            t = R.choice(CARD_T_EN if lang == "en" else CARD_T_KO)
            add(lang, t.format(c=g, i=issuer), ("CARD", g, "card"), note="card %s %d" % (issuer, length))
        if length == 15:
            c = luhn_complete(R.choice(prefixes), length)
            g = group(c, [4, 6, 5], " ")
            add("en", "Corporate card {} on file.".format(g), ("CARD", g, "card"), note="card 4-6-5")

# --- IBANs ------------------------------------------------------------------------------------
IBAN = {  # country: BBAN layout ('n' digit, 'a' capital letter, 'c' either)
    "DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnccccccccccnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc", "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn", "CH": "nnnnnccccccccccccc", "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "SE": "nnnnnnnnnnnnnnnnnnnn", "NO": "nnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn", "FI": "nnnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn",
    "LU": "nnnccccccccccccc", "SA": "nnccccccccccccccccc", "AE": "nnnnnnnnnnnnnnnnnnn",
    "TR": "nnnnnnccccccccccccccccc", "BR": "nnnnnnnnnnnnnnnnnnnnnnnac", "MT": "aaaannnnncccccccccccccccccc",
    "CZ": "nnnnnnnnnnnnnnnnnnnn", "HU": "nnnnnnnnnnnnnnnnnnnnnnnn", "RO": "aaaacccccccccccccccc",
    "GR": "nnnnnnnccccccccccccccccc", "HR": "nnnnnnnnnnnnnnnnn", "SI": "nnnnnnnnnnnnnnn",
    "SK": "nnnnnnnnnnnnnnnnnnnn", "EE": "nnnnnnnnnnnnnnnn", "LT": "nnnnnnnnnnnnnnnn", "LV": "aaaaccccccccccccc",
    "IS": "nnnnnnnnnnnnnnnnnnnnnn", "KW": "aaaacccccccccccccccccccccc", "QA": "aaaaccccccccccccccccccccc",
    "IL": "nnnnnnnnnnnnnnnnnnn", "JO": "aaaannnncccccccccccccccccc", "EG": "nnnnnnnnnnnnnnnnnnnnnnnnn",
    "LI": "nnnnnccccccccccccc", "MC": "nnnnnnnnnnccccccccccnn", "CY": "nnnnnnnncccccccccccccccc",
    "BG": "aaaannnnnncccccccc", "RS": "nnnnnnnnnnnnnnnnnn", "UA": "nnnnnnccccccccccccccccccc",
}


def iban(cc):
    bban = ""
    for k in IBAN[cc]:
        if k == "n":
            bban += str(R.randint(0, 9))
        elif k == "a":
            bban += chr(65 + R.randint(0, 25))
        else:
            bban += R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    return cc + "%02d" % check + bban


IBAN_T = ["IBAN: {v}", "Please remit to {v} (BIC on the invoice).", "Beneficiary account {v}",
          "Bankverbindung {v}", "해외 송금 IBAN {v}", "{v}"]
for cc in IBAN:
    for spaced in [True, True, False]:
        v = iban(cc)
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        t = R.choice(IBAN_T)
        add("ko" if "해외" in t else "en", t.format(v=v), ("IBAN", v, "iban"), note="iban " + cc)

# --- Foreign phones without a context word ----------------------------------------------------
PHONE_FORMS = [  # region, national-number shape, printed forms (n = national digits)
    ("US", "{a}{b}{c}", ["{a}-{b}-{c}", "({a}) {b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "+1-{a}-{b}-{c}",
                          "{a}-{b}-{c} ext. {x}", "({a}) {b}-{c} x{x}"]),
    ("CA", "{a}{b}{c}", ["{a}-{b}-{c}", "+1 ({a}) {b}-{c}"]),
    ("GB", None, None), ("DE", None, None), ("FR", None, None), ("SE", None, None), ("JP", None, None),
    ("AU", None, None), ("SG", None, None), ("IN", None, None), ("CN", None, None), ("NL", None, None),
    ("ES", None, None), ("IT", None, None), ("CH", None, None), ("BR", None, None), ("MX", None, None),
]


def random_valid(region, mobile):
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = meta.mobile if mobile else meta.fixed_line
    length = R.choice(desc.possible_length)
    for _ in range(20000):
        nsn = digits(length)
        if nsn[0] == "0":
            continue
        pn = phonenumbers.parse("+%d%s" % (meta.country_code, nsn), None)
        if phonenumbers.is_valid_number(pn) and (phonenumbers.number_type(pn) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)) == mobile:
            return pn
    raise RuntimeError(region)


def spaced_intl(pn):
    s = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return s


PHONE_T = ["Reach me on {p} after 5pm.", "{p}", "Call back {p} re: shipment 4471.",
           "{n} | Procurement | {p}", "Best regards, {n}\n{p}", "I'm at {p} all week.",
           "Our Stockholm office {p} handles returns.", "Left a voicemail at {p} this morning."]
EN_GIVEN_T = ["Anna", "Lars", "Priya", "Tom", "Keiko", "Marta", "Olu", "Sam"]
for region, _, forms in PHONE_FORMS:
    count = 10 if region in ("US", "GB") else 4
    for i in range(count):
        pn = random_valid(region, mobile=(i % 2 == 0))
        nat = str(pn.national_number)
        if forms and len(nat) == 10:
            x = str(R.randint(10, 9999))
            p = R.choice(forms).format(a=nat[:3], b=nat[3:6], c=nat[6:], x=x)
        else:
            style = R.choice(["intl", "intl", "national", "zero", "dots"])
            intl = spaced_intl(pn)
            natf = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
            if style == "intl":
                p = intl
            elif style == "national" and region in ("GB", "DE", "FR", "AU", "JP", "NL", "IT", "ES"):
                p = natf
            elif style == "zero" and natf.startswith("0"):
                cc = intl.split(" ")[0]
                p = cc + " (0)" + intl[len(cc) + 1:]
            elif style == "dots":
                p = intl.replace(" ", ".").replace("-", ".").replace("+", "+", 1)
                p = p.replace(".", " ", 1)
            else:
                p = intl
        t = R.choice(PHONE_T)
        name = R.choice(EN_GIVEN_T)
        spans = [("PHONE", p, "phone-nocontext")]
        if "{n}" in t:
            spans.append(("PERSON", name, "name-en-notitle"))
        add("en", t.format(p=p, n=name), *spans, note="foreign phone without context " + region)

# --- English names without a title ------------------------------------------------------------
EN_FULL = ["Margaret Collins", "Thomas Whitfield", "Eleanor Vance", "Daniel O'Connor", "Priya Raman",
           "Tomasz Kowalski", "Laura Bennett", "Mark Hughes", "Sofia Rossi", "Kenji Watanabe",
           "Ana María Gómez", "Ahmed Hassan", "Krisztián Szöllösy", "Rubija Hadžić", "Jean-Luc Moreau",
           "Fiona MacLeod", "Brian Schultz", "Grace Liu", "Oliver Grant", "Hannah Fischer",
           "Samuel Okafor", "Isabel Duarte", "Peter van der Berg", "Chloé Lefèvre", "Michael Turner",
           "Jessica Ramirez", "Robert King", "Linda Parker", "James Patterson", "Emily Watson",
           "Carlos Mendoza", "Yuki Tanaka", "Nadia Petrova", "George Harris", "Sarah Mitchell",
           "David Kim", "Rachel Green", "Andrew Phillips", "Maria Lopez", "Kevin Walsh",
           "Patricia Evans", "Steven Clarke", "Nicole Brooks", "Joseph Rivera", "Amanda Foster",
           "Ryan Cooper", "Helen Ward", "Frank Morris", "Julia Hoffmann", "Victor Nguyen"]
EN_NAME_T = ["My name is {n} and I work in quality control.", "{n} listed the items for the audit.",
             "Dear {n},", "Signed by: {n}", "Patient: {n}, 67F, admitted via ER.",
             "Minutes taken by {n}.", "Approved — {n}", "Hi {n}, thanks for the update.",
             "{n} will send the revised drawings on Friday.", "cc: {n}", "Regards,\n{n}\nPlant 2 Maintenance",
             "The patient {n} was discharged in stable condition.", "Prepared by {n} (QA).",
             "Spoke with {n} about the late delivery.", "{n} called twice about the invoice.",
             "Thanks, {n}", "Forwarding on behalf of {n}."]
for i, n in enumerate(EN_FULL):
    t = EN_NAME_T[i % len(EN_NAME_T)]
    add("en", t.format(n=n), ("PERSON", n, "name-en-notitle"), note="name without title")
    # Given name alone or initial + surname.
    first, last = n.split(" ")[0], n.split(" ")[-1]
    v = R.choice([first, first[0] + ". " + last])
    t2 = EN_NAME_T[(i * 7 + 3) % len(EN_NAME_T)]
    add("en", t2.format(n=v), ("PERSON", v, "name-en-notitle"), note="short name without title")
for i in range(10):
    ns = R.sample(EN_FULL, 3)
    add("en", "Attendees: " + ", ".join(ns) + ".", *[("PERSON", n, "name-en-notitle") for n in ns], note="minutes")

# --- Hard negatives ---------------------------------------------------------------------------
HN_KO = ["주문번호 2024-0815-33721 출고 완료", "LOT 23A-0419-07 불량 3건", "로트번호 240312-07-0113 재검사",
         "KS C IEC 61000-4-2 시험 성적서 첨부", "KS B ISO 9001:2015 인증 갱신", "ISO/IEC 27001:2022 심사 일정",
         "2024년 4분기 매출 3,456,789,000원", "계약금 ₩12,500,000 (부가세 별도)", "2025.03.14 정기 점검",
         "2024-11-30 14:30~16:00 회의실 B-1203", "품번 4410-223-0917 재고 1,200 EA",
         "S/N 8823 1192 4471 0093 교체", "견적서 번호 Q-2024-000123", "도면 번호 DWG-3301-0045-R2",
         "송장번호 6089 1234 5678 배송 중", "버전 2.14.3 배포", "제품 코드 880123456789 (바코드)",
         "총 중량 12,345.67 kg", "사업계획서 p. 123-145 참조", "설비번호 PM-07-2231, 가동률 87.5%",
         "작업지시 WO-20240312-0087", "배치 번호 B2403-1107-22", "검사일 2024.03.12, 판정 합격",
         "시험규격 KS M ISO 527-2:2012", "부품 3,250개 입고 (단가 1,480원)", "환율 1,352.40원/USD 적용"]
HN_EN = ["Order #100-2345-678901 shipped on 2024-03-15.", "Lot 23A-0419-07 failed incoming inspection.",
         "Tested to ISO 13485:2016 and IEC 60601-1-2:2014.", "Invoice INV-2024-000123 total USD 1,250.00",
         "Purchase order PO 4500123456 approved.", "Part no. 4410-223-0917, qty 1,200.",
         "Serial 8823-1192-4471 replaced under warranty.", "Tracking 1Z 999 AA1 01 2345 6784",
         "Revenue of $3,456,789 in Q4 2024.", "Meeting on 03/14/2025 from 14:30 to 16:00.",
         "Drawing DWG-3301-0045 rev. C", "Batch 2403-1107-22 released by QA.", "Version 2.14.3 deployed.",
         "ASTM D638-14 tensile test passed.", "Room 1203, Building B, floor 12.", "Case 2024-CV-004512 filed.",
         "Catalogue no. 978-3-16-148410-0 (ISBN).", "EN 10204 3.1 certificate 24-00871.",
         "Weight 12,345.67 kg, volume 23.5 m3.", "Work order WO-20240312-0087 closed.",
         "Ticket #48213 escalated to tier 2.", "SKU 0012-3456-7890 out of stock.",
         "The Quality Manual, section 4.2.3, applies.", "Standard Operating Procedure SOP-QA-017 revision 4.",
         "May 2024 production was 45,000 units.", "Monday Safety Meeting at Building 4."]
for t in HN_KO:
    add("ko", t, note="hard negative")
for t in HN_EN:
    add("en", t, note="hard negative")

for lang, lines in out.items():
    with open("heldout-%s.jsonl" % lang, "w", encoding="utf-8") as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(lang, len(lines))
