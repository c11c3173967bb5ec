// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/chartercards.h"

#include "ui/painted/cardpainter.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Coproduce {

using namespace Qt::StringLiterals;

CharterCards::CharterCards(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Charter cards"));
}

void CharterCards::setCharter(const Charter &charter)
{
    m_charter = charter;
    m_current = 0;
    relayout();
    setCurrentCard(0);
}

int CharterCards::columnCount() const
{
    // A card is at least about 38 characters wide, so lines stay readable at any text size.
    const int minimum = fontMetrics().averageCharWidth() * 38;
    return std::clamp(width() / qMax(1, minimum), 1, qMax(1, int(m_charter.principles.size())));
}

QList<QRectF> CharterCards::layoutFor(int width, qreal *totalHeight) const
{
    QList<QRectF> rects;
    const qreal gap = fontMetrics().height() * 0.8;
    const int minimum = fontMetrics().averageCharWidth() * 38;
    const int count = int(m_charter.principles.size());
    const int columns = std::clamp(width / qMax(1, minimum), 1, qMax(1, count));
    const qreal cardWidth = (width - gap * (columns + 1)) / columns;
    qreal y = gap;
    for (int first = 0; first < count; first += columns) {
        qreal rowHeight = 0;
        for (int i = first; i < qMin(count, first + columns); ++i)
            rowHeight = qMax(rowHeight, CardPainter::height(m_charter.principles.at(i), cardWidth, font()));
        for (int i = first; i < qMin(count, first + columns); ++i)
            rects << QRectF(gap + (i - first) * (cardWidth + gap), y, cardWidth, rowHeight);
        y += rowHeight + gap;
    }
    if (totalHeight)
        *totalHeight = y;
    return rects;
}

void CharterCards::relayout()
{
    m_rects = layoutFor(width(), nullptr);
    updateGeometry();
    update();
}

int CharterCards::heightForWidth(int width) const
{
    qreal height = 0;
    layoutFor(width, &height);
    return int(std::ceil(height));
}

QSize CharterCards::sizeHint() const
{
    const int w = fontMetrics().averageCharWidth() * 100;
    return { w, heightForWidth(w) };
}

QSize CharterCards::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 32, fontMetrics().height() * 8 };
}

QRectF CharterCards::cardRect(int index) const
{
    return m_rects.value(index);
}

void CharterCards::setCurrentCard(int index)
{
    if (m_charter.principles.isEmpty()) {
        setAccessibleDescription(tr("This charter has no principles yet."));
        return;
    }
    index = std::clamp(index, 0, int(m_charter.principles.size()) - 1);
    const bool changed = index != m_current;
    m_current = index;
    setAccessibleDescription(tr("Card %1 of %2: %3")
                                 .arg(index + 1)
                                 .arg(m_charter.principles.size())
                                 .arg(CardPainter::text(m_charter.principles.at(index))));
    if (hasFocus()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
    if (changed)
        Q_EMIT currentCardChanged(index);
}

int CharterCards::cardAt(const QPoint &pos) const
{
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects.at(i).contains(pos))
            return i;
    return -1;
}

void CharterCards::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    for (int i = 0; i < m_rects.size(); ++i)
        CardPainter::paint(painter, m_rects.at(i), m_charter.principles.at(i), font(), palette(),
                           i == m_current, hasFocus());
    if (m_charter.principles.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This charter has no principles yet. Use Edit to add them."));
    }
}

void CharterCards::resizeEvent(QResizeEvent *)
{
    m_rects = layoutFor(width(), nullptr);
}

void CharterCards::keyPressEvent(QKeyEvent *event)
{
    const int columns = columnCount();
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCard(m_current - 1);
        break;
    case Qt::Key_Right:
        setCurrentCard(m_current + 1);
        break;
    case Qt::Key_Up:
        setCurrentCard(m_current - columns);
        break;
    case Qt::Key_Down:
        setCurrentCard(m_current + columns);
        break;
    case Qt::Key_Home:
        setCurrentCard(0);
        break;
    case Qt::Key_End:
        setCurrentCard(int(m_charter.principles.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_charter.principles.isEmpty())
            Q_EMIT presentRequested(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void CharterCards::mousePressEvent(QMouseEvent *event)
{
    const int index = cardAt(event->position().toPoint());
    if (index >= 0)
        setCurrentCard(index);
    setFocus(Qt::MouseFocusReason);
}

void CharterCards::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = cardAt(event->position().toPoint());
    if (index >= 0)
        Q_EMIT presentRequested(index);
}

void CharterCards::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CharterCards::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace Coproduce
