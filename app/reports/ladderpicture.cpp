// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderpicture.h"

#include "laddercolours.h"
#include "ladderlabels.h"
#include "typeface.h"

#include "core/ladder.h"
#include "core/vocabulary.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <optional>

namespace Coproduce {

using namespace Qt::StringLiterals;

QString LadderPicture::describe(const QMap<QString, QString> &ratings)
{
    if (ratings.isEmpty())
        return tr("The ladder of co-production. Nobody rated this activity.");
    QStringList parts;
    for (const QString &role : Vocabulary::roles())
        if (const LadderRung *rung = Ladder::builtIn().rung(ratings.value(role)))
            parts << tr("%1: %2 (rung %3 of 7)")
                         .arg(Vocabulary::perspectiveLabel(role), rung->name)
                         .arg(Ladder::builtIn().level(rung->id) + 1);
    return tr("The ladder of co-production. %1.").arg(parts.join(u"; "_s));
}

namespace {

constexpr int Rungs = 7;

QFont boldFont()
{
    QFont bold = Typeface::withoutLigatures(QFont(u"DejaVu Sans"_s));
    bold.setPixelSize(13);
    bold.setBold(true);
    return bold;
}

qreal rowHeight()
{
    return QFontMetricsF(boldFont()).height() + 12;
}

} // namespace

QSizeF LadderPicture::size(int width)
{
    return QSizeF(width, int(Rungs * rowHeight() + 2));
}

QImage LadderPicture::render(const QMap<QString, QString> &ratings, int width, qreal scale)
{
    const QSizeF logical = size(width);
    // Opaque white: PDF/A-1 allows no transparency.
    QImage image(QSize(int(logical.width() * scale), int(logical.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(&p, QRectF(QPointF(), logical * scale), ratings, width);
    return image;
}

void LadderPicture::paint(QPainter *painter, const QRectF &target, const QMap<QString, QString> &ratings,
                          int width, LadderLabels *labels)
{
    std::optional<LadderLabels> own;
    if (!labels)
        labels = &own.emplace(boldFont());
    QPainter &p = *painter;
    const QSizeF logical = size(width);
    p.save();
    p.translate(target.topLeft());
    p.scale(target.width() / logical.width(), target.height() / logical.height());
    const qreal row = rowHeight();
    const Ladder &ladder = Ladder::builtIn();
    const qreal groupWidth = labels->width(tr("Doing with")) + 16;
    const qreal nameWidth = labels->width(u"7  Co-production"_s) + 16;
    for (int level = Rungs - 1; level >= 0; --level) {
        const LadderRung &rung = ladder.rungs().at(level);
        const QRectF r(0, (Rungs - 1 - level) * row, width, row - 2);
        p.fillRect(r, LadderColours::group(rung.group));
        p.setPen(LadderColours::ink());
        labels->draw(&p, QRectF(groupWidth, r.top(), nameWidth, r.height()), Qt::AlignLeft,
                     u"%1  %2"_s.arg(level + 1).arg(rung.name));
        qreal x = groupWidth + nameWidth;
        for (const QString &role : Vocabulary::roles()) {
            if (ratings.value(role) != rung.id)
                continue;
            const QString label = Vocabulary::perspectiveLabel(role);
            const qreal w = labels->width(label) + 14;
            const QRectF chip(x, r.top() + 4, w, r.height() - 8);
            p.setPen(Qt::NoPen);
            p.setBrush(LadderColours::perspective(role));
            p.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
            p.setPen(Qt::white);
            labels->draw(&p, chip, Qt::AlignHCenter, label);
            x += w + 6;
        }
    }
    // The groups' names down the left, each centred on the rungs it spans.
    for (const LadderGroup &group : ladder.groups()) {
        int low = Rungs, high = -1;
        for (int level = 0; level < Rungs; ++level)
            if (ladder.rungs().at(level).group == group.id) {
                low = qMin(low, level);
                high = qMax(high, level);
            }
        if (high < 0)
            continue;
        const QRectF span(6, (Rungs - 1 - high) * row, groupWidth - 8, (high - low + 1) * row - 2);
        p.setPen(LadderColours::ink());
        labels->draw(&p, span, Qt::AlignLeft, group.name);
        p.setPen(QPen(QColor(0x75, 0x75, 0x75), 1));
        p.drawLine(QPointF(groupWidth - 2, span.top() + 3), QPointF(groupWidth - 2, span.bottom() - 3));
    }
    p.restore();
}

QFont LadderPicture::labelFont()
{
    return boldFont();
}

} // namespace Coproduce
