#include "curation/Pair.h"

namespace quarry {

QString toString(Pair::Status status)
{
    switch (status) {
    case Pair::Status::Draft:
        return QStringLiteral("draft");
    case Pair::Status::Review:
        return QStringLiteral("review");
    case Pair::Status::Approved:
        return QStringLiteral("approved");
    case Pair::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("draft");
}

QString toString(Pair::Origin origin)
{
    switch (origin) {
    case Pair::Origin::Manual:
        return QStringLiteral("manual");
    case Pair::Origin::Imported:
        return QStringLiteral("imported");
    case Pair::Origin::Llm:
        return QStringLiteral("llm");
    }
    return QStringLiteral("manual");
}

QString toString(Turn::Role role)
{
    return role == Turn::Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user");
}

std::optional<Pair::Status> pairStatusFromString(const QString& s)
{
    if (s == QLatin1String("draft"))
        return Pair::Status::Draft;
    if (s == QLatin1String("review"))
        return Pair::Status::Review;
    if (s == QLatin1String("approved"))
        return Pair::Status::Approved;
    if (s == QLatin1String("rejected"))
        return Pair::Status::Rejected;
    return std::nullopt;
}

std::optional<Pair::Origin> pairOriginFromString(const QString& s)
{
    if (s == QLatin1String("manual"))
        return Pair::Origin::Manual;
    if (s == QLatin1String("imported"))
        return Pair::Origin::Imported;
    // "model" was the spelling before schema 4; pair JSON written then may still carry it.
    if (s == QLatin1String("llm") || s == QLatin1String("model"))
        return Pair::Origin::Llm;
    return std::nullopt;
}

std::optional<Turn::Role> turnRoleFromString(const QString& s)
{
    if (s == QLatin1String("user"))
        return Turn::Role::User;
    if (s == QLatin1String("assistant"))
        return Turn::Role::Assistant;
    return std::nullopt;
}

} // namespace quarry
