// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpages.h"

#include "html.h"
#include "pagedtext.h"
#include "pdfcanvas.h"
#include "pdfcontent.h"
#include "pdfstructure.h"
#include "tablegeometry.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <functional>

namespace Coproduce {

using namespace Qt::StringLiterals;

// What the HTML says that Qt's document does not keep.
struct PdfPages::Source
{
    struct Table
    {
        bool presentation = false; // laid out by a table, not a table of data
        QList<QList<QByteArray>> scopes; // each cell's: "" for a data cell, else "Column" or "Row"
    };
    QHash<const QTextTable *, Table> tables;
    QHash<int, QString> alts; // each picture's, by its position in the document
    QPointF rootOrigin; // where the root frame's blocks are measured from
};

PdfPages::PdfPages(const PagedText &text, PdfStructure *structure, const QTransform &toPage)
    : m_text(text)
    , m_structure(structure)
    , m_toPage(toPage)
{
}

PdfPages::~PdfPages() = default;

PdfPages::Source &PdfPages::source(const QTextDocument *document)
{
    std::shared_ptr<Source> &found = m_sources[document];
    if (found)
        return *found;
    found = std::make_shared<Source>();
    const QString html = document->property(SourceProperty).toString();
    static const QRegularExpression tag(u"<(table|tr|th|td|img)\\b([^>]*)>"_s);
    static const QRegularExpression scope(u"scope=\"(\\w+)\""_s);
    static const QRegularExpression alt(u"alt=\"([^\"]*)\""_s);
    QList<Source::Table> tables;
    QStringList alts;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString attributes = m.captured(2);
        if (name == u"table") {
            tables.append(Source::Table { attributes.contains(u"role=\"presentation\""_s), {} });
        } else if (name == u"tr" && !tables.isEmpty()) {
            tables.last().scopes.append(QList<QByteArray>());
        } else if ((name == u"th" || name == u"td") && !tables.isEmpty() && !tables.last().scopes.isEmpty()) {
            const QString given = scope.match(attributes).captured(1);
            tables.last().scopes.last().append(name == u"td"         ? QByteArray()
                                                   : given == u"row" ? QByteArray("Row")
                                                                     : QByteArray("Column"));
        } else if (name == u"img") {
            alts << Html::plainText(alt.match(attributes).captured(1));
        }
    }
    // Qt's tables and pictures are in the same order as the HTML's.
    qsizetype nextTable = 0;
    const std::function<void(const QTextFrame *)> visit = [&](const QTextFrame *frame) {
        for (const QTextFrame *child : frame->childFrames()) {
            if (const auto *table = qobject_cast<const QTextTable *>(child))
                found->tables.insert(table, tables.value(nextTable++));
            visit(child);
        }
    };
    visit(document->rootFrame());
    qsizetype nextAlt = 0;
    bool measured = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!measured && block.layout() && !document->frameAt(block.position())->parentFrame()) {
            found->rootOrigin
                = document->documentLayout()->blockBoundingRect(block).topLeft() - block.layout()->position();
            measured = true;
        }
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                for (int k = 0; k < it.fragment().length(); ++k)
                    found->alts.insert(it.fragment().position() + k, alts.value(nextAlt++));
    }
    return *found;
}

QString PdfPages::alt(const QTextDocument *document, int position)
{
    return source(document).alts.value(position);
}

const TableGeometry &PdfPages::geometry(const QTextTable *table)
{
    std::shared_ptr<TableGeometry> &found = m_geometry[table];
    if (!found)
        found = std::make_shared<TableGeometry>(
            TableGeometry::measure(table, table->document()->documentLayout()));
    return *found;
}

void PdfPages::paint(int page, PdfContent *content)
{
    const QPaintDevice *layoutDevice = m_text.document(0)->documentLayout()->paintDevice();
    const int dpi = layoutDevice ? layoutDevice->logicalDpiY() : 96;
    PdfCanvas canvas(content, dpi, QSize(1 << 14, 1 << 14));
    QPainter painter(&canvas);
    m_painter = &painter;
    qreal y = 0;
    // A table's header row again at the top of a page it goes on to: for the eye only.
    if (const auto [top, bottom] = m_text.repeatedHeaderSpan(page); bottom > top) {
        content->beginArtifact("/Type /Pagination");
        wholeBand(top, bottom, -top, page, true, content);
        content->end();
        y = bottom - top;
    }
    const auto [top, bottom] = m_text.pageSpan(page);
    wholeBand(top, bottom, y - top, page, false, content);
    m_painter = nullptr;
}

void PdfPages::wholeBand(qreal top, qreal bottom, qreal shift, int page, bool artifact, PdfContent *content)
{
    for (int part = 0; part < m_text.partCount(); ++part) {
        const QTextDocument *document = m_text.document(part);
        const qreal partTop = m_text.partTop(part);
        if (partTop >= bottom || partTop + document->size().height() <= top)
            continue;
        const Band b { part, top - partTop, bottom - partTop, QPointF(0, shift + partTop), page, artifact };
        frame(document->rootFrame(), b, m_structure->root(), content);
    }
    // The tables' rules, and a row cut by the page closed at the cut.
    if (!artifact)
        content->beginArtifact("/Type /Layout");
    m_painter->save();
    m_painter->translate(0, shift + top);
    m_text.paintRules(m_painter, top, bottom);
    m_painter->restore();
    if (!artifact)
        content->end();
}

