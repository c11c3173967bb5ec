// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/readaloud.h"

#include "ui/speech/speechengine.h"

#include "core/sentences.h"

namespace Coproduce {

ReadAloud::ReadAloud(SpeechEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    if (m_engine)
        connect(m_engine, &SpeechEngine::finished, this, &ReadAloud::next);
}

bool ReadAloud::isAvailable() const
{
    return m_engine && m_engine->isAvailable();
}

QString ReadAloud::problem() const
{
    if (!m_engine)
        return tr("Reading aloud needs a speech engine, and this computer has none.");
    return m_engine->problem();
}

QList<TextSpan> ReadAloud::pieces(const QString &text)
{
    QList<TextSpan> found;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        for (const TextSpan &s : Sentences::split(line))
            if (!line.mid(s.start, s.length).trimmed().isEmpty())
                found << TextSpan { lineStart + s.start, s.length };
        lineStart = lineEnd + 1;
    }
    return found;
}

bool ReadAloud::read(const QString &text)
{
    stop();
    if (!isAvailable())
        return false;
    m_text = text;
    m_pieces = pieces(text);
    if (m_pieces.isEmpty())
        return false;
    m_index = 0;
    sayCurrent();
    return true;
}

void ReadAloud::stop()
{
    if (m_index < 0)
        return;
    m_index = -1;
    if (m_engine)
        m_engine->stop();
    Q_EMIT finished();
}

void ReadAloud::next()
{
    if (m_index < 0)
        return; // an engine's late word after a stop
    if (++m_index >= m_pieces.size()) {
        m_index = -1;
        Q_EMIT finished();
        return;
    }
    sayCurrent();
}

void ReadAloud::sayCurrent()
{
    const TextSpan span = m_pieces.at(m_index);
    Q_EMIT reading(span);
    m_engine->say(m_text.mid(span.start, span.length).trimmed());
}

} // namespace Coproduce
