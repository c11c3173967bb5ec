// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Coproduce {

struct LadderGroup
{
    QString id;
    QString name;
    QString description;
};

struct LadderRung
{
    QString id;
    QString name;
    QString group;
    QString description;
};

// The room's show of hands for one activity: role id -> rung id -> how many people in that role chose it.
using LadderPoll = QMap<QString, QMap<QString, int>>;

// The ladder of co-production (Think Local Act Personal), lowest rung first, read from resources/.
class Ladder final
{
public:
    static const Ladder &builtIn();

    const QList<LadderRung> &rungs() const { return m_rungs; }
    const QList<LadderGroup> &groups() const { return m_groups; }
    QStringList rungIds() const;
    const LadderRung *rung(const QString &id) const;
    const LadderGroup *group(const QString &id) const;
    // 0 for the lowest rung; -1 for an unknown id.
    int level(const QString &rungId) const;
    QString credit() const { return m_credit; }

private:
    QList<LadderRung> m_rungs;
    QList<LadderGroup> m_groups;
    QString m_credit;
};

} // namespace Coproduce
