#pragma once

#include "redact/Detection.h"
#include "redact/RuleSet.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <functional>
#include <memory>

class QIODevice;

namespace quarry {

class ScanTables;

// Finds personal data in text with the rules of a RuleSet. Built once (keyword automata, compiled
// patterns), then scan() may be called from many threads at once: it only reads the Scanner.
//
// One pass over a normalised copy of the text (full-width digits and letters, dash variants and
// ideographic spaces folded to ASCII; every folding maps one UTF-16 unit to one, so offsets in the
// copy are offsets in the original) finds candidate digit runs once and classifies them by their
// shape, validation and context; a keyword automaton finds context words, honorifics and roster
// terms in the same text; each kind of personal data is a recognizer (core/redact/recognizers,
// listed in RecognizerRegistry) called from there. Boundaries are "not a digit" rather than \b, so numbers
// glued to Hangul (…1234567이야) are found.
class Scanner
{
public:
    explicit Scanner(const RuleSet& rules);
    ~Scanner();
    Scanner(const Scanner&) = delete;
    Scanner& operator=(const Scanner&) = delete;

    QList<Detection> scan(const QString& text) const;
    // The same for UTF-8 text given as pieces, scanned as if concatenated (offsets are UTF-16
    // units of the decoded text, as scan() gives them). `buffer` receives the decoded text; one
    // kept across calls saves an allocation per call.
    QList<Detection> scanUtf8(const QByteArrayView* pieces, qsizetype count, QString& buffer) const;

    // Detections below this score are not reported.
    static constexpr double ReportThreshold = 0.5;

    // A detection of scanStream(): no strings of its own (a stream may hold millions of them), views
    // valid only during the call of the sink that receives it.
    struct StreamHit
    {
        QStringView text; // the original text of the span
        QStringView rule; // name of the rule that found it
        QStringView type; // entity type
        double score = 0.0;
        qint64 start = 0; // UTF-16 offsets from the start of the stream
        qint64 end = 0;
        qint64 cpStart = 0; // Unicode code point offsets from the start of the stream
        qint64 cpEnd = 0;
    };
    // Scans UTF-8 text from `in` in windows of about `windowChars` UTF-16 units with an overlap, so
    // that memory stays bounded whatever the input size. Hits arrive in order of their start.
    // Returns false if the input is not valid UTF-8 (the valid part is scanned). With threads > 1,
    // up to that many windows are scanned at once (the hits are the same, in the same order).
    // The default window keeps the text and the scan's working memory in the cache (the 1,152
    // units of overlap and context scanned twice per window are 0.4%); with 4M-unit windows the
    // scan of OCR text, which copies the window to read look-alike letters as digits, ran 1.4x
    // slower (bench_redact).
    static constexpr qint64 DefaultWindow = 1 << 18;
    bool scanStream(QIODevice& in, const std::function<void(const StreamHit&)>& sink,
                    qint64 windowChars = DefaultWindow, int threads = 1) const;

    // A word of an OCR page (table ocr_words): where it landed in the page text and how sure
    // Tesseract was of it (0-100).
    struct OcrWord
    {
        int start = 0;
        int end = 0;
        double confidence = 100.0;
    };
    // Below this confidence a word counts as uncertain (the document view underlines the same words).
    static constexpr double LowOcrConfidence = 60.0;
    // What OCR may have misread beyond recognition: uncertain words that hold a digit and follow a
    // context word within the context window ("계좌 1l0-2B4-S6789O"), reported with the type the
    // context word names, and uncertain words holding '@' (a garbled e-mail address) as EMAIL.
    // Words that `found` (the scan of the same text) already overlaps are left out. Rule
    // ocr_uncertain, score 0.55: for review, never accepted by the default threshold.
    QList<Detection> uncertainOcrWords(const QString& text, const QList<OcrWord>& words,
                                       const QList<Detection>& found) const;

    // For tests: with false, scan() and scanStream() take their straightforward paths (the keyword
    // automaton stepped on every character, context words looked up afresh before each candidate,
    // overlaps resolved over all candidates at once, QStringDecoder for UTF-8), which the fast
    // paths must agree with. Call before scanning, not while other threads scan.
    void setFastPaths(bool on);

    // The normalised copy the scanner matches on (same length as `text`).
    static QString normalized(const QString& text);

private:
    struct Buffers;

    // scan() for text whose folding characters are known: with mayFold false, none folds.
    QList<Detection> scanText(const QString& text, bool mayFold) const;
    // The work of scanText() up to the detections: the candidates that win, in `buf`, in order of
    // their start. Every buffer in `buf` keeps its memory for the next call.
    void resolve(const QString& text, bool mayFold, Buffers& buf) const;
    const QString& ruleName(int rule) const;

    std::unique_ptr<ScanTables> d; // the compiled rules and recognizers
};

} // namespace quarry
