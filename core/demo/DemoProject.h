#pragma once

#include "util/TaskContext.h"

#include <QString>

namespace quarry {

class ProjectStore;

// Builds the demo project from the sample documents shipped in resources/samples: the documents
// are ingested for real (text layer, OCR, CP949, DOCX), scanned for personal data with part of
// the detections already decided, cut into passages, and given pairs in every status, each linked
// to the passage it was written from. Used by `quarry --demo` and `quarry-cli demo`.
class DemoProject
{
public:
    // Creates the project at `path` (which must not exist). Throws quarry::Error; a failed or
    // cancelled build leaves no file behind. Progress counts the steps (kSteps), the detail names
    // the step; a cancel is honoured between steps.
    static void build(const QString& path, const QString& samplesDir,
                      const TaskContext& task = TaskContext::none());
    static constexpr int kSteps = 5;
    // Where the sample documents are: $QUARRY_SAMPLES_DIR, the installed share/quarry/samples next
    // to the running binary, or the source tree this build came from.
    static QString findSamples();
    // The demo project's usual place in the user's data folder.
    static QString defaultPath();

private:
    static void fill(ProjectStore& store, const QString& samplesDir, const TaskContext& task);
};

} // namespace quarry
