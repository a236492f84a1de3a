#include "AppSettings.h"

#include "ingest/OcrLanguages.h"
#include "redact/DetectionStore.h"
#include "redact/RuleSet.h"
#include "store/ProjectStore.h"

#include <QFileInfo>
#include <algorithm>

namespace quarry::gui {

namespace {
const QString kUserName = QStringLiteral("user/name");
const QString kUiLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kOcrLanguages = QStringLiteral("ocr/languages");
const QString kAutoAccept = QStringLiteral("redaction/autoAccept");
const QString kOperatorGroup = QStringLiteral("redaction/operators/");
const QString kExportFormat = QStringLiteral("export/format");
const QString kExportStatuses = QStringLiteral("export/statuses");
const QString kExportSplit = QStringLiteral("export/split");
const QString kExportSeed = QStringLiteral("export/seed");
const QString kExportGroup = QStringLiteral("export/groupByDocument");
const QString kExportDedup = QStringLiteral("export/dedupExact");
const QString kExportNear = QStringLiteral("export/nearDuplicateThreshold");
const QString kExportSystem = QStringLiteral("export/systemPromptMode");
const QString kRecent = QStringLiteral("projects/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPairListHeader = QStringLiteral("pairList/header");

} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::userName() const
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USERNAME");
    const QString name = m_settings.value(kUserName).toString();
    return name.isEmpty() ? fallback : name;
}

void AppSettings::setUserName(const QString& name)
{
    m_settings.setValue(kUserName, name.trimmed());
}

QString AppSettings::uiLanguage() const
{
    return m_settings.value(kUiLanguage).toString();
}

void AppSettings::setUiLanguage(const QString& language)
{
    m_settings.setValue(kUiLanguage, language);
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<AppSettings::Theme> AppSettings::themeFromName(const QString& name)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
        if (themeName(t) == name)
            return t;
    return std::nullopt;
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings.value(kTheme).toString()).value_or(Theme::System);
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(kTheme, themeName(theme));
}

QString AppSettings::defaultOcrLanguages() const
{
    return m_settings.value(kOcrLanguages, OcrLanguages::defaultLanguages()).toString();
}

void AppSettings::setDefaultOcrLanguages(const QString& languages)
{
    m_settings.setValue(kOcrLanguages, languages);
}

std::optional<double> AppSettings::defaultAutoAcceptThreshold() const
{
    bool ok = false;
    const double v = m_settings.value(kAutoAccept).toDouble(&ok);
    if (!ok || v < 0.0 || v > 1.0)
        return std::nullopt;
    return v;
}

void AppSettings::setDefaultAutoAcceptThreshold(std::optional<double> score)
{
    if (score)
        m_settings.setValue(kAutoAccept, std::clamp(*score, 0.0, 1.0));
    else
        m_settings.remove(kAutoAccept);
}

Redactor::Operator AppSettings::builtinOperator(const QString& type)
{
    // The same rule as Redactor::operatorFor for a project without a choice.
    return type == QLatin1String("PERSON") ? Redactor::Operator::Pseudonym : Redactor::Operator::Placeholder;
}

Redactor::Operator AppSettings::defaultOperator(const QString& type) const
{
    const QString name = m_settings.value(kOperatorGroup + type).toString();
    return Redactor::operatorFromName(name).value_or(builtinOperator(type));
}

void AppSettings::setDefaultOperator(const QString& type, Redactor::Operator op)
{
    // Only a choice that differs from the built-in one is kept, so an improved built-in default
    // reaches users who never changed it.
    if (op == builtinOperator(type))
        m_settings.remove(kOperatorGroup + type);
    else
        m_settings.setValue(kOperatorGroup + type, Redactor::operatorName(op));
}

