// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Coproduce {

// The bytes of a PDF file: numbered objects, written as they are made, then the cross-reference table and
// the trailer. Only what our documents need: no incremental updates, no object streams (PDF/A-1 has none).
class PdfFile final
{
public:
    PdfFile();

    // A number for an object to be written later (so that others can refer to it first).
    int reserve();
    // Writes object `id` (from reserve()) with `body` (a dictionary, an array, a number...).
    void object(int id, const QByteArray &body);
    // Writes a stream object: `dictionary` without its << >> and /Length, and the data, compressed with
    // deflate unless `compress` is false.
    void stream(int id, const QByteArray &dictionary, const QByteArray &data, bool compress = true);
    // The finished file, whose catalogue and information dictionary are `root` and `info`.
    QByteArray finish(int root, int info, const QByteArray &fileId);

    // "5 0 R"
    static QByteArray ref(int id);
    // A number as a PDF writes it: at most two decimals, no exponent, no trailing zeros.
    static QByteArray number(qreal value);
    static void appendNumber(QByteArray &out, qreal value);
    // A text string: in PDFDocEncoding's ASCII part as a literal, else as UTF-16 with its byte-order mark.
    static QByteArray text(const QString &value);
    // A name (/Name) with anything outside plain ASCII letters and digits escaped as #xx.
    static QByteArray name(const QByteArray &value);
    // Data written as hex digits (for the file's identifier and UTF-16 strings).
    static QByteArray hex(const QByteArray &bytes);
    static QByteArray deflate(const QByteArray &data, int level);

private:
    QByteArray m_out;
    QList<qint64> m_offsets; // each object's offset in the file, by number (from 1); -1 until written
};

} // namespace Coproduce
