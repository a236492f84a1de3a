#pragma once

#include <QString>

namespace quarry {

// Reasoning models put their thinking into the content: "<think>...</think>answer", sometimes
// without the opening tag ("...</think>answer"), and a reply cut while thinking has no closing tag.
// What becomes a draft must be the answer only.
class ThinkSplitter
{
public:
    struct Parts
    {
        QString answer;
        QString reasoning;
    };
    static Parts split(const QString& content);

    // Streaming: feed() returns the part of the content that is certainly answer so far (a tag
    // split across deltas is held back until it is whole). Text before a closing tag whose
    // opening tag never came cannot be known for reasoning until the tag arrives: it is passed on,
    // and split() of the whole content is what the reply keeps.
    QString feed(const QString& delta);

private:
    QString m_pending;
    bool m_inThink = false;
};

} // namespace quarry
