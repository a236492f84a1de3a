// Text clean-up on arbitrary pages ('\f' separates pages in the input): the offset map must stay
// inside the raw page, be monotonic, and survive serialization; the map decoder must reject junk
// without crashing.
#include "FuzzTargets.h"
#include "text/TextCleaner.h"
#include "util/Error.h"

#include <cstdint>
#include <cstdlib>

int quarry::fuzz::textCleaner(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList pages = QString::fromUtf8(bytes).split(QLatin1Char('\f'));
    const QList<quarry::CleanPage> clean = quarry::TextCleaner().clean(pages);
    if (clean.size() != pages.size())
        abort();
    for (qsizetype p = 0; p < clean.size(); ++p) {
        const quarry::CleanPage& page = clean[p];
        const QString& raw = pages[p];
        int previous = -1;
        for (int i = 0; i < page.text.size(); ++i) {
            if (!page.map.contains(i)) {
                if (!page.text[i].isSpace())
                    abort(); // only whitespace may be synthesized
                continue;
            }
            const int src = page.map.toSource(i);
            if (src < 0 || src >= raw.size() || src < previous)
                abort();
            previous = src;
            if (page.map.toDerived(src) > i)
                abort();
        }
        if (!(quarry::OffsetMap::deserialize(page.map.serialize()) == page.map))
            abort();
    }
    try {
        const quarry::OffsetMap map = quarry::OffsetMap::deserialize(bytes);
        map.toSource(int(size));
        map.toDerived(int(size));
        map.compose(map);
    } catch (const quarry::Error&) {
    }
    return 0;
}