void PdfPages::frame(const QTextFrame *frame, const Band &band, int parent, PdfContent *content)
{
    const QTextDocument *document = frame->document();
    const bool root = !frame->parentFrame();
    const QPointF rootOrigin = source(document).rootOrigin;
    for (QTextFrame::iterator it = frame->begin(); !it.atEnd(); ++it) {
        if (const QTextBlock b = it.currentBlock(); b.isValid()) {
            const QTextLayout *layout = b.layout();
            if (!layout)
                continue;
            // The root frame's blocks are in order down the page: those above are passed, and after one
            // below there is nothing more to draw.
            const QPointF origin = root ? rootOrigin + layout->position()
                                        : document->documentLayout()->blockBoundingRect(b).topLeft();
            if (origin.y() + layout->boundingRect().height() <= band.top)
                continue;
            if (root && origin.y() >= band.bottom)
                break;
            block(b, origin, band, parent, false, content);
        } else if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame())) {
            this->table(table, band, parent, content);
        } else if (it.currentFrame()) {
            this->frame(it.currentFrame(), band, parent, content);
        }
    }
}

void PdfPages::table(const QTextTable *table, const Band &band, int parent, PdfContent *content)
{
    const TableGeometry &g = geometry(table);
    if (g.rows.size() < 2 || g.bottom() <= band.top || g.top() >= band.bottom)
        return;
    const Source::Table meaning = source(table->document()).tables.value(table);
    const QTextDocument *document = table->document();
    // Cell backgrounds (a header cell's grey, a ladder rung's colour), behind the text, within the band.
    const qreal inset = table->format().cellSpacing()
        * PagedText::deviceScale(document->documentLayout()->paintDevice()) / 2;
    bool background = false;
    for (int r = 0; r < table->rows(); ++r)
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            const QBrush brush = cell.format().background();
            if (cell.row() != r || cell.column() != c || brush.style() == Qt::NoBrush
                || r + cell.rowSpan() >= g.rows.size() || c + cell.columnSpan() >= g.columns.size())
                continue;
            QRectF box(
                QPointF(g.columns.at(c) + inset, g.rows.at(r) + inset),
                QPointF(g.columns.at(c + cell.columnSpan()) - inset, g.rows.at(r + cell.rowSpan()) - inset));
            box = box.intersected(QRectF(box.left(), band.top, box.width(), band.bottom - band.top));
            if (box.isEmpty())
                continue;
            if (!background && !band.artifact)
                content->beginArtifact("/Type /Layout");
            background = true;
            content->fill(brush.color());
            content->rect(box.translated(band.shift));
            content->ops() += "f\n";
        }
    if (background && !band.artifact)
        content->end();

    // A data table's elements, all made when it is first drawn: Table, its rows, their header and data
    // cells (with their scope).
    const bool data = !meaning.presentation && !band.artifact;
    if (data && !m_elements.contains({ table, 0 })) {
        const int element = m_structure->open("Table", parent);
        m_elements.insert({ table, 0 }, element);
        for (int r = 0; r < table->rows(); ++r) {
            const int row = m_structure->open("TR", element);
            qsizetype index = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const QByteArray scope = meaning.scopes.value(r).value(index++);
                const int header = r < table->format().headerRowCount() ? 1 : 0;
                const QByteArray kind = !scope.isEmpty() || header ? "TH" : "TD";
                const int cellElement = m_structure->open(kind, row);
                if (kind == "TH")
                    m_structure->setAttributes(
                        cellElement,
                        "<< /O /Table /Scope /" + (scope.isEmpty() ? QByteArray("Column") : scope) + " >>");
                m_elements.insert({ table, cell.firstPosition() + 1 }, cellElement);
            }
        }
    }
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            const qreal cellTop = g.rows.value(r);
            const qreal cellBottom = g.rows.value(qMin<qsizetype>(r + cell.rowSpan(), g.rows.size() - 1));
            if (cellBottom <= band.top || cellTop >= band.bottom)
                continue;
            const int cellElement = data ? m_elements.value({ table, cell.firstPosition() + 1 }) : parent;
            for (QTextFrame::iterator it = cell.begin(); it != cell.end(); ++it) {
                if (const QTextBlock b = it.currentBlock(); b.isValid() && b.layout())
                    block(b, document->documentLayout()->blockBoundingRect(b).topLeft(), band, cellElement,
                          data, content);
                else if (const auto *inner = qobject_cast<const QTextTable *>(it.currentFrame()))
                    this->table(inner, band, cellElement, content);
            }
        }
    }
}

} // namespace Coproduce
