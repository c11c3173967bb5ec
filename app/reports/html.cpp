// SPDX-License-Identifier: GPL-3.0-or-later
#include "html.h"

#include <QLocale>

#include <array>

namespace Coproduce {

using namespace Qt::StringLiterals;

QString Html::heading(int level, const QString &text)
{
    return u"<h%1>%2</h%1>\n"_s.arg(level).arg(escape(text));
}

QString Html::paragraph(const QString &text)
{
    return u"<p>"_s + escape(text) + u"</p>\n"_s;
}

QString Html::paragraphs(const QString &text)
{
    QString html;
    const QStringList parts = text.trimmed().split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &part : parts)
        html += u"<p>"_s + escape(part.trimmed()).replace(u'\n', u"<br />"_s) + u"</p>\n"_s;
    return html;
}

QString Html::list(const QStringList &itemsHtml)
{
    QString html = u"<ul>\n"_s;
    for (const QString &item : itemsHtml)
        html += u"<li>"_s + item + u"</li>\n"_s;
    return html + u"</ul>\n"_s;
}

QString Html::plainText(const QString &html)
{
    // Each tag becomes a space. By hand: a regular expression took 28M instructions over the four tellings
    // of a 40-activity summary.
    QString text;
    text.reserve(html.size());
    bool inTag = false;
    for (const QChar c : html) {
        if (inTag) {
            inTag = c != u'>';
        } else if (c == u'<') {
            inTag = true;
            text += u' ';
        } else {
            text += c;
        }
    }
    if (!text.contains(u'&'))
        return text;
    return text.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

QString Html::numberedList(const QStringList &itemsHtml)
{
    QString html = u"<ol>\n"_s;
    for (const QString &item : itemsHtml)
        html += u"<li>"_s + item + u"</li>\n"_s;
    return html + u"</ol>\n"_s;
}

QString Html::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &percents)
{
    QString html = u"<table>\n<thead><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += (i < percents.size() ? u"<th scope=\"col\" style=\"width: %1%\">"_s.arg(percents.at(i))
                                     : u"<th scope=\"col\">"_s)
            + escape(headers.at(i)) + u"</th>"_s;
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>"_s + escape(cell) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    return html + u"</tbody>\n</table>\n"_s;
}

QString Html::definitions(const QList<QPair<QString, QString>> &rows)
{
    QString html = u"<table class=\"details\">\n"_s;
    for (const auto &[label, value] : rows)
        html += u"<tr><th scope=\"row\">"_s + escape(label) + u"</th><td>"_s + escape(value)
            + u"</td></tr>\n"_s;
    return html + u"</table>\n"_s;
}

QString Html::image(const QString &name, const QString &alt, int width)
{
    return u"<p><img src=\"%1\" alt=\"%2\" width=\"%3\" /></p>\n"_s.arg(escape(name), escape(alt)).arg(width);
}

QString Html::bold(const QString &text)
{
    return u"<b>"_s + escape(text) + u"</b>"_s;
}

QString Html::inlineImage(const QString &name, const QString &alt, int width)
{
    return u"<img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%3\" />"_s.arg(escape(name), escape(alt))
        .arg(width);
}

QString Html::ideas(const QStringList &rowsHtml)
{
    return u"<table class=\"ideas\" role=\"presentation\">\n"_s + rowsHtml.join(QString()) + u"</table>\n"_s;
}

QString Html::idea(const QString &pictureHtml, int pictureWidth, const QString &wordsHtml)
{
    // The picture's column is a little wider than the picture: air between it and the words.
    return u"<tr><td class=\"picture\" width=\"%1\">%2</td><td class=\"words\">%3</td></tr>\n"_s
        .arg(pictureWidth + pictureWidth / 4)
        .arg(pictureHtml, wordsHtml);
}

QString Html::ukDate(const QDate &date, DateStyle style)
{
    // Put together from the locale's names, read once: QLocale::toString(date, format) reads its format
    // anew every time (a tenth of an easy-read summary that lists many actions).
    static const auto names = [] {
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        std::array<QStringList, 3> n; // day names, month names, short month names
        for (int day = 1; day <= 7; ++day)
            n[0] << uk.dayName(day, QLocale::LongFormat);
        for (int month = 1; month <= 12; ++month) {
            n[1] << uk.monthName(month, QLocale::LongFormat);
            n[2] << uk.monthName(month, QLocale::ShortFormat);
        }
        return n;
    }();
    if (!date.isValid())
        return QString();
    const QString month = names[style == DateStyle::Short ? 2 : 1].at(date.month() - 1);
    QString out = QString::number(date.day()) + u' ' + month + u' ' + QString::number(date.year());
    return style == DateStyle::WithDay ? names[0].at(date.dayOfWeek() - 1) + u' ' + out : out;
}

QString Html::longDate(const QDate &date)
{
    return ukDate(date, DateStyle::WithDay);
}

QString Html::date(const QDate &date)
{
    return date.isValid() ? ukDate(date, DateStyle::Short) : u"–"_s;
}

} // namespace Coproduce
