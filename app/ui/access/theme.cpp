// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/access/theme.h"

#include "ui/access/targetstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// A font's size as a style sheet says it.
QString cssSize(const QFont &font)
{
    return font.pointSizeF() > 0 ? u"%1pt"_s.arg(font.pointSizeF()) : u"%1px"_s.arg(font.pixelSize());
}

struct State
{
    bool captured = false;
    QFont systemFont;
    QPalette systemPalette;
    int zoom = 100;
    bool highContrast = false;
    // The desktop may give some kinds of widget a font of their own (headers, menus, tool tips): those
    // grow with the zoom too, or a table's header would stay small over large cells.
    QList<QPair<QByteArray, QFont>> classFonts;
};

const char *const FontClasses[]
    = { "QHeaderView", "QMenu",     "QMenuBar",       "QToolButton",      "QPushButton",   "QComboBox",
        "QLineEdit",   "QTabBar",   "QGroupBox",      "QLabel",           "QDockWidget",   "QStatusBar",
        "QTipLabel",   "QListView", "QTreeView",      "QTableView",       "QCheckBox",     "QRadioButton",
        "QSpinBox",    "QTextEdit", "QPlainTextEdit", "QMessageBoxLabel", "QComboMenuItem" };

QFont scaled(QFont font, int zoomPercent)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * zoomPercent / 100.0);
    else
        font.setPixelSize(qMax(1, font.pixelSize() * zoomPercent / 100));
    return font;
}

State &state()
{
    static State s;
    return s;
}

QPalette highContrastPalette()
{
    // Black on white with navy selection: every text pair here is above 7:1 (checked in tst_theme).
    const QColor white(0xff, 0xff, 0xff);
    const QColor black(0x00, 0x00, 0x00);
    const QColor navy(0x00, 0x00, 0x80);
    const QColor grey(0x3c, 0x3c, 0x3c);
    QPalette p;
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, group == QPalette::Disabled ? grey : black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(group, QPalette::Text, group == QPalette::Disabled ? grey : black);
        p.setColor(group, QPalette::Button, white);
        p.setColor(group, QPalette::ButtonText, group == QPalette::Disabled ? grey : black);
        p.setColor(group, QPalette::Highlight, navy);
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Link, navy);
        p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x00, 0x80));
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, black);
        p.setColor(group, QPalette::Shadow, black);
    }
    return p;
}

// In high contrast, a thick focus frame that cannot be missed on a projector. (Only then: a style sheet on
// the whole app makes every widget slower to polish.)
QString styleSheet()
{
    QString css = u"QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox { min-height: 24px; }"_s;
    css += u" QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, "
           "QDateEdit:focus, QTimeEdit:focus, QAbstractItemView:focus { border: 3px solid #000080; } "
           "QPushButton:focus, QToolButton:focus { border: 3px solid #000080; padding: 2px 8px; }"_s;
    return css;
}

// The desktop's palette, with selected text and placeholders made readable (4.5:1 or more): Fusion's
// selection is 3.7:1 with its white text, its placeholders 4.0:1. Other colours stay the desktop's.
QPalette readable(QPalette p)
{
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        QColor highlight = p.color(group, QPalette::Highlight);
        const QColor onHighlight = p.color(group, QPalette::HighlightedText);
        const bool lightText
            = Theme::contrast(onHighlight, Qt::white) < Theme::contrast(onHighlight, Qt::black);
        for (int i = 0; i < 40 && Theme::contrast(highlight, onHighlight) < 4.5; ++i)
            highlight = lightText ? highlight.darker(108) : highlight.lighter(108);
        p.setColor(group, QPalette::Highlight, highlight);
        const QColor base = p.color(group, QPalette::Base);
        const QColor text = p.color(group, QPalette::Text);
        QColor placeholder = p.color(group, QPalette::PlaceholderText);
        placeholder.setAlpha(255); // Qt's default is the text colour half transparent
        if (p.color(group, QPalette::PlaceholderText).alpha() < 255
            || Theme::contrast(placeholder, base) < 4.5) {
            // Halfway, then closer to the text colour, until it reads: still paler than what was typed.
            for (int weight = 50; weight <= 100; weight += 5) {
                placeholder
                    = QColor::fromRgbF(float((base.redF() * (100 - weight) + text.redF() * weight) / 100),
                                       float((base.greenF() * (100 - weight) + text.greenF() * weight) / 100),
                                       float((base.blueF() * (100 - weight) + text.blueF() * weight) / 100));
                if (Theme::contrast(placeholder, base) >= 4.5)
                    break;
            }
            p.setColor(group, QPalette::PlaceholderText, placeholder);
        }
    }
    return p;
}

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

