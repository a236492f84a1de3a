#include "redact/recognizers/UrlRecognizer.h"

#include "redact/ScanJob.h"
#include "redact/ScanTables.h"

#include <QStringList>

namespace quarry {

using namespace scan;

void UrlRecognizer::attach(ScanTables& tables) const
{
    if (!tables.on[RUrl])
        return;
    tables.onCharacter({u':'}, this);
    tables.onRole(Role::Path, this);
}

bool UrlRecognizer::character(ScanJob& job, int colon, int*) const
{
    // colon is the ':' of "://"; a ':' that is not is left to the others (MAC, IPv6).
    if (job.at(colon + 1) != u'/' || job.at(colon + 2) != u'/')
        return false;
    const char16_t* s = job.text();
    const int n = job.size();
    int b = colon;
    while (b > 0 && (isAsciiLetter(s[b - 1]) || s[b - 1] == u'+' || s[b - 1] == u'.' || s[b - 1] == u'-'))
        --b;
    if (b == colon)
        return true;
    int e = colon + 3;
    while (e < n && s[e] > u' ' && s[e] < 0x80 && s[e] != u'"' && s[e] != u'\'' && s[e] != u'<' &&
           s[e] != u'>')
        ++e;
    while (e > colon + 3 && (s[e - 1] == u'.' || s[e - 1] == u',' || s[e - 1] == u')' || s[e - 1] == u';'))
        --e;
    const QStringView u(s + b, e - b);
    const int authStart = colon + 3 - b;
    qsizetype authEnd = u.indexOf(u'/', authStart);
    if (authEnd < 0)
        authEnd = u.size();
    const QStringView authority = u.mid(authStart, authEnd - authStart);
    const qsizetype atSign = authority.lastIndexOf(u'@');
    if (atSign > 0 && authority.left(atSign).contains(u':')) {
        job.report(RUrl, b, e, 0.95); // user:password@host
        return true;
    }
    const QStringView rest = u.mid(authEnd);
    static const QStringList secrets = {
        QStringLiteral("token="),  QStringLiteral("password="),     QStringLiteral("passwd="),
        QStringLiteral("pwd="),    QStringLiteral("apikey="),       QStringLiteral("api_key="),
        QStringLiteral("secret="), QStringLiteral("access_token="), QStringLiteral("sig=")};
    for (const QString& k : secrets)
        if (rest.contains(k, Qt::CaseInsensitive)) {
            job.report(RUrl, b, e, 0.85);
            return true;
        }
    if (atSign > 0 || rest.contains(QLatin1String("/~")) || rest.startsWith(QLatin1String("/home/")) ||
        rest.startsWith(QLatin1String("/Users/")) || rest.startsWith(QLatin1String("/users/")))
        job.report(RUrl, b, e, 0.8);
    return true;
}

void UrlRecognizer::keyword(ScanJob& job, int ks, int ke, const Keyword&) const
{
    // ks..ke is "/home/" or "\users\": the user name follows.
    const char16_t* s = job.text();
    const int n = job.size();
    int e = ke;
    while (e < n && !isSpaceChar(s[e]) && s[e] != u'"' && s[e] != u'\'' && s[e] != u')' && s[e] != u'<' &&
           s[e] != u'>' && s[e] < 0x80)
        ++e;
    if (e == ke || !isAlnum(s[ke]))
        return;
    int b = ks;
    while (b > 0 && !isSpaceChar(s[b - 1]) && s[b - 1] != u'"' && s[b - 1] != u'\'' && s[b - 1] != u'(' &&
           s[b - 1] < 0x80)
        --b;
    while (e > ke && (s[e - 1] == u'.' || s[e - 1] == u','))
        --e;
    job.report(RUrl, b, e, 0.8);
}

} // namespace quarry
