#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <cmath>

namespace quarry::gui {

namespace {
AppSettings::Theme g_current = AppSettings::Theme::System;
// The platform's own look, kept on the first switch away from it so "System" can bring it back.
bool g_systemSaved = false;
QString g_systemStyle;
QPalette g_systemPalette;
} // namespace

QPalette Theme::darkPalette()
{
    // Fusion's layout with dark greys; text and highlight chosen for at least 7:1 and 4.5:1.
    QPalette p;
    const QColor window(0x32, 0x32, 0x32);
    const QColor base(0x24, 0x24, 0x24);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8a, 0x8a, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

QPalette Theme::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

void Theme::apply(AppSettings::Theme theme)
{
    if (theme == g_current)
        return;
    if (!g_systemSaved) {
        g_systemStyle = QApplication::style()->name();
        g_systemPalette = QApplication::palette();
        g_systemSaved = true;
    }
    g_current = theme;
    if (theme == AppSettings::Theme::System) {
        QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette() : lightPalette());
}

AppSettings::Theme Theme::current()
{
    return g_current;
}

bool Theme::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

double Theme::luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::textOn(const QColor& background)
{
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

QColor Theme::markBackground(const QColor& typeColor, const QColor& base)
{
    // Light bases: the type's own pastel tone, a marker-pen highlight under dark text.
    if (luminance(base) >= 0.2)
        return typeColor;
    // Dark bases: the pastel would glare, the type's deep tone would vanish. A saturated mid tone,
    // raised in value, then paled, until it stands out from the base by 3:1.
    const int hue = std::max(0, typeColor.hsvHue());
    QColor c = QColor::fromHsv(hue, 150, 190);
    for (int value = 190; value <= 255 && contrast(c, base) < 3.0; value += 5)
        c = QColor::fromHsv(hue, 150, value);
    for (int sat = 140; sat >= 0 && contrast(c, base) < 3.0; sat -= 10)
        c = QColor::fromHsv(hue, sat, 255);
    return c;
}

QIcon Theme::icon(const QString& name)
{
    const QIcon own(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (g_current != AppSettings::Theme::System)
        return own;
    return QIcon::fromTheme(name, own);
}

} // namespace quarry::gui
