// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Coproduce {

// A ZIP archive in memory, as OpenDocument packages it: entries in the order added, each stored or
// deflated (zlib), no extra fields, no data descriptors; the first entry of an OpenDocument file,
// "mimetype", stored so that a reader can recognise the file from its first bytes.
class ZipWriter final
{
public:
    void add(const QString &name, const QByteArray &data, bool compress = true);
    // The whole archive: the entries, then the central directory.
    QByteArray finish() const;

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 packedSize = 0;
        quint16 method = 0; // 0 stored, 8 deflated
        quint32 offset = 0;
    };
    QList<Entry> m_entries;
    QByteArray m_data;
};

} // namespace Coproduce
