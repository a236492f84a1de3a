#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace quarry {

// The JSON in a model's reply. Models wrap it in ```json fences, put a sentence before or after
// it, leave a trailing comma, or are cut before the last bracket. What is safe to mend is mended
// and said so; anything else fails with a reason, and the caller asks again once.
class ReplyJson
{
    Q_DECLARE_TR_FUNCTIONS(quarry::ReplyJson)
public:
    struct Result
    {
        bool ok = false;
        QJsonValue value; // an object or an array
        bool repaired = false;
        QString repairs; // what was mended ("trailing comma removed", ...), for the record
        QString error;   // why nothing could be read
    };

    // `text` is the reply's answer (reasoning already removed).
    static Result parse(const QString& text);
};

} // namespace quarry
