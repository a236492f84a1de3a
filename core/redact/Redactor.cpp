#include "redact/Redactor.h"

#include "redact/DetectionStore.h"
#include "redact/Scanner.h"
#include "redact/Validators.h"
#include "store/Database.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <algorithm>
#include <vector>

namespace quarry {

namespace {

const QString kOperators = QStringLiteral("redact.operators");
const QString kPending = QStringLiteral("redact.redact_pending");
const QString kSecret = QStringLiteral("redact.secret");

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

QRandomGenerator rngFor(const QByteArray& seed)
{
    std::vector<quint32> words;
    for (qsizetype i = 0; i + 4 <= seed.size(); i += 4) {
        quint32 w = 0;
        for (int k = 0; k < 4; ++k)
            w = (w << 8) | quint8(seed.at(i + k));
        words.push_back(w);
    }
    if (words.empty())
        words.push_back(0x51525259u);
    return QRandomGenerator(words.data(), words.data() + words.size());
}

QString digitsOf(const QString& v)
{
    QString d;
    for (QChar c : v)
        if (c.isDigit())
            d += QChar(u'0' + c.digitValue());
    return d;
}

// Writes `digits` into the digit positions of `layout` (keeping its separators).
QString withLayout(const QString& layout, const QString& digits)
{
    QString out;
    qsizetype k = 0;
    for (QChar c : layout) {
        if (c.isDigit() && k < digits.size())
            out += digits.at(k++);
        else
            out += c;
    }
    return out;
}

QString randomDigits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + int(rng.bounded(10)));
    return s;
}

} // namespace

Redactor::Redactor(ProjectStore& store) : m_store(store) {}

QString Redactor::operatorName(Operator op)
{
    switch (op) {
    case Operator::Placeholder: return QStringLiteral("placeholder");
    case Operator::Pseudonym: return QStringLiteral("pseudonym");
    case Operator::Mask: return QStringLiteral("mask");
    case Operator::Surrogate: return QStringLiteral("surrogate");
    }
    return {};
}

std::optional<Redactor::Operator> Redactor::operatorFromName(const QString& name)
{
    for (Operator op : {Operator::Placeholder, Operator::Pseudonym, Operator::Mask, Operator::Surrogate})
        if (operatorName(op) == name)
            return op;
    return std::nullopt;
}

Redactor::Operator Redactor::operatorFor(const QString& type)
{
    const QJsonObject ops = m_store.setting(kOperators).toObject();
    if (const auto op = operatorFromName(ops.value(type).toString()))
        return *op;
    // Names stay readable as roles in training text; everything else becomes its type.
    return type == QLatin1String("PERSON") ? Operator::Pseudonym : Operator::Placeholder;
}

void Redactor::setOperator(const QString& type, Operator op)
{
    QJsonObject ops = m_store.setting(kOperators).toObject();
    ops.insert(type, operatorName(op));
    m_store.setSetting(kOperators, ops);
}

bool Redactor::redactPending()
{
    return m_store.setting(kPending, true).toBool(true);
}

void Redactor::setRedactPending(bool on)
{
    m_store.setSetting(kPending, on);
}

QByteArray Redactor::secret()
{
    if (!m_secret.isEmpty())
        return m_secret;
    const QString hex = m_store.setting(kSecret).toString();
    if (!hex.isEmpty()) {
        m_secret = QByteArray::fromHex(hex.toLatin1());
        return m_secret;
    }
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    if (m_store.isReadOnly()) {
        m_secret = bytes; // nothing can be stored; pseudonyms of this session only
        return m_secret;
    }
    // Written directly rather than with setSetting(): the audit log must not hold the secret.
    Transaction tx(m_store.db());
    Statement st = m_store.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES (?, ?)"));
    st.bindAll(kSecret, QString::fromUtf8(QJsonDocument(QJsonArray{QString::fromLatin1(bytes.toHex())})
                                              .toJson(QJsonDocument::Compact)));
    st.run();
    m_store.audit().record(m_store.actor(), QStringLiteral("setting"), std::nullopt, QStringLiteral("generate_secret"),
                           {}, QJsonObject{{QStringLiteral("key"), kSecret}});
    tx.commit();
    m_secret = QByteArray::fromHex(m_store.setting(kSecret).toString().toLatin1());
    return m_secret;
}

