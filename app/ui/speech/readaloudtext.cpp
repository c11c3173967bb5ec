// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/readaloudtext.h"

#include "ui/painted/cardpainter.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// A line read as a sentence of its own.
QString sentence(const QString &text)
{
    QString t = text.simplified();
    if (!t.isEmpty() && !t.endsWith(u'.') && !t.endsWith(u'?') && !t.endsWith(u'!') && !t.endsWith(u':'))
        t += u'.';
    return t;
}

} // namespace

QString ReadAloudText::card(const Principle &principle)
{
    QStringList lines { sentence(principle.title) };
    if (!principle.easyRead.isEmpty())
        lines << sentence(principle.easyRead);
    if (!principle.commitments.isEmpty()) {
        lines << CardPainter::weWill();
        for (const QString &c : principle.commitments)
            lines << sentence(c);
    }
    return lines.join(u'\n');
}

QString ReadAloudText::activity(const Meeting &meeting, qint64 activityId)
{
    for (const Activity &a : meeting.activities) {
        if (a.id != activityId)
            continue;
        QStringList lines { sentence(a.title) };
        for (const Decision &d : a.decisions)
            lines << tr("We decided: %1").arg(sentence(d.easyRead.isEmpty() ? d.text : d.easyRead));
        for (const Action &x : a.actions)
            lines << tr("To do next: %1").arg(sentence(x.easyRead.isEmpty() ? x.text : x.easyRead));
        if (a.decisions.isEmpty() && a.actions.isEmpty())
            lines << tr("Nothing decided yet.");
        return lines.join(u'\n');
    }
    return {};
}

} // namespace Coproduce
