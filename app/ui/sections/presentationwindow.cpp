// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/presentationwindow.h"

#include "ui/access/theme.h"
#include "ui/painted/cardpainter.h"
#include "ui/painted/chartercards.h"
#include "ui/painted/ladderwidget.h"
#include "ui/painted/pollchart.h"
#include "ui/painted/progresschart.h"
#include "ui/speech/readaloud.h"
#include "ui/speech/readaloudtext.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

PresentationWindow::PresentationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_card(new CharterCards(this))
    , m_ladder(new LadderWidget(this))
    , m_poll(new PollChart(this))
    , m_progress(new QWidget(this))
    , m_chart(new ProgressChart(m_progress))
    , m_sentence(new QLabel(m_progress))
    , m_position(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_close(new QPushButton(tr("Close (Esc)"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Coproduce presentation"));
    setAccessibleName(tr("Presentation"));
    // High contrast whatever the app's theme: black on white reads best on a washed-out projector.
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3c, 0x3c));
    setPalette(p);
    setAutoFillBackground(true);

    m_heading->setWordWrap(true);
    m_position->setWordWrap(true); // it gives way before the buttons do
    m_position->setAlignment(Qt::AlignCenter);
    m_heading->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_card);
    m_stack->addWidget(m_ladder);
    m_stack->addWidget(m_poll);
    m_stack->addWidget(m_progress);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    auto *progressLayout = new QVBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_chart, 1);
    progressLayout->addWidget(m_sentence);
    m_ladder->setPresentation(true);
    // Keys belong to the window: the clicker must always work. (The window's description says what is shown.)
    for (QWidget *shown :
         { static_cast<QWidget *>(m_card), static_cast<QWidget *>(m_ladder), static_cast<QWidget *>(m_poll),
           static_cast<QWidget *>(m_chart), m_chart->viewport() })
        shown->setFocusPolicy(Qt::NoFocus);
    // A style sheet, not setMinimumSize(): the app's own sheet would otherwise set a smaller minimum.
    setStyleSheet(u"QPushButton { min-height: %1px; min-width: %2px; padding: 4px 16px; }"_s
                      .arg(Theme::PresentationTarget)
                      .arg(Theme::PresentationTarget * 2));
    // Tab reaches the buttons (and a screen reader names them), but the clicker's keys still turn the cards
    // whichever has the focus: Space is "next" here, so Enter presses the chosen button.
    for (QPushButton *button : { m_previous, m_next, m_close }) {
        button->setFocusPolicy(Qt::TabFocus);
        button->installEventFilter(this);
    }
    m_previous->setAccessibleDescription(tr("Page Up, Left or Up"));
    m_next->setAccessibleDescription(tr("Page Down, Right, Down or Space"));
    connect(m_previous, &QPushButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_position, 1, Qt::AlignCenter);
    buttons->addWidget(m_next);
    buttons->addSpacing(24);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setFocusPolicy(Qt::StrongFocus);
}

void PresentationWindow::showCards(const Charter &charter, int start)
{
    m_charter = charter;
    m_ladderMode = false;
    m_progressMode = false;
    m_stack->setCurrentWidget(m_card);
    m_heading->setText(charter.name);
    setPage(start);
}

void PresentationWindow::showLadder(const QString &title, const QMap<QString, QString> &ratings,
                                    const LadderPoll &poll, int page)
{
    m_ladderMode = true;
    m_progressMode = false;
    m_title = title;
    m_ladder->setRatings(ratings);
    m_poll->setPoll(poll);
    setPage(page);
}

void PresentationWindow::showProgress(const QString &title, const QList<ChartSlide> &charts, int start)
{
    m_progressMode = true;
    m_ladderMode = false;
    m_title = title;
    m_charts = charts;
    m_stack->setCurrentWidget(m_progress);
    setPage(start);
}

int PresentationWindow::pageCount() const
{
    if (m_progressMode)
        return int(m_charts.size());
    return m_ladderMode ? 2 : int(m_charter.principles.size());
}

void PresentationWindow::setPage(int page)
{
    m_page = std::clamp(page, 0, qMax(0, pageCount() - 1));
    if (m_progressMode) {
        const ChartSlide chart = m_charts.value(m_page);
        m_heading->setText(tr("%1: %2").arg(m_title, chart.title));
        m_chart->show(chart.categories, chart.series);
        m_chart->setAccessibleDescription(chart.sentence);
        m_sentence->setText(chart.sentence);
        applyScale();
    } else if (m_ladderMode) {
        m_stack->setCurrentWidget(m_page == 0 ? static_cast<QWidget *>(m_ladder) : m_poll);
        m_heading->setText(m_page == 0 ? tr("Where it sat on the ladder: %1").arg(m_title)
                                       : tr("The room's poll: %1").arg(m_title));
        applyScale();
    } else {
        Charter one = m_charter;
        one.principles.clear();
        if (m_page < m_charter.principles.size())
            one.principles << m_charter.principles.at(m_page);
        m_card->setCharter(one);
        applyScale(); // each card is sized to fit the screen whole
    }
    update();
}

