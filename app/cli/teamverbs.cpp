// SPDX-License-Identifier: GPL-3.0-or-later
// `coproduce team`: the area's admin says which teams there are, who is in each (by login) and which
// series each owns. On the area's server that decides who may change which meetings (schemasecurity.cpp).
#include "commandline.h"

#include "core/jsonwriter.h"
#include "core/teamrepository.h"
#include "texttable.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

int CommandLine::teamList(const QStringList &)
{
    if (!openDatabase())
        return 1;
    const QList<Team> teams = TeamRepository(m_database).list();
    if (isSet(u"json"_s)) {
        return printJsonList(u"coproduce-team-list/1"_s, u"teams"_s, teams,
                             [&](JsonWriter &json, const Team &t) {
                                 json.field(u"name"_s, t.name);
                                 json.textList(u"members"_s, t.members, true);
                                 json.textList(u"series"_s, t.series, true);
                             });
    }
    if (teams.isEmpty()) {
        m_out << tr(
            "There are no teams yet: every series is the whole area's (`coproduce team add NAME` makes "
            "one).")
              << u'\n';
        return 0;
    }
    TextTable table({ tr("team"), tr("members"), tr("series") });
    for (const Team &t : teams)
        table.addRow({ t.name, t.members.join(u", "_s), t.series.join(u", "_s) });
    m_out << table.toText();
    return 0;
}

int CommandLine::teamAdd(const QStringList &args)
{
    if (!openDatabase())
        return 1;
    QString error;
    if (!TeamRepository(m_database).add(args.at(0), &error))
        return fail(error);
    m_out << tr("Added the team \"%1\".").arg(args.at(0).trimmed()) << u'\n';
    return 0;
}

int CommandLine::teamMember(const QStringList &args)
{
    if (!openDatabase())
        return 1;
    const bool remove = isSet(u"remove"_s);
    const QString &team = args.at(0);
    QString error;
    if (!TeamRepository(m_database).setMember(team, args.at(1), !remove, &error))
        return fail(error);
    m_out << (remove ? tr("%1 is no longer in the team \"%2\".") : tr("%1 is in the team \"%2\"."))
                 .arg(args.at(1).trimmed(), team)
          << u'\n';
    return 0;
}

int CommandLine::teamSeries(const QStringList &args)
{
    if (!openDatabase())
        return 1;
    TeamRepository teams(m_database);
    const bool remove = isSet(u"remove"_s);
    const QString &team = args.at(0);
    const QString &series = args.at(1);
    if (remove) {
        const QList<Team> all = teams.list();
        const auto owner = std::find_if(all.cbegin(), all.cend(),
                                        [&](const Team &t) { return t.series.contains(series); });
        if (owner == all.cend() || owner->name != team)
            return fail(tr("the series \"%1\" does not belong to the team \"%2\"").arg(series, team));
    }
    QString error;
    if (!teams.setOwner(series, remove ? QString() : team, &error))
        return fail(error);
    m_out << (remove ? tr("The series \"%1\" is the whole area's again.").arg(series)
                     : tr("The series \"%1\" belongs to the team \"%2\".").arg(series, team))
          << u'\n';
    return 0;
}

} // namespace Coproduce
