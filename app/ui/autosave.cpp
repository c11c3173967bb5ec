// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/autosave.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Coproduce {

AutoSave::AutoSave(QLineEdit *field, Save save, Load load)
    : QObject(field)
    , m_line(field)
    , m_save(std::move(save))
    , m_load(std::move(load))
{
    connect(field, &QLineEdit::textEdited, this, &AutoSave::edited);
    connect(field, &QLineEdit::returnPressed, this, &AutoSave::flush);
    setup(field);
}

AutoSave::AutoSave(QPlainTextEdit *field, Save save, Load load)
    : QObject(field)
    , m_plain(field)
    , m_save(std::move(save))
    , m_load(std::move(load))
{
    // textChanged also fires for setPlainText(); refresh() blocks signals while it loads.
    connect(field, &QPlainTextEdit::textChanged, this, &AutoSave::edited);
    setup(field);
}

void AutoSave::setup(QWidget *field)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSave::flush);
    field->installEventFilter(this);
    refresh();
}

QString AutoSave::text() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void AutoSave::setText(const QString &text)
{
    if (text == this->text())
        return;
    QWidget *field = m_line ? static_cast<QWidget *>(m_line) : m_plain;
    const QSignalBlocker blocker(field);
    if (m_line) {
        const int cursor = m_line->cursorPosition();
        m_line->setText(text);
        m_line->setCursorPosition(qMin(cursor, int(text.size())));
    } else {
        QTextCursor cursor = m_plain->textCursor();
        const int position = cursor.position();
        m_plain->setPlainText(text);
        cursor = m_plain->textCursor();
        cursor.setPosition(qMin(position, int(text.size())));
        m_plain->setTextCursor(cursor);
    }
}

void AutoSave::refresh()
{
    if (m_pending)
        return;
    m_stored = m_load();
    setText(m_stored);
}

void AutoSave::edited()
{
    m_pending = true;
    m_timer.start();
}

bool AutoSave::flush()
{
    m_timer.stop();
    if (!m_pending)
        return true;
    const QString typed = text();
    m_failed = !m_save(m_stored, typed);
    if (!m_failed)
        m_stored = typed;
    m_pending = false;
    return !m_failed;
}

bool AutoSave::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        flush();
        if (m_failed) {
            m_failed = false;
            refresh(); // leave the field showing what is really stored
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Coproduce