void Theme::apply(int zoomPercent, bool highContrast)
{
    State &s = state();
    if (!s.captured) {
        s.systemFont = QApplication::font();
        s.systemPalette = QApplication::palette();
        for (const char *name : FontClasses) {
            const QFont own = QApplication::font(name);
            if (own != s.systemFont)
                s.classFonts.append({ QByteArray(name), own });
        }
        s.captured = true;
        QApplication::setStyle(new TargetStyle); // the app owns it
    }
    // Each of these re-polishes every widget, which costs a tenth of a second or more on a full window:
    // change only what changed.
    static bool applied = false;
    if (applied && s.zoom == zoomPercent && s.highContrast == highContrast)
        return;
    const bool contrastChanged = !applied || s.highContrast != highContrast;
    applied = true;
    s.zoom = zoomPercent;
    s.highContrast = highContrast;
    const QFont font = scaled(s.systemFont, zoomPercent);
    if (QApplication::font() != font)
        QApplication::setFont(font);
    for (const auto &[name, own] : std::as_const(s.classFonts))
        QApplication::setFont(scaled(own, zoomPercent), name.constData());
    if (contrastChanged) {
        QApplication::setPalette(highContrast ? highContrastPalette() : readable(s.systemPalette));
        if (highContrast || !qApp->styleSheet().isEmpty())
            qApp->setStyleSheet(highContrast ? styleSheet() : QString());
    }
}

QString Theme::noticeStyle()
{
    if (state().highContrast)
        return u"QLabel { background: palette(window); color: palette(window-text); border: 3px solid "
               "palette(highlight); padding: 6px; font-weight: bold; }"_s;
    return u"QLabel { background: #fff3bf; color: #000000; border: 2px solid #7a5a00; padding: 6px; "
           "font-weight: bold; }"_s;
}

QString Theme::problemStyle()
{
    if (state().highContrast)
        return u"QLabel { background: palette(window); color: palette(window-text); border: 3px solid "
               "palette(highlight); padding: 6px; }"_s;
    return u"QLabel { background: #fde7e5; color: #000000; border: 2px solid #a4000f; padding: 6px; }"_s;
}

QString Theme::bannerStyle(const QString &name)
{
    return u"QFrame#%1 { border: 3px solid palette(highlight); }"_s.arg(name);
}

QString Theme::noticeBoxStyle(const QFont &font)
{
    const QString fontSize = cssSize(font);
    if (state().highContrast)
        return u"QGroupBox { font-weight: bold; font-size: %1; border: 3px solid palette(highlight); "
               "margin-top: 1.4em; padding: 6px; } QGroupBox::title { subcontrol-origin: margin; left: 8px; "
               "} "
               "QLabel { font-weight: normal; font-size: %1; }"_s.arg(fontSize);
    return u"QGroupBox { font-weight: bold; font-size: %1; background: #fff3bf; color: #000000; "
           "border: 2px solid #7a5a00; margin-top: 1.4em; padding: 6px; } "
           "QGroupBox::title { subcontrol-origin: margin; left: 8px; } "
           "QLabel { font-weight: normal; font-size: %1; color: #000000; }"_s.arg(fontSize);
}

QString Theme::choiceButtonsStyle(const QFont &font)
{
    const QString fontSize = cssSize(font);
    // A thin edge round an unchosen face, so the focus ring round it changes what was there by 3:1.
    if (state().highContrast)
        return u"QToolButton { padding: 4px 10px; border: 1px solid palette(window-text); "
               "border-radius: 4px; font-size: %1; } "
               "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
               "border: 3px solid palette(window-text); font-weight: bold; } "
               "QLabel { padding-left: 6px; font-size: %1; }"_s.arg(fontSize);
    return u"QToolButton { padding: 4px 10px; border: 1px solid #6b6b6b; border-radius: 4px; "
           "font-size: %1; } "
           "QToolButton:checked { background: #1d3557; color: #ffffff; border: 3px solid #000000; "
           "font-weight: bold; } QLabel { padding-left: 6px; font-size: %1; }"_s.arg(fontSize);
}

int Theme::zoom()
{
    return state().zoom;
}

bool Theme::highContrast()
{
    return state().highContrast;
}

int Theme::ringWidth()
{
    return qMax(3, 3 * state().zoom / 100);
}

QColor Theme::ringColour(const QColor &around)
{
    // Navy where it stands out (a light window, a white field), else a light yellow (a dark desktop, a
    // navy selection): 3:1 or more either way, as WCAG 2.2's focus appearance asks.
    const QColor navy(0x00, 0x00, 0x80);
    const QColor yellow(0xff, 0xe0, 0x66);
    return contrast(navy, around) >= contrast(yellow, around) ? navy : yellow;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace Coproduce
