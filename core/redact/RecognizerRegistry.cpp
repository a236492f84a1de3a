#include "redact/RecognizerRegistry.h"

#include "redact/recognizers/AccountRecognizer.h"
#include "redact/recognizers/BrnRecognizer.h"
#include "redact/recognizers/CardRecognizer.h"
#include "redact/recognizers/DateOfBirthRecognizer.h"
#include "redact/recognizers/DriverLicenceRecognizer.h"
#include "redact/recognizers/EmailRecognizer.h"
#include "redact/recognizers/EnAddressRecognizer.h"
#include "redact/recognizers/EnglishTitleNameRecognizer.h"
#include "redact/recognizers/ForeignPhoneRecognizer.h"
#include "redact/recognizers/HealthInsuranceRecognizer.h"
#include "redact/recognizers/IbanRecognizer.h"
#include "redact/recognizers/IntlPhoneRecognizer.h"
#include "redact/recognizers/Ipv4Recognizer.h"
#include "redact/recognizers/Ipv6Recognizer.h"
#include "redact/recognizers/KoreanTitleNameRecognizer.h"
#include "redact/recognizers/KrAddressRecognizer.h"
#include "redact/recognizers/KrPhoneRecognizer.h"
#include "redact/recognizers/MacRecognizer.h"
#include "redact/recognizers/NameListRecognizer.h"
#include "redact/recognizers/PassportRecognizer.h"
#include "redact/recognizers/ResidentNumberRecognizer.h"
#include "redact/recognizers/SsnRecognizer.h"
#include "redact/recognizers/UrlRecognizer.h"
#include "redact/recognizers/UsPhoneRecognizer.h"

namespace quarry {

const QList<RuleSet::BuiltinInfo>& RecognizerRegistry::rules()
{
    static const QList<RuleSet::BuiltinInfo> list = {
        {"kr_rrn", "RRN",
         "Korean resident registration number 주민등록번호 (date check; checksum raises the score)", "ko"},
        {"kr_alien", "ALIEN_REG", "Korean alien registration number 외국인등록번호", "ko"},
        {"kr_brn", "BRN", "Korean business registration number 사업자등록번호 (checksum)", "ko"},
        {"kr_crn", "CRN", "Korean corporate registration number 법인등록번호 (checksum, context 법인)", "ko"},
        {"kr_passport", "PASSPORT", "Korean passport number", "ko"},
        {"kr_driver", "DRIVER_LICENSE", "Korean driver's licence number (region codes)", "ko"},
        {"kr_phone", "PHONE", "Korean mobile, landline, 070 and 15xx/16xx/18xx numbers, +82 forms", "ko"},
        {"kr_account", "ACCOUNT",
         "Bank account numbers: every Korean bank's layout (lower score without 계좌, 예금주, 입금 or a bank "
         "name), "
         "any 10-14 digits next to them",
         "ko en"},
        {"kr_health", "HEALTH_INSURANCE", "Health insurance numbers next to 건강보험 or 보험증", "ko en"},
        {"email", "EMAIL", "E-mail addresses", "any"},
        {"intl_phone", "PHONE",
         "International and foreign phone numbers validated by libphonenumber (+country code, (0), "
         "extensions, "
         "national forms)",
         "any"},
        {"card", "CARD", "Credit and debit card numbers (Luhn)", "any"},
        {"iban", "IBAN", "IBAN (mod 97)", "any"},
        {"us_ssn", "SSN", "US social security numbers", "en"},
        {"ipv4", "IP", "IPv4 addresses", "any"},
        {"ipv6", "IP", "IPv6 addresses", "any"},
        {"mac", "MAC", "MAC addresses", "any"},
        {"url", "URL", "URLs with credentials or secrets, personal paths (/home/NAME, C:\\Users\\NAME)",
         "any"},
        {"dob", "DATE_OF_BIRTH", "Dates next to 생년월일, 출생, DOB, born", "ko en"},
        {"address_kr", "ADDRESS", "Korean road-name and lot-number addresses", "ko"},
        {"address_en", "ADDRESS", "English street addresses", "en"},
        {"person_kr", "PERSON",
         "Korean names next to titles and honorifics (님, 씨, 과장, 환자, 성명: …), or by surname, "
         "given-name "
         "syllables and particle",
         "ko"},
        {"person_en", "PERSON",
         "English names after Dr., Mr., Ms. or name labels, or from census name lists and context (name is, "
         "Dear, "
         "signed by)",
         "en"},
        {"ocr_uncertain", "OCR_UNCERTAIN",
         "On OCR pages: words read with low confidence that hold digits or '@' next to a context word (for "
         "review)",
         "any"},
    };
    return list;
}

std::vector<std::unique_ptr<Recognizer>> RecognizerRegistry::create()
{
    std::vector<std::unique_ptr<Recognizer>> r;
    // Numbers: addresses, IPv4 and dates first, phones before the identifiers whose shapes they
    // share; numbers glued to a code go no further than KrPhoneRecognizer (readsGlued()).
    r.push_back(std::make_unique<Ipv4Recognizer>());
    r.push_back(std::make_unique<DateOfBirthRecognizer>());
    r.push_back(std::make_unique<IntlPhoneRecognizer>());
    r.push_back(std::make_unique<KrPhoneRecognizer>());
    r.push_back(std::make_unique<PassportRecognizer>());
    r.push_back(std::make_unique<KrAddressRecognizer>());
    r.push_back(std::make_unique<EnAddressRecognizer>());
    r.push_back(std::make_unique<ResidentNumberRecognizer>());
    r.push_back(std::make_unique<DriverLicenceRecognizer>());
    r.push_back(std::make_unique<BrnRecognizer>());
    r.push_back(std::make_unique<CardRecognizer>());
    r.push_back(std::make_unique<SsnRecognizer>());
    r.push_back(std::make_unique<HealthInsuranceRecognizer>());
    r.push_back(std::make_unique<AccountRecognizer>());
    r.push_back(std::make_unique<UsPhoneRecognizer>());
    // After the account layouts of a run are known.
    r.push_back(std::make_unique<ForeignPhoneRecognizer>());
    // Trigger characters: "://" is a URL's before a MAC's or an IPv6 address's ':'.
    r.push_back(std::make_unique<UrlRecognizer>());
    r.push_back(std::make_unique<MacRecognizer>());
    r.push_back(std::make_unique<Ipv6Recognizer>());
    r.push_back(std::make_unique<EmailRecognizer>());
    r.push_back(std::make_unique<IbanRecognizer>());
    // Names: beside titles and labels, then from the name lists.
    r.push_back(std::make_unique<KoreanTitleNameRecognizer>());
    r.push_back(std::make_unique<EnglishTitleNameRecognizer>());
    r.push_back(std::make_unique<NameListRecognizer>());
    return r;
}

} // namespace quarry
