// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Coproduce {

// Rows of text written either as aligned columns (for people) or as CSV (RFC 4180, for spreadsheets).
class TextTable final
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }

    QString toText() const;
    // RFC 4180 (CRLF after each row and inside cells). A cell that a spreadsheet would run as a formula
    // (it starts with = + - @, a tab or a carriage return) is written as text: quoted, with an apostrophe
    // before it (OWASP's advice on CSV injection).
    QString toCsv() const;

    // The text on one line, cut to `length` characters with an ellipsis, for a column.
    static QString shortened(const QString &text, int length);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace Coproduce
