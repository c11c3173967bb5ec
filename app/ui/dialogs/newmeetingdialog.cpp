// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/newmeetingdialog.h"

#include "ui_newmeetingdialog.h"

#include "ui/access/accessiblenames.h"
#include "ui/displayformat.h"

#include "core/charterrepository.h"
#include "core/database.h"
#include "core/meetinglist.h"
#include "core/meetingrepository.h"
#include "core/seriesrepository.h"

namespace Coproduce {

using namespace Qt::StringLiterals;

NewMeetingDialog::NewMeetingDialog(Database &database, const QDate &today, Make make, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewMeetingDialog>())
    , m_database(database)
    , m_make(std::move(make))
{
    m_ui->setupUi(this);
    AccessibleNames::nameInnerFields(this);
    m_ui->problem->hide();
    m_ui->dateEdit->setText(DisplayFormat::date(today));
    m_ui->dateEdit->setPlaceholderText(DisplayFormat::dateHint());
    m_ui->seriesCombo->addItem(QString());
    for (const Series &s : SeriesRepository(database).list())
        m_ui->seriesCombo->addItem(s.name);
    m_ui->seriesCombo->lineEdit()->setPlaceholderText(tr("none, or type a new series"));
    for (const Charter &c : CharterRepository(database).list())
        m_ui->charterCombo->addItem(c.name, c.id);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewMeetingDialog::accept);
    // The facilitator of the series' last meeting is the likely one for this.
    connect(m_ui->seriesCombo, &QComboBox::currentTextChanged, this, [this](const QString &series) {
        const std::optional<MeetingSummary> last = MeetingList(m_database).latestInSeries(series);
        m_ui->copyPeople->setEnabled(last.has_value());
        if (!last)
            return;
        if (m_ui->facilitatorEdit->text().isEmpty())
            m_ui->facilitatorEdit->setText(last->facilitator);
        const int charter = m_ui->charterCombo->findData(last->charter);
        if (charter >= 0)
            m_ui->charterCombo->setCurrentIndex(charter);
    });
    m_ui->copyPeople->setEnabled(false);
}

NewMeetingDialog::~NewMeetingDialog() = default;

void NewMeetingDialog::accept()
{
    Meeting meeting;
    meeting.title = m_ui->titleEdit->text().trimmed();
    meeting.series = m_ui->seriesCombo->currentText().trimmed();
    meeting.date = DisplayFormat::parseDate(m_ui->dateEdit->text());
    meeting.charter = m_ui->charterCombo->currentData().toString();
    meeting.facilitator = m_ui->facilitatorEdit->text().trimmed();
    QString problem;
    if (meeting.title.isEmpty())
        problem = tr("Title: give the meeting a title.");
    else if (!meeting.date.isValid())
        problem = tr("Date: “%1” is not a date. Write it as %2.")
                      .arg(m_ui->dateEdit->text(), DisplayFormat::dateHint());
    if (problem.isEmpty() && !meeting.series.isEmpty() && m_ui->copyPeople->isEnabled()
        && m_ui->copyPeople->isChecked()) {
        // Everyone from the last meeting, as invited: whether they come is for this meeting to say.
        if (const auto latest = MeetingList(m_database).latestInSeries(meeting.series)) {
            if (const auto last = MeetingRepository(m_database).load(latest->id)) {
                for (Attendee a : last->attendees) {
                    a.id = 0;
                    a.attendance = u"present"_s;
                    meeting.attendees << a;
                }
            }
        }
    }
    if (problem.isEmpty()) {
        m_meetingId = m_make(meeting, &problem);
        if (m_meetingId != 0) {
            m_title = meeting.title;
            QDialog::accept();
            return;
        }
    }
    m_ui->problem->setText(problem);
    m_ui->problem->show();
}

} // namespace Coproduce
