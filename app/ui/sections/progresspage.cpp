// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sections/progresspage.h"

#include "ui_progresspage.h"

#include "ui/access/focustruthful.h"
#include "ui/access/theme.h"
#include "ui/painted/progresschart.h"
#include "ui/sections/serieschoices.h"
#include "ui/wrappingheader.h"

#include "core/progressrepository.h"
#include "core/progresssentences.h"
#include "core/progressseries.h"
#include "core/progresstables.h"
#include "core/vocabulary.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

enum TimeChoice { LastTwelveMonths, ThisYear, EveryMeeting, Chosen };

// A table as tall as its rows, up to `most` of them (more scroll inside it), at the text size in use.
void fitRows(QTableView *view, int most)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (auto *header = qobject_cast<WrappingHeader *>(view->horizontalHeader()))
        header->fit();
    else
        view->resizeColumnsToContents();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    const int rows = view->model()->rowCount();
    for (int row = 0; row < qMin(rows, most); ++row)
        height += view->rowHeight(row);
    if (rows == 0)
        height += view->fontMetrics().height() + 8;
    view->setFixedHeight(height);
}

} // namespace

ProgressPage::ProgressPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProgressPage>())
    , m_database(database)
{
    m_ui->setupUi(this);
    setObjectName(u"progressPage"_s);
    m_ui->progressProblem->setStyleSheet(Theme::problemStyle());
    m_ui->timeCombo->addItem(tr("The last 12 months"), LastTwelveMonths);
    m_ui->timeCombo->addItem(tr("This year"), ThisYear);
    m_ui->timeCombo->addItem(tr("Every meeting"), EveryMeeting);
    m_ui->timeCombo->addItem(tr("The days chosen"), Chosen);
    m_ui->stepCombo->addItem(tr("Quarter"), int(ProgressRequest::Step::Quarter));
    m_ui->stepCombo->addItem(tr("Month"), int(ProgressRequest::Step::Month));
    m_ui->stepCombo->addItem(tr("Year"), int(ProgressRequest::Step::Year));

    m_perspective = new QComboBox(this);
    m_perspective->setObjectName(u"perspectiveCombo"_s);
    m_perspective->setAccessibleName(tr("Ratings from the point of view of"));
    m_perspective->addItem(tr("Every point of view"), QString());
    for (const QString &role : Vocabulary::roles())
        m_perspective->addItem(Vocabulary::perspectiveLabel(role), role);
    addBlock(Ladder, tr("The ladder over time"), m_perspective);
    addBlock(Actions, tr("Actions"));
    addReasons();
    addBlock(Attendance, tr("Who comes"));
    addBlock(CharterCheck, tr("The charter check"));
    addBlock(Heard, tr("Were people heard?"));

    // "Every meeting" starts at the series' first.
    connect(m_ui->seriesCombo, &QComboBox::currentIndexChanged, this, &ProgressPage::timeChosen);
    connect(m_ui->timeCombo, &QComboBox::currentIndexChanged, this, &ProgressPage::timeChosen);
    connect(m_ui->stepCombo, &QComboBox::currentIndexChanged, this, &ProgressPage::refresh);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &ProgressPage::refresh);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &ProgressPage::refresh);
    connect(m_perspective, &QComboBox::currentIndexChanged, this, &ProgressPage::refresh);
    timeChosen();
    // No query yet: the numbers are read when the section is first shown (reload()).
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::addBlock(Block block, const QString &title, QWidget *extra)
{
    Parts parts;
    m_titles.append(title);
    m_series.append(QList<ProgressSeries>());
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"heading"_s);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    if (extra)
        top->addWidget(extra);
    top->addStretch(1);
    parts.sentence = new QLabel(this);
    parts.sentence->setWordWrap(true);
    parts.sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    parts.chart = new ProgressChart(this);
    parts.chart->viewport()->setFocusPolicy(Qt::NoFocus);
    parts.chart->setAccessibleName(title);
    parts.chart->setMinimumHeight(fontMetrics().height() * 16);
    parts.model = new QStandardItemModel(this);
    parts.view = new TableView(this);
    parts.view->setObjectName(u"table%1"_s.arg(int(block)));
    parts.view->setAccessibleName(tr("%1: the numbers").arg(title));
    parts.view->setModel(parts.model);
    new WrappingHeader(parts.view);
    parts.view->verticalHeader()->hide();
    parts.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    parts.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    parts.view->setTabKeyNavigation(false);
    parts.view->setAlternatingRowColors(true);
    parts.view->setWordWrap(false);
    m_ui->blocks->addLayout(top);
    m_ui->blocks->addWidget(parts.sentence);
    m_ui->blocks->addWidget(parts.chart);
    m_ui->blocks->addWidget(parts.view);
    m_ui->blocks->addSpacing(fontMetrics().height());
    m_parts.append(parts);
}

