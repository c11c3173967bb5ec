// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plainwords.h"

#include "minutes.h"

#include <QCoreApplication>

#include <optional>

namespace Coproduce {

class Credits;

// "You said, we did" for a series: every contribution made at its meetings and the actions that answered
// it, with their status now, oldest meeting first. Formal (tables) or easy read (pictures and short
// sentences). A point with no action says so: that is the honest answer too.
class YouSaidWeDid final
{
    Q_DECLARE_TR_FUNCTIONS(YouSaidWeDid)

public:
    // Empty if there is no series of that name.
    static std::optional<YouSaidWeDid> load(Database &database, const QString &series);

    Document document(const ReportOptions &options, bool easyRead) const;
    const QList<Meeting> &meetings() const { return m_meetings; }
    // Everyone in the series' meetings, the most private wish first: a person who asked anywhere not to be
    // named is not named here.
    QList<Attendee> people() const;

private:
    Document formal(const ReportOptions &options) const;
    Document easy(const ReportOptions &options) const;
    QString easyBody(const Credits &credits, Document &d, bool brief) const;

    QString m_series;
    QList<Meeting> m_meetings;
    PlainWords m_words = PlainWords::builtIn();
};

} // namespace Coproduce
