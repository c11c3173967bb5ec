// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"
#include "core/meeting.h"

#include <QCoreApplication>

namespace Coproduce {

// What is read aloud of a charter card and of an activity: one idea a line, so each is read (and shown
// being read) on its own.
class ReadAloudText final
{
    Q_DECLARE_TR_FUNCTIONS(ReadAloudText)

public:
    // The card's title, its easy-read line, "We will:" and each commitment.
    static QString card(const Principle &principle);
    // The activity's title, then its decisions and actions in their easy-read words (else their own).
    // People are not named: what is read out reaches the whole room.
    static QString activity(const Meeting &meeting, qint64 activityId);
};

} // namespace Coproduce
