// Settings > Drafting: the endpoint is kept per user, normalised, checked against the egress policy,
// and "Test connection" reports what the scripted server offers.
#include "AppSettings.h"
#include "EndpointSettings.h"
#include "ScriptedLlmServer.h"
#include "SettingsDialog.h"
#include "TestDir.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace quarry;
using namespace quarry::gui;
using quarry::test::ScriptedLlmServer;

class TestDraftingSettings : public QObject
{
    Q_OBJECT
private:
    test::TestDir m_config;

    static void serve(ScriptedLlmServer& server)
    {
        server.setFallback([](const ScriptedLlmServer::Request& r) {
            if (r.path.endsWith("/models"))
                return ScriptedLlmServer::models(
                    {QStringLiteral("llama3.1:8b"), QStringLiteral("qwen2.5:7b")});
            if (r.body.contains("\"json_schema\""))
                return ScriptedLlmServer::once(ScriptedLlmServer::httpResponse(
                    400, "application/json",
                    "{\"error\":\"'response_format.type' must be 'json_schema' or 'text'\"}"));
            if (r.body.contains("response_format"))
                return ScriptedLlmServer::json(
                    200, ScriptedLlmServer::completion(QStringLiteral("{\"ok\":true}")));
            return ScriptedLlmServer::once(
                ScriptedLlmServer::stream({QStringLiteral("1 2 3")}, QStringLiteral("stop"), 20, 12));
        });
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        Translations::install(QStringLiteral("en"));
    }
    void init() { QSettings().clear(); }

    void notConfiguredByDefault()
    {
        const EndpointSettings s;
        QVERIFY(!s.isConfigured());
        QCOMPARE(s.allowSiteNetwork(), false);
        QCOMPARE(s.inactivityTimeoutSeconds(), 300);
    }

    void dialogSavesTheEndpoint()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->count() - 1), QStringLiteral("Drafting"));
        dialog.findChild<QLineEdit*>(QStringLiteral("llmUrl"))
            ->setText(QStringLiteral("http://192.168.10.5:11434/"));
        dialog.findChild<QComboBox*>(QStringLiteral("llmModel"))->setEditText(QStringLiteral("qwen2.5:7b"));
        dialog.findChild<QCheckBox*>(QStringLiteral("llmAllowSite"))->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const EndpointSettings s;
        QVERIFY(s.isConfigured());
        const EndpointConfig c = s.config();
        QCOMPARE(c.baseUrl.toString(), QStringLiteral("http://192.168.10.5:11434/v1"));
        QCOMPARE(c.model, QStringLiteral("qwen2.5:7b"));
        QVERIFY(c.allowSiteNetwork);
        QVERIFY(c.apiKey.isEmpty()); // never from the settings file
    }

    void badAddressKeepsTheDialogOpen()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        dialog.findChild<QLineEdit*>(QStringLiteral("llmUrl"))->setText(QStringLiteral("ftp://server/"));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("connectionResult"))->text().isEmpty());
        QVERIFY(!EndpointSettings().isConfigured());
    }

    void testConnectionShowsModelsSpeedAndMode()
    {
        ScriptedLlmServer server;
        serve(server);
        AppSettings settings;
        SettingsDialog dialog(settings);
        dialog.findChild<QLineEdit*>(QStringLiteral("llmUrl"))
            ->setText(QStringLiteral("localhost:%1").arg(server.port()));
        dialog.findChild<QLineEdit*>(QStringLiteral("llmKey"))->setText(QStringLiteral("sk-typed"));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("connectionResult"));
        dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected")), 30000);
        QVERIFY2(result->text().contains(QLatin1String("llama3.1:8b, qwen2.5:7b")),
                 qPrintable(result->text()));
        QVERIFY2(result->text().contains(QLatin1String("json_object")), qPrintable(result->text()));
        auto* model = dialog.findChild<QComboBox*>(QStringLiteral("llmModel"));
        QCOMPARE(model->count(), 2);
        QCOMPARE(model->currentText(), QStringLiteral("llama3.1:8b"));
        QCOMPARE(server.requests().at(0).headers.value("authorization"), QByteArray("Bearer sk-typed"));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
    }

    void testConnectionRefusesPublicAddresses()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        dialog.findChild<QLineEdit*>(QStringLiteral("llmUrl"))
            ->setText(QStringLiteral("http://1.2.3.4:8080"));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("connectionResult"));
        dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("public address")), 30000);
    }
};

QTEST_MAIN(TestDraftingSettings)
#include "TestDraftingSettings.moc"
