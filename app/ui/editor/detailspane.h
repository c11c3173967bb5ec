// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editorpane.h"

#include <QList>

#include <memory>

namespace Ui {
class DetailsPane;
}

namespace Coproduce {

class AutoSave;
class RowTable;

// The meeting's details (title, date, times, place, facilitator), the access needs to plan for, and the
// people invited, with an entry line to add one by name and role.
class DetailsPane final : public EditorPane
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    void setDocument(MeetingDocument *document) override;
    void reload() override;
    void flush() override;
    // Where the keyboard goes when the details are asked for, and where Ctrl+Shift+P lands.
    QWidget *firstField() const;
    QWidget *personEntry() const;
    RowTable *people() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void style();

    std::unique_ptr<Ui::DetailsPane> m_ui;
    QList<AutoSave *> m_fields;
};

} // namespace Coproduce
