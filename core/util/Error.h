#pragma once

#include <QString>
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
        NotFound,  // a file, document or pair that does not exist
        BadInput,  // the input is unreadable, corrupt or of the wrong kind
        InUse,     // another process holds the project for writing
        ReadOnly,  // a write was attempted on a read-only project
        Cancelled, // the user cancelled a long operation
        Storage,   // SQLite or the file system failed (disk full, I/O error)
    };

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
