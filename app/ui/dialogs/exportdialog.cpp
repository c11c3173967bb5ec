// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/exportdialog.h"

#include "ui_exportdialog.h"

#include "ui/access/theme.h"

#include "reports/easyread.h"
#include "reports/progressreport.h"
#include "reports/yousaidwedid.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

// A name a file may have on Windows as on Linux: no \ / : * ? " < > |.
QString safeName(QString name)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]"_s);
    return name.replace(unsafe, u"-"_s).left(60).trimmed();
}

} // namespace

ExportDialog::ExportDialog(Database &database, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_minutes(Minutes::load(database, meetingId))
{
    m_ui->setupUi(this);
    m_ui->documentCombo->addItem(tr("Minutes"), u"minutes"_s);
    m_ui->documentCombo->addItem(tr("Easy-read summary, for families and young people"), u"easy-read"_s);
    if (m_minutes && !m_minutes->meeting().series.isEmpty()) {
        const QString series = m_minutes->meeting().series;
        m_ui->documentCombo->addItem(tr("You said, we did: every meeting of %1").arg(series),
                                     u"you-said-we-did"_s);
        m_ui->documentCombo->addItem(tr("You said, we did, easy read: every meeting of %1").arg(series),
                                     u"you-said-we-did-easy-read"_s);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connectChoices();
    if (m_minutes)
        m_ui->pathEdit->setText(QDir(folder).filePath(suggested()));
}

ExportDialog::ExportDialog(Database &database, const ProgressNumbers &progress, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_progress(progress)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export the progress report"));
    m_ui->documentCombo->addItem(tr("Progress report, for the partnership board"), u"progress"_s);
    m_ui->documentCombo->addItem(tr("Progress, easy read, for families and young people"),
                                 u"progress-easy-read"_s);
    m_ui->publish->hide();
    connectChoices();
    m_ui->pathEdit->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested()));
}

void ExportDialog::connectChoices()
{
    m_ui->formatCombo->addItem(tr("PDF, for printing and sharing"), int(DocumentWriter::Format::Pdf));
    m_ui->formatCombo->addItem(tr("Web page (HTML), the most accessible"), int(DocumentWriter::Format::Html));
    m_ui->formatCombo->addItem(tr("OpenDocument text (ODT), to edit in a word processor"),
                               int(DocumentWriter::Format::Odt));
    m_ui->problem->setStyleSheet(Theme::problemStyle());
    m_ui->problem->hide();
    connect(m_ui->documentCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A new document, a new suggested name in the same folder.
        if ((m_minutes || m_progress) && !m_ui->pathEdit->text().isEmpty())
            m_ui->pathEdit->setText(QFileInfo(m_ui->pathEdit->text()).dir().filePath(suggested()));
    });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the name, change the ending to match the format.
        const QFileInfo info(m_ui->pathEdit->text());
        if (!m_ui->pathEdit->text().isEmpty())
            m_ui->pathEdit->setText(
                info.dir().filePath(info.completeBaseName() + u'.' + DocumentWriter::suffix(format())));
        updateChoices();
    });
    connect(m_ui->publish, &QCheckBox::toggled, this, &ExportDialog::updateChoices);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, m_ui->problem,
            &QWidget::hide); // an old problem misleads
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getSaveFileName(this, tr("Save the document as"), m_ui->pathEdit->text());
        if (!chosen.isEmpty())
            m_ui->pathEdit->setText(chosen);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    updateChoices();
}

QString ExportDialog::suggested() const
{
    if (m_progress)
        return progressName(*m_progress, documentKind().endsWith(u"easy-read"_s), format());
    return m_minutes ? suggestedName(m_minutes->meeting(), documentKind(), format()) : QString();
}

ExportDialog::~ExportDialog() = default;

DocumentWriter::Format ExportDialog::format() const
{
    return DocumentWriter::Format(m_ui->formatCombo->currentData().toInt());
}

QString ExportDialog::documentKind() const
{
    return m_ui->documentCombo->currentData().toString();
}

