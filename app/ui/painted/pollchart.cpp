// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/pollchart.h"

#include "reports/laddercolours.h"

#include "core/vocabulary.h"

#include <QPainter>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 8;
constexpr int Rungs = 7;

} // namespace

PollChart::PollChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("The room's poll"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setPoll({});
}

int PollChart::total(const LadderPoll &poll, const QString &rung)
{
    int sum = 0;
    for (const QMap<QString, int> &counts : poll)
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (rung.isEmpty() || it.key() == rung)
                sum += it.value();
    return sum;
}

QString PollChart::summary(const LadderPoll &poll)
{
    const int all = total(poll);
    if (all == 0)
        return tr("Nobody has been counted yet.");
    QString top;
    int most = 0;
    bool tie = false;
    for (const QString &rung : Ladder::builtIn().rungIds()) {
        const int n = total(poll, rung);
        if (n > most) {
            most = n;
            top = rung;
            tie = false;
        } else if (n == most) {
            tie = true;
        }
    }
    const QString people = tr("%n people answered.", nullptr, all);
    if (tie)
        return people + u' ' + tr("No one rung had the most.");
    return people + u' ' + tr("Most chose %1 (%2).").arg(Ladder::builtIn().rung(top)->name).arg(most);
}

void PollChart::setPoll(const LadderPoll &poll)
{
    m_poll = poll;
    // A screen reader hears the whole chart: the summary, then each rung that anyone chose.
    QStringList parts { summary(poll) };
    const QStringList rungs = Ladder::builtIn().rungIds();
    for (auto rung = rungs.crbegin(); rung != rungs.crend(); ++rung) {
        const int n = total(poll, *rung);
        if (n == 0)
            continue;
        QStringList who;
        for (const QString &role : Vocabulary::roles())
            if (const int c = poll.value(role).value(*rung))
                who << u"%1 %2"_s.arg(Vocabulary::perspectiveLabel(role).toLower()).arg(c);
        parts << tr("%1: %2 (%3).").arg(Ladder::builtIn().rung(*rung)->name).arg(n).arg(who.join(u", "_s));
    }
    setAccessibleDescription(parts.join(u' '));
    update();
}

QStringList PollChart::rolesShown() const
{
    QStringList shown;
    for (const QString &role : Vocabulary::roles())
        if (!m_poll.value(role).isEmpty())
            shown << role;
    return shown;
}

int PollChart::lineHeight() const
{
    return fontMetrics().height();
}

QSize PollChart::sizeHint() const
{
    // The summary (two lines at most, on a sensible width), the key, and a rung row a little taller than
    // a line of bold text.
    const int line = lineHeight();
    return QSize(fontMetrics().horizontalAdvance(u'x') * 70,
                 2 * line + line + Rungs * (line + 2 * Margin) + 4 * Margin);
}

QSize PollChart::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(u'x') * 40, 3 * lineHeight() + Rungs * (lineHeight() + 4));
}

void PollChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const QColor ink(0x1a, 0x1a, 0x1a);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const QFontMetrics bm(bold);
    const int line = lineHeight();

    // The summary, wrapped, then a key: each role's colour beside its name, wrapping as the width needs.
    p.setPen(ink);
    p.setFont(bold);
    const QRect said = bm.boundingRect(QRect(Margin, Margin, width() - 2 * Margin, height()),
                                       Qt::TextWordWrap, summary(m_poll));
    p.drawText(said, Qt::TextWordWrap, summary(m_poll));
    int x = Margin;
    int keyTop = said.bottom() + Margin;
    p.setFont(font());
    for (const QString &role : rolesShown()) {
        const QString label = Vocabulary::perspectiveLabel(role);
        const int w = line + Margin / 2 + fm.horizontalAdvance(label);
        if (x > Margin && x + w > width() - Margin) {
            x = Margin;
            keyTop += line + Margin / 2;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(LadderColours::perspective(role));
        p.drawRoundedRect(QRect(x, keyTop + line / 4, line, line / 2 + line / 4), 3, 3);
        p.setPen(ink);
        p.drawText(QRect(x + line + Margin / 2, keyTop, fm.horizontalAdvance(label), line), Qt::AlignVCenter,
                   label);
        x += w + 2 * Margin;
    }

    // One row a rung, highest first, tinted by group; the bars share one scale, the largest rung's total.
    const int top = keyTop + (rolesShown().isEmpty() ? 0 : line + Margin);
    const int row = qMax(line + Margin, (height() - top - Margin) / Rungs);
    int nameWidth = 0;
    for (const LadderRung &rung : Ladder::builtIn().rungs())
        nameWidth = qMax(nameWidth, bm.horizontalAdvance(u"7  "_s + rung.name));
    nameWidth += 2 * Margin;
    int largest = 1;
    for (const QString &rung : Ladder::builtIn().rungIds())
        largest = qMax(largest, total(m_poll, rung));
    const int totalWidth = bm.horizontalAdvance(u"0000"_s) + 2 * Margin;
    const int barLeft = Margin + nameWidth;
    const int barSpace = qMax(1, width() - barLeft - totalWidth - 2 * Margin);

    for (int level = Rungs - 1; level >= 0; --level) {
        const LadderRung &rung = Ladder::builtIn().rungs().at(level);
        const QRect r(Margin, top + (Rungs - 1 - level) * row, width() - 2 * Margin, row - 2);
        p.setPen(Qt::NoPen);
        p.setBrush(LadderColours::group(rung.group));
        p.drawRect(r);
        p.setPen(ink);
        p.setFont(bold);
        p.drawText(QRect(r.left() + Margin, r.top(), nameWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   u"%1  %2"_s.arg(level + 1).arg(rung.name));

        const int n = total(m_poll, rung.id);
        const int barHeight = qMin(r.height() - 8, line * 2);
        const QRect bar(barLeft, r.center().y() - barHeight / 2, barSpace * n / largest, barHeight);
        int left = bar.left();
        for (const QString &role : rolesShown()) {
            const int c = m_poll.value(role).value(rung.id);
            if (c == 0)
                continue;
            const QRect part(left, bar.top(), barSpace * c / largest, bar.height());
            p.setPen(QPen(Qt::white, 2)); // a gap between neighbouring parts
            p.setBrush(LadderColours::perspective(role));
            p.drawRect(part);
            p.setPen(Qt::white);
            const QString number = QString::number(c);
            if (bm.horizontalAdvance(number) + 4 <= part.width())
                p.drawText(part, Qt::AlignCenter, number);
            left = part.right() + 1;
        }
        if (n > 0) {
            p.setPen(ink);
            p.drawText(QRect(bar.right() + Margin, r.top(), totalWidth, r.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, QString::number(n));
        }
    }
}

} // namespace Coproduce
