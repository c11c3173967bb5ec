// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/readaloudactions.h"

#include "ui/dialogs/speechdialog.h"
#include "ui/settings.h"
#include "ui/speech/readaloud.h"
#include "ui/speech/speechengine.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Coproduce {

using namespace Qt::StringLiterals;

ReadAloudActions::ReadAloudActions(Settings &settings, QWidget *window)
    : QObject(window)
    , m_settingsStore(settings)
    , m_window(window)
    , m_reader(new ReadAloud(nullptr, this))
    , m_read(new QAction(tr("&Read aloud"), window))
    , m_stop(new QAction(tr("S&top reading"), window))
    , m_settings(new QAction(tr("&Voice for reading aloud…"), window))
{
    m_read->setObjectName(u"actionReadAloud"_s);
    m_read->setShortcut(QKeySequence(Qt::Key_F8));
    m_read->setStatusTip(tr("Read aloud what is selected, or the chosen card or activity"));
    m_stop->setObjectName(u"actionStopReading"_s);
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_stop->setEnabled(false);
    m_settings->setObjectName(u"actionReadingAloud"_s);
    m_settings->setStatusTip(tr("The voice, its speed and volume"));
    for (QAction *a : { m_read, m_stop })
        a->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_read);
    window->addAction(m_stop);
    connect(m_read, &QAction::triggered, this, &ReadAloudActions::readOrStop);
    connect(m_stop, &QAction::triggered, this, [this] { m_reader->stop(); });
    connect(m_settings, &QAction::triggered, this, [this] {
        SpeechDialog dialog(*m_reader, m_settingsStore, m_window);
        dialog.exec();
    });
    setEngine(nullptr);
}

ReadAloudActions::~ReadAloudActions()
{
    clearHighlight();
}

void ReadAloudActions::setEngine(SpeechEngine *engine)
{
    m_reader->stop();
    delete m_reader;
    m_reader = new ReadAloud(engine, this);
    SpeechDialog::apply(*m_reader, m_settingsStore);
    connect(m_reader, &ReadAloud::reading, this, &ReadAloudActions::showReading);
    connect(m_reader, &ReadAloud::finished, this, [this] {
        clearHighlight();
        m_stop->setEnabled(false);
    });
}

void ReadAloudActions::readOrStop()
{
    if (m_reader->isReading()) {
        m_reader->stop();
        return;
    }
    if (!m_reader->isAvailable()) {
        Q_EMIT announce(m_reader->problem());
        return;
    }
    // What is selected where the keyboard is, else what the window offers.
    QString text;
    QPlainTextEdit *field = nullptr;
    qsizetype offset = 0;
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(focus); edit && edit->textCursor().hasSelection()) {
        text = edit->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
        field = edit;
        offset = edit->textCursor().selectionStart();
    } else if (auto *line = qobject_cast<QLineEdit *>(focus); line && line->hasSelectedText()) {
        text = line->selectedText();
    } else if (auto *label = qobject_cast<QLabel *>(focus); label && label->hasSelectedText()) {
        text = label->selectedText();
    } else if (m_source) {
        text = m_source();
    }
    if (text.trimmed().isEmpty()) {
        Q_EMIT announce(tr("Nothing to read aloud: choose a charter card or an activity, or select some "
                           "text."));
        return;
    }
    clearHighlight();
    m_field = field;
    m_offset = offset;
    if (m_reader->read(text))
        m_stop->setEnabled(true);
}

void ReadAloudActions::showReading(const TextSpan &span)
{
    if (!m_field)
        return;
    // The sentence being read, shown in the field it came from (Qt 6.4's speech does not say which word).
    QTextEdit::ExtraSelection reading;
    reading.cursor = QTextCursor(m_field->document());
    reading.cursor.setPosition(int(m_offset + span.start));
    reading.cursor.setPosition(int(m_offset + span.end()), QTextCursor::KeepAnchor);
    reading.format.setBackground(m_field->palette().color(QPalette::Highlight));
    reading.format.setForeground(m_field->palette().color(QPalette::HighlightedText));
    reading.format.setProperty(QTextFormat::UserProperty, u"reading aloud"_s);
    m_field->setExtraSelections({ reading });
}

void ReadAloudActions::clearHighlight()
{
    if (m_field)
        m_field->setExtraSelections({});
    m_field = nullptr;
}

} // namespace Coproduce
