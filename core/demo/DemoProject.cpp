#include "demo/DemoProject.h"

#include "curation/Chunker.h"
#include "curation/PairRepository.h"
#include "ingest/IngestPipeline.h"
#include "redact/DetectionStore.h"
#include "redact/RuleSet.h"
#include "redact/Scanner.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace quarry {

namespace {

struct DemoPair
{
    const char* document; // file name the pair was written from
    const char* anchor;   // text inside the source passage
    Pair::Status status;
    const char* system;
    QList<const char*> turns; // user, assistant, user, assistant, ...
    QStringList tags;
    std::optional<int> rating;
    const char* notes;
};

QList<DemoPair> demoPairs()
{
    using S = Pair::Status;
    return {
        {"press-maintenance-manual.pdf",
         "180 and 210",
         S::Approved,
         "",
         {"What pressure range must the B-line press hydraulics be in before starting?",
          "Between 180 and 210 bar. If the pressure is outside that range, stop the press at once and report "
          "to "
          "the shift leader."},
         {QStringLiteral("hydraulics"), QStringLiteral("safety"), QStringLiteral("en")},
         5,
         ""},
        {"press-notice-ko.cp949.txt",
         "180~210",
         S::Approved,
         "",
         {"프레스를 가동하기 전에 무엇을 확인해야 하나요?",
          "유압이 180~210 bar 범위에 있는지 반드시 확인해야 합니다. 범위를 벗어나면 즉시 가동을 멈추고 교대 "
          "반장에게 "
          "보고합니다."},
         {QStringLiteral("hydraulics"), QStringLiteral("safety"), QStringLiteral("ko")},
         5,
         ""},
        {"press-maintenance-manual.pdf",
         "ISO VG 68",
         S::Review,
         "",
         {"How often are the press guide rails lubricated, and with which oil?",
          "Every Monday, with ISO VG 68 oil. Write the oil lot number in the equipment history card."},
         {QStringLiteral("lubrication"), QStringLiteral("en")},
         4,
         ""},
        {"press-maintenance-manual.pdf",
         "2,000",
         S::Review,
         "",
         {"유압유는 언제 교체하나요?", "2,000시간마다 교체합니다. 교체 전에 탱크 온도가 40℃ 이하인지 "
                                       "확인하고, 교체 후에는 공기 빼기를 세 번 "
                                       "반복한 뒤 누유가 없는지 확인하고 시운전합니다."},
         {QStringLiteral("hydraulics"), QStringLiteral("ko")},
         std::nullopt,
         ""},
        {"lockout-procedure.docx",
         "Purpose",
         S::Draft,
         "",
         {"What is lockout/tagout for?",
          "It keeps maintenance staff safe while they work on the hydraulic presses, by making sure a "
          "machine "
          "cannot start or move during the work.",
          "Who does it apply to?", "Every employee and contractor in the press shop."},
         {QStringLiteral("lockout"), QStringLiteral("safety"), QStringLiteral("en")},
         std::nullopt,
         ""},
        {"lockout-procedure.docx",
         "잔압",
         S::Draft,
         "당신은 한빛정밀 프레스 공장의 안전 절차 도우미입니다.",
         {"잠금 장치를 단 다음에는 무엇을 하나요?",
          "잔압을 빼고 압력이 0 bar인지 확인한 다음, 시동 버튼을 눌러 설비가 기동되지 않는지 확인합니다."},
         {QStringLiteral("lockout"), QStringLiteral("ko")},
         4,
         ""},
        {"press-maintenance-manual.pdf",
         "shift leader",
         S::Rejected,
         "",
         {"Who is the shift leader for the B-line press?", "Mr. James Carter, phone +1 415-555-0142."},
         {QStringLiteral("en")},
         1,
         "Rejected: the answer repeats personal data instead of a role."},
        {"press-notice-ko-scan.jpg",
         "",
         S::Draft,
         "",
         {"점검 결과는 어디에 기록하나요?",
          "설비 이력 카드에 기록합니다. 작업자의 주민등록번호는 기록하지 않습니다."},
         {QStringLiteral("ko")},
         std::nullopt,
         ""},
    };
}

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

QString DemoProject::findSamples()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("QUARRY_SAMPLES_DIR");
    if (!env.isEmpty())
        candidates << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << QDir(appDir).filePath(QStringLiteral("../share/quarry/samples"));
    candidates << QStringLiteral(QUARRY_SOURCE_SAMPLES_DIR);
    for (const QString& dir : candidates)
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("press-maintenance-manual.pdf"))))
            return QDir(dir).canonicalPath();
    throw Error(QCoreApplication::translate("quarry::DemoProject",
                                            "the demo's sample documents were not found (looked in %1)")
                    .arg(candidates.join(QStringLiteral(", "))),
                Error::Kind::NotFound);
}

