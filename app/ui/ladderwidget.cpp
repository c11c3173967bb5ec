// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderwidget.h"

#include "ladderaccessible.h"

#include "core/ladder.h"
#include "core/vocabulary.h"
#include "reports/laddercolours.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 8;
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
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateAccessibleText();
}

void LadderWidget::setRatings(const QMap<QString, QString> &ratings)
{
    m_ratings = ratings;
    m_divergence = describeDivergence();
    updateAccessibleText();
    update();
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

int LadderWidget::bannerHeight() const
{
    // One line saying who is being rated (not on the projector: the room does not need the keys), and room
    // for the divergence warning, wrapped, when there is one.
    const int who = m_presentation ? 0 : fontMetrics().height() + 2 * Margin;
    if (!m_showsDivergence || divergenceText().isEmpty())
        return who + Margin;
    return who + bannerTextHeight() + 3 * Margin;
}

int LadderWidget::bannerTextHeight() const
{
    QFont bold = font();
    bold.setBold(true);
    // Measured at the width the banner will have; before the first layout, at the width it asks for.
    const int w = (width() > 100 ? width() : fontMetrics().horizontalAdvance(u'x') * 90) - 4 * Margin;
    return QFontMetrics(bold)
        .boundingRect(QRect(0, 0, qMax(1, w), 10000), Qt::TextWordWrap, u"⚠ "_s + divergenceText())
        .height();
}

int LadderWidget::rowHeight() const
{
    const int available = (height() - bannerHeight() - Margin) / Rungs;
    const int needed = qMax(m_presentation ? 44 : 28, 2 * fontMetrics().height() + 10);
    return qMax(available, needed);
}

QRect LadderWidget::rungRect(int level) const
{
    const int row = rowHeight();
    const int top = bannerHeight() + (Rungs - 1 - level) * row;
    return QRect(Margin, top, width() - 2 * Margin, row - 2);
}

int LadderWidget::levelAt(const QPoint &pos) const
{
    for (int level = 0; level < Rungs; ++level)
        if (rungRect(level).contains(pos))
            return level;
    return -1;
}

QSize LadderWidget::sizeHint() const
{
    const int row = qMax(m_presentation ? 44 : 28, 2 * fontMetrics().height() + 10);
    return QSize(fontMetrics().horizontalAdvance(u'x') * 90, bannerHeight() + Rungs * row + Margin);
}

QSize LadderWidget::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(u'x') * 50, bannerHeight() + Rungs * 28 + Margin);
}

void LadderWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const Ladder &ladder = Ladder::builtIn();
    const QFontMetrics fm = fontMetrics();
    const QColor ink(0x1a, 0x1a, 0x1a);

    // Who is being rated now.
    QFont bold = font();
    bold.setBold(true);
    p.setPen(ink);
    p.setFont(font());
    const QString who
        = tr("Rating for: %1    (Left/Right: another view; Up/Down or 1–7: a rung; Delete: clear)")
              .arg(Vocabulary::perspectiveLabel(currentPerspective()));
    if (!m_presentation)
        p.drawText(QRect(Margin, Margin, width() - 2 * Margin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(who, Qt::ElideRight, width() - 2 * Margin));

    const QString divergence = divergenceText();
    if (m_showsDivergence && !divergence.isEmpty()) {
        const QRect banner(Margin, (m_presentation ? 0 : fm.height() + Margin) + Margin, width() - 2 * Margin,
                           bannerTextHeight() + Margin);
        p.setPen(QPen(QColor(0x8a, 0x4b, 0x00), 2));
        p.setBrush(QColor(0xff, 0xf3, 0xdc));
        p.drawRoundedRect(banner, 6, 6);
        p.setPen(ink);
        p.setFont(bold);
        p.drawText(banner.adjusted(Margin, 0, -Margin, 0), Qt::AlignVCenter | Qt::TextWordWrap,
                   u"⚠ "_s + divergence);
    }

    const int groupWidth = fm.horizontalAdvance(tr("Doing with")) + 3 * Margin;
    const QString current = m_ratings.value(currentPerspective());
    for (int level = 0; level < Rungs; ++level) {
        const LadderRung &rung = ladder.rungs().at(level);
        const QRect r = rungRect(level);
        p.setPen(Qt::NoPen);
        p.setBrush(LadderColours::group(rung.group));
        p.drawRect(r);

        // A chip for each view that put the activity here, right-aligned; the text gets what is left.
        int right = r.right() - Margin;
        for (auto it = m_perspectives.crbegin(); it != m_perspectives.crend(); ++it) {
            if (m_ratings.value(*it) != rung.id)
                continue;
            const QString label = Vocabulary::perspectiveLabel(*it);
            const int w = QFontMetrics(bold).horizontalAdvance(label) + 2 * Margin;
            const QRect chip(right - w, r.center().y() - fm.height() / 2 - 4, w, fm.height() + 8);
            p.setPen(*it == currentPerspective() && !m_presentation ? QPen(ink, 3) : Qt::NoPen);
            p.setBrush(LadderColours::perspective(*it));
            p.drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
            p.setPen(Qt::white);
            p.setFont(bold);
            p.drawText(chip, Qt::AlignCenter, label);
            right -= w + Margin / 2;
        }

        // The rung's number and name, with its plain description on the line below.
        const int textLeft = r.left() + groupWidth + Margin;
        const int textWidth = qMax(0, right - Margin - textLeft);
        const int textTop = r.center().y() - fm.height() - 1;
        p.setPen(ink);
        p.setFont(bold);
        p.drawText(QRect(textLeft, textTop, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   u"%1  %2"_s.arg(level + 1).arg(rung.name));
        p.setFont(font());
        p.drawText(QRect(textLeft, textTop + fm.height() + 2, textWidth, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(rung.description, Qt::ElideRight, textWidth));

        // Where the current view stands, and keyboard focus, are outlined.
        if (!m_presentation && (rung.id == current || (hasFocus() && current.isEmpty() && level == 0))) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(LadderColours::perspective(currentPerspective()), hasFocus() ? 3 : 2,
                          hasFocus() ? Qt::SolidLine : Qt::DashLine));
            p.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }

    // Each group's name, centred down the rungs it spans, with a rule between groups.
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
        const QRect span = rungRect(high).united(rungRect(low));
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
