#include "StatisticsView.h"

#include "BarChartWidget.h"
#include "HistogramWidget.h"
#include "curation/Pair.h"
#include "curation/PairStatusText.h"
#include "store/DetectionStatus.h"
#include "store/DetectionStatusText.h"
#include "store/DocumentStatus.h"
#include "store/PageMethod.h"
#include "store/ProjectStore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace quarry::gui {

namespace {

// How many names a tag or document chart shows before it sums up the rest.
constexpr int kTopNames = 12;
// Below this width the sections stack in one column (the view usually lives in the side panel).
constexpr int kTwoColumnWidth = 760;

QGroupBox* section(const QString& title, QWidget* chart, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(chart);
    chart->setAccessibleName(title);
    return box;
}

BarChartWidget* barChart(QWidget* parent)
{
    auto* chart = new BarChartWidget(parent);
    chart->setEmptyText(StatisticsView::tr("None"));
    return chart;
}

QList<BarChartWidget::Bar> namedBars(const QList<NamedCount>& counts, QString (*name)(const QString&))
{
    QList<BarChartWidget::Bar> bars;
    for (const NamedCount& c : counts)
        bars.append({name ? name(c.key) : c.key, c.count, QString()});
    return bars;
}

// The first kTopNames entries, then one bar for the rest and one for the pairs that have none.
QList<BarChartWidget::Bar> topBars(const QList<NamedCount>& counts, qint64 none, const QString& noneLabel)
{
    QList<BarChartWidget::Bar> bars;
    qint64 rest = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (i < kTopNames)
            bars.append({counts[i].key, counts[i].count, counts[i].key});
        else
            rest += counts[i].count;
    }
    if (counts.size() > kTopNames) {
        const int more = int(counts.size() - kTopNames);
        // "N more" rather than a plural form: English has no numerus translation to supply one.
        bars.append({StatisticsView::tr("%1 more").arg(QLocale().toString(more)), rest, QString()});
    }
    if (none > 0)
        bars.append({noneLabel, none, QString()});
    return bars;
}

} // namespace

