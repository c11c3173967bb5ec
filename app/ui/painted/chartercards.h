// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QList>
#include <QRectF>
#include <QWidget>

namespace Coproduce {

// A charter's principles as cards in a grid that reflows with the width: as many columns as fit at a
// readable width. Arrow keys, Home and End move between cards; Enter or a double click asks for the card
// to be presented full screen. Screen readers hear the current card whole.
class CharterCards final : public QWidget
{
    Q_OBJECT

public:
    explicit CharterCards(QWidget *parent = nullptr);

    void setCharter(const Charter &charter);
    const Charter &charter() const { return m_charter; }
    int currentCard() const { return m_current; }
    void setCurrentCard(int index);
    int columnCount() const;
    QRectF cardRect(int index) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentCardChanged(int index);
    void presentRequested(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QList<QRectF> layoutFor(int width, qreal *totalHeight) const;
    int cardAt(const QPoint &pos) const;
    void relayout();

    Charter m_charter;
    QList<QRectF> m_rects;
    int m_current = 0;
};

} // namespace Coproduce
