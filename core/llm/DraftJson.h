#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace quarry {

// The JSON object in a model's reply. Models wrap it in ```json fences, put a sentence before or
// after it, leave a reasoning block's closing tag in front, or end arrays with a trailing comma;
// what is taken is the first balanced {...} that parses, with trailing commas removed (the one
// repair that cannot change meaning). Anything else is no JSON: drafting asks once more.
class DraftJson
{
public:
    static std::optional<QJsonObject> extract(const QString& reply);
    // A list of strings under `key` (non-strings and blank entries dropped).
    static QStringList strings(const QJsonObject& object, const QString& key);
};

} // namespace quarry
