// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/offlineactions.h"

#include "ui/editor/meetingeditor.h"
#include "ui/settings.h"

#include "core/builtincharters.h"
#include "core/database.h"
#include "core/offline.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace Coproduce {

using namespace Qt::StringLiterals;

OfflineActions::OfflineActions(Database &database, MeetingEditor *editor, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_editor(editor)
    , m_window(window)
    , m_take(new QAction(tr("Ta&ke offline to this laptop"), window))
    , m_publish(new QAction(tr("P&ublish to the area's server"), window))
    , m_laptopPath(Database::defaultPath())
{
    m_take->setStatusTip(tr("Copy this meeting to this laptop's own database, to work on it without the "
                            "server; others can read it meanwhile, and it comes back when you publish it"));
    m_publish->setStatusTip(tr("Send this meeting back to the area's server (a meeting made here goes as a "
                               "new one)"));
    m_take->setVisible(database.isServer());
    m_publish->setVisible(!database.isServer());
    connect(m_take, &QAction::triggered, this, &OfflineActions::takeOpenMeeting);
    connect(m_publish, &QAction::triggered, this, &OfflineActions::publishOpenMeeting);
}

void OfflineActions::takeOpenMeeting()
{
    const qint64 meeting = m_editor->meetingId();
    if (meeting == 0)
        return;
    m_editor->flush();
    QDir().mkpath(QFileInfo(m_laptopPath).absolutePath());
    Database laptop;
    QString error;
    if (!laptop.open(m_laptopPath) || !BuiltInCharters::install(laptop, &error)) {
        Q_EMIT problem(laptop.errorString().isEmpty() ? error : laptop.errorString());
        return;
    }
    const std::optional<qint64> local = Offline(m_database, laptop).take(meeting, &error);
    if (!local) {
        Q_EMIT problem(tr("The meeting was not taken offline: %1.").arg(error));
        return;
    }
    m_editor->reload(); // it now says it is taken
    Q_EMIT done(tr("Taken offline to this laptop. To work on it without the server, choose File → Connect, "
                   "then This laptop's own file; publish it back from there with Meeting → Publish."));
}

void OfflineActions::publishOpenMeeting()
{
    const qint64 meeting = m_editor->meetingId();
    if (meeting == 0)
        return;
    m_editor->flush();
    QString server = Offline::serverOf(m_database, meeting);
    if (server.isEmpty())
        server = Settings().lastServer();
    if (server.isEmpty()) {
        Q_EMIT problem(tr("Publishing needs the area's server: connect to it once with File → Connect, then "
                          "come back to this laptop's file and publish."));
        return;
    }
    Database area;
    if (!area.open(server)) {
        Q_EMIT problem(tr("The meeting was not published: %1").arg(area.errorString()));
        return;
    }
    QString error;
    const std::optional<Offline::Published> published = Offline(area, m_database).publish(meeting, &error);
    if (!published) {
        Q_EMIT problem(tr("The meeting was not published: %1.").arg(error));
        return;
    }
    Q_EMIT meetingGone();
    Q_EMIT done(published->message);
}

} // namespace Coproduce
