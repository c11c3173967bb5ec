// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/speechdialog.h"

#include "ui_speechdialog.h"

#include "ui/settings.h"
#include "ui/speech/readaloud.h"
#include "ui/speech/speechengine.h"

#include <QLayout>
#include <QPushButton>

namespace Coproduce {

SpeechDialog::SpeechDialog(ReadAloud &reader, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SpeechDialog>())
    , m_reader(reader)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->voiceCombo->addItem(tr("The computer's own voice"), QString());
    if (SpeechEngine *engine = reader.engine())
        for (const QString &voice : engine->voices())
            m_ui->voiceCombo->addItem(voice, voice);
    const int chosen = m_ui->voiceCombo->findData(settings.speechVoice());
    m_ui->voiceCombo->setCurrentIndex(qMax(0, chosen));
    m_ui->rateSlider->setValue(settings.speechRate());
    m_ui->volumeSlider->setValue(settings.speechVolume());
    m_ui->eachPage->setChecked(settings.readEachPage());
    const bool available = reader.isAvailable();
    m_ui->problem->setText(available ? QString() : reader.problem());
    m_ui->problem->setVisible(!available);
    m_ui->tryIt->setEnabled(available);
    connect(m_ui->tryIt, &QPushButton::clicked, this, &SpeechDialog::tryIt);
    // About 60 characters wide at any text size, and as tall as the wrapped words then need: a fixed size
    // left them on top of each other at 200 %.
    const int width = qMax(minimumSizeHint().width(), fontMetrics().averageCharWidth() * 60);
    resize(width, qMax(sizeHint().height(), layout()->totalHeightForWidth(width)));
}

SpeechDialog::~SpeechDialog() = default;

void SpeechDialog::tryIt()
{
    applyChosen();
    m_reader.read(tr("This is how Coproduce reads aloud. Press F8 to hear what is chosen."));
}

void SpeechDialog::applyChosen()
{
    if (SpeechEngine *engine = m_reader.engine()) {
        engine->setVoice(m_ui->voiceCombo->currentData().toString());
        engine->setRate(m_ui->rateSlider->value() / 10.0);
        engine->setVolume(m_ui->volumeSlider->value() / 100.0);
    }
}

void SpeechDialog::accept()
{
    m_reader.stop();
    m_settings.setSpeechVoice(m_ui->voiceCombo->currentData().toString());
    m_settings.setSpeechRate(m_ui->rateSlider->value());
    m_settings.setSpeechVolume(m_ui->volumeSlider->value());
    m_settings.setReadEachPage(m_ui->eachPage->isChecked());
    apply(m_reader, m_settings);
    QDialog::accept();
}

void SpeechDialog::reject()
{
    m_reader.stop();
    apply(m_reader, m_settings); // what "Try it" changed goes back
    QDialog::reject();
}

void SpeechDialog::apply(ReadAloud &reader, const Settings &settings)
{
    SpeechEngine *engine = reader.engine();
    if (!engine)
        return;
    if (!settings.speechVoice().isEmpty())
        engine->setVoice(settings.speechVoice());
    engine->setRate(settings.speechRate() / 10.0);
    engine->setVolume(settings.speechVolume() / 100.0);
}

} // namespace Coproduce
