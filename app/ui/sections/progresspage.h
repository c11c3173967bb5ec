// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;

namespace Ui {
class ProgressPage;
}

namespace Coproduce {

class Database;
struct ChartSlide;
struct ProgressSeries;
struct ProgressTable;
class ProgressChart;
class TableView;

// The Progress section: how well the area co-produces over time, for the whole area or one series, over
// the last 12 months, this year, every meeting or the days chosen, by quarter or month. Each chart (the
// ladder, actions, who comes, the charter check, "were you heard?") has the same numbers in a table under
// it and one plain sentence saying what changed.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    enum Block { Ladder, Actions, Attendance, CharterCheck, Heard, BlockCount };

    explicit ProgressPage(Database &database, QWidget *parent = nullptr);
    ~ProgressPage() override;

    // Reads the series and the numbers again (when the section is shown: meetings may have changed).
    void reload();
    // The day "the last 12 months" and "this year" end on, and late actions are counted from.
    void setToday(const QDate &today);
    const std::optional<ProgressNumbers> &numbers() const { return m_numbers; }
    ProgressChart *chart(Block block) const;
    QStandardItemModel *table(Block block) const;
    QString sentence(Block block) const;
    // Every chart, for the projector, in the page's order; none without numbers.
    QList<ChartSlide> slides() const;

Q_SIGNALS:
    void problem(const QString &message);
    // The numbers were read again (or could not be: the dates are not a range).
    void numbersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Parts
    {
        QLabel *sentence = nullptr;
        ProgressChart *chart = nullptr;
        TableView *view = nullptr;
        QStandardItemModel *model = nullptr;
    };
    void addBlock(Block block, const QString &title, QWidget *extra = nullptr);
    void timeChosen();
    void refresh();
    void addReasons();
    void showBlock(Block block, const QString &sentence, const QList<ProgressSeries> &series,
                   const ProgressTable &table);

    std::unique_ptr<Ui::ProgressPage> m_ui;
    Database &m_database;
    QDate m_today = QDate::currentDate();
    QComboBox *m_perspective = nullptr;
    QList<Parts> m_parts;
    QStringList m_titles; // each block's heading
    QList<QList<ProgressSeries>> m_series; // what each block's chart shows
    QStandardItemModel *m_reasons = nullptr;
    TableView *m_reasonsView = nullptr;
    std::optional<ProgressNumbers> m_numbers;
    bool m_loaded = false; // reload() has been called: the numbers follow every choice from now on
};

} // namespace Coproduce
