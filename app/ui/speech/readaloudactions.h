// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QPlainTextEdit;
class QWidget;

namespace Coproduce {

class ReadAloud;
class Settings;
class SpeechEngine;

// The window's reading aloud: F8 reads what is selected in the field with the keyboard, else what the
// window offers (the chosen charter card, or the chosen activity's easy-read lines), and F8 again or
// Shift+F8 stops; a sentence being read from a text field is highlighted in it. "Voice for reading aloud…"
// chooses the voice, speed and volume. With no speech engine, F8 says so and nothing else changes.
class ReadAloudActions final : public QObject
{
    Q_OBJECT

public:
    ReadAloudActions(Settings &settings, QWidget *window);
    ~ReadAloudActions() override;

    // The engine to speak with: the system's (main.cpp) or a test's stand-in. Until one is given, reading
    // says there is none.
    void setEngine(SpeechEngine *engine);
    ReadAloud *reader() const { return m_reader; }
    // What F8 reads when nothing is selected; empty when the window has nothing chosen.
    void setSource(std::function<QString()> source) { m_source = std::move(source); }

    QAction *readAction() const { return m_read; }
    QAction *stopAction() const { return m_stop; }
    QAction *settingsAction() const { return m_settings; }

    // What F8 does.
    void readOrStop();

Q_SIGNALS:
    void announce(const QString &message);

private:
    void showReading(const TextSpan &span);
    void clearHighlight();

    Settings &m_settingsStore;
    QWidget *m_window;
    ReadAloud *m_reader = nullptr;
    QAction *m_read;
    QAction *m_stop;
    QAction *m_settings;
    std::function<QString()> m_source;
    QPointer<QPlainTextEdit> m_field; // where the text being read came from, if a text field
    qsizetype m_offset = 0; // and where in it
};

} // namespace Coproduce
