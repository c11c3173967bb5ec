// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Coproduce {

// Sizes a window in characters and lines of its own font rather than pixels, so that with bigger text (View
// → Bigger text) it grows and its tables still show rows; never larger than the screen it is on.
class DialogSize final
{
public:
    static void fit(QWidget *window, int characters, int lines);
};

} // namespace Coproduce
