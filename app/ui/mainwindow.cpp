// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "core/charterrepository.h"
#include "core/database.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QSqlQueryModel>
#include <QStandardItemModel>

namespace Coproduce {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_charters(new QStandardItemModel(this))
    , m_meetings(new QSqlQueryModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 – Coproduce").arg(QFileInfo(database.path()).fileName()));
    m_ui->charterList->setModel(m_charters);
    m_ui->meetingTable->setModel(m_meetings);
    m_ui->meetingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->meetingTable->verticalHeader()->hide();
    connect(m_ui->charterList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCharter(current.row()); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    m_charters->clear();
    m_charterList = CharterRepository(m_database).list();
    for (const Charter &charter : std::as_const(m_charterList)) {
        auto *item = new QStandardItem(charter.name);
        item->setEditable(false);
        const int count = int(charter.principles.size());
        item->setToolTip(count == 1 ? tr("1 principle") : tr("%1 principles").arg(count));
        m_charters->appendRow(item);
    }
    // QSqlQueryModel fetches rows as the view scrolls, so ten years of meetings open at once.
    m_meetings->setQuery(
        u"SELECT m.date, s.name, m.title FROM meetings m LEFT JOIN series s ON s.id = m.series_id "
        "ORDER BY m.date DESC, m.id DESC"_s,
        m_database.connection());
    m_meetings->setHeaderData(0, Qt::Horizontal, tr("Date"));
    m_meetings->setHeaderData(1, Qt::Horizontal, tr("Series"));
    m_meetings->setHeaderData(2, Qt::Horizontal, tr("Meeting"));
    m_ui->meetingTable->resizeColumnsToContents();
    if (m_charters->rowCount() > 0)
        m_ui->charterList->setCurrentIndex(m_charters->index(0, 0));
}

void MainWindow::showCharter(int row)
{
    if (row < 0 || row >= m_charterList.size()) {
        m_ui->charterText->clear();
        return;
    }
    const Charter *charter = &m_charterList.at(row);
    QString html = u"<h2>"_s + charter->name.toHtmlEscaped() + u"</h2>"_s;
    for (const Principle &p : charter->principles) {
        html += u"<h3>"_s + p.title.toHtmlEscaped() + u"</h3><p>"_s + p.easyRead.toHtmlEscaped()
            + u"</p><ul>"_s;
        for (const QString &c : p.commitments)
            html += u"<li>"_s + c.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_ui->charterText->setHtml(html);
}

} // namespace Coproduce
