#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace quarry {

// documents.kind: the format a document was read as. The words are the ones the schema's CHECK constraint
// allows; these two functions are the only place they are spelled, so code compares enum values, never
// strings.
enum class DocumentKind
{
    Pdf,
    Image,
    Text,
    Markdown,
    Docx,
    Html,
    Hwp,
    Hwpx,
    Unknown,
};

QString toString(DocumentKind value);
// nullopt for a word the schema does not allow.
std::optional<DocumentKind> documentKindFromString(QStringView text);

} // namespace quarry
