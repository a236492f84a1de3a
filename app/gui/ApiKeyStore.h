#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace quarry::gui {

// The model server's API key, in the system keychain (Secret Service, KWallet) through QtKeychain,
// one entry per endpoint: never in the project file or the plain settings file, and no insecure
// fallback when no keychain is running (the user is told, and can still type the key for a test).
// Blocking calls with a local event loop: a keychain answers in milliseconds, unless it asks the
// user to unlock it.
class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(quarry::gui::ApiKeyStore)
public:
    explicit ApiKeyStore(QString service = QStringLiteral("Quarry model server"));

    // nullopt with `error` set when the keychain failed; an empty key when none is stored.
    std::optional<QString> read(const QString& endpoint, QString* error = nullptr) const;
    bool write(const QString& endpoint, const QString& key, QString* error = nullptr) const;
    bool remove(const QString& endpoint, QString* error = nullptr) const;

private:
    QString m_service;
};

} // namespace quarry::gui
