// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace Coproduce {

class Database;
class MeetingEditor;

// The Meeting menu's calendar commands (issue 23): the open meeting, or its series' dates from today, saved
// as an iCalendar file (.ics) for Outlook, Thunderbird or GNOME Calendar, with what to arrange for the
// people who come in its description; and a council calendar's .ics read in as planned meetings of a series.
class CalendarActions final : public QObject
{
    Q_OBJECT

public:
    CalendarActions(Database &database, MeetingEditor *editor, QWidget *window);

    QAction *saveMeeting() const { return m_saveMeeting; }
    QAction *saveSeries() const { return m_saveSeries; }
    QAction *import() const { return m_import; }

    // What the commands do once a file (and a series) is chosen; each says what happened through done()
    // or problem(), and a failure leaves no file and no meeting behind.
    bool saveTo(const QString &path, bool wholeSeries);
    bool importFrom(const QString &path, const QString &series);
    // The series to offer on import: the open meeting's first, then every other, A to Z.
    QStringList seriesChoices() const;

Q_SIGNALS:
    void done(const QString &message);
    void problem(const QString &message);
    // Planned meetings were added: the window reads the list again.
    void meetingsAdded();

private:
    QString openSeries() const;
    void chooseAndSave(bool wholeSeries);
    void chooseAndImport();

    Database &m_database;
    MeetingEditor *m_editor;
    QWidget *m_window;
    QAction *m_saveMeeting;
    QAction *m_saveSeries;
    QAction *m_import;
};

} // namespace Coproduce
