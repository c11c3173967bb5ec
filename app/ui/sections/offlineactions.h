// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Coproduce {

class Database;
class MeetingEditor;

// The Meeting menu's "Take offline to this laptop" (in a window on the area's server) and "Publish to the
// area's server" (in a window on this laptop's own file): core/offline.h, as a facilitator uses it.
class OfflineActions final : public QObject
{
    Q_OBJECT

public:
    OfflineActions(Database &database, MeetingEditor *editor, QWidget *window);

    QAction *take() const { return m_take; }
    QAction *publish() const { return m_publish; }
    // The laptop's own database the meetings are taken to (Database::defaultPath() unless told).
    void setLaptopPath(const QString &path) { m_laptopPath = path; }

    // Each gives what happened in words (or why not), and says it through done() or problem().
    void takeOpenMeeting();
    void publishOpenMeeting();

Q_SIGNALS:
    void done(const QString &message);
    void problem(const QString &message);
    // The open meeting went from this database (published): the window reads everything again.
    void meetingGone();

private:
    Database &m_database;
    MeetingEditor *m_editor;
    QWidget *m_window;
    QAction *m_take;
    QAction *m_publish;
    QString m_laptopPath;
};

} // namespace Coproduce
