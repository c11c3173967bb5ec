// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/charterdialog.h"

#include "ui_charterdialog.h"

#include <QColorDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QRegularExpression>

namespace Coproduce {

using namespace Qt::StringLiterals;

CharterDialog::CharterDialog(const Charter &charter, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CharterDialog>())
    , m_charter(charter)
{
    m_ui->setupUi(this);
    setWindowTitle(charter.name.isEmpty() ? tr("New charter") : tr("Edit “%1”").arg(charter.name));
    m_ui->nameEdit->setText(charter.name);
    m_ui->areaEdit->setText(charter.area);
    m_ui->sourceEdit->setText(charter.source);
    m_ui->problem->hide();
    m_ui->principleList->installEventFilter(this);
    // Long titles wrap onto a second line rather than push the list sideways.
    m_ui->principleList->setWordWrap(true);
    m_ui->principleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->principleList->setResizeMode(QListView::Adjust);
    refreshList();
    connect(m_ui->principleList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        showCurrent();
    });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_ui->principleList->item(m_current))
            item->setText(text.isEmpty() ? tr("(no title yet)") : text);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        storeCurrent();
        Principle p;
        p.title = tr("New principle");
        p.colour = u"#1b5e9e"_s;
        m_charter.principles << p;
        refreshList();
        m_ui->principleList->setCurrentRow(int(m_charter.principles.size()) - 1);
        m_ui->titleEdit->setFocus();
        m_ui->titleEdit->selectAll();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        m_charter.principles.removeAt(m_current);
        const int next = qMin(m_current, int(m_charter.principles.size()) - 1);
        m_current = -1;
        refreshList();
        m_ui->principleList->setCurrentRow(next);
    });
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_ui->colourButton, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor::fromString(m_ui->colourEdit->text()), this,
                                                     tr("Colour for this principle"));
        if (chosen.isValid())
            m_ui->colourEdit->setText(chosen.name());
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CharterDialog::accept);
    m_ui->principleList->setCurrentRow(m_charter.principles.isEmpty() ? -1 : 0);
    showCurrent();
}

CharterDialog::~CharterDialog() = default;

void CharterDialog::refreshList()
{
    const QSignalBlocker blocker(m_ui->principleList);
    m_ui->principleList->clear();
    for (const Principle &p : std::as_const(m_charter.principles))
        m_ui->principleList->addItem(p.title.isEmpty() ? tr("(no title yet)") : p.title);
    m_ui->principleList->setCurrentRow(m_current);
}

void CharterDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_charter.principles.size())
        return;
    Principle &p = m_charter.principles[m_current];
    p.title = m_ui->titleEdit->text().trimmed();
    p.easyRead = m_ui->easyEdit->text().trimmed();
    p.colour = m_ui->colourEdit->text().trimmed();
    p.commitments.clear();
    for (const QString &line : m_ui->commitmentsEdit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            p.commitments << line.trimmed();
}

void CharterDialog::showCurrent()
{
    const bool has = m_current >= 0 && m_current < m_charter.principles.size();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->titleEdit, m_ui->easyEdit, m_ui->colourEdit, m_ui->colourButton, m_ui->commitmentsEdit,
             m_ui->removeButton, m_ui->upButton, m_ui->downButton })
        w->setEnabled(has);
    const Principle p = has ? m_charter.principles.at(m_current) : Principle();
    m_ui->titleEdit->setText(p.title);
    m_ui->easyEdit->setText(p.easyRead);
    m_ui->colourEdit->setText(p.colour);
    m_ui->commitmentsEdit->setPlainText(p.commitments.join(u'\n'));
}

void CharterDialog::move(int by)
{
    storeCurrent();
    const int target = m_current + by;
    if (m_current < 0 || target < 0 || target >= m_charter.principles.size())
        return;
    m_charter.principles.move(m_current, target);
    m_current = target;
    refreshList();
    showCurrent();
}

bool CharterDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->principleList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CharterDialog::slug(const QString &name, const QString &fallback)
{
    QString base = name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    base = base.left(40);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    return base.isEmpty() ? fallback : base;
}

QString CharterDialog::idFor(const QString &title, const Charter &charter, int except)
{
    const QString base = slug(title, u"principle"_s);
    QString id = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (int i = 0; i < charter.principles.size(); ++i)
            taken = taken || (i != except && charter.principles.at(i).id == id);
        if (!taken)
            return id;
        id = base + u"-"_s + QString::number(n);
    }
}

QString CharterDialog::problem(const Charter &charter)
{
    if (charter.name.trimmed().isEmpty())
        return tr("Name: give the charter a name.");
    if (charter.principles.isEmpty())
        return tr("Principles: a charter needs at least one principle. Use Add.");
    for (int i = 0; i < charter.principles.size(); ++i) {
        const Principle &p = charter.principles.at(i);
        if (p.title.isEmpty())
            return tr("Principle %1: give it a title.").arg(i + 1);
        if (!p.colour.isEmpty() && !QColor::isValidColorName(p.colour))
            return tr("Principle %1 (“%2”), colour: “%3” is not a colour. Write it like #1b5e9e, or use "
                      "Choose.")
                .arg(i + 1)
                .arg(p.title, p.colour);
    }
    return {};
}

void CharterDialog::accept()
{
    storeCurrent();
    m_charter.name = m_ui->nameEdit->text().trimmed();
    m_charter.area = m_ui->areaEdit->text().trimmed();
    m_charter.source = m_ui->sourceEdit->text().trimmed();
    // New principles get an id from their title; existing ones keep theirs, so meetings still find them.
    for (int i = 0; i < m_charter.principles.size(); ++i)
        if (m_charter.principles.at(i).id.isEmpty())
            m_charter.principles[i].id = idFor(m_charter.principles.at(i).title, m_charter, i);
    const QString why = problem(m_charter);
    m_ui->problem->setText(why);
    m_ui->problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace Coproduce
