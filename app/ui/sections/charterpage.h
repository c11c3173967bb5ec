// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charter.h"

#include <QList>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace Ui {
class CharterPage;
}

namespace Coproduce {

class Database;

// The Charters section: pick a charter and see its principles as cards; write, copy, change, import,
// export and delete charters. Built-in charters are kept as their area wrote them: they can be copied and
// then changed. Every change can be undone.
class CharterPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CharterPage(Database &database, QWidget *parent = nullptr);
    ~CharterPage() override;

    QUndoStack *undoStack() { return &m_undoStack; }
    void reload();
    bool selectCharter(const QString &id);
    Charter currentCharter() const;
    int currentCard() const;

    // What the buttons do once a file is chosen; false (with problem() emitted) if it could not be done.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    // Saves an edited or new charter as one undoable step.
    bool saveCharter(const Charter &charter, const QString &what);
    bool deleteCurrent();

Q_SIGNALS:
    void presentRequested(const Coproduce::Charter &charter, int card);
    void currentCharterChanged(const QString &id);
    void problem(const QString &message);
    void status(const QString &message);

private:
    void showCurrent();
    void edit(const Charter &start, bool copy);
    // Tells of a refusal (and remembers it for run()); `ok` back.
    bool report(bool ok, const QString &error);
    // Pushes `command`, whose redo() makes the change; false if it was refused (and the command dropped).
    bool run(QUndoCommand *command);
    QString uniqueId(const QString &name) const;

    std::unique_ptr<Ui::CharterPage> m_ui;
    Database &m_database;
    QUndoStack m_undoStack;
    QList<Charter> m_charters;
    bool m_failed = false; // a report() since run() began said no
};

} // namespace Coproduce
