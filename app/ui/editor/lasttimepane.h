// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editorpane.h"

#include <memory>

class QTableWidget;

namespace Ui {
class LastTimePane;
}

namespace Coproduce {

// The actions from earlier meetings of the series that are still open, or that changed since it last
// met: one line each, for the facilitator to tell the room what happened and change their status.
class LastTimePane final : public EditorPane
{
    Q_OBJECT

public:
    explicit LastTimePane(QWidget *parent = nullptr);
    ~LastTimePane() override;

    void reload() override;
    QTableWidget *table() const;
    int count() const;

Q_SIGNALS:
    // Enter on a row, or its button: the editor asks for the new status.
    void statusRequested(qint64 actionId);
    void countChanged(int count);

private:
    std::unique_ptr<Ui::LastTimePane> m_ui;
};

} // namespace Coproduce