void PresentationWindow::update()
{
    if (m_progressMode)
        m_position->setText(tr("Chart %1 of %2").arg(m_page + 1).arg(pageCount()));
    else if (m_ladderMode)
        m_position->setText(m_page == 0 ? tr("Ratings, 1 of 2") : tr("Poll, 2 of 2"));
    else
        m_position->setText(tr("Card %1 of %2").arg(m_page + 1).arg(pageCount()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
    // The card widget holds one card at a time, so it would say "Card 1 of 1": the window says which.
    const QString what = m_progressMode ? m_sentence->text()
        : m_ladderMode || m_page >= m_charter.principles.size()
        ? m_stack->currentWidget()->accessibleDescription()
        : CardPainter::text(m_charter.principles.at(m_page));
    setAccessibleDescription(m_heading->text() + u". "_s + m_position->text() + u". "_s + what);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    QWidget::update();
    if (m_readEachPage && isVisible())
        readAloud();
}

void PresentationWindow::setReader(ReadAloud *reader, bool eachPage)
{
    m_reader = reader;
    m_readEachPage = eachPage;
}

QString PresentationWindow::spokenText() const
{
    if (!m_ladderMode && !m_progressMode && m_page < m_charter.principles.size())
        return ReadAloudText::card(m_charter.principles.at(m_page));
    const QString what
        = m_progressMode ? m_sentence->text() : m_stack->currentWidget()->accessibleDescription();
    return m_heading->text() + u'\n' + what;
}

void PresentationWindow::readAloud()
{
    if (!m_reader)
        return;
    if (!m_reader->read(spokenText()))
        m_position->setText(m_position->text() + u" · "_s + m_reader->problem());
}

void PresentationWindow::applyScale()
{
    // Type as large as the screen allows: start at about 18 lines to the screen's height and shrink until
    // the card fits whole (never below 18 px, where it would scroll instead).
    QFont body = font();
    int size = qMax(18, height() / 18);
    body.setPixelSize(size);
    const auto available = [&] { return height() - 4 * size - 48 - Theme::PresentationTarget * 2; };
    if (!m_ladderMode && m_page < m_charter.principles.size()) {
        const Principle &principle = m_charter.principles.at(m_page);
        while (size > 18 && CardPainter::height(principle, width() - 64 - size, body) > available()) {
            size = size * 9 / 10;
            body.setPixelSize(size);
        }
    } else if (m_progressMode) {
        // The heading, the sentence, a chart a dozen lines high and the buttons must all show.
        const auto needed = [&] {
            QFont bold = body;
            bold.setPixelSize(body.pixelSize() * 6 / 5);
            bold.setBold(true);
            const int w = width() - 64;
            const QRect flags(0, 0, w, 100000);
            return QFontMetrics(bold).boundingRect(flags, Qt::TextWordWrap, m_heading->text()).height()
                + QFontMetrics(body).boundingRect(flags, Qt::TextWordWrap, m_sentence->text()).height()
                + QFontMetrics(body).height() * 12 + Theme::PresentationTarget * 2 + 48;
        };
        while (size > 14 && needed() > height()) {
            size = size * 9 / 10;
            body.setPixelSize(size);
        }
    } else if (m_ladderMode) {
        // All seven rungs must show: shrink until the ladder or the chart fits under the heading.
        QWidget *shown = m_stack->currentWidget();
        shown->setFont(body);
        while (size > 14 && shown->sizeHint().height() > available()) {
            size = size * 9 / 10;
            body.setPixelSize(size);
            shown->setFont(body);
        }
    }
    m_card->setFont(body);
    m_ladder->setFont(body);
    m_chart->setFont(body);
    m_sentence->setFont(body);
    m_poll->setFont(body);
    m_position->setFont(body);
    for (QPushButton *button : { m_previous, m_next, m_close })
        button->setFont(body);
    QFont heading = body;
    heading.setPixelSize(body.pixelSize() * 6 / 5);
    heading.setBold(true);
    m_heading->setFont(heading);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void PresentationWindow::present(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    applyScale();
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    if (m_readEachPage)
        readAloud();
}

QScreen *PresentationWindow::chooseScreen(const QString &preferred, const QWidget *editor)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (!preferred.isEmpty() && s->name() == preferred)
            return s;
    QScreen *own = editor ? editor->screen() : QGuiApplication::primaryScreen();
    for (QScreen *s : screens)
        if (s != own)
            return s;
    return own;
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (auto *button = qobject_cast<QPushButton *>(watched))
            button->click();
        return true;
    }
    if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
        return false;
    keyPressEvent(key);
    return true;
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        setPage(m_page + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        setPage(m_page - 1);
        break;
    case Qt::Key_Home:
        setPage(0);
        break;
    case Qt::Key_End:
        setPage(pageCount() - 1);
        break;
    case Qt::Key_Escape:
        if (m_reader)
            m_reader->stop();
        close();
        break;
    case Qt::Key_R:
    case Qt::Key_F8:
        if (event->key() == Qt::Key_F8 && (event->modifiers() & Qt::ShiftModifier)) {
            if (m_reader)
                m_reader->stop();
        } else {
            readAloud();
        }
        break;
    case Qt::Key_S:
        if (m_reader)
            m_reader->stop();
        break;
    case Qt::Key_A:
        m_readEachPage = !m_readEachPage;
        if (m_readEachPage)
            readAloud();
        else if (m_reader)
            m_reader->stop();
        Q_EMIT readEachPageChanged(m_readEachPage);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Coproduce
