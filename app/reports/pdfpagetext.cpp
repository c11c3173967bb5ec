// SPDX-License-Identifier: GPL-3.0-or-later
// PdfPages: a block's lines, its list label, and the pictures in it.
#include "pdfpages.h"

#include "pdfcontent.h"
#include "pdfstructure.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextObjectInterface>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// A block with nothing but pictures (and spaces) in it: each picture is a figure of its own, with no
// paragraph around it.
bool onlyPictures(const QTextBlock &block)
{
    const QString text = block.text();
    return text.contains(QChar::ObjectReplacementCharacter)
        && std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c == QChar::ObjectReplacementCharacter || c.isSpace(); });
}

// The stretches of `text` (start, length) in one script each; spaces and punctuation go with the letters
// on both sides of them when those are of one script (or on the one side there is), else make a stretch of
// their own, and marks go with their letter. (A line of names in five scripts is drawn from five fonts, and
// each font's glyphs are told their letters separately.)
QList<QPair<int, int>> scriptRuns(QStringView text)
{
    QList<QChar::Script> scripts;
    QList<int> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair
            = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Inherited && !scripts.isEmpty())
            script = scripts.last();
        scripts.append(script);
        starts.append(int(i));
        if (pair)
            ++i;
    }
    // Common letters (spaces, punctuation, digits) between two of one script are of it.
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        if (scripts.at(i) != QChar::Script_Common)
            continue;
        qsizetype j = i;
        while (j < scripts.size() && scripts.at(j) == QChar::Script_Common)
            ++j;
        // (At either end, of the one script beside them.)
        const QChar::Script before = i > 0 ? scripts.at(i - 1) : QChar::Script_Common;
        const QChar::Script after = j < scripts.size() ? scripts.at(j) : QChar::Script_Common;
        if (before == after || before == QChar::Script_Common || after == QChar::Script_Common)
            std::fill(scripts.begin() + i, scripts.begin() + j,
                      before == QChar::Script_Common ? after : before);
        i = j;
    }
    QList<QPair<int, int>> runs;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        if (i == 0 || scripts.at(i) != scripts.at(i - 1))
            runs.append({ starts.at(i), 0 });
        runs.last().second
            = (i + 1 < starts.size() ? starts.at(i + 1) : int(text.size())) - runs.last().first;
    }
    return runs;
}

// Whether the text's first strong letter is written right to left (Arabic, Hebrew).
bool rightToLeft(const QString &text)
{
    for (const char32_t c : QStringView(text).toUcs4()) {
        const QChar::Direction d = QChar::direction(c);
        if (d == QChar::DirR || d == QChar::DirAL)
            return true;
        if (d == QChar::DirL)
            return false;
    }
    return false;
}

// Tells the fonts which letters each glyph of right-to-left text stands for, letter by letter: Qt gives the
// glyphs each letter was shaped into (a ligature is given for each of its letters, and stands for them all;
// a letter shaped into two glyphs, a base and a mark, is said by the first). Qt 6.4 gives no other way to
// know which letters a glyph came from, and readers put right-to-left letters into reading order themselves
// only from glyphs that say their letters (not from ActualText). Returns whether every glyph was told.
bool mapByLetter(const QTextLine &line, int from, const QString &all, PdfContent *content, int length)
{
    using Key = QPair<QString, quint32>; // a font and a glyph of it
    QHash<Key, QPair<QRawFont, QString>> letters;
    QList<Key> order;
    QList<Key> previous; // the glyphs the letter before was shaped into
    for (int i = from; i < from + length;) {
        const int size = all.at(i).isHighSurrogate() && i + 1 < from + length ? 2 : 1;
        QList<Key> these;
        for (const QGlyphRun &run : line.glyphRuns(i, size)) {
            const QRawFont font = run.rawFont();
            const QString name = font.familyName() + u'\n' + font.styleName();
            const QList<quint32> glyphs = run.glyphIndexes();
            for (qsizetype g = 0; g < glyphs.size(); ++g) {
                const Key key { name, glyphs.at(g) };
                these.append(key);
                auto found = letters.find(key);
                if (found == letters.end()) {
                    letters.insert(key, { font, g == 0 ? all.mid(i, size) : QString() });
                    order.append(key);
                } else if (g == 0 && previous.contains(key)) {
                    found->second += all.mid(i, size); // one glyph for this letter and the one before
                }
            }
        }
        previous = these;
        i += size;
    }
    for (const auto &key : std::as_const(order)) {
        const auto &[font, text] = letters.value(key);
        if (!text.isEmpty())
            content->map(font, key.second, text);
    }
    return !letters.isEmpty();
}

