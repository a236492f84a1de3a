#include "AboutDialog.h"

#include "Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <poppler-version.h>
#include <sqlite3.h>
#include <tesseract/baseapi.h>

namespace quarry::gui {

QStringList AboutDialog::componentVersions()
{
    return {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
            QStringLiteral("Poppler %1").arg(Poppler::Version::string()),
            QStringLiteral("Tesseract %1").arg(QString::fromLatin1(tesseract::TessBaseAPI::Version())),
            QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()))};
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Quarry"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/quarry.svg")).pixmap(64, 64));
    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<h2>Quarry %1</h2>"
                     "<p>Turns internal documents into fine-tuning datasets, on your own machine.</p>"
                     "<p>Nothing leaves this computer.</p>")
                      .arg(QStringLiteral(QUARRY_VERSION)) +
                  QStringLiteral("<p>") + componentVersions().join(QStringLiteral("<br>")) +
                  QStringLiteral("</p>"));
    text->setObjectName(QStringLiteral("aboutText"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace quarry::gui