StatisticsView::StatisticsView(QWidget* parent)
    : QWidget(parent), m_runner(new TaskRunner(this)), m_debounce(new QTimer(this)),
      m_summary(new QLabel(this)), m_refreshButton(new QPushButton(tr("Refresh"), this)),
      m_status(barChart(this)), m_rating(barChart(this)), m_origin(barChart(this)), m_tags(barChart(this)),
      m_documents(barChart(this)), m_detectionTypes(barChart(this)), m_detectionStatus(barChart(this)),
      m_ingest(barChart(this)), m_pages(barChart(this)), m_lengths(new HistogramWidget(this)),
      m_lengthUnit(new QComboBox(this)), m_lengthNote(new QLabel(this))
{
    setObjectName(QStringLiteral("StatisticsView"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    connect(m_runner, &TaskRunner::failed, this, [this](const QString& message) { m_taskError = message; });
    connect(m_runner, &TaskRunner::finished, this, &StatisticsView::onFinished);
    connect(m_refreshButton, &QPushButton::clicked, this, &StatisticsView::refresh);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lengthUnit->addItem(tr("Characters"));
    m_lengthUnit->addItem(tr("Approximate tokens"));
    m_lengthUnit->setAccessibleName(tr("Length unit"));
    connect(m_lengthUnit, &QComboBox::currentIndexChanged, this, &StatisticsView::showLengths);
    m_lengthNote->setWordWrap(true);
    m_lengthNote->setForegroundRole(QPalette::PlaceholderText);
    m_lengths->setEmptyText(tr("No pairs"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refreshButton, 0, Qt::AlignTop);

    auto* content = new QWidget;
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);

    auto* lengths = new QGroupBox(tr("Length per pair"), content);
    auto* unitRow = new QHBoxLayout;
    auto* unitLabel = new QLabel(tr("&Unit:"), lengths);
    unitLabel->setBuddy(m_lengthUnit);
    unitRow->addWidget(unitLabel);
    unitRow->addWidget(m_lengthUnit);
    unitRow->addStretch(1);
    auto* lengthLayout = new QVBoxLayout(lengths);
    lengthLayout->setContentsMargins(8, 6, 8, 8);
    lengthLayout->addLayout(unitRow);
    lengthLayout->addWidget(m_lengths);
    lengthLayout->addWidget(m_lengthNote);
    m_lengths->setAccessibleName(tr("Length per pair"));

    m_sections = {section(tr("Pairs by status"), m_status, content),
                  section(tr("Pairs by rating"), m_rating, content),
                  section(tr("Pairs by tag"), m_tags, content),
                  section(tr("Pairs by source document"), m_documents, content),
                  lengths,
                  section(tr("Detections by type"), m_detectionTypes, content),
                  section(tr("Detections by status"), m_detectionStatus, content),
                  section(tr("Documents by status"), m_ingest, content),
                  section(tr("Pages by method"), m_pages, content),
                  section(tr("Pairs by origin"), m_origin, content)};
    arrangeSections(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    clearCharts();
    updateSummary();
}

StatisticsView::~StatisticsView()
{
    cancelRunning();
}

void StatisticsView::arrangeSections(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget* w : m_sections)
        m_grid->removeWidget(w);
    int row = 0, column = 0;
    for (QWidget* w : m_sections) {
        const bool wide = w == m_lengths->parentWidget();
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        m_grid->addWidget(w, row, column, 1, wide ? columns : 1, Qt::AlignTop);
        column += wide ? columns : 1;
        if (column >= columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_grid->setRowStretch(row + 1, 1);
}

void StatisticsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeSections(event->size().width() >= kTwoColumnWidth ? 2 : 1);
}

void StatisticsView::setProject(ProjectStore* store)
{
    cancelRunning();
    m_debounce->stop();
    m_store = store;
    m_haveFigures = false;
    m_pending = false;
    m_error.clear();
    m_figures = ProjectFigures();
    m_dirty = true;
    clearCharts();
    updateSummary();
    setEnabled(store != nullptr);
    if (m_store && isVisible())
        refresh();
}

void StatisticsView::setRefreshDelay(int ms)
{
    m_debounce->setInterval(ms);
}

void StatisticsView::scheduleRefresh()
{
    if (!m_store)
        return;
    m_dirty = true;
    m_debounce->start();
}

void StatisticsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_store && m_dirty && !m_debounce->isActive())
        refresh();
}

void StatisticsView::refresh()
{
    if (!m_store)
        return;
    if (isComputing()) {
        m_pending = true;
        return;
    }
    m_dirty = false;
    m_wanted = true;
    m_taskError.clear();
    TaskRunner::Texts texts;
    texts.title = tr("Counting…");
    m_runner->start(
        texts, m_store,
        [](ProjectStore* project, const TaskContext& task) {
            return ProjectStatistics(project->db()).compute(task);
        },
        [this](const ProjectFigures& figures) {
            if (m_wanted) {
                m_error.clear();
                m_figures = figures;
                m_countedAt = QTime::currentTime();
                m_haveFigures = true;
                showFigures();
            }
            return QString();
        });
    updateSummary();
}

void StatisticsView::cancelRunning()
{
    // Whatever a computation found, finished or not, is not wanted any more (its outcome may still
    // be on its way).
    m_wanted = false;
    m_runner->cancel();
    m_runner->waitForFinished();
}

void StatisticsView::onFinished(TaskRunner::Outcome outcome)
{
    if (!m_wanted)
        return;
    m_wanted = false;
    if (outcome == TaskRunner::Outcome::Cancelled) {
        m_dirty = true;
    } else if (outcome == TaskRunner::Outcome::Failed) {
        m_error = m_taskError;
        emit refreshFailed(m_error);
    }
    updateSummary();
    if (m_pending) {
        m_pending = false;
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    }
    if (outcome == TaskRunner::Outcome::Succeeded)
        emit refreshed();
}

void StatisticsView::updateSummary()
{
    const QLocale locale;
    QString text;
    if (!m_store) {
        text = tr("No project is open.");
    } else if (!m_haveFigures) {
        text = isComputing() ? tr("Counting…") : tr("Statistics appear when this tab is shown.");
    } else {
        const ProjectFigures& f = m_figures;
        // "Name: count" needs no plural forms (English has no numerus translation to supply them).
        text = tr("Pairs: %1 · Documents: %2 · Pages: %3 · Detections: %4")
                   .arg(locale.toString(f.pairs), locale.toString(f.documents), locale.toString(f.pages),
                        locale.toString(f.detections));
        text += QLatin1Char('\n');
        text += isComputing() ? tr("Updating…")
                              : tr("Counted at %1 in %2 ms")
                                    .arg(locale.toString(m_countedAt, QLocale::ShortFormat))
                                    .arg(locale.toString(f.elapsedMs));
    }
    if (!m_error.isEmpty())
        text += QLatin1Char('\n') + tr("Could not count: %1").arg(m_error);
    m_summary->setText(text);
    m_refreshButton->setEnabled(m_store != nullptr);
}

void StatisticsView::clearCharts()
{
    for (BarChartWidget* chart : {m_status, m_rating, m_origin, m_tags, m_documents, m_detectionTypes,
                                  m_detectionStatus, m_ingest, m_pages})
        chart->setBars({});
    m_lengths->setData({}, {});
    m_lengthNote->clear();
}

void StatisticsView::showFigures()
{
    const ProjectFigures& f = m_figures;
    m_status->setBars(namedBars(f.pairsByStatus, &pairStatusName), f.pairs);
    QList<BarChartWidget::Bar> ratings;
    for (int r = 5; r >= 1; --r)
        ratings.append({QString(r, QChar(0x2605)), f.ratings.value(r), tr("Rating %1").arg(r)});
    ratings.append({tr("Unrated"), f.ratings.value(0), QString()});
    m_rating->setBars(ratings, f.pairs);
    m_origin->setBars(namedBars(f.pairsByOrigin, &originName), f.pairs);
    m_tags->setBars(topBars(f.pairsByTag, f.untaggedPairs, tr("No tag")), f.pairs);
    m_documents->setBars(topBars(f.pairsByDocument, f.pairsWithoutSource, tr("No source")), f.pairs);
    m_detectionTypes->setBars(namedBars(f.detectionsByType, nullptr), f.detections);
    m_detectionStatus->setBars(namedBars(f.detectionsByStatus, &detectionStatusName), f.detections);
    m_ingest->setBars(namedBars(f.documentsByStatus, &documentStatusName), f.documents);
    m_pages->setBars(namedBars(f.pagesByMethod, &pageMethodName), f.pages);
    showLengths();
}

void StatisticsView::showLengths()
{
    if (!m_haveFigures)
        return;
    const ProjectFigures& f = m_figures;
    const bool tokens = m_lengthUnit->currentIndex() == 1;
    const LengthHistogram& user = tokens ? f.userTokens : f.userChars;
    const LengthHistogram& assistant = tokens ? f.assistantTokens : f.assistantChars;
    m_lengths->setData(user.lower,
                       {{tr("User side"), user.counts}, {tr("Assistant side"), assistant.counts}});
    const QLocale locale;
    QString note = tr("Mean %1 (user) and %2 (assistant); longest %3 and %4.")
                       .arg(locale.toString(user.mean(), 'f', 0), locale.toString(assistant.mean(), 'f', 0),
                            locale.toString(user.max), locale.toString(assistant.max));
    note += QLatin1Char(' ');
    note += tr("User side: the context and the user turns; assistant side: the answers.");
    if (tokens)
        note += QLatin1Char(' ') +
                tr("Tokens are estimated: about 4 ASCII characters or 1 other character each.");
    m_lengthNote->setText(note);
}

QString StatisticsView::pairStatusName(const QString& key)
{
    return PairStatusText::name(key);
}

QString StatisticsView::originName(const QString& key)
{
    const auto known = pairOriginFromString(key);
    if (!known)
        return key;
    switch (*known) {
    case Pair::Origin::Manual:
        return tr("Written here");
    case Pair::Origin::Imported:
        return tr("Imported");
    case Pair::Origin::Llm:
        return tr("Drafted by a model");
    }
    return key;
}

QString StatisticsView::detectionStatusName(const QString& key)
{
    return DetectionStatusText::name(key);
}

QString StatisticsView::documentStatusName(const QString& key)
{
    const auto known = documentStatusFromString(key);
    if (!known)
        return key;
    switch (*known) {
    case DocumentStatus::Pending:
        return tr("Waiting");
    case DocumentStatus::Ok:
        return tr("Read");
    case DocumentStatus::Ocr:
        return tr("Read with OCR");
    case DocumentStatus::Warnings:
        return tr("Read with warnings");
    case DocumentStatus::Failed:
        return tr("Failed");
    case DocumentStatus::Unsupported:
        return tr("Unsupported");
    }
    return key;
}

QString StatisticsView::pageMethodName(const QString& key)
{
    const auto known = pageMethodFromString(key);
    if (!known)
        return key;
    switch (*known) {
    case PageMethod::Text:
        return tr("Text layer");
    case PageMethod::Ocr:
        return tr("OCR");
    case PageMethod::None:
        return tr("No text");
    }
    return key;
}

} // namespace quarry::gui
