// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/ladderwidget.h"

#include "ui/painted/ladderaccessible.h"

#include "core/ladder.h"
#include "core/vocabulary.h"
#include "reports/laddercolours.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QToolTip>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = LadderLayout::Margin;
constexpr int Rungs = 7;

} // namespace

LadderWidget::LadderWidget(QWidget *parent)
    : QWidget(parent)
    , m_perspectives { u"facilitator"_s, u"parent-carer"_s, u"young-person"_s, u"professional"_s }
{
    // Before anything that reaches a screen reader: the first query makes the interface Qt keeps.
    LadderAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Ladder of co-production"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // the words wrap; a scroll area round it asks for this
    setSizePolicy(policy);
    updateAccessibleText();
}

void LadderWidget::setRatings(const QMap<QString, QString> &ratings)
{
    m_ratings = ratings;
    m_divergence = describeDivergence();
    updateAccessibleText();
    updateGeometry(); // chips may need a line of their own
    update();
    // In a short pane the ladder scrolls: the rung just chosen comes into view.
    if (hasFocus() && currentLevel() >= 0)
        if (auto *area
            = qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
            QTimer::singleShot(0, this, [this, area] {
                const QRect r = rungRect(currentLevel());
                area->ensureVisible(r.center().x(), r.center().y(), 0, r.height() / 2 + 8);
            });
}

void LadderWidget::setPerspectives(const QStringList &roles)
{
    const QString current = currentPerspective();
    m_perspectives = roles;
    m_current = qMax(0, int(m_perspectives.indexOf(current)));
    updateAccessibleText();
    update();
}

void LadderWidget::setCurrentPerspective(const QString &role)
{
    const int index = int(m_perspectives.indexOf(role));
    if (index < 0 || index == m_current)
        return;
    m_current = index;
    updateAccessibleText();
    updateGeometry(); // another name on the first line
    update();
    Q_EMIT currentPerspectiveChanged(role);
}

QString LadderWidget::currentPerspective() const
{
    return m_perspectives.value(m_current);
}

void LadderWidget::setShowsDivergence(bool shows)
{
    m_showsDivergence = shows;
    updateGeometry();
    update();
}

void LadderWidget::setPresentation(bool presentation)
{
    m_presentation = presentation;
    updateGeometry();
    update();
}

int LadderWidget::spread(const QMap<QString, QString> &ratings)
{
    int low = Rungs;
    int high = -1;
    for (const QString &rung : ratings) {
        const int level = Ladder::builtIn().level(rung);
        if (level < 0)
            continue;
        low = qMin(low, level);
        high = qMax(high, level);
    }
    return high > low ? high - low : 0;
}

QString LadderWidget::describeDivergence() const
{
    const int apart = spread(m_ratings);
    if (apart < 2)
        return QString();
    QString highRole;
    QString lowRole;
    for (auto it = m_ratings.begin(); it != m_ratings.end(); ++it) {
        const int level = Ladder::builtIn().level(it.value());
        if (highRole.isEmpty() || level > Ladder::builtIn().level(m_ratings.value(highRole)))
            highRole = it.key();
        if (lowRole.isEmpty() || level < Ladder::builtIn().level(m_ratings.value(lowRole)))
            lowRole = it.key();
    }
    return tr("Views differ by %1 rungs: %2 chose %3, %4 chose %5. Ask the room why.")
        .arg(apart)
        .arg(Vocabulary::perspectiveLabel(highRole), Ladder::builtIn().rung(m_ratings.value(highRole))->name,
             Vocabulary::perspectiveLabel(lowRole).toLower(),
             Ladder::builtIn().rung(m_ratings.value(lowRole))->name);
}

LadderLayout LadderWidget::layoutFor(int width, int height) const
{
    LadderLayout::Input in;
    in.font = font();
    in.width = width;
    in.height = height;
    in.presentation = m_presentation;
    // Who is being rated now, and the keys (not on the projector: the room does not need them).
    if (!m_presentation)
        in.who = tr("Rating for: %1. Left/Right: another view; Up/Down or 1–7: a rung; Delete: clear.")
                     .arg(Vocabulary::perspectiveLabel(currentPerspective()));
    if (m_showsDivergence)
        in.divergence = divergenceText();
    const Ladder &ladder = Ladder::builtIn();
    for (int level = 0; level < Rungs; ++level) {
        const LadderRung &rung = ladder.rungs().at(level);
        in.names << u"%1  %2"_s.arg(level + 1).arg(rung.name);
        in.descriptions << rung.description;
        QStringList on;
        for (const QString &perspective : m_perspectives)
            if (m_ratings.value(perspective) == rung.id)
                on << perspective;
        in.chips << on;
    }
    return LadderLayout(in);
}

LadderLayout LadderWidget::currentLayout() const
{
    return layoutFor(width(), height());
}

QRect LadderWidget::rungRect(int level) const
{
    return currentLayout().rungs().value(level).band;
}

int LadderWidget::levelAt(const QPoint &pos) const
{
    const LadderLayout layout = currentLayout();
    for (int level = 0; level < layout.rungs().size(); ++level)
        if (layout.rungs().at(level).band.contains(pos))
            return level;
    return -1;
}

bool LadderWidget::hasHeightForWidth() const
{
    return true;
}

int LadderWidget::heightForWidth(int width) const
{
    return layoutFor(width, 1).neededHeight(); // the least it can do with: names only
}

QSize LadderWidget::sizeHint() const
{
    const int w = fontMetrics().averageCharWidth() * 80;
    return QSize(w, layoutFor(w, 0).neededHeight());
}

QSize LadderWidget::minimumSizeHint() const
{
    // Narrower than this and the rung names themselves would have to wrap.
    const int w = fontMetrics().averageCharWidth() * 36;
    return QSize(w, heightForWidth(qMax(w, width())));
}

void LadderWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The words wrap anew: the height this width needs changes with it.
    if (heightForWidth(width()) != heightForWidth(event->oldSize().width()))
        updateGeometry();
}

void LadderWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const Ladder &ladder = Ladder::builtIn();
    const LadderLayout layout = currentLayout();
    const QColor ink(0x1a, 0x1a, 0x1a);
    QFont bold = font();
    bold.setBold(true);

    p.setPen(ink);
    p.setFont(font());
    if (!layout.who().isEmpty())
        p.drawText(layout.who(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.whoText());
    if (!layout.banner().isEmpty()) {
        p.setPen(QPen(QColor(0x8a, 0x4b, 0x00), 2));
        p.setBrush(QColor(0xff, 0xf3, 0xdc));
        p.drawRoundedRect(layout.banner(), 6, 6);
        p.setPen(ink);
        p.setFont(bold);
        p.drawText(layout.banner().adjusted(LadderLayout::Margin, 0, -LadderLayout::Margin, 0),
                   Qt::AlignVCenter | Qt::TextWordWrap, u"⚠ "_s + divergenceText());
    }

    const QString current = m_ratings.value(currentPerspective());
    for (int level = 0; level < layout.rungs().size(); ++level) {
        const LadderRung &rung = ladder.rungs().at(level);
        const LadderLayout::Rung &at = layout.rungs().at(level);
        p.setPen(Qt::NoPen);
        p.setBrush(LadderColours::group(rung.group));
        p.drawRect(at.band);
        for (const LadderLayout::Chip &chip : at.chips) {
            p.setPen(chip.perspective == currentPerspective() && !m_presentation ? QPen(ink, 3) : Qt::NoPen);
            p.setBrush(LadderColours::perspective(chip.perspective));
            p.drawRoundedRect(chip.rect, chip.rect.height() / 2.0, chip.rect.height() / 2.0);
            p.setPen(Qt::white);
            p.setFont(bold);
            p.drawText(chip.rect, Qt::AlignCenter, chip.label);
        }
        p.setPen(ink);
        LadderLayout::drawWords(p, at.text, font(), u"%1  %2"_s.arg(level + 1).arg(rung.name),
                                layout.brief() ? QString() : rung.description);

        // Where the current view stands, and keyboard focus, are outlined.
        if (!m_presentation && (rung.id == current || (hasFocus() && current.isEmpty() && level == 0))) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(LadderColours::perspective(currentPerspective()), hasFocus() ? 3 : 2,
                          hasFocus() ? Qt::SolidLine : Qt::DashLine));
            p.drawRect(at.band.adjusted(1, 1, -1, -1));
        }
    }

    // Names only: what the chosen rung means, whole, under the ladder.
    if (layout.brief()) {
        const LadderRung *chosen = ladder.rung(current);
        p.setPen(QPen(QColor(0x75, 0x75, 0x75), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(layout.detail());
        p.setPen(ink);
        p.setFont(font());
        p.drawText(
            layout.detail().adjusted(Margin, Margin / 2, -Margin, 0),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            chosen ? tr("%1  %2: %3").arg(ladder.level(chosen->id) + 1).arg(chosen->name, chosen->description)
                   : tr("Not rated yet. Choose a rung and what it means shows here."));
    }

    // Each group's name, centred down the rungs it spans, with a rule between groups.
    const int groupWidth = layout.groupWidth();
    for (const LadderGroup &group : ladder.groups()) {
        int low = Rungs;
        int high = -1;
        for (int level = 0; level < Rungs; ++level) {
            if (ladder.rungs().at(level).group == group.id) {
                low = qMin(low, level);
                high = qMax(high, level);
            }
        }
        if (high < 0)
            continue;
        const QRect span = layout.rungs().at(high).band.united(layout.rungs().at(low).band);
        p.setPen(ink);
        p.setFont(bold);
        p.drawText(QRect(span.left() + Margin, span.top(), groupWidth - Margin, span.height()),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, group.name);
        p.setPen(QPen(QColor(0x75, 0x75, 0x75), 1));
        p.drawLine(span.left() + groupWidth - Margin / 2, span.top() + 4,
                   span.left() + groupWidth - Margin / 2, span.bottom() - 4);
        if (high < Rungs - 1)
            p.drawLine(span.left(), span.top() - 1, span.right(), span.top() - 1);
    }
}

int LadderWidget::currentLevel() const
{
    return Ladder::builtIn().level(m_ratings.value(currentPerspective()));
}

void LadderWidget::chooseLevel(int level)
{
    requestLevel(level);
}

void LadderWidget::requestLevel(int level)
{
    if (level < 0 || level >= Rungs || currentPerspective().isEmpty())
        return;
    const QString rung = Ladder::builtIn().rungs().at(level).id;
    if (m_ratings.value(currentPerspective()) != rung)
        Q_EMIT ratingRequested(currentPerspective(), rung);
}

void LadderWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    requestLevel(levelAt(event->position().toPoint()));
}

