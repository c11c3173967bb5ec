// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coproduce {

// Writes JSON with keys in the order they are given (QJsonObject would sort them), indented by two
// spaces, strings as UTF-8. The same calls always give the same bytes, which keeps exports stable.
class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);

    void value(const QString &text);
    void value(qint64 number);
    void null();
    void boolean(bool yes); // (not value(bool): an int would then match two overloads)

    void field(const QString &name, const QString &text);
    void field(const QString &name, qint64 number);
    // Writes the field only when the text is not empty: optional fields are left out rather than empty.
    void optionalField(const QString &name, const QString &text);

    // Writes `name` as a list with one object per item, filled in by `writeItem(item)`. An empty list is
    // left out unless `always` is set.
    template<typename List, typename WriteItem>
    void objectList(const QString &name, const List &items, WriteItem writeItem, bool always = false)
    {
        if (items.isEmpty() && !always)
            return;
        key(name);
        beginArray();
        for (const auto &item : items) {
            beginObject();
            writeItem(item);
            endObject();
        }
        endArray();
    }
    void textList(const QString &name, const QStringList &items, bool always = false);

    QByteArray data() const;

private:
    void beforeValue();
    void writeString(const QString &text);
    void newline();

    struct Level
    {
        bool isObject = false;
        int items = 0;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace Coproduce
