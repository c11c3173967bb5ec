// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plainwords.h"

#include "document.h"

#include "core/actionrepository.h"
#include "core/charter.h"
#include "core/meeting.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Coproduce {

class Credits;
class LadderLabels;
class Database;

struct ReportOptions
{
    bool redact = false; // publish: everyone not there in a professional role by role only
    bool largePrint = false;
    bool a5 = false;
};

// The minutes of one meeting, for the partnership: details, who came (by role), actions from last time,
// each activity (notes, the ladder drawn, what was said, decisions, commitments, actions), the charter
// check and "were you heard?". Names follow each person's credit preference (see Credits).
class Minutes final
{
    Q_DECLARE_TR_FUNCTIONS(Minutes)

public:
    // Everything the minutes need, read in one go; empty if there is no such meeting.
    static std::optional<Minutes> load(Database &database, qint64 meetingId);

    Document document(const ReportOptions &options) const;
    const Meeting &meeting() const { return m_meeting; }
    const Charter &charter() const { return m_charter; }
    const QList<ActionRow> &lastTime() const { return m_lastTime; }
    // The hard words to explain: the built-in ones and the area's own.
    const PlainWords &words() const { return m_words; }
    // Everyone whose name the document must handle: this meeting's people, and the people of the earlier
    // meetings whose actions are carried over.
    QList<Attendee> people() const;

private:
    QString details(const Credits &credits) const;
    QString whoCame(const Credits &credits) const;
    // `wide`: a page wide enough for set column shares.
    QString lastTime(const Credits &credits, bool wide) const;
    QString activity(int index, const Credits &credits, Document &document,
                     const std::shared_ptr<LadderLabels> &labels, bool wide) const;
    QString charterCheck(const Credits &credits) const;
    QString heard() const;

    Meeting m_meeting;
    Charter m_charter;
    QList<ActionRow> m_lastTime;
    QList<Attendee> m_earlierPeople;
    PlainWords m_words = PlainWords::builtIn();
};

} // namespace Coproduce
