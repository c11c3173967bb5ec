// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddercolours.h"

namespace Coproduce {

QColor LadderColours::perspective(const QString &role)
{
    if (role == u"facilitator")
        return QColor(0x15, 0x4a, 0x7d);
    if (role == u"parent-carer")
        return QColor(0x5b, 0x17, 0x84);
    if (role == u"young-person")
        return QColor(0x1f, 0x50, 0x22);
    if (role == u"professional")
        return QColor(0x6b, 0x3a, 0x00);
    if (role == u"partner")
        return QColor(0x00, 0x4d, 0x43);
    return QColor(0x33, 0x33, 0x33);
}

QColor LadderColours::group(const QString &group)
{
    if (group == u"doing-to")
        return QColor(0xfd, 0xe8, 0xe6);
    if (group == u"doing-for")
        return QColor(0xff, 0xf3, 0xdc);
    return QColor(0xe3, 0xf4, 0xe4);
}

} // namespace Coproduce