QString Redactor::valueKey(const QString& type, const QString& value)
{
    // The same value in another form (full-width digits, other separators, case) is the same key.
    QString norm = Scanner::normalized(value).toLower();
    QString compact;
    for (QChar c : norm)
        if (!c.isSpace() && c != u'-' && c != u'.' && c != u'(' && c != u')')
            compact += c;
    const QByteArray msg = type.toUtf8() + '\x1f' + compact.toUtf8();
    return QString::fromLatin1(QMessageAuthenticationCode::hash(msg, secret(), QCryptographicHash::Sha256).toHex());
}

int Redactor::pseudonymNumber(const QString& type, const QString& value)
{
    const QString key = valueKey(type, value);
    Database& db = m_store.db();
    Statement find = db.prepare(QStringLiteral("SELECT number FROM pseudonyms WHERE entity_type = ? AND value_key = ?"));
    find.bindAll(type, key);
    if (find.step())
        return find.int32(0);
    const QString tkey = type + QLatin1Char('\x1f') + key;
    if (m_store.isReadOnly()) {
        if (!m_transient.contains(tkey)) {
            Statement mx = db.prepare(QStringLiteral("SELECT coalesce(max(number), 0) FROM pseudonyms WHERE entity_type = ?"));
            mx.bind(1, type);
            mx.step();
            int n = mx.int32(0);
            for (auto it = m_transient.cbegin(); it != m_transient.cend(); ++it)
                if (it.key().startsWith(type + QLatin1Char('\x1f')))
                    n = std::max(n, it.value());
            m_transient.insert(tkey, n + 1);
        }
        return m_transient.value(tkey);
    }
    Transaction tx(db);
    Statement ins = db.prepare(QStringLiteral(
        "INSERT INTO pseudonyms(entity_type, value_key, number) "
        "VALUES (?1, ?2, (SELECT coalesce(max(number), 0) + 1 FROM pseudonyms WHERE entity_type = ?1))"));
    ins.bindAll(type, key);
    ins.run();
    tx.commit();
    find.reset();
    find.bindAll(type, key);
    find.step();
    return find.int32(0);
}

QString Redactor::mask(const QString& value)
{
    const qsizetype atSign = value.indexOf(QLatin1Char('@'));
    if (atSign > 0)
        return value.left(1) + QString(atSign - 1, QLatin1Char('*')) + value.mid(atSign);
    const QString digits = digitsOf(value);
    if (digits.size() >= 6) {
        // Keep the first and the last group (010-****-5678); one or two groups: keep the ends.
        QList<QPair<qsizetype, qsizetype>> groups;
        for (qsizetype i = 0; i < value.size();) {
            if (!value.at(i).isDigit()) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < value.size() && value.at(j).isDigit())
                ++j;
            groups << qMakePair(i, j);
            i = j;
        }
        QString out = value;
        if (groups.size() >= 3) {
            for (qsizetype g = 1; g + 1 < groups.size(); ++g)
                for (qsizetype k = groups[g].first; k < groups[g].second; ++k)
                    out[k] = QLatin1Char('*');
        } else if (groups.size() == 2) {
            for (qsizetype k = groups[1].first + 1; k < groups[1].second; ++k)
                out[k] = QLatin1Char('*');
        } else {
            int seen = 0;
            const int keepHead = digits.size() >= 10 ? 3 : 0;
            const qsizetype keepTail = digits.size() >= 10 ? 4 : 2;
            for (qsizetype k = 0; k < out.size(); ++k)
                if (out.at(k).isDigit()) {
                    if (seen >= keepHead && seen < digits.size() - keepTail)
                        out[k] = QLatin1Char('*');
                    ++seen;
                }
        }
        return out;
    }
    if (!value.isEmpty() && isHangul(value.at(0)) && value.size() <= 4) {
        if (value.size() == 2)
            return value.left(1) + QLatin1Char('*');
        return value.left(1) + QString(value.size() - 2, QLatin1Char('*')) + value.right(1);
    }
    QString out = value;
    bool first = true;
    for (qsizetype k = 0; k < out.size(); ++k) {
        if (out.at(k).isLetterOrNumber()) {
            if (!first)
                out[k] = QLatin1Char('*');
            first = false;
        } else {
            first = true; // keep the initial of every word
        }
    }
    return out;
}

