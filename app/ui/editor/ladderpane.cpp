// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ladderpane.h"
#include "ui_ladderpane.h"

#include "ui/access/theme.h"
#include "ui/editor/meetingdocument.h"

#include <QEvent>
#include <QStackedWidget>

namespace Coproduce {

using namespace Qt::StringLiterals;

LadderPane::LadderPane(QWidget *parent)
    : EditorPane(parent)
    , m_ui(std::make_unique<Ui::LadderPane>())
{
    m_ui->setupUi(this);
    m_ui->divergence->setStyleSheet(Theme::noticeStyle());
    m_ui->ladder->setShowsDivergence(false); // the label under it says it, wrapped and in bold
    setMinimumWidth(64 * fontMetrics().averageCharWidth());
    m_ui->pollKey->setText(tr("Rungs: %1").arg(PollTable::key()));
    connect(m_ui->ladder, &LadderWidget::ratingRequested, this,
            [this](const QString &perspective, const QString &rung) {
                if (m_document && m_activityId)
                    m_document->setRating(m_activityId, perspective, rung);
            });
    connect(m_ui->pollTable, &PollTable::countRequested, this,
            [this](const QString &role, const QString &rung, int count) {
                if (m_document && m_activityId)
                    m_document->setVotes(m_activityId, role, rung, count);
            });
    connect(m_ui->pollTable, &PollTable::problem, this, &EditorPane::problem);
    connect(m_ui->presentLadderButton, &QPushButton::clicked, this,
            [this] { Q_EMIT presentRequested(false); });
    connect(m_ui->presentPollButton, &QPushButton::clicked, this, [this] { Q_EMIT presentRequested(true); });
}

LadderPane::~LadderPane() = default;

QTabWidget *LadderPane::tabs() const
{
    return m_ui->ladderTabs;
}

LadderWidget *LadderPane::ladder() const
{
    return m_ui->ladder;
}

PollTable *LadderPane::pollTable() const
{
    return m_ui->pollTable;
}

bool LadderPane::pollShown() const
{
    // Wherever the page is (here, or a tab of the activity's), it shows when it is its tabs' current one.
    const auto *pages = qobject_cast<QStackedWidget *>(m_ui->pollTab->parentWidget());
    return pages && pages->currentWidget() == m_ui->pollTab;
}

void LadderPane::setActivity(qint64 activityId)
{
    m_activityId = activityId;
    reload();
}

void LadderPane::reload()
{
    const bool has = m_document && m_activityId;
    m_ui->ladder->setRatings(has ? m_document->edits().ratings(m_activityId) : QMap<QString, QString>());
    const LadderPoll poll = has ? m_document->edits().poll(m_activityId) : LadderPoll();
    m_ui->pollTable->setPoll(poll);
    m_ui->pollChart->setPoll(poll);
    const QString divergence = m_ui->ladder->divergenceText();
    m_ui->divergence->setText(divergence);
    m_ui->divergence->setVisible(!divergence.isEmpty());
}

void LadderPane::changeEvent(QEvent *event)
{
    EditorPane::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setMinimumWidth(64 * fontMetrics().averageCharWidth()); // rung names and their meaning, beside
    if (event->type() == QEvent::PaletteChange)
        m_ui->divergence->setStyleSheet(Theme::noticeStyle()); // the theme changed
}

} // namespace Coproduce