QColor ink(const QTextFormat &format)
{
    const QBrush brush = format.foreground();
    return brush.style() == Qt::NoBrush ? QColor(Qt::black) : brush.color();
}

} // namespace

void PdfPages::block(const QTextBlock &b, const QPointF &origin, const Band &band, int parent, bool inCell,
                     PdfContent *content)
{
    const QTextLayout *layout = b.layout();
    if (!b.isVisible() || b.length() <= 1)
        return;
    bool first = true;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        // A line is on the page its middle is on: never on two, and never hidden under the running head.
        const qreal middle = origin.y() + line.y() + line.height() / 2;
        if (middle < band.top)
            continue;
        if (middle >= band.bottom)
            break;
        int element = -1;
        if (!band.artifact)
            element = elementFor(b, parent, inCell, band, origin);
        if (first && i == 0 && b.textList())
            listLabel(b, origin, band, content);
        first = false;
        text(b, i, origin, band, element, parent, content);
    }
}

int PdfPages::elementFor(const QTextBlock &b, int parent, bool inCell, const Band &band,
                         const QPointF &origin)
{
    if (const auto found = m_elements.constFind({ b.layout(), 0 }); found != m_elements.cend())
        return *found;
    int element = parent;
    if (QTextList *list = b.textList()) {
        int &l = m_elements[{ list, 0 }];
        if (l == 0)
            l = m_structure->open("L", parent);
        const int item = m_structure->open("LI", l);
        m_elements.insert({ b.layout(), 1 }, m_structure->open("Lbl", item));
        element = m_structure->open("LBody", item);
    } else if (const int level = b.blockFormat().headingLevel(); level > 0) {
        element = m_structure->open("H" + QByteArray::number(qMin(level, 6)), parent);
        QString title = b.text();
        title.remove(QChar::ObjectReplacementCharacter);
        m_structure->bookmark(element, title.simplified(), band.page, m_toPage.map(origin + band.shift).y());
    } else if (!inCell && !onlyPictures(b)) {
        element = m_structure->open("P", parent);
    }
    m_elements.insert({ b.layout(), 0 }, element);
    return element;
}

void PdfPages::listLabel(const QTextBlock &b, const QPointF &origin, const Band &band, PdfContent *content)
{
    // Where and how Qt draws a list item's bullet or number (QTextDocumentLayout's drawListItem).
    const QTextList *list = b.textList();
    const QPaintDevice *device = b.document()->documentLayout()->paintDevice();
    const QFont font(b.charFormat().font(), device);
    const QFontMetricsF metrics(font, device);
    const QTextListFormat::Style style = list->format().style();
    const bool bullet = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
        || style == QTextListFormat::ListSquare;
    const QString number = bullet ? QString() : list->itemText(b);
    const QSizeF size = bullet ? QSizeF(metrics.lineSpacing() / 3, metrics.lineSpacing() / 3)
                               : QSizeF(metrics.horizontalAdvance(number), metrics.height());
    const QPointF at = origin + b.layout()->lineAt(0).naturalTextRect().topLeft();
    const QRectF box = QRectF(at, size).translated(-metrics.horizontalAdvance(u' ') - size.width(),
                                                   metrics.height() / 2 - size.height() / 2);
    const int label = band.artifact ? -1 : m_elements.value({ b.layout(), 1 }, -1);
    if (label >= 0)
        content->beginTagged("Lbl", m_structure->mark(label, band.page));
    if (bullet) {
        content->fill(ink(b.charFormat()));
        QPainterPath disc;
        disc.addEllipse(box.translated(band.shift));
        content->path(disc, QTransform());
        content->ops() += "f\n";
    } else {
        QTextLayout layout(number, font, device);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            content->mapsOneToOne(run, number);
            content->glyphs(run, QPointF(box.left(), at.y()) + band.shift, ink(b.charFormat()));
        }
    }
    if (label >= 0)
        content->end();
}