QString Redactor::surrogate(const QString& type, const QString& value, const QByteArray& seed)
{
    QRandomGenerator rng = rngFor(seed);
    const QString digits = digitsOf(value);
    if (type == QLatin1String("PERSON")) {
        bool hangul = false;
        for (QChar c : value)
            hangul = hangul || isHangul(c);
        if (hangul) {
            static const QString surnames = QStringLiteral("김이박최정강조윤장임한오서신권황안송");
            static const QString given = QStringLiteral("민서준지현우예하은도윤성수영진혜경호재나연유태");
            QString name = surnames.at(rng.bounded(int(surnames.size())));
            const int len = value.size() >= 3 ? 2 : 1;
            for (int i = 0; i < len; ++i)
                name += given.at(rng.bounded(int(given.size())));
            return name;
        }
        static const QStringList first = {QStringLiteral("Alex"), QStringLiteral("Jordan"), QStringLiteral("Taylor"),
                                          QStringLiteral("Morgan"), QStringLiteral("Casey"), QStringLiteral("Riley"),
                                          QStringLiteral("Jamie"), QStringLiteral("Avery")};
        static const QStringList last = {QStringLiteral("Smith"), QStringLiteral("Brown"), QStringLiteral("Lee"),
                                         QStringLiteral("Walker"), QStringLiteral("Hall"), QStringLiteral("Young"),
                                         QStringLiteral("King"), QStringLiteral("Wright")};
        const QString f = first.at(rng.bounded(int(first.size())));
        const QString l = last.at(rng.bounded(int(last.size())));
        return value.contains(QLatin1Char(' ')) ? f + QLatin1Char(' ') + l : l;
    }
    if (type == QLatin1String("EMAIL"))
        return QStringLiteral("user%1@example.com").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    if ((type == QLatin1String("RRN") || type == QLatin1String("ALIEN_REG")) && digits.size() == 13) {
        const QDate date = QDate(1950, 1, 1).addDays(rng.bounded(20000));
        const bool y2k = date.year() >= 2000;
        const int sex = int(rng.bounded(2));
        const int s = (type == QLatin1String("ALIEN_REG") ? 5 : 1) + (y2k ? 2 : 0) + sex;
        QString d = date.toString(QStringLiteral("yyMMdd")) + QString::number(s) + randomDigits(rng, 5);
        if (type == QLatin1String("RRN"))
            d += QString::number(Validators::rrnCheckDigit(d));
        else
            d += QString::number((13 - [&] {
                                     constexpr int w[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
                                     int sum = 0;
                                     for (int i = 0; i < 12; ++i)
                                         sum += (d.at(i).unicode() - u'0') * w[i];
                                     return sum % 11;
                                 }()) % 10);
        return withLayout(value, d);
    }
    if (type == QLatin1String("CARD") && digits.size() >= 13) {
        QString d = digits.left(1) + randomDigits(rng, int(digits.size()) - 2);
        d += QString::number(Validators::luhnCheckDigit(d));
        return withLayout(value, d);
    }
    if (type == QLatin1String("BRN") && digits.size() == 10) {
        QString d = randomDigits(rng, 9);
        d += QString::number(Validators::brnCheckDigit(d));
        return withLayout(value, d);
    }
    if (type == QLatin1String("PHONE") && digits.size() >= 8) {
        // Keep the prefix (010, 02, +82 10) so the number stays a number of the same kind.
        const qsizetype keep = value.startsWith(QLatin1Char('+')) ? 4 : (digits.startsWith(QLatin1String("02")) ? 2 : 3);
        return withLayout(value, digits.left(keep) + randomDigits(rng, int(digits.size() - keep)));
    }
    if (type == QLatin1String("IBAN")) {
        QString compact;
        for (QChar c : value)
            if (c.isLetterOrNumber())
                compact += c.toUpper();
        if (compact.size() >= 15) {
            QString bban;
            for (QChar c : compact.mid(4))
                bban += c.isDigit() ? QChar(u'0' + int(rng.bounded(10))) : QChar(u'A' + int(rng.bounded(26)));
            // Check digits: 98 - (BBAN + country + "00") mod 97.
            int rem = 0;
            for (QChar c : bban + compact.left(2) + QStringLiteral("00")) {
                if (c.isDigit())
                    rem = (rem * 10 + c.digitValue()) % 97;
                else
                    rem = (rem * 100 + (c.unicode() - u'A' + 10)) % 97;
            }
            const QString full = compact.left(2) + QStringLiteral("%1").arg(98 - rem, 2, 10, QLatin1Char('0')) + bban;
            QString out;
            qsizetype k = 0;
            for (QChar c : value)
                out += c.isLetterOrNumber() && k < full.size() ? full.at(k++) : c;
            return out;
        }
    }
    if (type == QLatin1String("IP")) {
        if (value.contains(QLatin1Char(':')))
            return QStringLiteral("2001:db8::%1").arg(rng.bounded(0xffff), 0, 16);
        return QStringLiteral("192.0.2.%1").arg(1 + rng.bounded(254));
    }
    if (type == QLatin1String("URL"))
        return QStringLiteral("https://example.com/redacted");
    if (type == QLatin1String("ADDRESS")) {
        bool hangul = false;
        for (QChar c : value)
            hangul = hangul || isHangul(c);
        return hangul ? QStringLiteral("서울특별시 중구 세종대로 %1").arg(1 + rng.bounded(200))
                      : QStringLiteral("%1 Main Street").arg(1 + rng.bounded(999));
    }
    // Anything else: the same shape with other characters.
    QString out;
    for (QChar c : value) {
        if (c.isDigit())
            out += QChar(u'0' + int(rng.bounded(10)));
        else if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            out += QChar(u'A' + int(rng.bounded(26)));
        else if (c.unicode() >= u'a' && c.unicode() <= u'z')
            out += QChar(u'a' + int(rng.bounded(26)));
        else if (isHangul(c))
            out += QChar(char16_t(0xAC00 + rng.bounded(11172)));
        else
            out += c;
    }
    if (type == QLatin1String("MAC") && out.size() >= 2)
        out.replace(0, 2, QStringLiteral("02"));
    return out;
}

QString Redactor::replacement(const QString& type, const QString& value, Operator op)
{
    switch (op) {
    case Operator::Placeholder:
        return QStringLiteral("[%1]").arg(type);
    case Operator::Pseudonym:
        return QStringLiteral("[%1_%2]").arg(type).arg(pseudonymNumber(type, value));
    case Operator::Mask:
        return mask(value);
    case Operator::Surrogate:
        return surrogate(type, value, QByteArray::fromHex(valueKey(type, value).toLatin1()));
    }
    return QStringLiteral("[%1]").arg(type);
}

QString Redactor::redactedPageText(qint64 pageId)
{
    Database& db = m_store.db();
    Statement pt = db.prepare(QStringLiteral("SELECT coalesce(corrected_text, text) FROM pages WHERE id = ?"));
    pt.bind(1, pageId);
    if (!pt.step())
        throw Error(QCoreApplication::translate("quarry::Redactor", "page %1 does not exist").arg(pageId),
                    Error::Kind::NotFound);
    const QString text = pt.text(0);
    const bool pending = redactPending();
    Statement st = db.prepare(QStringLiteral(
        "SELECT start, end, entity_type, value, coalesce(operator, '') FROM detections WHERE page_id = ? AND status IN "
        "('accepted', 'manual', 'pending') AND (status <> 'pending' OR ?) ORDER BY start, end DESC"));
    st.bindAll(pageId, qint64(pending ? 1 : 0));
    struct Span
    {
        int start, end;
        QString type, value, op;
    };
    QList<Span> spans;
    while (st.step())
        spans << Span{st.int32(0), st.int32(1), st.text(2), st.text(3), st.text(4)};
    QHash<QString, Operator> ops;
    QString out;
    out.reserve(text.size());
    int pos = 0;
    // A decision whose value moved (the page was corrected after the scan) still applies to its
    // value at the nearest place: a stale offset must not let the value through.
    for (Span& s : spans) {
        if (s.start >= 0 && s.end <= text.size() && QStringView(text).mid(s.start, s.end - s.start) == s.value)
            continue;
        const qsizetype best = DetectionStore::nearestOccurrence(text, s.value, s.start);
        s.end = best < 0 ? -1 : int(best + s.value.size());
        s.start = best < 0 ? -1 : int(best);
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (const Span& s : spans) {
        if (s.start < pos || s.end > text.size() || s.start < 0)
            continue; // gone, or overlaps a span already replaced (the longer one came first)
        Operator op;
        if (const auto o = operatorFromName(s.op)) {
            op = *o;
        } else {
            if (!ops.contains(s.type))
                ops.insert(s.type, operatorFor(s.type));
            op = ops.value(s.type);
        }
        out += QStringView(text).mid(pos, s.start - pos);
        out += replacement(s.type, s.value, op);
        pos = s.end;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace quarry
