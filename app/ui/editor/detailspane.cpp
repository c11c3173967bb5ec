// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/detailspane.h"
#include "ui_detailspane.h"

#include "ui/access/theme.h"
#include "ui/autosave.h"
#include "ui/displayformat.h"
#include "ui/editor/fieldbinding.h"
#include "ui/editor/meetingdocument.h"
#include "ui/editor/rowtable.h"

#include "core/vocabulary.h"

#include <QEvent>

namespace Coproduce {

using namespace Qt::StringLiterals;

DetailsPane::DetailsPane(QWidget *parent)
    : EditorPane(parent)
    , m_ui(std::make_unique<Ui::DetailsPane>())
{
    m_ui->setupUi(this);
    for (const QString &role : Vocabulary::roles())
        m_ui->attendeeRole->addItem(Vocabulary::roleLabel(role), role);
    m_ui->attendeeRole->setCurrentIndex(int(Vocabulary::roles().indexOf(u"parent-carer"_s)));
    m_ui->dateEdit->setPlaceholderText(DisplayFormat::dateHint());
    const FieldBinding meeting { [this] { return m_document; },
                                 [this] { return m_document ? m_document->meetingId() : 0; },
                                 [this](const QString &message) { Q_EMIT problem(message); } };
    m_fields << meeting.bind(m_ui->titleEdit, Field::MeetingTitle, tr("Title"))
             << meeting.bind(m_ui->dateEdit, Field::MeetingDate, tr("Date"))
             << meeting.bind(m_ui->startEdit, Field::MeetingStart, tr("Start time"))
             << meeting.bind(m_ui->endEdit, Field::MeetingEnd, tr("End time"))
             << meeting.bind(m_ui->locationEdit, Field::MeetingLocation, tr("Where"))
             << meeting.bind(m_ui->facilitatorEdit, Field::MeetingFacilitator, tr("Facilitator"));
    style();
}

DetailsPane::~DetailsPane()
{
    // Gone before the fields are: a field losing focus while QWidget tears it down would otherwise save
    // through a pane that has stopped being one.
    qDeleteAll(m_fields);
}

QWidget *DetailsPane::firstField() const
{
    return m_ui->titleEdit;
}

QWidget *DetailsPane::personEntry() const
{
    return m_ui->attendeeEntry;
}

RowTable *DetailsPane::people() const
{
    return m_ui->attendeeTable;
}

void DetailsPane::setDocument(MeetingDocument *document)
{
    EditorPane::setDocument(document);
    if (!document)
        return;
    using E = RowColumn::Editor;
    m_ui->attendeeTable->setup(
        document, RowKind::Attendee,
        { { Field::AttendeeName, tr("Name"), E::Text, {}, tr("The person's name") },
          { Field::AttendeeRole, tr("Role"), E::Choice,
            RowColumn::choicesOf(Vocabulary::roles(), &Vocabulary::roleLabel), tr("Why they are here") },
          { Field::AttendeeAttendance, tr("Came?"), E::Choice,
            RowColumn::choicesOf(Vocabulary::attendances(), &Vocabulary::attendanceLabel),
            tr("Came, sent apologies or did not come") },
          { Field::AttendeeCredit, tr("In the minutes"), E::Choice,
            RowColumn::choicesOf(Vocabulary::credits(), &Vocabulary::creditLabel),
            tr("How the person wants to be credited in anything published") },
          { Field::AttendeeAccessNeeds, tr("Access needs"), E::Text, {}, tr("What they need to take part") },
          { Field::AttendeeOrganisation,
            tr("Organisation"),
            E::Text,
            {},
            tr("Where they work, if anywhere") } });
    m_ui->attendeeTable->setEntry(m_ui->attendeeEntry);
    m_ui->attendeeTable->setDefaults([this] {
        const QString role = m_ui->attendeeRole->currentData().toString();
        return QVariantMap { { u"role"_s, role }, { u"credit"_s, Vocabulary::defaultCredit(role) } };
    });
    m_ui->attendeeTable->setColumnShares({ 22, 14, 16, 18, 26, 22 });
    m_ui->attendeeTable->setParentId(document->meetingId());
}

void DetailsPane::reload()
{
    for (AutoSave *save : std::as_const(m_fields))
        save->refresh();
    if (!m_document)
        return;
    m_ui->attendeeTable->reload();
    // Access needs, prominently: everyone coming who said what they need.
    QString needs;
    const auto people = m_document->edits().rows(
        RowKind::Attendee, m_document->meetingId(),
        { Field::AttendeeName, Field::AttendeeRole, Field::AttendeeAttendance, Field::AttendeeAccessNeeds });
    for (const auto &person : people) {
        const QVariantList &v = person.second;
        if (v.at(3).toString().trimmed().isEmpty() || v.at(2).toString() != u"present")
            continue;
        needs += u"<p><b>"_s + v.at(0).toString().toHtmlEscaped() + u"</b> ("_s
            + Vocabulary::roleLabel(v.at(1).toString()).toHtmlEscaped() + u"): "_s
            + v.at(3).toString().toHtmlEscaped() + u"</p>"_s;
    }
    m_ui->accessNeeds->setText(needs.isEmpty() ? tr("Nobody coming has told us of an access need.") : needs);
}

void DetailsPane::flush()
{
    for (AutoSave *save : std::as_const(m_fields))
        save->flush();
}

void DetailsPane::changeEvent(QEvent *event)
{
    EditorPane::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        style(); // the text size or the theme changed
}

void DetailsPane::style()
{
    const QString css = Theme::noticeBoxStyle(font());
    if (m_ui->accessNeedsBox->styleSheet() != css)
        m_ui->accessNeedsBox->setStyleSheet(css);
}

} // namespace Coproduce
