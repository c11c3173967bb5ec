// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladder.h"

#include "builtinstrings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Coproduce {

using namespace Qt::StringLiterals;

const Ladder &Ladder::builtIn()
{
    static const Ladder ladder = [] {
        Ladder result;
        QFile file(u":/coproduce/ladder.json"_s);
        // The file is compiled in; a failure here is a build mistake that the tests catch.
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in ladder resource is missing");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        // Names and descriptions in the user's language, as data (BuiltInStrings).
        const auto tr = [](const QString &text) { return BuiltInStrings::translated("Ladder", text); };
        result.m_credit = root.value(u"credit"_s).toString();
        for (const QJsonValue &value : root.value(u"groups"_s).toArray()) {
            const QJsonObject o = value.toObject();
            result.m_groups.append({ o.value(u"id"_s).toString(), tr(o.value(u"name"_s).toString()),
                                     tr(o.value(u"description"_s).toString()) });
        }
        for (const QJsonValue &value : root.value(u"rungs"_s).toArray()) {
            const QJsonObject o = value.toObject();
            result.m_rungs.append({ o.value(u"id"_s).toString(), tr(o.value(u"name"_s).toString()),
                                    o.value(u"group"_s).toString(),
                                    tr(o.value(u"description"_s).toString()) });
        }
        return result;
    }();
    return ladder;
}

QStringList Ladder::rungIds() const
{
    QStringList ids;
    for (const LadderRung &r : m_rungs)
        ids << r.id;
    return ids;
}

const LadderRung *Ladder::rung(const QString &id) const
{
    for (const LadderRung &r : m_rungs)
        if (r.id == id)
            return &r;
    return nullptr;
}

const LadderGroup *Ladder::group(const QString &id) const
{
    for (const LadderGroup &g : m_groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

int Ladder::level(const QString &rungId) const
{
    for (int i = 0; i < m_rungs.size(); ++i)
        if (m_rungs.at(i).id == rungId)
            return i;
    return -1;
}

} // namespace Coproduce
