#pragma once

#include "util/Error.h"

namespace quarry {

// A failure of the model server or of the way to it. Drafting records the message and decides on
// the reason (a context overflow asks for a shorter passage, a refused egress for a setting, ...)
// without parsing text.
class LlmError : public Error
{
public:
    enum class Reason
    {
        Refused,         // connection refused: no server on that address and port
        ConnectTimeout,  // no connection within the connect timeout
        Inactivity,      // the server fell silent longer than the inactivity timeout
        Network,         // another transport failure (reset, DNS, TLS)
        EgressRefused,   // the endpoint's address is not allowed by the egress policy
        Unauthorized,    // 401/403: API key missing or wrong
        NotFound,        // 404: wrong path (often a missing /v1) or unknown model
        Unavailable,     // 503: model loading or queue full
        RateLimited,     // 429
        ContextOverflow, // the prompt does not fit the server's context
        BadRequest,      // another 4xx (a rejected parameter such as response_format)
        ServerError,     // 5xx, an in-band error in the stream
        BadReply,        // a reply that is not the protocol (not JSON, no choices)
    };

    LlmError(const QString& message, Reason reason, int httpStatus = 0)
        : Error(message, reason == Reason::EgressRefused ? Kind::BadInput : Kind::Generic), m_reason(reason),
          m_httpStatus(httpStatus)
    {}

    Reason reason() const { return m_reason; }
    int httpStatus() const { return m_httpStatus; } // 0: none came
    // What the server sent with the error (an error body, a stream cut by an in-band error), for
    // the record.
    const QByteArray& responseBody() const { return m_body; }
    void setResponseBody(const QByteArray& body) { m_body = body; }
    // Only these are worth trying again after a pause: the server may come up or drain its queue.
    bool isRetryable() const
    {
        return m_reason == Reason::Refused || m_reason == Reason::Unavailable ||
               m_reason == Reason::RateLimited;
    }

private:
    Reason m_reason;
    int m_httpStatus;
    QByteArray m_body;
};

} // namespace quarry
