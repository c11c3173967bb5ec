// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace Coproduce {

// File → Connect to the area's server…: where Coproduce keeps the meetings, this laptop's file or the
// area's PostgreSQL server (as libpq writes it: a URI or keywords). A server is tried before it is chosen:
// an address that cannot be read, holds a password, or cannot be reached is named and nothing changes.
// The choice is remembered (Settings::database()) and the app opens it when it starts again.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // `current`: what is open now (a file's path or the server's keywords).
    explicit ConnectDialog(const QString &current, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // What was chosen: the server's keywords, or empty for this laptop's own file.
    QString location() const { return m_location; }
    QString problem() const;
    void accept() override;

private:
    void updateChoice();
    void growToFit();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QString m_location;
};

} // namespace Coproduce
