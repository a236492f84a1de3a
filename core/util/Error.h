#pragma once

#include <QString>
#include <QStringView>
#include <stdexcept>

namespace quarry {

// The one exception type of the core library. Every message is meant for the user: it names the
// object concerned (file, rule, pair id) and the reason, in one line.
class Error : public std::runtime_error
{
public:
    enum class Kind
    {
        Generic,
        NotFound,      // a file, document or pair that does not exist
        BadInput,      // the input is unreadable, corrupt or of the wrong kind
        InUse,         // another process holds the project for writing
        ReadOnly,      // a write was attempted on a read-only project
        Cancelled,     // the user cancelled a long operation
        Storage,       // SQLite or the file system failed (disk full, I/O error)
        NeedsPassword, // an encrypted document given no password or a wrong one
    };

    // The kind's name where it crosses a process boundary (the worker protocol); a name this
    // version does not know reads as Generic.
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Generic:
            break;
        case Kind::NotFound:
            return QStringLiteral("not_found");
        case Kind::BadInput:
            return QStringLiteral("bad_input");
        case Kind::InUse:
            return QStringLiteral("in_use");
        case Kind::ReadOnly:
            return QStringLiteral("read_only");
        case Kind::Cancelled:
            return QStringLiteral("cancelled");
        case Kind::Storage:
            return QStringLiteral("storage");
        case Kind::NeedsPassword:
            return QStringLiteral("needs_password");
        }
        return QStringLiteral("generic");
    }
    static Kind kindFromName(QStringView name)
    {
        for (Kind k : {Kind::NotFound, Kind::BadInput, Kind::InUse, Kind::ReadOnly, Kind::Cancelled,
                       Kind::Storage, Kind::NeedsPassword})
            if (name == kindName(k))
                return k;
        return Kind::Generic;
    }

    explicit Error(const QString& message, Kind kind = Kind::Generic)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
    {}

    const QString& message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace quarry
