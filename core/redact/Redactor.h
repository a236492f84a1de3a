#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace quarry {

class ProjectStore;

// Derives redacted text from a page's original text and the decisions on its detections; the
// original is never overwritten. Which detections apply: accepted and manual ones, and pending ones
// too unless the project setting redact.redact_pending is false (recall first: an unreviewed
// finding is hidden until someone rejects it).
//
// Operators per entity type (project setting redact.operators, {"PHONE": "mask", …}):
//   placeholder  [PHONE]
//   pseudonym    [PERSON_3]: the same value gets the same number across the project; values are
//                keyed with HMAC-SHA256 under a per-project secret (never a plain hash), kept in
//                the pseudonyms table
//   mask         010-****-5678
//   surrogate    a fake, well-formed value of the same type (valid checksums, a Korean name for a
//                Korean name), the same fake for the same value
class Redactor
{
public:
    enum class Operator { Placeholder, Pseudonym, Mask, Surrogate };

    explicit Redactor(ProjectStore& store);

    static QString operatorName(Operator op);
    static std::optional<Operator> operatorFromName(const QString& name);

    Operator operatorFor(const QString& type);
    void setOperator(const QString& type, Operator op);
    bool redactPending();
    void setRedactPending(bool on);

    // The redacted effective text of a page.
    QString redactedPageText(qint64 pageId);
    // The replacement of one value.
    QString replacement(const QString& type, const QString& value, Operator op);

    int pseudonymNumber(const QString& type, const QString& value);
    // HMAC-SHA256 of type and normalised value under the project secret, hex.
    QString valueKey(const QString& type, const QString& value);

    // Operators that need no project.
    static QString mask(const QString& value);
    // A surrogate derived from `seed` (so that it is stable for a value).
    static QString surrogate(const QString& type, const QString& value, const QByteArray& seed);

private:
    QByteArray secret();

    ProjectStore& m_store;
    QByteArray m_secret;
    QHash<QString, int> m_transient; // pseudonyms handed out on a read-only project
};

} // namespace quarry
