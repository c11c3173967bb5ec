// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentwriter.h"

#include "html.h"
#include "htmlpage.h"
#include "laddercolours.h"
#include "layoutworker.h"
#include "odtwriter.h"
#include "pagecanvas.h"
#include "pagedtext.h"
#include "pdfpages.h"
#include "picturehandler.h"
#include "typeface.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QUrl>

namespace Coproduce {

using namespace Qt::StringLiterals;

std::optional<DocumentWriter::Format> DocumentWriter::formatFor(const QString &path, const QString &name,
                                                                QString *error)
{
    const QString chosen = name.isEmpty() ? QFileInfo(path).suffix().toLower() : name.toLower();
    if (chosen == u"pdf")
        return Format::Pdf;
    if (chosen == u"html" || chosen == u"htm")
        return Format::Html;
    if (chosen == u"odt")
        return Format::Odt;
    *error = name.isEmpty()
        ? tr("%1: cannot tell the format from the file name (expected .pdf, .html or .odt, or --format)")
              .arg(path)
        : tr("\"%1\" is not a format (expected pdf, html or odt)").arg(name);
    return std::nullopt;
}

QString DocumentWriter::suffix(Format format)
{
    return format == Format::Pdf ? u"pdf"_s : format == Format::Html ? u"html"_s : u"odt"_s;
}

QString DocumentWriter::styleSheet(const Document &d, bool forHtml)
{
    // Qt's rich text understands a subset of CSS: sizes in pt, margins, borders on tables via attributes.
    // Arabic-script names (Urdu) are drawn from Noto Naskh Arabic where it is installed (fonts-noto-core):
    // left to Qt, they came from Noto Kufi Arabic, which lacks Urdu's heh goal (ہ), so a name was drawn
    // from two fonts and its letters did not join.
    QString css
        = u"body { font-family: 'DejaVu Sans', 'Noto Naskh Arabic', Arial, sans-serif; font-size: %1pt; "
          "color: #1a1a1a; }\n"
          "h1 { font-size: %2pt; } h2 { font-size: %3pt; margin-top: 14pt; } h3 { font-size: %4pt; }\n"
          "th { text-align: left; background-color: #e8e8e8; }\n"
          "th, td { vertical-align: top; }\n"_s.arg(d.pointSize)
              .arg(d.pointSize * 1.8)
              .arg(d.pointSize * 1.4)
              .arg(d.pointSize * 1.15);
    // Qt takes the cells' padding from the tables' attributes (see textDocument()), and a table's margin in
    // px only, scaled to the device.
    css += forHtml ? u"th, td { padding: 3pt 4pt; }\n"_s : u"table { margin-bottom: 12px; }\n"_s;
    if (forHtml)
        css += u"body { max-width: 48em; margin: 2em auto; padding: 0 1em; line-height: %1%; }\n"
               "table { border-collapse: collapse; margin: 0.5em 0 1em; }\n"
               "th, td { border: 1px solid #767676; }\n"
               "table.details th, table.details td { border: none; }\n"
               // An easy-read page: a picture left of each idea, laid out by a table without rules.
               "table.ideas { width: 100%; }\n"
               "table.ideas td { border: none; padding: 6pt 4pt; }\n"
               "img { max-width: 100%; height: auto; }\n"_s.arg(qMax(d.lineHeight, 140.0));
    return css + d.styleSheet;
}

std::unique_ptr<QTextDocument> DocumentWriter::textDocument(const Document &d, QPaintDevice *device,
                                                            const QString &source, qreal width)
{
    auto text = std::make_unique<QTextDocument>();
    text->setTextWidth(width); // before the text goes in, or Qt lays it all out twice
    if (device)
        text->documentLayout()->setPaintDevice(device);
    QFont font = Typeface::font(d.pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    text->setDefaultFont(font);
    text->setDocumentMargin(0);
    // Whole words: Qt's default breaks a word where a narrow table column ends ("Stat-us").
    QTextOption wrap = text->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    text->setDefaultTextOption(wrap);
    text->setDefaultStyleSheet(styleSheet(d, false));
    text->setMetaInformation(QTextDocument::DocumentTitle, d.title);
    if (device)
        new PictureHandler(d.images, text.get()); // drawings stay drawings in PDF and print
    else
        for (const DocumentImage &image : d.images)
            text->addResource(QTextDocument::ImageResource, QUrl(image.name), raster(image));
    // Tables get their borders from attributes, which Qt reads and HTML export does not need.
    QString body = source;
    // PagedText draws the rules of tables marked so (solid, no border width) and keeps their header rows
    // with the first row below.
    body.replace(u"<table>"_s,
                 u"<table border=\"0\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
                 "style=\"border-style: solid; border-color: #767676;\">"_s);
    body.remove(u"<tbody>"_s).remove(u"</tbody>"_s);
    // Qt takes a column's width from the cell's attribute, not from CSS. (Not static: made on two threads.)
    const QRegularExpression cssWidth(u" style=\"width: (\\d+%)\""_s);
    body.replace(cssWidth, u" width=\"\\1\""_s);
    body.replace(u"<table class=\"details\">"_s,
                 u"<table border=\"0\" cellspacing=\"6\" cellpadding=\"0\">"_s);
    body.replace(u"<table class=\"ideas\" role=\"presentation\">"_s,
                 u"<table border=\"0\" cellspacing=\"6\" cellpadding=\"0\" width=\"100%\">"_s);
    if (d.lineHeight > 100)
        body.replace(u"<p>"_s, u"<p style=\"line-height: %1%;\">"_s.arg(d.lineHeight))
            .replace(u"<li>"_s, u"<li style=\"line-height: %1%;\">"_s.arg(d.lineHeight));
    text->setHtml(u"<html><body>"_s + body + u"</body></html>"_s);
    text->setProperty(PdfPages::SourceProperty, source); // what the tagged PDF reads Qt's document by
    // Keep the glyphs each line was shaped into: Qt otherwise drops them after laying a block out and
    // shapes every line again to paint it (a fifth of painting a minutes PDF).
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    return text;
}

QByteArray DocumentWriter::html(const Document &d)
{
    return HtmlPage::write(d, styleSheet(d, true));
}

QImage DocumentWriter::raster(const DocumentImage &image)
{
    if (!image.image.isNull() || !image.draw)
        return image.image;
    // Twice the size it is shown at: sharp when printed from a word processor or zoomed in a browser.
    constexpr qreal Scale = 2;
    QImage out((image.size * Scale).toSize(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    image.draw(&painter, QRectF(QPointF(), image.size * Scale));
    return out;
}

QFont DocumentWriter::furnitureFont(const Document &d)
{
    return Typeface::font(furniturePointSize(d));
}

qreal DocumentWriter::furniturePointSize(const Document &d)
{
    return d.furniturePointSize > 0 ? d.furniturePointSize : qMax(9.0, d.pointSize * 0.8);
}

QPageLayout DocumentWriter::pageLayout(const Document &d)
{
    return QPageLayout(d.pageSize, QPageLayout::Portrait,
                       d.pageSize.id() == QPageSize::A5 ? QMarginsF(14, 14, 14, 14)
                                                        : QMarginsF(20, 18, 20, 18),
                       QPageLayout::Millimeter);
}

std::unique_ptr<PagedText> DocumentWriter::layOut(const Document &d, QPaintDevice *device, const QSizeF &body,
                                                  std::vector<std::unique_ptr<LayoutWorker>> *workers)
{
    // Tables' rules are half a point wide, in the device's pixels.
    const qreal rule = (device ? device->logicalDpiY() : QFontMetricsF(furnitureFont(d)).fontDpi()) / 144;
    const auto paged = [&](int telling) {
        const QString source = telling == 0 ? d.body : d.shorterBodies.value(telling - 1);
        // A long document is laid out in two halves at once, split at the section heading nearest its
        // middle (sections are whole; the pages are cut as if it were one).
        const qsizetype middle = source.indexOf(u"<h2>"_s, source.size() / 2);
        if (device && workers && source.size() > TwoThreadsAbove && middle > 0) {
            const QString second = source.mid(middle);
            auto worker = std::make_unique<LayoutWorker>(
                // (`d` is only read, on both threads.)
                [&d, second, width = body.width()](QPaintDevice *stand) {
                    return textDocument(d, stand, second, width);
                },
                device->logicalDpiY());
            std::vector<std::unique_ptr<QTextDocument>> parts;
            parts.push_back(textDocument(d, device, source.left(middle), body.width()));
            parts.front()->size(); // lays it out while the worker does the other half
            parts.push_back(worker->take());
            workers->push_back(std::move(worker));
            return std::make_unique<PagedText>(std::move(parts), body.height(), rule);
        }
        return std::make_unique<PagedText>(textDocument(d, device, source, body.width()), body.height(),
                                           rule);
    };
    const int shortest = int(d.shorterBodies.size());
    if (d.maximumPages <= 0 || shortest == 0)
        return paged(0);
    // Laying out is the costly part. Measure the shortest telling, guess from the lengths which longer one
    // could fit, and lay that one out to make sure: the guess only saves time, never decides.
    std::unique_ptr<PagedText> text = paged(shortest);
    const int shortestPages = text->pageCount();
    const qreal shortestSize = qMax<qsizetype>(1, d.shorterBodies.last().size());
    for (int telling = 0; telling < shortest && shortestPages <= d.maximumPages; ++telling) {
        const qsizetype size = telling == 0 ? d.body.size() : d.shorterBodies.at(telling - 1).size();
        // Longer tellings carry more markup a page (a picture to each idea) than the shortest one's lists:
        // about 1.6 times as much, measured on easy-read summaries.
        if (0.6 * shortestPages * size / shortestSize > d.maximumPages * 1.15)
            continue;
        std::unique_ptr<PagedText> longer = paged(telling);
        if (longer->pageCount() <= d.maximumPages)
            return longer;
    }
    return text;
}

qreal DocumentWriter::headHeight(const QFontMetricsF &metrics)
{
    return metrics.height() * 2.2;
}

int DocumentWriter::estimatePages(const Document &d)
{
    // The same arithmetic as paint(), in the screen's pixels.
    const QFontMetricsF fm(furnitureFont(d));
    const QRectF page = pageLayout(d).paintRectPixels(qRound(fm.fontDpi()));
    return layOut(d, nullptr, QSizeF(page.width(), page.height() - 2 * headHeight(fm)))->pageCount();
}

int DocumentWriter::paint(const Document &d, QPagedPaintDevice *device)
{
    // Before the painter: the workers' threads must outlive it (see LayoutWorker).
    std::vector<std::unique_ptr<LayoutWorker>> workers;
    QPainter onDevice(device);
    if (!onDevice.isActive())
        return 0;
    // Everything reaches the device in page coordinates (see PageCanvas).
    PageCanvas canvas(&onDevice);
    QPainter painter(&canvas);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QFont small = furnitureFont(d);
    const QFontMetricsF fm(small, device);
    const qreal head = headHeight(fm);
    const std::unique_ptr<PagedText> text
        = layOut(d, device, QSizeF(page.width(), page.height() - 2 * head), &workers);
    const int pages = text->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, head);
        text->paint(&painter, i);
        painter.restore();
        // The meeting's title at the head of every page and the page number at the foot.
        painter.setFont(small);
        painter.setPen(LadderColours::ink());
        painter.drawText(QRectF(0, 0, page.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                         fm.elidedText(d.title, Qt::ElideRight, page.width()));
        painter.setPen(QPen(QColor(0x76, 0x76, 0x76), fm.height() / 20));
        painter.drawLine(QPointF(0, fm.height() * 1.4), QPointF(page.width(), fm.height() * 1.4));
        painter.setPen(LadderColours::ink());
        painter.drawText(QRectF(0, page.height() - fm.height(), page.width(), fm.height()), Qt::AlignHCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    return pages;
}

QStringList DocumentWriter::undrawable(const Document &d)
{
    const QString text = d.title + u'\n' + Html::plainText(d.body);
    const QFont font = Typeface::font(d.pointSize);
    const QRawFont raw = QRawFont::fromFont(font);
    // The document's font first (a look-up a letter); Qt's own fallback decides for the few it lacks.
    QSet<char32_t> lacked;
    for (const char32_t c : QStringView(text).toUcs4())
        if (c > 0x20 && !QChar::isSpace(c) && QChar::category(c) != QChar::Other_Format
            && !raw.supportsCharacter(c))
            lacked.insert(c);
    QSet<char32_t> lost;
    for (const char32_t c : std::as_const(lacked)) {
        QTextLayout layout(QString::fromUcs4(&c, 1), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QList<quint32> glyphs = run.glyphIndexes();
            if (std::find(glyphs.cbegin(), glyphs.cend(), 0u) != glyphs.cend())
                lost.insert(c); // glyph 0 is the font's empty box
        }
    }
    if (lost.isEmpty())
        return {};
    QStringList words;
    for (const QString &word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        const QList<uint> letters = word.toUcs4();
        if (std::any_of(letters.cbegin(), letters.cend(), [&](uint c) { return lost.contains(c); })
            && !words.contains(word))
            words << word;
    }
    return words;
}

QString DocumentWriter::undrawableWarning(const QStringList &words, const QString &what, Output output)
{
    if (words.isEmpty())
        return QString();
    // Each word with its letters' code points: the screen showing this may lack the font too.
    QStringList quoted;
    for (const QString &word : words.mid(0, 5)) {
        QStringList points;
        for (const char32_t c : QStringView(word).toUcs4())
            if (c > 0x7f)
                points << u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
        quoted << u"“%1” (%2)"_s.arg(word, points.join(u' '));
    }
    const QString list = quoted.join(u", "_s)
        + (words.size() > 5 ? tr(" and %n more", nullptr, int(words.size() - 5)) : QString());
    const QString fonts = tr("Install a font that has them (for Chinese, Japanese or Korean, Debian's "
                             "fonts-noto-cjk; for other scripts, fonts-noto)");
    return output == Output::Pdf
        ? tr("%1: no font on this computer can draw some of the letters of %2, so they show as empty boxes, "
             "and the PDF is not PDF/A (which needs every letter). %3, then write it again.")
              .arg(what, list, fonts)
        : tr("%1: no font on this computer can draw some of the letters of %2, so they print as empty boxes. "
             "%3, then print again.")
              .arg(what, list, fonts);
}

bool DocumentWriter::write(const Document &d, Format format, const QString &path, bool privateFile,
                           QString *error, QStringList *warnings)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        return false;
    }
    if (privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool ok = true;
    if (format == Format::Html) {
        ok = file.write(html(d)) >= 0;
    } else if (format == Format::Odt) {
        const QByteArray odt = OdtWriter(d).write();
        if (odt.isEmpty()) {
            // The body is our own well-formed HTML; this is a bug to report, not the disk.
            *error = tr("%1: cannot write the ODT: the document's text could not be read").arg(path);
            file.cancelWriting();
            return false;
        }
        ok = file.write(odt) == odt.size();
    } else {
        // PDF/A promises every letter is in the file: a letter drawn as an empty box breaks the promise.
        const QStringList lost = undrawable(d);
        if (warnings && !lost.isEmpty())
            *warnings << undrawableWarning(lost, path, Output::Pdf);
        QString why;
        const QByteArray bytes = pdf(d, lost.isEmpty(), &why);
        if (bytes.isEmpty()) {
            *error = tr("%1: cannot write the PDF: %2").arg(path, why);
            file.cancelWriting();
            return false;
        }
        ok = file.write(bytes) == bytes.size();
    }
    if (!ok || !file.commit()) {
        *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Coproduce
