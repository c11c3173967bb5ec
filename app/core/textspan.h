// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Coproduce {

// A stretch of a text: where it starts and how long it is, in UTF-16 code units as QString counts.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    friend bool operator==(const TextSpan &a, const TextSpan &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

} // namespace Coproduce
