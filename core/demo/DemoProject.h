#pragma once

#include <QString>
#include <functional>

namespace quarry {

// Builds the demo project from the sample documents shipped in resources/samples: the documents
// are ingested for real (text layer, OCR, CP949, DOCX), scanned for personal data with part of
// the detections already decided, cut into passages, and given pairs in every status, each linked
// to the passage it was written from. Used by `quarry --demo` and `quarry-cli demo`.
class DemoProject
{
public:
    using Progress = std::function<void(const QString& step)>;

    // Creates the project at `path` (which must not exist). Throws quarry::Error.
    static void build(const QString& path, const QString& samplesDir, const Progress& progress = {});
    // Where the sample documents are: $QUARRY_SAMPLES_DIR, the installed share/quarry/samples next
    // to the running binary, or the source tree this build came from.
    static QString findSamples();
    // The demo project's usual place in the user's data folder.
    static QString defaultPath();
};

} // namespace quarry
