// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CharterDialog;
}

namespace Coproduce {

// Writes or changes a charter: its name and area, and its principles in order, each with a title, an
// easy-read line, a colour and its "we will" commitments. OK checks the whole charter and names what
// needs fixing; nothing is saved until it is right.
class CharterDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CharterDialog(const Charter &charter, QWidget *parent = nullptr);
    ~CharterDialog() override;

    Charter charter() const { return m_charter; }
    void accept() override;

    // What is wrong with a charter, or empty if nothing is.
    static QString problem(const Charter &charter);
    // An id made from a name: lower case, digits and hyphens ("Be accountable" → "be-accountable").
    static QString slug(const QString &name, const QString &fallback);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void storeCurrent();
    void showCurrent();
    void refreshList();
    void move(int by);
    static QString idFor(const QString &title, const Charter &charter, int except);

    std::unique_ptr<Ui::CharterDialog> m_ui;
    Charter m_charter;
    int m_current = -1;
};

} // namespace Coproduce