QString DemoProject::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("quarry/demo/quarry-demo.quarry"));
}

void DemoProject::build(const QString& path, const QString& samplesDir, const TaskContext& task)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = ProjectStore::create(path);
    try {
        fill(*store, samplesDir, task);
    } catch (...) {
        // Half a demo would be opened as the demo next time: the file goes.
        store.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        throw;
    }
}

void DemoProject::fill(ProjectStore& project, const QString& samplesDir, const TaskContext& task)
{
    ProjectStore* store = &project;
    int step = 0;
    auto report = [&](const QString& text) {
        task.throwIfCancelled(
            QCoreApplication::translate("quarry::DemoProject", "building the demo project was cancelled"));
        task.progress(step++, kSteps, text);
    };
    store->setActor(QStringLiteral("demo"));
    store->setSetting(QStringLiteral("ocr.languages"), QStringLiteral("kor+eng"));
    store->setSetting(
        QStringLiteral("project.name"),
        QCoreApplication::translate("quarry::DemoProject", "Hanbit Precision press shop (demo)"));

    report(QCoreApplication::translate("quarry::DemoProject",
                                       "Reading the sample documents (text layer, OCR, CP949, DOCX)…"));
    QStringList files;
    for (const QFileInfo& fi : QDir(samplesDir).entryInfoList(QDir::Files, QDir::Name))
        if (fi.suffix() != QLatin1String("md"))
            files << fi.absoluteFilePath();
    IngestPipeline pipeline(*store);
    // Not given `task`: its progress would replace the step shown; a cancel waits for the samples.
    const IngestSummary ingest = pipeline.run(files);
    if (ingest.failed > 0)
        throw Error(QCoreApplication::translate("quarry::DemoProject",
                                                "%1 of the demo's sample documents could not be read")
                        .arg(ingest.failed));

    report(QCoreApplication::translate("quarry::DemoProject", "Looking for personal data…"));
    DetectionStore detections(*store);
    // Confident detections are decided already; the rest are left for the user to review.
    detections.setAutoAcceptThreshold(0.9);
    const Scanner scanner(RuleSet::loadProject(store->db()));
    detections.scanProject(scanner);

    report(QCoreApplication::translate("quarry::DemoProject", "Cutting the documents into passages…"));
    Chunker().chunkAll(store->db(), store->actor());

    report(QCoreApplication::translate("quarry::DemoProject", "Adding example pairs…"));
    QHash<QString, qint64> documentIds;
    {
        Statement st = store->db().prepare(QStringLiteral("SELECT id, name FROM documents"));
        while (st.step())
            documentIds.insert(st.text(1), st.int64(0));
    }
    PairRepository pairs(*store);
    Transaction tx(store->db());
    for (const DemoPair& d : demoPairs()) {
        Pair pair;
        pair.status = d.status;
        pair.systemPrompt = str(d.system);
        for (int i = 0; i < d.turns.size(); ++i)
            pair.turns.append(
                {i % 2 == 0 ? Turn::Role::User : Turn::Role::Assistant, str(d.turns.at(i)), std::nullopt});
        pair.tags = d.tags;
        pair.rating = d.rating;
        pair.notes = str(d.notes);
        pair.author = QStringLiteral("demo");
        pair.reviewer = d.status == Pair::Status::Approved || d.status == Pair::Status::Rejected
                            ? QStringLiteral("demo")
                            : QString();
        const qint64 documentId = documentIds.value(str(d.document));
        if (documentId) {
            const QString anchor = str(d.anchor);
            const QList<Passage> passages = Chunker::passages(store->db(), documentId);
            for (const Passage& p : passages) {
                const qsizetype at = anchor.isEmpty() ? 0 : p.text.indexOf(anchor);
                if (at < 0)
                    continue;
                PairSource source;
                source.passageId = p.id;
                source.documentId = documentId;
                source.pageNo = p.pageFirst;
                source.quote = p.text;
                pair.sources.append(source);
                break;
            }
        }
        pairs.add(pair);
    }
    tx.commit();
    report(QCoreApplication::translate("quarry::DemoProject", "The demo project is ready."));
    task.progress(kSteps, kSteps);
}

} // namespace quarry
