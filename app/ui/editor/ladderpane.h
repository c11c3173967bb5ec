// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/editorpane.h"

#include <memory>

class QTabWidget;

namespace Ui {
class LadderPane;
}

namespace Coproduce {

class LadderWidget;
class PollTable;

// Where the chosen activity sat on the ladder of co-production: each point of view's rating, where they
// differ, and the room's hands-up poll, each with a button to show it on the projector. Its two pages
// are tabs of their own beside the activity, or tabs of the activity's when the pane is narrow.
class LadderPane final : public EditorPane
{
    Q_OBJECT

public:
    explicit LadderPane(QWidget *parent = nullptr);
    ~LadderPane() override;

    // The activity rated (0 for none).
    void setActivity(qint64 activityId);
    qint64 activityId() const { return m_activityId; }
    void reload() override;

    QTabWidget *tabs() const;
    LadderWidget *ladder() const;
    PollTable *pollTable() const;
    // Whether the poll is the page showing (so the projector shows it rather than the ratings).
    bool pollShown() const;

Q_SIGNALS:
    void presentRequested(bool poll);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::LadderPane> m_ui;
    qint64 m_activityId = 0;
};

} // namespace Coproduce
