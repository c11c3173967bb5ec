// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Coproduce {

class MeetingDocument;

// One part of the meeting editor (Tiled's habit: a class and a form per dock). The editor hands each
// pane the open meeting's document; the pane reads it in reload(), writes through it (so every change
// is one undo command), saves what is being typed in flush(), and becomes a view in setReadOnly().
class EditorPane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The open meeting's document, or nullptr when none is open. The pane does not own it.
    virtual void setDocument(MeetingDocument *document) { m_document = document; }
    MeetingDocument *document() const { return m_document; }
    // Reads everything the pane shows again from the document.
    virtual void reload() = 0;
    // Saves anything typed and not yet saved.
    virtual void flush() { }
    // Every field shows, nothing can be changed (another copy is writing).
    virtual void setReadOnly(bool readOnly);

Q_SIGNALS:
    // A change could not be made, and why, in words for the person making it.
    void problem(const QString &message);

protected:
    MeetingDocument *m_document = nullptr;
};

} // namespace Coproduce
