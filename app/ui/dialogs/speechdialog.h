// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SpeechDialog;
}

namespace Coproduce {

class ReadAloud;
class Settings;

// View › Voice for reading aloud…: the voice, its speed and volume, and whether the projector reads each page
// as it comes; "Try it" reads a sentence with what is chosen. OK keeps the choices in the settings.
class SpeechDialog final : public QDialog
{
    Q_OBJECT

public:
    SpeechDialog(ReadAloud &reader, Settings &settings, QWidget *parent = nullptr);
    ~SpeechDialog() override;

    void accept() override;
    void reject() override;
    // Gives the engine the settings' voice, speed and volume.
    static void apply(ReadAloud &reader, const Settings &settings);

private:
    void tryIt();
    void applyChosen();

    std::unique_ptr<Ui::SpeechDialog> m_ui;
    ReadAloud &m_reader;
    Settings &m_settings;
};

} // namespace Coproduce
