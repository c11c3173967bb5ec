// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"
#include "core/ladder.h"
#include "ui/painted/progresschart.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScreen;
class QStackedWidget;

namespace Coproduce {

class CharterCards;
class LadderWidget;
class PollChart;
class ProgressChart;
class ReadAloud;

// What the room sees on the projector: one charter card at a time, an activity's ladder and poll, or the
// progress charts one at a time, full screen on a chosen screen, in large type and high contrast, while the
// laptop keeps the editor. Arrow keys and a presentation clicker (Page Up/Down) move between cards; Escape
// closes. R (or F8) reads the card, rung or poll aloud, S (or Shift+F8) stops, and A reads each one aloud
// as it comes.
class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(QWidget *parent = nullptr);

    void showCards(const Charter &charter, int start);
    // An activity's ladder: page 0 shows each view's rating, page 1 the room's poll.
    void showLadder(const QString &title, const QMap<QString, QString> &ratings, const LadderPoll &poll,
                    int page);
    // Progress charts, one a page, each with its sentence under it (issue 21).
    void showProgress(const QString &title, const QList<ChartSlide> &charts, int start);
    // Full screen on `screen` (or windowed, if there is none).
    void present(QScreen *screen);

    // Reading aloud (issue 23): `reader` is the app's, and with `eachPage` every page is read as it shows.
    void setReader(ReadAloud *reader, bool eachPage);
    bool readsEachPage() const { return m_readEachPage; }
    // What is read aloud of the page showing.
    QString spokenText() const;

    int currentPage() const { return m_page; }
    int pageCount() const;
    void setPage(int page);

    // The screen to present on: the one named in the settings if it is connected, else one that the
    // editor's window is not on, else the editor's own.
    static QScreen *chooseScreen(const QString &preferred, const QWidget *editor);

Q_SIGNALS:
    // A pressed: every page read as it shows, or not (kept in the settings).
    void readEachPageChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void applyScale();
    void readAloud();

    QLabel *m_heading;
    QStackedWidget *m_stack;
    CharterCards *m_card;
    LadderWidget *m_ladder;
    PollChart *m_poll;
    QWidget *m_progress; // a chart and its sentence
    ProgressChart *m_chart;
    QLabel *m_sentence;
    QList<ChartSlide> m_charts;
    QLabel *m_position;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_close;
    Charter m_charter;
    QString m_title; // the activity's, in ladder mode
    int m_page = 0;
    bool m_ladderMode = false;
    bool m_progressMode = false;
    QPointer<ReadAloud> m_reader;
    bool m_readEachPage = false;
};

} // namespace Coproduce
