// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

QString csvCell(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString oneLine(const QString &cell)
{
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
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths << h.size();
    for (const QStringList &row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], oneLine(row.at(i)).size());
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString cell = oneLine(cells.at(i));
            text += i + 1 < cells.size() ? cell.leftJustified(widths.at(i)) + u"  "_s : cell;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
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

} // namespace Coproduce
