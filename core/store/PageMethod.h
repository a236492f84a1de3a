#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace quarry {

// pages.method: how a page's text was obtained. The words are the ones the schema's CHECK constraint allows;
// these two functions are the only place they are spelled, so code compares enum values, never strings.
enum class PageMethod
{
    Text,
    Ocr,
    None,
};

QString toString(PageMethod value);
// nullopt for a word the schema does not allow.
std::optional<PageMethod> pageMethodFromString(QStringView text);

} // namespace quarry
