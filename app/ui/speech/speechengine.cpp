// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/speechengine.h"

#include <QTextToSpeech>
#include <QVoice>

namespace Coproduce {

SystemSpeech::SystemSpeech(QObject *parent)
    : SpeechEngine(parent)
{
}

bool SystemSpeech::start() const
{
    if (m_speech || !m_problem.isEmpty())
        return m_speech != nullptr;
    auto *self = const_cast<SystemSpeech *>(this); // started on first use: speech-dispatcher is a process
    const QString install
        = tr("Install speech-dispatcher with a voice, such as the Debian packages "
             "qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng.");
    if (QTextToSpeech::availableEngines().isEmpty()) {
        self->m_problem
            = tr("Reading aloud needs a speech engine, and this computer has none.") + u' ' + install;
        return false;
    }
    auto *speech = new QTextToSpeech(self);
    if (speech->state() == QTextToSpeech::Error) {
        self->m_problem
            = tr("The speech engine did not start (%1).").arg(speech->errorString()) + u' ' + install;
        delete speech;
        return false;
    }
    self->m_speech = speech;
    connect(speech, &QTextToSpeech::stateChanged, self, [self](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Speaking) {
            self->m_speaking = true;
        } else if (self->m_speaking && (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)) {
            self->m_speaking = false;
            Q_EMIT self->finished();
        }
    });
    connect(speech, &QTextToSpeech::errorOccurred, self,
            [self](QTextToSpeech::ErrorReason, const QString &why) {
                self->m_problem = tr("The speech engine stopped (%1).").arg(why);
                if (self->m_speaking) {
                    self->m_speaking = false;
                    Q_EMIT self->finished();
                }
            });
    for (const auto &apply : std::as_const(self->m_pending))
        apply();
    self->m_pending.clear();
    return true;
}

bool SystemSpeech::isAvailable() const
{
    return start() && m_speech->state() != QTextToSpeech::Error;
}

QString SystemSpeech::problem() const
{
    start();
    return m_problem;
}

void SystemSpeech::say(const QString &text)
{
    if (isAvailable())
        m_speech->say(text);
}

void SystemSpeech::stop()
{
    if (!m_speech)
        return;
    m_speaking = false; // a stop is not the end of a sentence: nothing more is read
    m_speech->stop();
}

QStringList SystemSpeech::voices() const
{
    QStringList names;
    if (start())
        for (const QVoice &voice : m_speech->availableVoices())
            names << voice.name();
    return names;
}

void SystemSpeech::setVoice(const QString &name)
{
    if (!m_speech) {
        m_pending << [this, name] { setVoice(name); }; // when it starts
        return;
    }
    for (const QVoice &voice : m_speech->availableVoices())
        if (voice.name() == name)
            m_speech->setVoice(voice);
}

void SystemSpeech::setRate(double rate)
{
    if (m_speech)
        m_speech->setRate(qBound(-1.0, rate, 1.0));
    else
        m_pending << [this, rate] { setRate(rate); };
}

void SystemSpeech::setVolume(double volume)
{
    if (m_speech)
        m_speech->setVolume(qBound(0.0, volume, 1.0));
    else
        m_pending << [this, volume] { setVolume(volume); };
}

} // namespace Coproduce
