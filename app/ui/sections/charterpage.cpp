// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/charterpage.h"

#include "ui/commands/changewords.h"
#include "ui_charterpage.h"

#include "ui/commands/chartercommand.h"
#include "ui/dialogs/charterdialog.h"

#include "core/charterformat.h"
#include "core/charterrepository.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>

namespace Coproduce {

using namespace Qt::StringLiterals;

CharterPage::CharterPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CharterPage>())
    , m_database(database)
{
    m_ui->setupUi(this);
    // The cards scroll inside their own area, so its wish to show every card whole (its size hint) must
    // not make the page taller than the window: it takes the height that is left, however little.
    m_ui->scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    // …and all the height there is: Ignored alone does not ask for the room left over.
    m_ui->layout->setStretchFactor(m_ui->scroll, 1);
    m_ui->cards->setAccessibleDescription(
        tr("Arrow keys move between cards; Enter shows the card on the projector"));
    connect(m_ui->charterCombo, &QComboBox::currentIndexChanged, this, &CharterPage::showCurrent);
    connect(m_ui->cards, &CharterCards::presentRequested, this,
            [this](int card) { Q_EMIT presentRequested(currentCharter(), card); });
    connect(m_ui->presentButton, &QPushButton::clicked, this,
            [this] { Q_EMIT presentRequested(currentCharter(), m_ui->cards->currentCard()); });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { edit(Charter(), true); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        Charter copy = currentCharter();
        copy.name = tr("%1 (our version)").arg(copy.name);
        edit(copy, true);
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { edit(currentCharter(), false); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CharterPage::deleteCurrent);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a charter"), QString(),
                                                          tr("Charters (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = currentCharter().id + u".json"_s;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the charter"), suggested,
                                                          tr("Charters (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &CharterPage::reload);
    reload();
}

CharterPage::~CharterPage()
{
    m_undoStack.disconnect(this); // clearing the stack on destruction must not reload a dying page
}

bool CharterPage::report(bool ok, const QString &error)
{
    m_failed = m_failed || !ok;
    if (!ok)
        Q_EMIT problem(error);
    return ok;
}

bool CharterPage::run(QUndoCommand *command)
{
    m_failed = false;
    m_undoStack.push(command); // its redo() writes; a write that fails makes it obsolete, and it is dropped
    return !m_failed;
}

void CharterPage::reload()
{
    const QString current = currentCharter().id;
    m_charters = CharterRepository(m_database).list();
    {
        const QSignalBlocker blocker(m_ui->charterCombo);
        m_ui->charterCombo->clear();
        for (const Charter &c : std::as_const(m_charters))
            m_ui->charterCombo->addItem(c.builtIn ? tr("%1 (built in)").arg(c.name) : c.name, c.id);
    }
    if (!selectCharter(current))
        m_ui->charterCombo->setCurrentIndex(m_charters.isEmpty() ? -1 : 0);
    showCurrent();
}

bool CharterPage::selectCharter(const QString &id)
{
    const int index = m_ui->charterCombo->findData(id);
    if (id.isEmpty() || index < 0)
        return false;
    m_ui->charterCombo->setCurrentIndex(index);
    return true;
}

Charter CharterPage::currentCharter() const
{
    return m_charters.value(m_ui->charterCombo->currentIndex());
}

int CharterPage::currentCard() const
{
    return m_ui->cards->currentCard();
}

void CharterPage::showCurrent()
{
    const Charter charter = currentCharter();
    const int card = m_ui->cards->charter().id == charter.id ? m_ui->cards->currentCard() : 0;
    m_ui->cards->setCharter(charter);
    m_ui->cards->setCurrentCard(card);
    const bool has = !charter.id.isEmpty();
    const bool editable = has && !charter.builtIn;
    m_ui->editButton->setEnabled(editable);
    m_ui->deleteButton->setEnabled(editable);
    m_ui->copyButton->setEnabled(has);
    m_ui->exportButton->setEnabled(has);
    m_ui->presentButton->setEnabled(has && !charter.principles.isEmpty());
    const QString why
        = tr("Built-in charters are kept as their area wrote them. Use Copy to make a version you "
             "can change.");
    m_ui->editButton->setToolTip(editable ? tr("Change this charter") : why);
    m_ui->deleteButton->setToolTip(editable ? tr("Delete this charter (Ctrl+Z brings it back)") : why);
    QString about;
    if (has) {
        const int count = int(charter.principles.size());
        about = tr("%1 — %n principles.", nullptr, count).arg(charter.area);
        if (!charter.source.isEmpty())
            about += u" "_s + tr("Source: %1.").arg(charter.source);
        if (charter.builtIn)
            about += u" "_s + why;
    }
    m_ui->about->setText(about);
    Q_EMIT currentCharterChanged(charter.id);
}

QString CharterPage::uniqueId(const QString &name) const
{
    const QString base = CharterDialog::slug(name, u"charter"_s);
    QString id = base;
    CharterRepository charters(m_database);
    for (int n = 2; charters.exists(id); ++n)
        id = base + u"-"_s + QString::number(n);
    return id;
}

void CharterPage::edit(const Charter &start, bool copy)
{
    Charter seed = start;
    if (copy) {
        seed.id.clear();
        seed.builtIn = false;
    }
    CharterDialog dialog(seed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Charter result = dialog.charter();
    if (copy)
        result.id = uniqueId(result.name);
    saveCharter(result,
                copy ? tr("wrote charter %1\nwrite charter %1").arg(ChangeWords::quote(result.name))
                     : tr("changed charter %1\nchange charter %1").arg(ChangeWords::quote(result.name)));
}

bool CharterPage::saveCharter(const Charter &charter, const QString &what)
{
    const QString why = CharterDialog::problem(charter);
    if (!why.isEmpty())
        return report(false, why);
    const std::optional<Charter> before = CharterRepository(m_database).find(charter.id);
    if (before && before->builtIn)
        return report(
            false,
            tr("“%1” is built in and is kept as its area wrote it. Copy it to change it.").arg(before->name));
    if (!run(new CharterCommand(m_database, what, before, charter,
                                [this](bool ok, const QString &error) { return report(ok, error); })))
        return false;
    selectCharter(charter.id);
    return true;
}

bool CharterPage::deleteCurrent()
{
    const Charter charter = currentCharter();
    if (charter.id.isEmpty() || charter.builtIn)
        return report(false, tr("Built-in charters cannot be deleted."));
    const QString name = charter.name;
    if (!run(new CharterCommand(m_database,
                                tr("deleted charter %1\ndelete charter %1").arg(ChangeWords::quote(name)),
                                charter, std::nullopt, [this, name](bool ok, const QString &error) {
                                    return report(ok, tr("“%1” could not be deleted: %2").arg(name, error));
                                })))
        return false;
    Q_EMIT status(tr("Deleted “%1”. Undo (Ctrl+Z) brings it back.").arg(charter.name));
    return true;
}

bool CharterPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return report(false, tr("%1: could not be read: %2").arg(path, file.errorString()));
    QStringList errors;
    const std::optional<Charter> charter = CharterFormat::read(file.readAll(), path, &errors);
    if (!charter)
        return report(false, errors.join(u'\n'));
    return saveCharter(*charter,
                       tr("imported charter %1\nimport charter %1").arg(ChangeWords::quote(charter->name)));
}

bool CharterPage::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return report(false, tr("%1: could not be written: %2").arg(path, file.errorString()));
    file.write(CharterFormat::write(currentCharter()));
    if (!file.commit())
        return report(false, tr("%1: could not be written: %2").arg(path, file.errorString()));
    Q_EMIT status(tr("Saved “%1” to %2").arg(currentCharter().name, QFileInfo(path).fileName()));
    return true;
}

} // namespace Coproduce
