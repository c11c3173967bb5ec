// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editorpane.h"

#include "core/charter.h"

#include <QList>

#include <memory>

namespace Ui {
class ActivityPane;
}

namespace Coproduce {

class AutoSave;
class LadderPane;
class RowTable;
class TabFold;

// The agenda and the chosen activity: its title, who raised it, its notes, and what came out of it (what
// people said, decisions, commitments, actions), with the ladder and the room's poll beside it, or as
// tabs of its own when the pane is narrow. Each table has an entry line: type, press Enter.
class ActivityPane final : public EditorPane
{
    Q_OBJECT

public:
    explicit ActivityPane(QWidget *parent = nullptr);
    ~ActivityPane() override;

    // The charter's principles, for what a commitment serves; set before the document.
    void setCharter(const Charter &charter) { m_charter = charter; }
    void setDocument(MeetingDocument *document) override;
    void reload() override;
    void flush() override;
    // Chooses the first activity on the agenda (a meeting just opened).
    void selectFirst();
    qint64 activityId() const { return m_activityId; }
    LadderPane *ladderPane() const;
    bool folded() const;

    // Where each of the editor's keys lands.
    QWidget *activityEntry() const;
    QWidget *notes() const;
    QWidget *contributionEntry() const;
    QWidget *decisionEntry() const;
    QWidget *commitmentEntry() const;
    QWidget *actionEntry() const;

Q_SIGNALS:
    void statusRequested(qint64 actionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpTables();
    void fitToFont();
    int widthForLadderBeside() const;
    void selectActivity(qint64 activityId);
    void reloadActivity();
    void reloadPeopleChoices();

    std::unique_ptr<Ui::ActivityPane> m_ui;
    Charter m_charter;
    QList<AutoSave *> m_fields;
    TabFold *m_fold = nullptr;
    qint64 m_activityId = 0;
};

} // namespace Coproduce
