// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Coproduce {

// Names Qt leaves out. A spin box's or an editable combo box's own text field is what holds the keyboard's
// focus, and what a screen reader announces when it does; Qt leaves it unnamed. Each is given the name of
// the box it belongs to.
class AccessibleNames final
{
public:
    // Every spin box and editable combo box below `root`, as it is now.
    static void nameInnerFields(QWidget *root);
};

} // namespace Coproduce
