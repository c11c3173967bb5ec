// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coproduce {

class Database;

// A team of the area (the council's SEND team, the parent carer forum, health…): the logins of its
// members and the series it owns. On the area's server only its members and the area's admins may change
// its series' meetings, which the database enforces (schemasecurity.cpp); on a file there is one person
// and teams only name who owns what.
struct Team
{
    qint64 id = 0;
    QString name;
    QStringList members; // logins, A to Z
    QStringList series; // names, A to Z
};

class TeamRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Coproduce::TeamRepository)

public:
    explicit TeamRepository(Database &database);

    // A to Z by name.
    QList<Team> list() const;
    std::optional<qint64> find(const QString &name) const;
    // Whether a team member may be named by `login` here: on the server, one of its logins; on a file, any.
    bool isLogin(const QString &login) const;

    // Each is one transaction with its entry in the audit trail; on the server, the area's admins'.
    std::optional<qint64> add(const QString &name, QString *error);
    bool setMember(const QString &team, const QString &login, bool member, QString *error);
    // The series belongs to the team, or (an empty team) to the whole area again.
    bool setOwner(const QString &series, const QString &team, QString *error);

    // Why the signed-in person may not change this meeting, in words ("… belongs to the team Health…"),
    // or empty when they may (always, on a file). Asked when the server's row-level security hid a row.
    QString refusal(qint64 meetingId) const;
    // The same, said before anything is typed: why the meeting opens to read only (or empty).
    QString readOnlyNotice(qint64 meetingId) const;
    // Whether the signed-in person may change meetings at all (not one of the area's readers).
    bool mayChangeMeetings() const;

private:
    // The series and the team of a meeting the signed-in person may not change (nullopt if they may).
    std::optional<QPair<QString, QString>> ownerHoldingBack(qint64 meetingId) const;

    Database &m_database;
};

} // namespace Coproduce