void AppSettings::applyProjectDefaults(ProjectStore& store) const
{
    // The ingest pipeline reads "ocr.languages" and falls back to the engine's default.
    const QString ocr = defaultOcrLanguages().trimmed();
    if (!ocr.isEmpty() && ocr != OcrLanguages::defaultLanguages())
        store.setSetting(QStringLiteral("ocr.languages"), ocr);
    if (const auto threshold = defaultAutoAcceptThreshold())
        DetectionStore(store).setAutoAcceptThreshold(threshold);
    // Types of the built-in recognizers plus any the user chose an operator for.
    QStringList types;
    for (const RuleSet::BuiltinInfo& b : RuleSet::builtins())
        types << QString::fromLatin1(b.type);
    m_settings.beginGroup(kOperatorGroup.chopped(1));
    types += m_settings.childKeys();
    m_settings.endGroup();
    types.removeDuplicates();
    Redactor redactor(store);
    for (const QString& type : std::as_const(types)) {
        const Redactor::Operator op = defaultOperator(type);
        if (op != builtinOperator(type))
            redactor.setOperator(type, op);
    }
}

ExportOptions AppSettings::exportDefaults() const
{
    ExportOptions o;
    o.format = m_settings.value(kExportFormat, o.format).toString();
    if (m_settings.contains(kExportStatuses)) {
        o.statuses.clear();
        for (const QString& s : m_settings.value(kExportStatuses).toStringList())
            if (const auto status = pairStatusFromString(s))
                o.statuses << *status;
    }
    if (m_settings.contains(kExportSplit)) {
        QList<double> ratios;
        for (const QString& r : m_settings.value(kExportSplit).toStringList()) {
            bool ok = false;
            const double v = r.toDouble(&ok);
            if (ok && v >= 0.0 && v <= 1.0)
                ratios << v;
        }
        if (ratios.size() >= 2 && ratios.size() <= 3)
            o.splitRatios = ratios;
    }
    o.seed = m_settings.value(kExportSeed, QString::number(o.seed)).toString().toULongLong();
    o.groupByDocument = m_settings.value(kExportGroup, o.groupByDocument).toBool();
    o.dedupExact = m_settings.value(kExportDedup, o.dedupExact).toBool();
    bool ok = false;
    const double near = m_settings.value(kExportNear).toDouble(&ok);
    if (ok && near > 0.0 && near <= 1.0)
        o.nearDuplicateThreshold = near;
    const QString mode = m_settings.value(kExportSystem).toString();
    if (const auto m = ExportOptions::systemPromptModeFromName(mode))
        o.systemPromptMode = *m;
    return o;
}

void AppSettings::setExportDefaults(const ExportOptions& o)
{
    m_settings.setValue(kExportFormat, o.format);
    QStringList statuses;
    for (Pair::Status s : o.statuses)
        statuses << toString(s);
    m_settings.setValue(kExportStatuses, statuses);
    QStringList ratios;
    for (double r : o.splitRatios)
        ratios << QString::number(r);
    m_settings.setValue(kExportSplit, ratios);
    // As text: QSettings would store a 64-bit seed as a double.
    m_settings.setValue(kExportSeed, QString::number(o.seed));
    m_settings.setValue(kExportGroup, o.groupByDocument);
    m_settings.setValue(kExportDedup, o.dedupExact);
    if (o.nearDuplicateThreshold)
        m_settings.setValue(kExportNear, *o.nearDuplicateThreshold);
    else
        m_settings.remove(kExportNear);
    m_settings.setValue(kExportSystem, ExportOptions::systemPromptModeName(o.systemPromptMode));
}

QStringList AppSettings::recentProjects() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentProjects)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = recentProjects();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kRecent, list);
}

void AppSettings::clearRecentProjects()
{
    m_settings.remove(kRecent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QByteArray AppSettings::pairListHeaderState() const
{
    return m_settings.value(kPairListHeader).toByteArray();
}

void AppSettings::setPairListHeaderState(const QByteArray& state)
{
    m_settings.setValue(kPairListHeader, state);
}

} // namespace quarry::gui
