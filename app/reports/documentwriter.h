// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>

#include <memory>
#include <optional>
#include <vector>

class QFontMetricsF;
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace Coproduce {
class LayoutWorker;
class PagedText;
} // namespace Coproduce

namespace Coproduce {

// Writes a Document as PDF (PDF/A-1b, A4 or A5, the title on every page and "Page 2 of 5" at the foot),
// as one self-contained HTML file (the accessible version), or as ODT for word processors; and prints it.
// Files are written beside the target and renamed at the end, so a failure leaves no partial file.
class DocumentWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    enum class Format { Pdf, Html, Odt };
    // A paged document with a body longer than this (in characters of markup, about six pages) is laid out
    // in two halves on two threads; a shorter one gains too little.
    static constexpr qsizetype TwoThreadsAbove = 20000;

    // From --format if given, else from the file's extension.
    static std::optional<Format> formatFor(const QString &path, const QString &name, QString *error);
    // `privateFile`: only the owner may read it (a document that names people who asked not to be named
    // in public).
    // "pdf", "html" or "odt".
    static QString suffix(Format format);
    // `warnings` (if given) gets what the reader should know of a file that was written: a PDF with letters
    // no font on this computer can draw (they show as empty boxes, and the file is not PDF/A).
    static bool write(const Document &document, Format format, const QString &path, bool privateFile,
                      QString *error, QStringList *warnings = nullptr);
    // The words of the document (its title and body) that hold letters no font on this computer can draw,
    // each once, in order. Qt draws a letter the document's font lacks from any other installed font that
    // has it; only a letter none has is lost, as an empty box.
    static QStringList undrawable(const Document &document);
    // What to tell someone who wrote a PDF (`what`: its file) or is printing (`what`: what they print) with
    // those words in it; empty if none.
    enum class Output { Pdf, Print };
    static QString undrawableWarning(const QStringList &words, const QString &what, Output output);

    static QByteArray html(const Document &document);
    // The picture as an image: its own, or one drawn from its drawing (for HTML and ODT).
    static QImage raster(const DocumentImage &image);
    // Lays the document out on the device's pages and paints them all, with the running head and page
    // numbers. Returns the number of pages.
    static int paint(const Document &document, QPagedPaintDevice *device);
    // How many pages the PDF will have, measured on the screen (close, not exact).
    static int estimatePages(const Document &document);
    static QPageLayout pageLayout(const Document &document);
    // The document as a tagged PDF (see PdfPages), PDF/A-1b if `pdfA`; empty, with `error`, if it cannot be
    // made.
    static QByteArray pdf(const Document &document, bool pdfA, QString *error);
    // The running head's and the page numbers' type size.
    static qreal furniturePointSize(const Document &document);

private:
    // The document with `body` (its own or one of the shorter ones) as Qt reads it, measured for `device`
    // (may be null: the screen), laid out `width` wide for PagedText.
    static std::unique_ptr<QTextDocument> textDocument(const Document &document, QPaintDevice *device,
                                                       const QString &body, qreal width);
    // The telling that fits (see Document::maximumPages), cut into pages of the body's size. Given
    // `workers`, a long one is laid out partly on other threads, which must outlive the painting.
    static std::unique_ptr<PagedText> layOut(const Document &document, QPaintDevice *device,
                                             const QSizeF &body,
                                             std::vector<std::unique_ptr<LayoutWorker>> *workers = nullptr);
    static QString styleSheet(const Document &document, bool forHtml);
    static QFont furnitureFont(const Document &document);
    // Where the running head's line is and how far below the page's top the body begins.
    static qreal headHeight(const QFontMetricsF &metrics);
};

} // namespace Coproduce
