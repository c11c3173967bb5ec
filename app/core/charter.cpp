// SPDX-License-Identifier: GPL-3.0-or-later
#include "charter.h"

namespace Coproduce {

const Principle *Charter::principle(const QString &principleId) const
{
    for (const Principle &p : principles) {
        if (p.id == principleId)
            return &p;
    }
    return nullptr;
}

QStringList Charter::principleIds() const
{
    QStringList ids;
    ids.reserve(principles.size());
    for (const Principle &p : principles)
        ids.append(p.id);
    return ids;
}

} // namespace Coproduce