void PdfPages::text(const QTextBlock &b, int index, const QPointF &origin, const Band &band, int element,
                    int parent, PdfContent *content)
{
    const QTextLine line = b.layout()->lineAt(index);
    const int start = line.textStart();
    const int end = start + line.textLength();
    const QString all = b.text();
    int open = -1; // the element whose marked content is open
    const auto mark = [&](int e) {
        if (band.artifact || e == open)
            return;
        if (open >= 0)
            content->end();
        content->beginTagged(m_structure->type(e), m_structure->mark(e, band.page));
        open = e;
    };
    for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const int from = qMax(start, fragment.position() - b.position());
        const int to = qMin(end, fragment.position() - b.position() + fragment.length());
        if (from >= to)
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            // (Qt's picture handlers take the document as changeable; ours only reads it.)
            QTextDocument *document = const_cast<QTextDocument *>(b.document());
            QTextObjectInterface *handler = document->documentLayout()->handlerForObject(format.objectType());
            for (int k = from; k < to && handler; ++k) {
                const QSizeF size = handler->intrinsicSize(document, b.position() + k, format);
                // Where Qt places a picture in its line (QTextLine::draw).
                qreal top = line.y() + line.ascent() - size.height(); // on the baseline
                switch (format.verticalAlignment()) {
                case QTextCharFormat::AlignTop:
                    top = line.y();
                    break;
                case QTextCharFormat::AlignMiddle:
                    top = line.y() + (line.height() - size.height()) / 2;
                    break;
                case QTextCharFormat::AlignBottom:
                    top = line.y() + line.height() - size.height();
                    break;
                default:
                    break;
                }
                const QRectF box(origin + QPointF(line.cursorToX(k), top), size);
                if (!band.artifact) {
                    if (open >= 0)
                        content->end();
                    open = -1;
                    const int figure
                        = m_structure->open("Figure", element == parent || element < 0 ? parent : element);
                    m_structure->setAlt(figure, alt(document, b.position() + k));
                    const QRectF onPage = m_toPage.mapRect(box.translated(band.shift));
                    QByteArray bbox;
                    for (const qreal v : { onPage.left(), onPage.top(), onPage.right(), onPage.bottom() })
                        bbox += QByteArray::number(v, 'f', 2) + ' ';
                    m_structure->setAttributes(figure, "<< /O /Layout /BBox [" + bbox + "] >>");
                    content->beginTagged("Figure", m_structure->mark(figure, band.page));
                }
                handler->drawObject(m_painter, box.translated(band.shift), document, b.position() + k,
                                    format);
                if (!band.artifact)
                    content->end();
            }
            continue;
        }
        if (QStringView(all).mid(from, to - from).trimmed().isEmpty())
            continue; // nothing to see
        if (element >= 0)
            mark(element);
        for (const auto &[at, length] : scriptRuns(QStringView(all).mid(from, to - from))) {
            QString piece = all.mid(from + at, length);
            piece.remove(QChar::LineSeparator);
            const QList<QGlyphRun> runs = line.glyphRuns(from + at, length);
            // Glyphs that stand a letter each say so in their font's ToUnicode map, and so do right-to-left
            // glyphs whose letters HarfBuzz can tell; other text (Hindi's and Bengali's reordered vowel
            // signs, a stretch drawn from two fonts) carries its letters with it (ActualText).
            // (Spaces alone, at a line's end, have no glyphs to tell.)
            const bool plain = piece.trimmed().isEmpty()
                || (rightToLeft(piece) ? mapByLetter(line, from + at, all, content, length)
                                       : runs.size() == 1 && content->mapsOneToOne(runs.first(), piece));
            if (!plain)
                content->beginActualText(piece);
            for (const QGlyphRun &run : runs)
                content->glyphs(run, origin + band.shift, ink(format));
            if (!plain)
                content->end();
        }
    }
    if (open >= 0)
        content->end();
}

} // namespace Coproduce
