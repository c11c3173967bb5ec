// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Coproduce {

// What a meeting's organiser has to arrange, read from the access needs people told us in their own words
// ("uses a wheelchair", "BSL please", "needs to step out now and then"). The words are matched in English:
// a need the list does not know is still passed on word for word (CalendarInvite lists every one), so
// nothing anyone asked for is lost because it was put differently.
class AccessNeeds final
{
    Q_DECLARE_TR_FUNCTIONS(AccessNeeds)

public:
    // The arrangements `needs` asks for, in a fixed order, each once: "Step-free access", "A hearing loop",
    // "An interpreter", "Breaks", "Large print", "A quiet space". Empty if none is recognised.
    static QStringList arrangements(const QString &needs);
};

} // namespace Coproduce
