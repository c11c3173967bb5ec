// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace Coproduce {

class Database;

// Who changed what in a meeting or an action, when, and from what to what: the audit trail, newest first,
// read-only. Choosing a row shows the change in full.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    // A meeting's history (every change to it and everything in it), or one action's (actionId > 0).
    HistoryDialog(Database &database, qint64 meetingId, qint64 actionId, const QString &what,
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    int rowCount() const;
    // The row's cells as shown: when, who, what, before, after.
    QStringList row(int index) const;

private:
    void showDetail();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
};

} // namespace Coproduce
