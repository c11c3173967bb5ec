// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include "ui/speech/speechengine.h"

namespace Coproduce {

// Reads a text aloud a sentence at a time (a card's title, each of its lines), saying which sentence is
// being read, so the field it came from can show it; a new text or stop() ends what was being read.
class ReadAloud final : public QObject
{
    Q_OBJECT

public:
    explicit ReadAloud(SpeechEngine *engine, QObject *parent = nullptr);

    SpeechEngine *engine() const { return m_engine; }
    bool isAvailable() const;
    // Why nothing can be read, in plain words.
    QString problem() const;

    // False (and nothing said) if there is no engine or nothing to read.
    bool read(const QString &text);
    void stop();
    bool isReading() const { return m_index >= 0; }
    QString text() const { return m_text; }

    // The text's sentences and lines, in order (empty ones left out).
    static QList<TextSpan> pieces(const QString &text);

Q_SIGNALS:
    // Now being read: a stretch of the text given to read().
    void reading(const TextSpan &span);
    // All of it read, or stopped.
    void finished();

private:
    void next();
    void sayCurrent();

    QPointer<SpeechEngine> m_engine;
    QString m_text;
    QList<TextSpan> m_pieces;
    int m_index = -1;
};

} // namespace Coproduce
