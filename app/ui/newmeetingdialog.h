// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class NewMeetingDialog;
}

namespace Coproduce {

class Database;

// Sets up a new meeting: title, series (chosen or new), date, charter and facilitator. In a series, the
// people from its last meeting can be invited again, and its open actions will show as "actions from
// last time". OK creates the meeting in one transaction, or says what needs fixing.
class NewMeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    NewMeetingDialog(Database &database, const QDate &today, QWidget *parent = nullptr);
    ~NewMeetingDialog() override;

    qint64 meetingId() const { return m_meetingId; }
    QString title() const { return m_title; }
    void accept() override;

private:
    std::unique_ptr<Ui::NewMeetingDialog> m_ui;
    Database &m_database;
    QString m_title;
    qint64 m_meetingId = 0;
};

} // namespace Coproduce
