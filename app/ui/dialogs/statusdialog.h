// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class StatusDialog;
}

namespace Coproduce {

// Asks how an action's status changes, with a note kept under today's date. "Cannot do" needs the
// reason: OK stays unavailable, and the dialog says so, until one is given.
class StatusDialog final : public QDialog
{
    Q_OBJECT

public:
    StatusDialog(const QString &actionText, const QString &currentStatus, QWidget *parent = nullptr);
    ~StatusDialog() override;

    QString status() const;
    QString note() const;
    void setStatus(const QString &status);
    void setNote(const QString &note);

private:
    void update();

    std::unique_ptr<Ui::StatusDialog> m_ui;
};

} // namespace Coproduce