void LadderWidget::keyPressEvent(QKeyEvent *event)
{
    const int level = Ladder::builtIn().level(m_ratings.value(currentPerspective()));
    switch (event->key()) {
    case Qt::Key_Up:
        requestLevel(level < 0 ? 0 : qMin(level + 1, Rungs - 1));
        break;
    case Qt::Key_Down:
        if (level > 0)
            requestLevel(level - 1);
        break;
    case Qt::Key_Home:
        requestLevel(0);
        break;
    case Qt::Key_End:
        requestLevel(Rungs - 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!m_perspectives.isEmpty()) {
            const int step = event->key() == Qt::Key_Right ? 1 : int(m_perspectives.size()) - 1;
            setCurrentPerspective(m_perspectives.at((m_current + step) % m_perspectives.size()));
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (level >= 0)
            Q_EMIT ratingRequested(currentPerspective(), QString());
        break;
    default:
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_7) {
            requestLevel(event->key() - Qt::Key_1);
            break;
        }
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

bool LadderWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int level = levelAt(help->pos());
        if (level < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const LadderRung &rung = Ladder::builtIn().rungs().at(level);
        QToolTip::showText(
            help->globalPos(),
            u"<b>%1</b> (%2)<br>%3"_s.arg(rung.name.toHtmlEscaped(),
                                          Ladder::builtIn().group(rung.group)->name.toHtmlEscaped(),
                                          rung.description.toHtmlEscaped()),
            this, rungRect(level));
        return true;
    }
    return QWidget::event(event);
}

void LadderWidget::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void LadderWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void LadderWidget::updateAccessibleText()
{
    // What a screen reader says: whose view is being set, where it stands and what that rung means,
    // every other view, and any disagreement.
    QStringList parts;
    const LadderRung *mine = Ladder::builtIn().rung(m_ratings.value(currentPerspective()));
    parts << (mine ? tr("Rating for %1: %2. %3")
                         .arg(Vocabulary::perspectiveLabel(currentPerspective()), mine->name,
                              mine->description)
                   : tr("Rating for %1: not rated yet.")
                         .arg(Vocabulary::perspectiveLabel(currentPerspective())));
    for (const QString &role : m_perspectives) {
        if (role == currentPerspective())
            continue;
        const LadderRung *rung = Ladder::builtIn().rung(m_ratings.value(role));
        parts << tr("%1: %2.").arg(Vocabulary::perspectiveLabel(role), rung ? rung->name : tr("not rated"));
    }
    if (!m_divergence.isEmpty())
        parts << m_divergence;
    setAccessibleDescription(parts.join(u' '));
    setToolTip(QString());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    QAccessibleValueChangeEvent value(this, currentLevel() + 1);
    QAccessible::updateAccessibility(&value);
}

} // namespace Coproduce
