// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/cardpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

struct Metrics
{
    qreal pad;
    qreal band;
    QFont title;
    QFont easy;
    QFont body;
};

Metrics metricsFor(const QFont &font)
{
    Metrics m;
    const qreal em = QFontMetricsF(font).height();
    m.pad = em * 0.8;
    m.band = em * 0.6;
    m.title = font;
    m.title.setBold(true);
    if (font.pointSizeF() > 0)
        m.title.setPointSizeF(font.pointSizeF() * 1.3);
    else
        m.title.setPixelSize(qRound(font.pixelSize() * 1.3));
    m.easy = font;
    m.easy.setItalic(true);
    m.body = font;
    return m;
}

qreal textHeight(const QFont &font, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace

QString CardPainter::weWill()
{
    return QCoreApplication::translate("CardPainter", "We will:");
}

QString CardPainter::text(const Principle &principle)
{
    QString t = principle.title + u". "_s + principle.easyRead;
    if (!principle.commitments.isEmpty())
        t += u" "_s + weWill() + u" "_s + principle.commitments.join(u"; "_s) + u"."_s;
    return t;
}

qreal CardPainter::height(const Principle &principle, qreal width, const QFont &font)
{
    const Metrics m = metricsFor(font);
    const qreal inner = width - 2 * m.pad;
    const qreal bullet = QFontMetricsF(m.body).horizontalAdvance(u"•  "_s);
    qreal h = m.band + m.pad + textHeight(m.title, inner, principle.title);
    if (!principle.easyRead.isEmpty())
        h += m.pad * 0.5 + textHeight(m.easy, inner, principle.easyRead);
    if (!principle.commitments.isEmpty()) {
        h += m.pad * 0.5 + textHeight(m.body, inner, weWill());
        for (const QString &c : principle.commitments)
            h += m.pad * 0.25 + textHeight(m.body, inner - bullet, c);
    }
    return h + m.pad;
}

void CardPainter::paint(QPainter &painter, const QRectF &rect, const Principle &principle, const QFont &font,
                        const QPalette &palette, bool current, bool focused)
{
    const Metrics m = metricsFor(font);
    const QColor colour = QColor::isValidColorName(principle.colour) ? QColor::fromString(principle.colour)
                                                                     : palette.color(QPalette::Highlight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(rect.adjusted(1, 1, -1, -1), m.pad * 0.5, m.pad * 0.5);
    painter.fillPath(card, palette.color(QPalette::Base));
    painter.save();
    painter.setClipPath(card);
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), m.band), colour);
    painter.restore();
    // The current card has a thick frame in its own colour; with keyboard focus, a second dashed ring.
    painter.setPen(QPen(current ? colour : palette.color(QPalette::Mid), current ? 4 : 1));
    painter.drawPath(card);
    if (current && focused) {
        painter.setPen(QPen(palette.color(QPalette::Text), 2, Qt::DashLine));
        painter.drawRoundedRect(rect.adjusted(5, 5, -5, -5), m.pad * 0.4, m.pad * 0.4);
    }

    const qreal inner = rect.width() - 2 * m.pad;
    qreal y = rect.top() + m.band + m.pad;
    const auto draw = [&](const QFont &f, qreal x, qreal width, const QString &text) {
        const qreal h = textHeight(f, width, text);
        painter.setFont(f);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(x, y, width, h), Qt::TextWordWrap | Qt::AlignLeft, text);
        y += h;
    };
    draw(m.title, rect.left() + m.pad, inner, principle.title);
    if (!principle.easyRead.isEmpty()) {
        y += m.pad * 0.5;
        draw(m.easy, rect.left() + m.pad, inner, principle.easyRead);
    }
    if (!principle.commitments.isEmpty()) {
        y += m.pad * 0.5;
        QFont bold = m.body;
        bold.setBold(true);
        draw(bold, rect.left() + m.pad, inner, weWill());
        const qreal bullet = QFontMetricsF(m.body).horizontalAdvance(u"•  "_s);
        for (const QString &c : principle.commitments) {
            y += m.pad * 0.25;
            painter.setFont(m.body);
            painter.drawText(QPointF(rect.left() + m.pad, y + QFontMetricsF(m.body).ascent()), u"•"_s);
            draw(m.body, rect.left() + m.pad + bullet, inner - bullet, c);
        }
    }
    painter.restore();
}

} // namespace Coproduce
