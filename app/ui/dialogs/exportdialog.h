// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/documentwriter.h"
#include "reports/minutes.h"

#include "core/progress.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace Coproduce {

class Database;

// File → Export: which document, which format, large print, A5, for publishing, and where. Saving writes
// the file whole or not at all; a problem is shown in the dialog, which stays open.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Database &database, qint64 meetingId, QWidget *parent = nullptr);
    // The progress report (for the board, or easy read) of the numbers the Progress section shows. Nobody
    // is named in it, so there is no "for publishing" choice.
    ExportDialog(Database &database, const ProgressNumbers &progress, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString savedPath() const { return m_saved; }
    // `document` is "minutes", "easy-read", "you-said-we-did" or "you-said-we-did-easy-read".
    // (A progress report's name: progressName().)
    static QString suggestedName(const Meeting &meeting, const QString &document,
                                 DocumentWriter::Format format);
    // "Progress Board 2026-01-01 to 2026-06-30.pdf" ("easy read" before the ending for that one).
    static QString progressName(const ProgressNumbers &progress, bool easyRead,
                                DocumentWriter::Format format);

private:
    DocumentWriter::Format format() const;
    QString documentKind() const;
    std::optional<Document> document(const ReportOptions &options) const;
    void updateChoices();
    void save();

    Database &m_database;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    void connectChoices();
    QString suggested() const;

    std::optional<Minutes> m_minutes;
    std::optional<ProgressNumbers> m_progress;
    QString m_saved;
};

} // namespace Coproduce