QString ExportDialog::suggestedName(const Meeting &meeting, const QString &document,
                                    DocumentWriter::Format format)
{
    if (document.startsWith(u"you-said-we-did"_s))
        return (document.endsWith(u"easy-read"_s) ? tr("%1 you said we did easy read.%2")
                                                  : tr("%1 you said we did.%2"))
            .arg(safeName(meeting.series), DocumentWriter::suffix(format));
    return (document == u"easy-read" ? tr("%1 %2 easy read.%3") : tr("%1 %2 minutes.%3"))
        .arg(meeting.date.toString(Qt::ISODate), safeName(meeting.title), DocumentWriter::suffix(format));
}

QString ExportDialog::progressName(const ProgressNumbers &progress, bool easyRead,
                                   DocumentWriter::Format format)
{
    const QString series = safeName(progress.request.series);
    const QString what = series.isEmpty() ? tr("Progress") : tr("Progress %1").arg(series);
    const QString from = progress.request.from.toString(Qt::ISODate);
    const QString to = progress.request.to.toString(Qt::ISODate);
    return (easyRead ? tr("%1 %2 to %3 easy read.%4") : tr("%1 %2 to %3.%4"))
        .arg(what, from, to, DocumentWriter::suffix(format));
}

std::optional<Document> ExportDialog::document(const ReportOptions &options) const
{
    const QString kind = documentKind();
    if (m_progress)
        return ProgressReport(*m_progress).document(options, kind.endsWith(u"easy-read"_s));
    if (kind == u"minutes")
        return m_minutes->document(options);
    if (kind == u"easy-read")
        return EasyRead(*m_minutes).document(options);
    const std::optional<YouSaidWeDid> report = YouSaidWeDid::load(m_database, m_minutes->meeting().series);
    if (!report)
        return std::nullopt;
    return report->document(options, kind.endsWith(u"easy-read"_s));
}

void ExportDialog::updateChoices()
{
    // Large print and A5 shape pages; a web page has none.
    const bool paged = format() != DocumentWriter::Format::Html;
    m_ui->a5->setEnabled(paged);
    m_ui->a5->setToolTip(paged ? QString() : tr("A web page has no pages: it fits any screen."));
    if (m_progress) {
        m_ui->privacyNote->setText(tr("People are counted in it, never named: it can be published."));
        return;
    }
    m_ui->privacyNote->setText(
        m_ui->publish->isChecked()
            ? tr("Only people who came in a professional role are named; everyone else is shown by role.")
            : tr("Named as each person asked. Do not publish this version: only you will be able to open the "
                 "file "
                 "on this computer."));
}

void ExportDialog::save()
{
    if (!m_minutes && !m_progress) {
        m_ui->problem->setText(tr("This meeting is no longer in the database."));
        m_ui->problem->show();
        return;
    }
    const QString path = m_ui->pathEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->problem->setText(tr("Choose where to save the file."));
        m_ui->problem->show();
        m_ui->pathEdit->setFocus();
        return;
    }
    ReportOptions options;
    options.redact = m_ui->publish->isChecked();
    options.largePrint = m_ui->largePrint->isChecked();
    options.a5 = m_ui->a5->isEnabled() && m_ui->a5->isChecked();
    const std::optional<Document> chosen = document(options);
    if (!chosen) {
        m_ui->problem->setText(
            tr("The series \"%1\" is no longer in the database.").arg(m_minutes->meeting().series));
        m_ui->problem->show();
        return;
    }
    QString error;
    QStringList warnings;
    // A file with names in it only its owner may open; the progress report names nobody.
    if (!DocumentWriter::write(*chosen, format(), path, !m_progress && !options.redact, &error, &warnings)) {
        m_ui->problem->setText(error);
        m_ui->problem->show();
        return;
    }
    // Saved, but someone must know before it is sent: names that print as empty boxes.
    if (!warnings.isEmpty())
        QMessageBox::warning(this, tr("Some letters cannot be drawn"), warnings.join(u"\n\n"_s));
    m_saved = path;
    accept();
}

} // namespace Coproduce
