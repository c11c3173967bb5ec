// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plainwords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WordsDialog;
}

namespace Coproduce {

class Database;

// The area's own hard words: add, change and remove them, or import and export a coproduce-words/1 file.
// Nothing is saved until Save, and then all at once; a problem keeps the dialog open and says what to fix.
class WordsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WordsDialog(Database &database, QWidget *parent = nullptr);
    ~WordsDialog() override;

    QList<PlainWord> words() const;
    // Adds the words of a file to the table (replacing rows with the same hard word); false, with the
    // problem shown, if the file is unreadable or wrong.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    QString problem() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addRow(const PlainWord &word);
    void save();
    void showProblem(const QString &message);

    std::unique_ptr<Ui::WordsDialog> m_ui;
    Database &m_database;
};

} // namespace Coproduce
