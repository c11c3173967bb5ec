// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QTextToSpeech;

namespace Coproduce {

// What reads aloud: one utterance at a time, `finished` when it has been said (or could not be). The app
// speaks through the system (SystemSpeech); the tests put a recording stand-in here, to hear what is read,
// in what order, on which key.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False, with the reason in problem(), when the computer has no voice to read with.
    virtual bool isAvailable() const = 0;
    virtual QString problem() const = 0;
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;

    // The voices, by name; an empty name is the system's default.
    virtual QStringList voices() const = 0;
    virtual void setVoice(const QString &name) = 0;
    // Rate from -1 (slowest) to 1 (fastest), 0 normal; volume from 0 to 1.
    virtual void setRate(double rate) = 0;
    virtual void setVolume(double volume) = 0;

Q_SIGNALS:
    void finished();
};

// Qt TextToSpeech, which speaks through speech-dispatcher (and espeak-ng, or whatever voice the system
// has), started when first used. Qt 6.4 does not tell which word is being said, so ReadAloud goes sentence by
// sentence.
class SystemSpeech final : public SpeechEngine
{
    Q_OBJECT

public:
    explicit SystemSpeech(QObject *parent = nullptr);

    bool isAvailable() const override;
    QString problem() const override;
    void say(const QString &text) override;
    void stop() override;
    QStringList voices() const override;
    void setVoice(const QString &name) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

private:
    // Starts the engine the first time it is needed; false (with problem() said) if it cannot.
    bool start() const;

    QTextToSpeech *m_speech = nullptr;
    QString m_problem;
    bool m_speaking = false;
    QList<std::function<void()>> m_pending; // voice, rate and volume given before the engine started
};

} // namespace Coproduce
