#include "store/DocumentKind.h"

#include <array>
#include <utility>

namespace quarry {

namespace {

constexpr std::array<std::pair<DocumentKind, const char*>, 9> kNames = {{
    {DocumentKind::Pdf, "pdf"},
    {DocumentKind::Image, "image"},
    {DocumentKind::Text, "text"},
    {DocumentKind::Markdown, "markdown"},
    {DocumentKind::Docx, "docx"},
    {DocumentKind::Html, "html"},
    {DocumentKind::Hwp, "hwp"},
    {DocumentKind::Hwpx, "hwpx"},
    {DocumentKind::Unknown, "unknown"},
}};

} // namespace

QString toString(DocumentKind value)
{
    for (const auto& [v, text] : kNames)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

std::optional<DocumentKind> documentKindFromString(QStringView text)
{
    for (const auto& [v, word] : kNames)
        if (text == QLatin1String(word))
            return v;
    return std::nullopt;
}

} // namespace quarry
