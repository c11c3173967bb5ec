// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting.h"

namespace Coproduce {

int Meeting::actionCount() const
{
    int count = 0;
    for (const Activity &activity : activities)
        count += int(activity.actions.size());
    return count;
}

} // namespace Coproduce
