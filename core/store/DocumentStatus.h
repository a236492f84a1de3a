#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace quarry {

// documents.status: what became of a document at ingest. The words are the ones the schema's CHECK constraint
// allows; these two functions are the only place they are spelled, so code compares enum values, never
// strings.
enum class DocumentStatus
{
    Pending,
    Ok,
    Ocr,
    Warnings,
    Failed,
    Unsupported,
};

QString toString(DocumentStatus value);
// nullopt for a word the schema does not allow.
std::optional<DocumentStatus> documentStatusFromString(QStringView text);

} // namespace quarry
