// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

class QWidget;

namespace Coproduce {

// Takes the keyboard to a control that may sit on a tab not yet shown. A screen reader announces every
// focus change, so the way there must make only one: where the keyboard lands. Bringing a tab forward first
// hides the page that has the focus, and Qt then passes the focus on ("Find meetings", a table, the tab
// bar) before the control is reached; so the focus moves first, and the tabs follow it.
class FocusMove final
{
public:
    static void to(QWidget *target, Qt::FocusReason reason = Qt::ShortcutFocusReason);
    // Whether the keyboard can land on `w` once the tabs above it inside `root` are brought forward.
    static bool canTake(const QWidget *w, const QWidget *root);
};

} // namespace Coproduce
