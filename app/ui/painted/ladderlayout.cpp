// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/painted/ladderlayout.h"

#include "core/ladder.h"
#include "core/vocabulary.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

int wrappedHeight(const QFontMetrics &fm, int width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return fm.boundingRect(QRect(0, 0, qMax(1, width), 100000), Qt::TextWordWrap, text).height();
}

} // namespace

LadderLayout::LadderLayout(const Input &in)
{
    build(in, false);
    // Too short for every description: each rung says its name, and the chosen one's meaning shows
    // whole in a box under the ladder.
    if (in.height > 0 && m_needed > in.height)
        build(in, true);
}

void LadderLayout::build(const Input &in, bool brief)
{
    m_brief = brief;
    m_whoText = in.who;
    m_who = m_banner = m_detail = QRect();
    m_rungs.clear();
    QFont bold = in.font;
    bold.setBold(true);
    const QFontMetrics fm(in.font);
    const QFontMetrics bfm(bold);
    const int inner = qMax(1, in.width - 2 * Margin);

    // Whose view, and the keys, wrapped to the width: a narrow pane shows all of it on two lines.
    int y = Margin;
    if (!in.who.isEmpty()) {
        m_who = QRect(Margin, y, inner, wrappedHeight(fm, inner, in.who));
        y = m_who.bottom() + 1 + Margin;
    }
    if (!in.divergence.isEmpty()) {
        const int text = wrappedHeight(bfm, inner - 2 * Margin, u"⚠ "_s + in.divergence);
        m_banner = QRect(Margin, y, inner, text + Margin);
        y = m_banner.bottom() + 1 + Margin;
    }
    const int top = y;

    // The group names take the width of the widest word among them, never more than a quarter.
    int widestGroup = 0;
    for (const LadderGroup &group : Ladder::builtIn().groups())
        for (const QString &word : group.name.split(u' '))
            widestGroup = qMax(widestGroup, bfm.horizontalAdvance(word));
    for (const LadderGroup &group : Ladder::builtIn().groups())
        if (bfm.horizontalAdvance(group.name) + 3 * Margin <= inner / 4)
            widestGroup = qMax(widestGroup, bfm.horizontalAdvance(group.name));
    m_groupWidth = widestGroup + 3 * Margin;

    const int textLeft = Margin + m_groupWidth + Margin;
    const int textRight = Margin + inner - Margin; // exclusive
    const int textWidth = qMax(1, textRight - textLeft);
    const int chipHeight = fm.height() + 8;
    const int rungCount = int(in.names.size());

    // First pass, at the top of each band: what each rung needs.
    int tallest = in.presentation ? 44 : 28;
    m_rungs.resize(rungCount);
    for (int level = 0; level < rungCount; ++level) {
        Rung &rung = m_rungs[level];
        QList<int> widths;
        int chipsWidth = 0;
        for (const QString &perspective : in.chips.value(level)) {
            const QString label = Vocabulary::perspectiveLabel(perspective);
            widths << bfm.horizontalAdvance(label) + 2 * Margin;
            chipsWidth += widths.last() + (rung.chips.isEmpty() ? 0 : Margin / 2);
            rung.chips << Chip { perspective, label, QRect() };
        }
        const QString name = in.names.at(level);
        const QString description = brief ? QString() : in.descriptions.value(level);
        // Beside the words while they keep room for their name and a good line of description.
        const int besideWidth = textWidth - (chipsWidth > 0 ? chipsWidth + Margin : 0);
        const bool beside
            = chipsWidth == 0 || besideWidth >= bfm.horizontalAdvance(name) + 20 * fm.averageCharWidth();
        const int wordsWidth = beside ? besideWidth : textWidth;
        const int wordsHeight = qCeil(words(in.font, name, description, wordsWidth)->boundingRect().height());
        int at = Margin / 2;
        rung.text = QRect(textLeft, at, wordsWidth, wordsHeight);
        if (beside) { // right-aligned, level with the first line
            int right = textRight;
            for (int i = int(rung.chips.size()) - 1; i >= 0; --i) {
                rung.chips[i].rect = QRect(right - widths.at(i), at, widths.at(i), chipHeight);
                right -= widths.at(i) + Margin / 2;
            }
            at += qMax(wordsHeight, chipsWidth > 0 ? chipHeight : 0);
        } else { // a line of their own under the words, wrapping as words do
            at += wordsHeight + 4;
            int x = textLeft;
            for (int i = 0; i < rung.chips.size(); ++i) {
                if (x > textLeft && x + widths.at(i) > textRight) {
                    x = textLeft;
                    at += chipHeight + 4;
                }
                rung.chips[i].rect = QRect(x, at, qMin(widths.at(i), textWidth), chipHeight);
                x += widths.at(i) + Margin / 2;
            }
            at += chipHeight;
        }
        at += Margin / 2;
        rung.band = QRect(0, 0, inner, at);
        tallest = qMax(tallest, at);
    }

    // The box for the chosen rung's meaning, as tall as the longest needs, so nothing moves as it changes.
    int detail = 0;
    if (brief) {
        for (int level = 0; level < rungCount; ++level)
            detail = qMax(detail,
                          wrappedHeight(fm, inner - 2 * Margin,
                                        in.names.at(level) + u": "_s + in.descriptions.value(level)));
        detail += Margin + Margin; // inside the box, and above it
    }

    // Second pass: every band as tall as the tallest (or its share of the height), lowest at the bottom,
    // its contents centred down it.
    const int share = rungCount > 0 && in.height > 0 ? (in.height - top - Margin - detail) / rungCount : 0;
    const int row = qMax(tallest + 2, share);
    for (int level = 0; level < rungCount; ++level) {
        Rung &rung = m_rungs[level];
        const int bandTop = top + (rungCount - 1 - level) * row;
        const int shift = bandTop + (row - 2 - rung.band.height()) / 2;
        rung.text.translate(0, shift);
        for (Chip &chip : rung.chips)
            chip.rect.translate(0, shift);
        rung.band = QRect(Margin, bandTop, inner, row - 2);
    }
    if (brief)
        m_detail = QRect(Margin, top + rungCount * row + Margin, inner, detail - Margin);
    m_needed = top + rungCount * (tallest + 2) + detail + Margin;
}

std::unique_ptr<QTextLayout> LadderLayout::words(const QFont &font, const QString &name,
                                                 const QString &description, int width)
{
    auto layout
        = std::make_unique<QTextLayout>(description.isEmpty() ? name : name + u"  "_s + description, font);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    layout->setFormats({ QTextLayout::FormatRange { 0, int(name.size()), bold } });
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(qMax(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

void LadderLayout::drawWords(QPainter &painter, const QRect &rect, const QFont &font, const QString &name,
                             const QString &description)
{
    if (description.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
        return;
    }
    words(font, name, description, rect.width())->draw(&painter, rect.topLeft());
}

} // namespace Coproduce
