// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/documentwriter.h"
#include "reports/minutes.h"

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
    ~ExportDialog() override;

    QString savedPath() const { return m_saved; }
    // `document` is "minutes", "easy-read", "you-said-we-did" or "you-said-we-did-easy-read".
    static QString suggestedName(const Meeting &meeting, const QString &document,
                                 DocumentWriter::Format format);

private:
    DocumentWriter::Format format() const;
    QString documentKind() const;
    std::optional<Document> document(const ReportOptions &options) const;
    void updateChoices();
    void save();

    Database &m_database;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    std::optional<Minutes> m_minutes;
    QString m_saved;
};

} // namespace Coproduce
