// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/calendaractions.h"

#include "ui/editor/meetingeditor.h"

#include "core/calendarfile.h"
#include "core/database.h"
#include "core/importer.h"
#include "core/meetingrepository.h"
#include "core/outputfile.h"
#include "reports/calendarinvite.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QRegularExpression>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

CalendarActions::CalendarActions(Database &database, MeetingEditor *editor, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_editor(editor)
    , m_window(window)
    , m_saveMeeting(new QAction(tr("Calendar &file for this meeting…"), window))
    , m_saveSeries(new QAction(tr("Calendar file for the ser&ies' dates…"), window))
    , m_import(new QAction(tr("Add &meetings from a calendar file…"), window))
{
    m_saveMeeting->setObjectName(u"actionCalendarMeeting"_s);
    m_saveMeeting->setStatusTip(
        tr("This meeting as a calendar invite (.ics) for Outlook, Thunderbird or GNOME "
           "Calendar, with what to arrange for the people who come"));
    m_saveSeries->setObjectName(u"actionCalendarSeries"_s);
    m_saveSeries->setStatusTip(tr("This series' meetings from today as one calendar file (.ics)"));
    m_import->setObjectName(u"actionImportCalendar"_s);
    m_import->setStatusTip(tr("Planned meetings from a council calendar's .ics file, added to a series"));
    connect(m_saveMeeting, &QAction::triggered, this, [this] { chooseAndSave(false); });
    connect(m_saveSeries, &QAction::triggered, this, [this] { chooseAndSave(true); });
    connect(m_import, &QAction::triggered, this, &CalendarActions::chooseAndImport);
}

QString CalendarActions::openSeries() const
{
    const qint64 id = m_editor->meetingId();
    if (id == 0)
        return {};
    const std::optional<Meeting> meeting = MeetingRepository(m_database).load(id);
    return meeting ? meeting->series : QString();
}

QStringList CalendarActions::seriesChoices() const
{
    QStringList names;
    for (const MeetingSummary &summary : MeetingRepository(m_database).list())
        if (!summary.series.isEmpty() && !names.contains(summary.series))
            names << summary.series;
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    const QString open = openSeries();
    if (!open.isEmpty()) {
        names.removeAll(open);
        names.prepend(open);
    }
    return names;
}

void CalendarActions::chooseAndSave(bool wholeSeries)
{
    if (m_editor->meetingId() == 0) {
        Q_EMIT problem(tr("Open a meeting first: the calendar is made from it."));
        return;
    }
    if (wholeSeries && openSeries().isEmpty()) {
        Q_EMIT problem(tr("This meeting is not in a series: save it on its own instead."));
        return;
    }
    m_editor->flush();
    QString name = wholeSeries ? openSeries() : tr("meeting");
    name.replace(QRegularExpression(u"[^\\w-]+"_s), u"-"_s);
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save to a calendar"),
                                       QDir::home().filePath(name + u".ics"_s), tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        saveTo(path.endsWith(u".ics"_s, Qt::CaseInsensitive) ? path : path + u".ics"_s, wholeSeries);
}

bool CalendarActions::saveTo(const QString &path, bool wholeSeries)
{
    const qint64 id = m_editor->meetingId();
    const QString series = openSeries();
    QString error;
    const CalendarInvite invite(m_database);
    const std::optional<QList<CalendarEvent>> events
        = wholeSeries ? invite.series(series, QDate::currentDate(), &error) : invite.meeting(id, &error);
    if (!events) {
        Q_EMIT problem(tr("No calendar was saved: %1").arg(error));
        return false;
    }
    const QByteArray bytes = CalendarFile::write(*events, wholeSeries ? series : events->constFirst().summary,
                                                 QDateTime::currentDateTimeUtc());
    // It holds people's access needs, and the names of those who chose to be named: only its owner reads it.
    if (!OutputFile::write(path, bytes, true, &error)) {
        Q_EMIT problem(error);
        return false;
    }
    Q_EMIT done(tr("Saved %n meetings to %1: open it with your calendar, or attach it to an email.", nullptr,
                   int(events->size()))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

void CalendarActions::chooseAndImport()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Add meetings from a calendar file"), QDir::homePath(),
                                       tr("Calendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString series
        = QInputDialog::getItem(m_window, tr("Add meetings from a calendar file"),
                                tr("The &series the meetings belong to (choose one, or type a "
                                   "new name):"),
                                seriesChoices(), 0, true, &ok)
              .trimmed();
    if (ok)
        importFrom(path, series);
}

bool CalendarActions::importFrom(const QString &path, const QString &series)
{
    if (series.trimmed().isEmpty()) {
        Q_EMIT problem(tr("Nothing was added: the meetings need a series to belong to."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT problem(
            tr("%1: cannot read the file: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QStringList errors;
    const std::optional<Importer::CalendarImport> imported
        = Importer(m_database).importCalendar(file.readAll(), path, series.trimmed(), &errors);
    if (!imported) {
        Q_EMIT problem(tr("Nothing was added: %1").arg(errors.join(u"; "_s)));
        return false;
    }
    QStringList said {
        tr("Added %n planned meetings to %1.", nullptr, int(imported->added.size())).arg(series)
    };
    if (imported->alreadyHere > 0)
        said << tr("%n meetings were in the series already, and were left as they are.", nullptr,
                   imported->alreadyHere);
    said << imported->notes;
    if (!imported->added.isEmpty())
        Q_EMIT meetingsAdded();
    Q_EMIT done(said.join(u' '));
    return true;
}

} // namespace Coproduce
