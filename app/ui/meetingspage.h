// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QSqlQueryModel;

namespace Ui {
class MeetingsPage;
}

namespace Coproduce {

class Database;
class MeetingEditor;

// The Series & meetings section: the meetings (newest first, by series, or found by any word in them)
// beside the editor of the one that is open.
class MeetingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPage(Database &database, QWidget *parent = nullptr);
    ~MeetingsPage() override;

    MeetingEditor *editor() const { return m_editor; }
    bool openMeeting(qint64 meetingId);
    // Asks for a new meeting's details and opens it; returns its id, or 0 if none was made.
    qint64 newMeeting();
    void reload();
    void focusSearch();
    void setToday(const QDate &today) { m_today = today; }
    int listedMeetings() const;

Q_SIGNALS:
    void meetingOpened(qint64 meetingId);

private:
    void refreshList();

    std::unique_ptr<Ui::MeetingsPage> m_ui;
    Database &m_database;
    MeetingEditor *m_editor;
    QSqlQueryModel *m_meetings;
    QDate m_today = QDate::currentDate();
};

} // namespace Coproduce
