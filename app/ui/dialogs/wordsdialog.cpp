// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/wordsdialog.h"

#include "ui_wordsdialog.h"

#include "core/wordrepository.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

enum Column { Term, Plain, Explain, Kind, Columns };

} // namespace

WordsDialog::WordsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WordsDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(Columns);
    m_ui->table->setHorizontalHeaderLabels(
        { tr("Hard word"), tr("Say instead"), tr("What it means"), tr("Kind") });
    m_ui->table->verticalHeader()->hide();
    m_ui->problem->hide();
    for (const PlainWord &w : WordRepository(database).list())
        addRow(w);
    m_ui->table->setWordWrap(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Room for every column at any text size, within the screen.
    QSize wanted(qMax(width(), 64 * em), qMax(height(), 22 * fontMetrics().height()));
    if (const QScreen *screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    resize(wanted);

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addRow(PlainWord());
        m_ui->table->setCurrentCell(m_ui->table->rowCount() - 1, Term);
        m_ui->table->editItem(m_ui->table->currentItem());
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (m_ui->table->currentRow() >= 0)
            m_ui->table->removeRow(m_ui->table->currentRow());
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import hard words"), QString(),
                                                          tr("Coproduce words (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export hard words"), tr("hard-words.json"), tr("Coproduce words (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &WordsDialog::save);
}

WordsDialog::~WordsDialog() = default;

void WordsDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // The kind fits its choices; the rest share what is left, the meaning most, at any text size.
    QComboBox probe;
    probe.addItem(tr("Term or acronym"));
    const int kind = probe.sizeHint().width();
    const int rest = qMax(0, m_ui->table->viewport()->width() - kind);
    m_ui->table->setColumnWidth(Term, rest * 25 / 100);
    m_ui->table->setColumnWidth(Plain, rest * 27 / 100);
    m_ui->table->setColumnWidth(Explain, rest - rest * 25 / 100 - rest * 27 / 100);
    m_ui->table->setColumnWidth(Kind, kind);
    m_ui->table->resizeRowsToContents();
}

void WordsDialog::addRow(const PlainWord &word)
{
    const int row = m_ui->table->rowCount();
    m_ui->table->insertRow(row);
    m_ui->table->setItem(row, Term, new QTableWidgetItem(word.term));
    m_ui->table->setItem(row, Plain, new QTableWidgetItem(word.plain));
    m_ui->table->setItem(row, Explain, new QTableWidgetItem(word.explain));
    auto *kind = new QComboBox;
    kind->addItem(tr("Term or acronym"));
    kind->addItem(tr("Office word"));
    kind->setCurrentIndex(word.kind == PlainWord::Kind::Office ? 1 : 0);
    kind->setAccessibleName(tr("Kind of word"));
    m_ui->table->setCellWidget(row, Kind, kind);
    // Spellings are not editable here, but an imported word keeps them.
    m_ui->table->item(row, Term)->setData(Qt::UserRole, word.also);
}

QList<PlainWord> WordsDialog::words() const
{
    QList<PlainWord> list;
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        PlainWord w;
        w.term = m_ui->table->item(row, Term)->text().trimmed();
        w.also = m_ui->table->item(row, Term)->data(Qt::UserRole).toStringList();
        w.plain = m_ui->table->item(row, Plain)->text().trimmed();
        w.explain = m_ui->table->item(row, Explain)->text().trimmed();
        const auto *kind = qobject_cast<QComboBox *>(m_ui->table->cellWidget(row, Kind));
        w.kind = kind && kind->currentIndex() == 1 ? PlainWord::Kind::Office : PlainWord::Kind::Term;
        if (w.term.isEmpty() && w.plain.isEmpty() && w.explain.isEmpty())
            continue; // a row added and left empty
        list << w;
    }
    return list;
}

bool WordsDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
        return false;
    }
    QString error;
    const std::optional<PlainWords> read = PlainWords::fromJson(file.readAll(), path, &error);
    if (!read) {
        showProblem(error);
        return false;
    }
    QList<PlainWord> merged = words();
    for (const PlainWord &w : read->words()) {
        const auto same = std::find_if(merged.begin(), merged.end(),
                                       [&](const PlainWord &old) { return old.term == w.term; });
        if (same != merged.end())
            *same = w;
        else
            merged << w;
    }
    m_ui->table->setRowCount(0);
    for (const PlainWord &w : std::as_const(merged))
        addRow(w);
    m_ui->problem->hide();
    return true;
}

bool WordsDialog::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PlainWords::toJson(words())) < 0 || !file.commit()) {
        showProblem(tr("%1: cannot write the file: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString WordsDialog::problem() const
{
    return m_ui->problem->isHidden() ? QString() : m_ui->problem->text();
}

void WordsDialog::showProblem(const QString &message)
{
    m_ui->problem->setText(message);
    m_ui->problem->show();
}

void WordsDialog::save()
{
    QString error;
    if (!WordRepository(m_database).replaceAll(words(), &error)) {
        showProblem(error);
        return;
    }
    accept();
}

} // namespace Coproduce
