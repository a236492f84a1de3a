#include "DraftCommand.h"

#include "EndpointOptions.h"
#include "llm/DraftRunner.h"
#include "llm/DraftStore.h"
#include "llm/OpenAiClient.h"
#include "llm/PromptLibrary.h"
#include "store/ProjectStore.h"
#include "util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace quarry::cli {

namespace {

QJsonObject requestJson(const DraftStore::Request& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("step"), r.step},
                       {QStringLiteral("attempt"), r.attempt},
                       {QStringLiteral("template"), r.templateName},
                       {QStringLiteral("template_version"), r.templateVersion},
                       {QStringLiteral("language"), r.language},
                       {QStringLiteral("server"), r.server},
                       {QStringLiteral("model"), r.model},
                       {QStringLiteral("structured"), r.structured},
                       {QStringLiteral("parameters"), r.parameters},
                       {QStringLiteral("outcome"), r.outcome},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("finish_reason"), r.finishReason},
                       {QStringLiteral("prompt_tokens"), r.promptTokens},
                       {QStringLiteral("completion_tokens"), r.completionTokens},
                       {QStringLiteral("ms_first_byte"), r.msFirstByte},
                       {QStringLiteral("ms_total"), r.msTotal},
                       {QStringLiteral("sent_at"), r.sentAt},
                       {QStringLiteral("request_body"), QString::fromUtf8(r.requestBody)},
                       {QStringLiteral("response"), QString::fromUtf8(r.response)},
                       {QStringLiteral("content"), r.content},
                       {QStringLiteral("reasoning"), r.reasoning}};
}

} // namespace

QString DraftCommand::description() const
{
    return tr("Draft instruction/response pairs from redacted passages with a local model server. Only a "
              "passage's redacted text is sent, never one whose findings wait for review; drafts arrive with "
              "status draft for a person to approve.");
}

