// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Coproduce {

// Small builders for the plain, semantic HTML that reports are written in. Every text argument is escaped
// here, except where the name says the argument is HTML already.
class Html final
{
public:
    static QString escape(const QString &text) { return text.toHtmlEscaped(); }
    // The text of some of this HTML: each tag a space, entities decoded.
    static QString plainText(const QString &html);
    static QString heading(int level, const QString &text);
    static QString paragraph(const QString &text);
    // Blank lines start new paragraphs; single line breaks are kept.
    static QString paragraphs(const QString &text);
    static QString list(const QStringList &itemsHtml);
    // A list whose items are numbered by the list: 1, 2, 3…
    static QString numberedList(const QStringList &itemsHtml);
    // A table with a header row; every cell is text. `percents`, if given, is each column's share of the
    // width (else the columns share it by what they hold).
    static QString table(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<int> &percents = {});
    // Label and value pairs, as a table with a header cell starting each row.
    static QString definitions(const QList<QPair<QString, QString>> &rows);
    // `width` in CSS pixels.
    static QString image(const QString &name, const QString &alt, int width);
    // A picture in the run of text (no paragraph of its own).
    static QString inlineImage(const QString &name, const QString &alt, int width);
    // Easy-read layout: rows of a picture on the left and words on the right. A table for Qt's layout,
    // marked as presentation so that screen readers read it as plain text.
    static QString ideas(const QStringList &rowsHtml);
    static QString idea(const QString &pictureHtml, int pictureWidth, const QString &wordsHtml);
    static QString bold(const QString &text);
    enum class DateStyle { Short, Long, WithDay };
    // "16 Dec 2026", "16 December 2026" or "Wednesday 16 December 2026"; empty for no date.
    static QString ukDate(const QDate &date, DateStyle style);
    // "16 Dec 2026", or "–" for no date.
    static QString date(const QDate &date);
    // "Wednesday 16 December 2026", or empty for no date.
    static QString longDate(const QDate &date);
};

} // namespace Coproduce
