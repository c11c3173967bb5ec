// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Coproduce {

// Turns a form into a view and back: text fields become read-only (still selectable and readable by a
// screen reader), tables stop editing, and buttons and choices that change things are disabled. Widgets
// marked with the property "viewOnly" (presenting, opening, history) stay as they are.
class ReadOnlyView final
{
public:
    static void apply(QWidget *root, bool readOnly);
    // One button or choice that changes things, disabled while read-only and then as it was.
    static void disable(QWidget *widget, bool readOnly);
};

} // namespace Coproduce
