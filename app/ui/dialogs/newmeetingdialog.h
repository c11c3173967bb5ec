// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class NewMeetingDialog;
}

namespace Coproduce {

class Database;
struct Meeting;

// Sets up a new meeting: title, series (chosen or new), date, charter and facilitator. In a series, the
// people from its last meeting can be invited again, and its open actions will show as "actions from
// last time". OK hands the meeting to `make` (which makes it in one transaction, as a step that can be
// undone), or says what needs fixing.
class NewMeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    // Makes the meeting: its id, or 0 and the problem.
    using Make = std::function<qint64(const Meeting &meeting, QString *problem)>;

    NewMeetingDialog(Database &database, const QDate &today, Make make, QWidget *parent = nullptr);
    ~NewMeetingDialog() override;

    qint64 meetingId() const { return m_meetingId; }
    QString title() const { return m_title; }
    void accept() override;

private:
    std::unique_ptr<Ui::NewMeetingDialog> m_ui;
    Database &m_database;
    Make m_make;
    QString m_title;
    qint64 m_meetingId = 0;
};

} // namespace Coproduce
