// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace Coproduce {

// How the whole app looks: text size (the system font scaled by the zoom setting) and the normal or the
// high-contrast palette. Applied to the QApplication, so every window, dialog and painted widget follows.
class Theme final
{
public:
    static void apply(int zoomPercent, bool highContrast);
    static int zoom();
    static bool highContrast();

    // The WCAG contrast ratio of two colours (1 to 21); the high-contrast theme keeps text at 7 or more.
    static double contrast(const QColor &a, const QColor &b);
    // The colour of the focus ring drawn over `around` (3:1 or more against it).
    static QColor ringColour(const QColor &around);
    // How thick the focus ring is, in pixels: at least 2, as WCAG 2.2's focus appearance asks; more as text
    // grows.
    static int ringWidth();
    // Style sheets for a label that warns (views differ: amber) or says what went wrong (red), in the
    // colours of the theme in use: call again when the palette changes (high contrast reaches them too).
    static QString noticeStyle();
    static QString problemStyle();
    // A group box that must not be missed (the access needs to plan for), its text at `font`'s size (a
    // style sheet fixes the font it was polished with, so it says the size).
    static QString noticeBoxStyle(const QFont &font);
    // Buttons that are chosen like faces (the charter check): the chosen one unmistakable from across the
    // room, not a subtle sunken frame; labels beside them at the same size.
    static QString choiceButtonsStyle(const QFont &font);
    // A frame across the window that says something about all of it (read-only), bordered in the theme's
    // highlight colour. `name` is the frame's object name, so its children are left alone.
    static QString bannerStyle(const QString &name);
    // Click targets are at least this big (WCAG 2.2 target size, minimum).
    static constexpr int MinimumTarget = 24;
    static constexpr int PresentationTarget = 44;
};

} // namespace Coproduce
