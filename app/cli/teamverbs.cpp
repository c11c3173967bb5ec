// SPDX-License-Identifier: GPL-3.0-or-later
// `coproduce team`: the area's admin says which teams there are, who is in each (by login) and which
// series each owns. On the area's server that decides who may change which meetings (schemasecurity.cpp).
#include "commandline.h"

#include "core/teamrepository.h"
#include "texttable.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

int CommandLine::team(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString verb = u"team "_s + sub;
    static const QHash<QString, QPair<int, QString>> shapes {
        { u"list"_s, { 0, QString() } },
        { u"add"_s, { 1, tr("a team's name") } },
        { u"member"_s, { 2, tr("a team's name and a person's login") } },
        { u"series"_s, { 2, tr("a team's name and a series' name") } },
    };
    if (!shapes.contains(sub))
        return usageError(tr("team takes list, add, member or series, not \"%1\"").arg(sub));
    const auto [count, names] = shapes.value(sub);
    const bool removes = sub == u"member" || sub == u"series";
    if (!onlyOptions(verb, removes ? QStringList { u"remove"_s } : QStringList())
        || !expectArguments(verb, args.mid(1), count, names))
        return 2;
    if (!openDatabase())
        return 1;
    TeamRepository teams(m_database);
    QString error;
    const bool remove = m_parser.isSet(u"remove"_s);
    if (sub == u"list") {
        TextTable table({ tr("team"), tr("members"), tr("series") });
        for (const Team &t : teams.list())
            table.addRow({ t.name, t.members.join(u", "_s), t.series.join(u", "_s) });
        if (table.rowCount() == 0)
            m_out << tr("There are no teams yet: every series is the whole area's "
                        "(`coproduce team add NAME` makes one).")
                  << u'\n';
        else
            m_out << table.toText();
        return 0;
    }
    const QString team = args.at(1);
    if (sub == u"add") {
        if (!teams.add(team, &error))
            return fail(error);
        m_out << tr("Added the team \"%1\".").arg(team.trimmed()) << u'\n';
    } else if (sub == u"member") {
        if (!teams.setMember(team, args.at(2), !remove, &error))
            return fail(error);
        m_out << (remove ? tr("%1 is no longer in the team \"%2\".") : tr("%1 is in the team \"%2\"."))
                     .arg(args.at(2).trimmed(), team)
              << u'\n';
    } else {
        const QString series = args.at(2);
        if (remove) {
            const QList<Team> all = teams.list();
            const auto owner = std::find_if(all.cbegin(), all.cend(),
                                            [&](const Team &t) { return t.series.contains(series); });
            if (owner == all.cend() || owner->name != team)
                return fail(tr("the series \"%1\" does not belong to the team \"%2\"").arg(series, team));
        }
        if (!teams.setOwner(series, remove ? QString() : team, &error))
            return fail(error);
        m_out << (remove ? tr("The series \"%1\" is the whole area's again.").arg(series)
                         : tr("The series \"%1\" belongs to the team \"%2\".").arg(series, team))
              << u'\n';
    }
    return 0;
}

} // namespace Coproduce
