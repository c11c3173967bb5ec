// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editorpane.h"

#include "core/charter.h"
#include "core/meetingedits.h"

#include <QList>

#include <memory>

class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Ui {
class CharterCheckPane;
}

namespace Coproduce {

class AutoSave;

// How the meeting did against its charter: for each principle a face to choose (yes, partly, not yet;
// choosing it again clears it) and a note, and how many people said they were heard.
class CharterCheckPane final : public EditorPane
{
    Q_OBJECT

public:
    explicit CharterCheckPane(QWidget *parent = nullptr);
    ~CharterCheckPane() override;

    // The principles to check (the meeting's charter): the rows are made anew.
    void setCharter(const Charter &charter);
    void reload() override;
    void flush() override;
    // Where Ctrl+Shift+H lands: the first principle's first face (Space chooses it).
    QWidget *firstFace() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearRows();
    // "Were you heard?": each count's box and the value it stores.
    QList<QPair<QSpinBox *, Field>> heardCounts() const;
    void style();

    struct Row
    {
        QString principle;
        QList<QToolButton *> faces; // in Vocabulary::checkScores() order
        QLineEdit *note = nullptr;
        AutoSave *save = nullptr;
    };
    std::unique_ptr<Ui::CharterCheckPane> m_ui;
    Charter m_charter;
    QList<Row> m_rows;
};

} // namespace Coproduce