void ProgressPage::addReasons()
{
    auto *title = new QLabel(tr("Why some actions cannot be done"), this);
    title->setObjectName(u"heading"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_reasons = new QStandardItemModel(this);
    m_reasonsView = new TableView(this);
    m_reasonsView->setObjectName(u"reasonsTable"_s);
    m_reasonsView->setAccessibleName(title->text());
    m_reasonsView->setModel(m_reasons);
    m_reasonsView->verticalHeader()->hide();
    m_reasonsView->horizontalHeader()->setStretchLastSection(true);
    m_reasonsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasonsView->setTabKeyNavigation(false);
    m_reasonsView->setWordWrap(false);
    m_ui->blocks->addWidget(title);
    m_ui->blocks->addWidget(m_reasonsView);
    m_ui->blocks->addSpacing(fontMetrics().height());
}

void ProgressPage::setToday(const QDate &today)
{
    m_today = today;
    timeChosen();
}

void ProgressPage::reload()
{
    m_loaded = true;
    SeriesChoices::fill(m_ui->seriesCombo, m_database);
    refresh();
}

void ProgressPage::timeChosen()
{
    const int choice = m_ui->timeCombo->currentData().toInt();
    const bool chosen = choice == Chosen;
    for (QWidget *w : { static_cast<QWidget *>(m_ui->fromEdit), static_cast<QWidget *>(m_ui->toEdit),
                        static_cast<QWidget *>(m_ui->fromLabel), static_cast<QWidget *>(m_ui->toLabel) })
        w->setEnabled(chosen);
    if (!chosen) {
        const QSignalBlocker fromBlocker(m_ui->fromEdit);
        const QSignalBlocker toBlocker(m_ui->toEdit);
        const auto step = ProgressRequest::Step(m_ui->stepCombo->currentData().toInt());
        m_ui->toEdit->setDate(m_today);
        QDate from = choice == ThisYear ? QDate(m_today.year(), 1, 1)
                                        : ProgressRequest::lastTwelveMonths(m_today, step);
        if (choice == EveryMeeting) {
            // From the first meeting; over more than three years, by year, so that each chart stays readable
            // (the choice of step stays the person's to change).
            from = ProgressRepository(m_database)
                       .firstMeeting(m_ui->seriesCombo->currentData().toString())
                       .value_or(m_today);
            if (from.addYears(3) < m_today) {
                const QSignalBlocker step(m_ui->stepCombo);
                m_ui->stepCombo->setCurrentIndex(m_ui->stepCombo->findData(int(ProgressRequest::Step::Year)));
            }
        }
        m_ui->fromEdit->setDate(qMin(from, m_today));
    }
    refresh();
}

void ProgressPage::refresh()
{
    if (!m_loaded)
        return; // read when first shown
    ProgressRequest request;
    request.series = m_ui->seriesCombo->currentData().toString();
    request.step = ProgressRequest::Step(m_ui->stepCombo->currentData().toInt());
    request.today = m_today;
    request.to = m_ui->toEdit->date();
    request.from = m_ui->fromEdit->date();
    if (m_ui->timeCombo->currentData().toInt() == LastTwelveMonths)
        request.from = ProgressRequest::lastTwelveMonths(request.to, request.step);
    QString error;
    m_numbers = ProgressRepository(m_database).numbers(request, &error);
    m_ui->progressProblem->setVisible(!m_numbers);
    const auto changed = qScopeGuard([this] { Q_EMIT numbersChanged(); });
    if (!m_numbers) {
        m_ui->progressProblem->setText(error);
        return;
    }
    const ProgressNumbers &n = *m_numbers;
    const QString perspective = m_perspective->currentData().toString();
    showBlock(Ladder, ProgressSentences::ladder(n) + u' ' + ProgressSentences::apart(n),
              ProgressSeriesOf::ladder(n, perspective), ProgressTableOf::ladder(n, perspective));
    showBlock(Actions,
              QStringList { ProgressSentences::actions(n), ProgressSentences::daysToDone(n),
                            ProgressSentences::said(n) }
                  .join(u' '),
              ProgressSeriesOf::actions(n), ProgressTableOf::actions(n));
    showBlock(Attendance, ProgressSentences::attendance(n), ProgressSeriesOf::attendance(n),
              ProgressTableOf::joined(ProgressTableOf::attendance(n), ProgressTableOf::arrivals(n)));
    showBlock(CharterCheck, ProgressSentences::charterCheck(n), ProgressSeriesOf::charterCheck(n),
              ProgressTableOf::charterCheck(n));
    showBlock(Heard, ProgressSentences::heard(n), ProgressSeriesOf::heard(n), ProgressTableOf::heard(n));
    const ProgressTable reasons = ProgressTableOf::reasons(n);
    m_reasons->clear();
    m_reasons->setHorizontalHeaderLabels(reasons.headers);
    for (const QStringList &row : reasons.rows)
        m_reasons->appendRow({ new QStandardItem(row.value(0)), new QStandardItem(row.value(1)) });
    fitRows(m_reasonsView, 8);
}

void ProgressPage::showBlock(Block block, const QString &sentence, const QList<ProgressSeries> &series,
                             const ProgressTable &table)
{
    const Parts &parts = m_parts.at(block);
    m_series[block] = series;
    parts.sentence->setText(sentence);
    parts.chart->setAccessibleDescription(sentence);
    parts.chart->show(ProgressSeriesOf::categories(*m_numbers), series);
    parts.model->clear();
    parts.model->setHorizontalHeaderLabels(table.headers);
    for (const QStringList &row : table.rows) {
        QList<QStandardItem *> items;
        for (qsizetype i = 0; i < row.size(); ++i) {
            auto *item = new QStandardItem(row.at(i));
            if (i > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        parts.model->appendRow(items);
    }
    fitRows(parts.view, 12);
}

void ProgressPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange && event->type() != QEvent::StyleChange)
        return;
    for (const Parts &parts : std::as_const(m_parts)) {
        fitRows(parts.view, 12);
        parts.chart->setMinimumHeight(fontMetrics().height() * 16);
    }
    fitRows(m_reasonsView, 8);
}

void ProgressPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The tables' headings wrap to the width there is.
    for (const Parts &parts : std::as_const(m_parts))
        fitRows(parts.view, 12);
}

ProgressChart *ProgressPage::chart(Block block) const
{
    return m_parts.at(block).chart;
}

QStandardItemModel *ProgressPage::table(Block block) const
{
    return m_parts.at(block).model;
}

QString ProgressPage::sentence(Block block) const
{
    return m_parts.at(block).sentence->text();
}

QList<ChartSlide> ProgressPage::slides() const
{
    QList<ChartSlide> slides;
    if (!m_numbers)
        return slides;
    for (int block = 0; block < BlockCount; ++block) {
        // A perspective chosen on the page is said in the heading on the projector.
        QString title = m_titles.at(block);
        if (block == Ladder && !m_perspective->currentData().toString().isEmpty())
            title = tr("%1: %2").arg(title, m_perspective->currentText());
        slides.append(
            { title, ProgressSeriesOf::categories(*m_numbers), m_series.at(block), sentence(Block(block)) });
    }
    return slides;
}

} // namespace Coproduce