void DraftCommand::addOptions(QCommandLineParser& parser) const
{
    const DraftOptions d;
    parser.addOption({QStringLiteral("passages"),
                      tr("Which passages: all (default), document:ID, or ids and ranges such as 3,5,9-12."),
                      QStringLiteral("FILTER")});
    parser.addOption({QStringLiteral("url"),
                      tr("The model server's base URL, with or without /v1 (default: the QUARRY_LLM_URL "
                         "environment variable; a resumed run uses its own)."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("one-call"),
         tr("Ask for questions and answers in one request per passage (for slow CPU servers).")});
    parser.addOption({QStringLiteral("questions"),
                      tr("Questions per passage (default: one per %1 characters, at most %2).")
                          .arg(d.charsPerQuestion)
                          .arg(d.maxQuestions),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("chars-per-question"),
                      tr("With no --questions: one question per this many characters (default %1).")
                          .arg(d.charsPerQuestion),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("concurrency"),
                      tr("Requests at a time (default %1; more than the server's slots only queue there).")
                          .arg(d.concurrency),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-tokens"),
                      tr("Most tokens per reply (default %1).").arg(d.maxTokens), QStringLiteral("N")});
    parser.addOption({QStringLiteral("temperature"),
                      tr("Sampling temperature (default %1).").arg(d.temperature), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("structured"),
         tr("How replies are asked to be JSON: auto (probe the server once, default), json_schema, "
            "json_object or instructions."),
         QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("resume"), tr("Go on with the newest unfinished run (or --run ID).")});
    parser.addOption({QStringLiteral("run"), tr("The run to resume."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Print the first request body of each passage exactly as it would be sent, and send "
                         "nothing.")});
    parser.addOption(
        {QStringLiteral("templates"),
         tr("List the prompt templates (built in and saved in the project), newest version of each.")});
    parser.addOption({QStringLiteral("save-template"),
                      tr("Save a prompt template as its next version in the project: a JSON file with name "
                         "(questions, answer, pairs), language (ko, en), system and user."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("show"), tr("Print the requests and replies a drafted pair came from."),
                      QStringLiteral("PAIR")});
    // --model, --allow-site-network, --api-key-file and the timeouts, as endpoint test takes them.
    EndpointOptions::add(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

QList<std::tuple<QString, QString, QString>> DraftCommand::positionals() const
{
    return {{QStringLiteral("PROJECT"), tr("The project file."), QStringLiteral("PROJECT")}};
}

int DraftCommand::show(ProjectStore& store, qint64 pairId, bool json, CommandContext& ctx)
{
    DraftStore ds(store.db(), store.actor());
    const auto d = ds.pairDraft(pairId);
    if (!d)
        return error(ctx, tr("draft --show: pair %1 was not drafted by a model").arg(pairId), ExitFailed);
    QList<DraftStore::Request> requests;
    for (qint64 id : {d->questionRequest, d->answerRequest})
        if (id && (requests.isEmpty() || requests.last().id != id))
            if (auto r = ds.request(id))
                requests << *r;
    if (json) {
        QJsonArray rs;
        for (const auto& r : std::as_const(requests))
            rs.append(requestJson(r));
        writeJson(
            ctx, QJsonObject{{QStringLiteral("pair"), pairId},
                             {QStringLiteral("run"), d->runId},
                             {QStringLiteral("flags"), DraftChecker::toJson(d->flags)},
                             {QStringLiteral("support"), d->support ? QJsonValue(*d->support) : QJsonValue()},
                             {QStringLiteral("requests"), rs}});
        return ExitOk;
    }
    ctx.out << tr("Pair %1, drafted in run %2").arg(pairId).arg(d->runId) << "\n";
    if (d->support)
        ctx.out << tr("Support in the passage: %1%").arg(qRound(*d->support * 100)) << "\n";
    for (const auto& f : d->flags)
        ctx.out << tr("Flag %1: %2").arg(f.flag, f.detail) << "\n";
    for (const auto& r : std::as_const(requests)) {
        ctx.out << "\n"
                << tr("Request %1: %2 (template %3 v%4, %5), %6 at %7, %8")
                       .arg(r.id)
                       .arg(r.step, r.templateName)
                       .arg(r.templateVersion)
                       .arg(r.language, r.model, r.server, r.structured)
                << "\n"
                << tr("Outcome: %1; %2 prompt + %3 completion tokens; %4 ms")
                       .arg(r.outcome)
                       .arg(r.promptTokens)
                       .arg(r.completionTokens)
                       .arg(r.msTotal)
                << "\n"
                << tr("Sent:") << "\n"
                << QString::fromUtf8(r.requestBody) << "\n"
                << tr("Reply:") << "\n"
                << r.content << "\n";
    }
    ctx.out.flush();
    return ExitOk;
}

ProjectCommand::Access DraftCommand::access(const QCommandLineParser& parser) const
{
    // Listing, showing and a dry run write nothing.
    return parser.isSet(QStringLiteral("dry-run")) || parser.isSet(QStringLiteral("show")) ||
                   parser.isSet(QStringLiteral("templates"))
               ? Access::ReadOnly
               : Access::ReadWrite;
}

int DraftCommand::executeWithProject(const QCommandLineParser& parser, CommandContext& ctx)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ProjectStore* store = &project();
    if (parser.isSet(QStringLiteral("templates"))) {
        QJsonArray list;
        for (const char* name : PromptLibrary::Names)
            for (const char* language : PromptLibrary::Languages) {
                const PromptTemplate t =
                    PromptLibrary::current(store->db(), QLatin1String(name), QLatin1String(language));
                const int versions =
                    int(PromptLibrary::versions(store->db(), QLatin1String(name), QLatin1String(language))
                            .size());
                if (json)
                    list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                            {QStringLiteral("language"), t.language},
                                            {QStringLiteral("version"), t.version},
                                            {QStringLiteral("builtin"), t.builtin},
                                            {QStringLiteral("versions"), versions},
                                            {QStringLiteral("system"), t.system},
                                            {QStringLiteral("user"), t.user}});
                else
                    ctx.out << tr("%1 (%2): version %3%4, %5 version(s)")
                                   .arg(t.name, t.language)
                                   .arg(t.version)
                                   .arg(t.builtin ? tr(" built in") : QString())
                                   .arg(versions)
                            << "\n";
            }
        if (json)
            writeJson(ctx, QJsonObject{{QStringLiteral("templates"), list}});
        ctx.out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("save-template"))) {
        QFile f(parser.value(QStringLiteral("save-template")));
        if (!f.open(QIODevice::ReadOnly))
            return error(ctx, tr("draft: cannot read %1: %2").arg(f.fileName(), f.errorString()));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        PromptTemplate t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.language = o.value(QStringLiteral("language")).toString();
        t.system = o.value(QStringLiteral("system")).toString();
        t.user = o.value(QStringLiteral("user")).toString();
        try {
            const PromptTemplate saved = PromptLibrary::save(store->db(), store->actor(), t);
            ctx.out << tr("Saved %1 (%2) as version %3").arg(saved.name, saved.language).arg(saved.version)
                    << Qt::endl;
        } catch (const Error& e) {
            return error(ctx, tr("draft: %1").arg(e.message()));
        }
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("show"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("show")).toLongLong(&ok);
        if (!ok)
            return error(ctx, tr("draft --show takes a pair id"));
        return show(*store, id, json, ctx);
    }

    DraftOptions options;
    auto number = [&](const QString& name, int& out, int min) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < min)
            return false;
        out = v;
        return true;
    };
    if (!number(QStringLiteral("questions"), options.questions, 1) ||
        !number(QStringLiteral("chars-per-question"), options.charsPerQuestion, 1) ||
        !number(QStringLiteral("concurrency"), options.concurrency, 1) ||
        !number(QStringLiteral("max-tokens"), options.maxTokens, 16))
        return error(ctx,
                     tr("draft: --questions, --chars-per-question and --concurrency take a number from 1, "
                        "--max-tokens one from 16"));
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        options.temperature = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || options.temperature < 0 || options.temperature > 2)
            return error(ctx, tr("draft: --temperature takes a number from 0 to 2"));
    }
    if (parser.isSet(QStringLiteral("one-call")))
        options.mode = DraftOptions::Mode::OneCall;
    const QString structured = parser.value(QStringLiteral("structured"));
    if (!structured.isEmpty() && structured != QLatin1String("auto") &&
        structured != QLatin1String("json_schema") && structured != QLatin1String("json_object") &&
        structured != QLatin1String("instructions"))
        return error(ctx, tr("draft: --structured takes auto, json_schema, json_object or instructions"));

    DraftStore ds(store->db(), store->actor());
    qint64 resumeRun = 0;
    std::optional<DraftStore::Run> previous;
    if (parser.isSet(QStringLiteral("resume")) || parser.isSet(QStringLiteral("run"))) {
        resumeRun = parser.isSet(QStringLiteral("run")) ? parser.value(QStringLiteral("run")).toLongLong()
                                                        : ds.latestUnfinishedRun();
        if (resumeRun <= 0)
            return error(ctx, tr("draft --resume: no unfinished drafting run in the project"), ExitFailed);
        previous = ds.run(resumeRun);
        if (!previous)
            return error(ctx, tr("draft --resume: no drafting run %1 in the project").arg(resumeRun));
    }

    QString url = parser.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = previous ? previous->server : qEnvironmentVariable("QUARRY_LLM_URL");
    if (url.trimmed().isEmpty())
        return error(ctx, tr("draft: no model server given (--url or QUARRY_LLM_URL)"));
    EndpointConfig config;
    try {
        config = EndpointOptions::read(parser, url);
    } catch (const Error& e) {
        return error(ctx, tr("draft: %1").arg(e.message()));
    }
    if (!parser.isSet(QStringLiteral("model")) && previous)
        config.model = previous->model;
    OpenAiClient client(config);

    try {
        // The mode: given, else the one recorded for this endpoint, else probed once (not in a dry run,
        // which sends nothing: it shows plain instructions and says so).
        const QString recorded = store->setting(DraftOptions::modeSettingKey(client.baseUrl())).toString();
        if (previous) {
            options = previous->options;
        } else if (!structured.isEmpty() && structured != QLatin1String("auto")) {
            options.structured = DraftOptions::structuredFromName(structured);
        } else if (!recorded.isEmpty()) {
            options.structured = DraftOptions::structuredFromName(recorded);
        } else if (dryRun) {
            options.structured = StructuredMode::InstructionsOnly;
            warn(ctx,
                 tr("the server's structured-output mode is not known yet: shown with plain instructions; a "
                    "run probes it first"));
        } else {
            options.structured = client.probeStructuredMode(TaskContext::none(), config.model);
            store->setSetting(DraftOptions::modeSettingKey(client.baseUrl()),
                              DraftOptions::structuredName(options.structured));
        }
        QString model = config.model;
        if (model.isEmpty() && !dryRun) {
            const QStringList models = client.listModels();
            if (models.isEmpty())
                return error(ctx, tr("draft: the server lists no models; name one with --model"), ExitFailed);
            model = models.first();
        }

        DraftRunner runner(*store, client, model);
        if (dryRun) {
            const QList<qint64> ids =
                previous
                    ? QList<qint64>()
                    : DraftRunner::passagesMatching(store->db(), parser.value(QStringLiteral("passages")));
            QJsonArray out;
            int refused = 0;
            for (const DraftRunner::Preview& p : runner.preview(ids, options)) {
                if (!p.refusal.isEmpty()) {
                    ++refused;
                    warn(ctx, p.refusal);
                }
                if (json)
                    out.append(QJsonObject{{QStringLiteral("passage"), p.passageId},
                                           {QStringLiteral("refusal"), p.refusal},
                                           {QStringLiteral("body"), QString::fromUtf8(p.body)}});
                else if (!p.body.isEmpty())
                    ctx.out << QString::fromUtf8(p.body) << "\n";
            }
            if (json)
                writeJson(ctx, QJsonObject{{QStringLiteral("requests"), out}});
            ctx.out.flush();
            return refused ? ExitFailed : ExitOk;
        }

        const qint64 runId =
            previous ? resumeRun
                     : runner.createRun(DraftRunner::passagesMatching(
                                            store->db(), parser.value(QStringLiteral("passages"))),
                                        options);
        TaskContext task([&](qint64 done, qint64 total, const QString& detail) {
            if (ctx.outIsTerminal && !json)
                ctx.err << QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(detail) << Qt::endl;
        });
        const DraftReport r = runner.run(runId, task);
        for (const QString& p : r.problems)
            warn(ctx, p);
        if (json) {
            writeJson(ctx, QJsonObject{{QStringLiteral("run"), r.runId},
                                       {QStringLiteral("passages"), r.passages},
                                       {QStringLiteral("done"), r.done},
                                       {QStringLiteral("failed"), r.failed},
                                       {QStringLiteral("refused"), r.refused},
                                       {QStringLiteral("pairs"), r.pairs},
                                       {QStringLiteral("flagged"), r.flagged},
                                       {QStringLiteral("requests"), r.requests},
                                       {QStringLiteral("prompt_tokens"), r.promptTokens},
                                       {QStringLiteral("completion_tokens"), r.completionTokens},
                                       {QStringLiteral("elapsed_ms"), r.elapsedMs},
                                       {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
        } else {
            ctx.out << tr("Run %1: %2 passage(s) done, %3 failed, %4 refused; %5 pair(s) drafted, %6 flagged "
                          "for a "
                          "closer look")
                           .arg(r.runId)
                           .arg(r.done)
                           .arg(r.failed)
                           .arg(r.refused)
                           .arg(r.pairs)
                           .arg(r.flagged)
                    << "\n"
                    << tr("%1 request(s), %2 prompt and %3 completion tokens in %4 s")
                           .arg(r.requests)
                           .arg(r.promptTokens)
                           .arg(r.completionTokens)
                           .arg(r.elapsedMs / 1000.0, 0, 'f', 1)
                    << "\n";
            if (r.failed || r.refused)
                ctx.out << tr("Resume the unfinished passages with: quarry-cli draft PROJECT --resume")
                        << "\n";
            ctx.out.flush();
        }
        return r.failed || r.refused || r.problems.size() > r.failed + r.refused ? ExitFailed : ExitOk;
    } catch (const Error& e) {
        return error(ctx, tr("draft: %1").arg(e.message()), ExitFailed);
    }
}

} // namespace quarry::cli
