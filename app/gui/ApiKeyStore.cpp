#include "ApiKeyStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace quarry::gui {

namespace {

// Runs `job` to its end; returns its error and message.
QKeychain::Error run(QKeychain::Job& job, QString* message)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a key in a plain file is what the keychain is for avoiding
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (message)
        *message = job.errorString();
    return job.error();
}

QString explain(QKeychain::Error error, const QString& detail)
{
    if (error == QKeychain::NoBackendAvailable)
        return ApiKeyStore::tr(
            "No system keychain is running (GNOME Keyring, KWallet): the API key cannot be "
            "stored. Quarry never keeps it in a plain file; quarry-cli reads it from "
            "QUARRY_LLM_API_KEY or --api-key-file.");
    if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied)
        return ApiKeyStore::tr("The system keychain refused access to the API key.");
    return ApiKeyStore::tr("The system keychain failed: %1").arg(detail);
}

} // namespace

ApiKeyStore::ApiKeyStore(QString service) : m_service(std::move(service)) {}

std::optional<QString> ApiKeyStore::read(const QString& endpoint, QString* error) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(endpoint);
    QString detail;
    const QKeychain::Error e = run(job, &detail);
    if (e == QKeychain::NoError)
        return job.textData();
    if (e == QKeychain::EntryNotFound)
        return QString();
    if (error)
        *error = explain(e, detail);
    return std::nullopt;
}

bool ApiKeyStore::write(const QString& endpoint, const QString& key, QString* error) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(endpoint);
    job.setTextData(key);
    QString detail;
    const QKeychain::Error e = run(job, &detail);
    if (e != QKeychain::NoError && error)
        *error = explain(e, detail);
    return e == QKeychain::NoError;
}

bool ApiKeyStore::remove(const QString& endpoint, QString* error) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(endpoint);
    QString detail;
    const QKeychain::Error e = run(job, &detail);
    if (e != QKeychain::NoError && e != QKeychain::EntryNotFound && error)
        *error = explain(e, detail);
    return e == QKeychain::NoError || e == QKeychain::EntryNotFound;
}

} // namespace quarry::gui
