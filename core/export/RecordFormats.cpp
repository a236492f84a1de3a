#include "export/RecordFormats.h"

#include "export/AlpacaFormat.h"
#include "export/OpenAiFormat.h"
#include "export/ShareGptFormat.h"

namespace quarry {

QList<const RecordFormat*> RecordFormats::all()
{
    static const OpenAiFormat openAi;
    static const ShareGptFormat shareGpt;
    static const AlpacaFormat alpaca;
    return {&openAi, &shareGpt, &alpaca};
}

QStringList RecordFormats::names()
{
    QStringList n;
    for (const RecordFormat* f : all())
        n << f->name();
    return n;
}

const RecordFormat* RecordFormats::find(const QString& name)
{
    for (const RecordFormat* f : all())
        if (f->name() == name)
            return f;
    return nullptr;
}

const RecordFormat* RecordFormats::detect(const QJsonObject& record)
{
    for (const RecordFormat* f : all())
        if (f->matches(record))
            return f;
    return nullptr;
}

} // namespace quarry
