// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;
class QTextLayout;

namespace Coproduce {

// Where everything on the painted ladder goes, for a given width and height: the line saying whose view
// is being set, the divergence warning, and for each rung its band, its words (number and name in bold,
// the plain description after them, wrapped, never cut) and a chip per view that chose it. Chips sit at
// the right with the words wrapping beside them while that leaves the words room, and on a line of their
// own below the words when it does not, so they never cover a name. Every rung gets the height the
// tallest one needs; spare height is shared out.
class LadderLayout
{
public:
    struct Chip
    {
        QString perspective;
        QString label;
        QRect rect;
    };
    struct Rung
    {
        QRect band;
        QRect text; // the number and name, then the description
        QList<Chip> chips;
    };
    struct Input
    {
        QFont font;
        int width = 0;
        int height = 0; // 0: every description shown, however tall that makes it
        bool presentation = false;
        QString who; // the first line; empty on the projector
        QString divergence; // empty for none
        QStringList names; // "1  Coercion", lowest first
        QStringList descriptions; // lowest first
        QList<QStringList> chips; // for each rung, the perspectives on it, in order
    };

    static constexpr int Margin = 8;

    explicit LadderLayout(const Input &input);

    QRect who() const { return m_who; }
    QString whoText() const { return m_whoText; }
    QRect banner() const { return m_banner; }
    // True when the height allowed names only; the chosen rung's meaning then goes in detail().
    bool brief() const { return m_brief; }
    QRect detail() const { return m_detail; }
    int groupWidth() const { return m_groupWidth; }
    const QList<Rung> &rungs() const { return m_rungs; }
    // The height the whole ladder needs at this width.
    int neededHeight() const { return m_needed; }

    // A rung's words, laid out in lines `width` wide: the name in bold, the description after it.
    static std::unique_ptr<QTextLayout> words(const QFont &font, const QString &name,
                                              const QString &description, int width);
    static void drawWords(QPainter &painter, const QRect &rect, const QFont &font, const QString &name,
                          const QString &description);

private:
    void build(const Input &in, bool brief);

    QRect m_who;
    QString m_whoText;
    QRect m_detail;
    bool m_brief = false;
    QRect m_banner;
    int m_groupWidth = 0;
    int m_needed = 0;
    QList<Rung> m_rungs;
};

} // namespace Coproduce
