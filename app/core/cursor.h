// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>
#include <optional>

namespace Coproduce {

// Rows of a query read as they are needed, for views that show the first rows at once and fetch more as
// they scroll (ten years of actions or meetings). The repository that opens it keeps the query inside
// `read`, so nothing above core sees SQL; the query stays open until the cursor has read its last row or is
// destroyed.
template<class Row> class Cursor final
{
public:
    // The next row, or none when there are no more (or reading failed).
    using Read = std::function<std::optional<Row>()>;

    explicit Cursor(Read read, int total = -1)
        : m_read(std::move(read))
        , m_total(total)
        , m_atEnd(!m_read)
    {
    }
    Cursor(const Cursor &) = delete;
    Cursor &operator=(const Cursor &) = delete;

    // How many rows there are in all, if the repository counted them; -1 if not.
    int total() const { return m_total; }
    bool atEnd() const { return m_atEnd; }
    // Up to `count` more rows.
    QList<Row> next(int count)
    {
        QList<Row> rows;
        while (!m_atEnd && rows.size() < count) {
            std::optional<Row> row = m_read();
            if (!row) {
                m_atEnd = true;
                m_read = nullptr; // lets go of the query, and so of the database
                break;
            }
            rows << std::move(*row);
        }
        return rows;
    }
    // Every row not read yet.
    QList<Row> rest()
    {
        QList<Row> rows;
        while (!m_atEnd)
            rows += next(1024);
        return rows;
    }

private:
    Read m_read;
    int m_total;
    bool m_atEnd;
};

} // namespace Coproduce
