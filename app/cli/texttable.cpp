// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <numeric>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// Whether a spreadsheet would read the cell as a formula (OWASP, "CSV injection"): it starts with = + - @,
// a tab or a carriage return, or their full-width forms, which some spreadsheets take as the same.
bool looksLikeFormula(const QString &cell)
{
    static const QString starts = u"=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20"_s;
    return !cell.isEmpty() && starts.contains(cell.front());
}

QString csvCell(const QString &cell)
{
    const bool formula = looksLikeFormula(cell);
    if (!formula && !cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n')
        && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    // Line breaks inside a cell are CRLF too, as RFC 4180 writes them.
    escaped.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(u"\n"_s, u"\r\n"_s);
    // An apostrophe in front makes the cell text, as OWASP advises (a spreadsheet shows the apostrophe).
    return u'"' + (formula ? u"'"_s : QString()) + escaped + u'"';
}

QString oneLine(const QString &cell)
{
    if (!cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell; // shared, not copied
    QString line = cell;
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    return line;
}

} // namespace

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::toText() const
{
    // Every column but the last is padded to its widest cell; the last runs on, so long text is whole.
    QList<QStringList> lines { m_headers };
    lines.reserve(m_rows.size() + 1);
    for (const QStringList &row : m_rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << oneLine(cell);
        lines << cells;
    }
    QList<qsizetype> widths(m_headers.size(), 0);
    qsizetype total = 0;
    for (const QStringList &cells : std::as_const(lines))
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i < widths.size())
                widths[i] = qMax(widths[i], cells.at(i).size());
            total += cells.at(i).size() + 2;
        }
    const QString spaces(std::accumulate(widths.cbegin(), widths.cend(), qsizetype(2)), u' ');
    QString out;
    out.reserve(total + lines.size() * (spaces.size() + 1));
    for (const QStringList &cells : std::as_const(lines)) {
        const qsizetype start = out.size();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            out += cells.at(i);
            if (i + 1 < cells.size())
                out += QStringView(spaces).left(qMax<qsizetype>(0, widths.value(i) - cells.at(i).size()) + 2);
        }
        while (out.size() > start && out.endsWith(u' '))
            out.chop(1);
        out += u'\n';
    }
    return out;
}

QString TextTable::toCsv() const
{
    QString out;
    const auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(u',') + u"\r\n"_s;
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    return out;
}

QString TextTable::shortened(const QString &text, int length)
{
    const QString one = text.simplified();
    return one.size() <= length ? one : one.left(length - 1) + u'…';
}

} // namespace Coproduce
