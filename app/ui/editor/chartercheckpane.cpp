// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/chartercheckpane.h"
#include "ui_chartercheckpane.h"

#include "ui/access/theme.h"
#include "ui/autosave.h"
#include "ui/editor/meetingdocument.h"
#include "ui/painted/faceicon.h"
#include "ui/plainenglishassist.h"

#include "core/vocabulary.h"

#include <QEvent>
#include <QLineEdit>
#include <QToolButton>

namespace Coproduce {

using namespace Qt::StringLiterals;

CharterCheckPane::CharterCheckPane(QWidget *parent)
    : EditorPane(parent)
    , m_ui(std::make_unique<Ui::CharterCheckPane>())
{
    m_ui->setupUi(this);
    for (const auto &[spin, field] : heardCounts())
        connect(spin, &QSpinBox::valueChanged, this, [this, field = field](int value) {
            if (m_document)
                m_document->setValue(field, m_document->meetingId(), value < 0 ? QVariant() : QVariant(value),
                                     tr("Were you heard?"));
        });
}

QList<QPair<QSpinBox *, Field>> CharterCheckPane::heardCounts() const
{
    return { { m_ui->heardYes, Field::MeetingHeardYes },
             { m_ui->heardPartly, Field::MeetingHeardPartly },
             { m_ui->heardNo, Field::MeetingHeardNo } };
}

CharterCheckPane::~CharterCheckPane()
{
    // Gone before the fields are: a note losing focus while QWidget tears it down would otherwise save
    // through a pane that has stopped being one.
    for (const Row &row : std::as_const(m_rows))
        delete row.save;
}

void CharterCheckPane::clearRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.save;
        qDeleteAll(row.faces);
        delete row.note;
    }
    m_rows.clear();
    qDeleteAll(m_ui->checkRows->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly));
}

void CharterCheckPane::setCharter(const Charter &charter)
{
    clearRows();
    m_charter = charter;
    int r = 0;
    for (const Principle &principle : std::as_const(m_charter.principles)) {
        Row row;
        row.principle = principle.id;
        auto *title = new QLabel(principle.title, m_ui->checkRows);
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        // Twenty characters, then the title wraps: the note beside the faces needs the room more, above
        // all where a translation makes the faces' words longer.
        title->setMinimumWidth(title->fontMetrics().averageCharWidth() * 20);
        title->setObjectName(u"principle%1"_s.arg(r));
        title->setProperty("colour", principle.colour); // for the check's style sheet (style())
        m_ui->checkGrid->addWidget(title, r, 0);
        int column = 1;
        const QString principleId = principle.id;
        for (const QString &score : Vocabulary::checkScores()) {
            auto *face = new QToolButton(m_ui->checkRows);
            face->setObjectName(u"face-"_s + principle.id + u"-"_s + score);
            face->setText(Vocabulary::checkScoreLabel(score));
            face->setIcon(FaceIcon::make(score));
            face->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            face->setCheckable(true);
            face->setFocusPolicy(Qt::StrongFocus);
            face->setMinimumSize(44, 44);
            face->setProperty("darkWhenChecked", true); // its focus ring is yellow then (TargetStyle)
            face->setAccessibleName(tr("%1: %2").arg(principle.title, Vocabulary::checkScoreLabel(score)));
            face->setAccessibleDescription(tr("Choose again to clear"));
            connect(face, &QToolButton::clicked, this, [this, principleId, score, face] {
                if (!m_document)
                    return;
                const auto current = m_document->edits().charterCheck(m_document->meetingId(), principleId);
                // Choosing the chosen face again clears the check.
                const QString next = current.first == score ? QString() : score;
                m_document->setCharterCheck(principleId, next, current.second);
                face->setChecked(next == score);
            });
            m_ui->checkGrid->addWidget(face, r, column++);
            row.faces << face;
        }
        row.note = new QLineEdit(m_ui->checkRows);
        row.note->setPlaceholderText(tr("A note (choose a face first)"));
        row.note->setAccessibleName(tr("Note on %1").arg(principle.title));
        PlainEnglishAssist::attach(row.note, TextCheck::Mode::Formal);
        row.save = new AutoSave(
            row.note,
            [this, principleId](const QString &, const QString &text) {
                if (!m_document)
                    return true;
                const auto current = m_document->edits().charterCheck(m_document->meetingId(), principleId);
                if (current.first.isEmpty()) {
                    Q_EMIT problem(tr("Choose yes, partly or not yet before writing a note, so the note "
                                      "says what it is about."));
                    return false;
                }
                return m_document->setCharterCheck(principleId, current.first, text);
            },
            [this, principleId] {
                return m_document
                    ? m_document->edits().charterCheck(m_document->meetingId(), principleId).second
                    : QString();
            });
        m_ui->checkGrid->addWidget(row.note, r, column);
        m_rows << row;
        ++r;
    }
    style();
    m_ui->checkGrid->setColumnStretch(4, 1);
    m_ui->checkGrid->setRowStretch(r, 1);
}

QWidget *CharterCheckPane::firstFace() const
{
    // No charter, no faces: the first thing there is to fill in.
    return m_rows.isEmpty() || m_rows.first().faces.isEmpty() ? static_cast<QWidget *>(m_ui->heardYes)
                                                              : m_rows.first().faces.first();
}

void CharterCheckPane::reload()
{
    m_ui->checkIntro->setText(
        tr("How did we do against the charter (%1)? For each principle: yes, partly or not yet, "
           "and a note.")
            .arg(m_charter.name.isEmpty() ? tr("none chosen") : m_charter.name));
    if (!m_document)
        return;
    const qint64 meeting = m_document->meetingId();
    for (const Row &row : std::as_const(m_rows)) {
        const auto check = m_document->edits().charterCheck(meeting, row.principle);
        for (int i = 0; i < row.faces.size(); ++i)
            row.faces.at(i)->setChecked(Vocabulary::checkScores().at(i) == check.first);
        row.save->refresh();
    }
    for (const auto &[spin, field] : heardCounts()) {
        const QSignalBlocker blocker(spin);
        const QVariant value = m_document->edits().value(field, meeting);
        spin->setValue(value.isNull() ? -1 : value.toInt());
    }
}

void CharterCheckPane::flush()
{
    for (const Row &row : std::as_const(m_rows))
        row.save->flush();
}

void CharterCheckPane::changeEvent(QEvent *event)
{
    EditorPane::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        style(); // the text size or the theme changed
}

void CharterCheckPane::style()
{
    // One style sheet for the whole check (one per face cost 13 MB on the ten-year demo). A style sheet fixes
    // the font it was polished with: it says the size, so the check follows the zoom (its names and faces
    // stayed at 100 % while all round them grew).
    QString css = Theme::choiceButtonsStyle(font());
    for (QLabel *title : m_ui->checkRows->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        if (const QColor colour(title->property("colour").toString()); colour.isValid())
            css += u" QLabel#%1 { border-left: 8px solid %2; }"_s.arg(title->objectName(), colour.name());
    if (m_ui->checkRows->styleSheet() != css)
        m_ui->checkRows->setStyleSheet(css);
    // 28 px at the normal size, and more with a larger text size or a larger system font.
    const int icon = qMax(28 * Theme::zoom() / 100, fontMetrics().height() * 7 / 4);
    for (const Row &row : std::as_const(m_rows))
        for (QToolButton *face : row.faces)
            face->setIconSize(QSize(icon, icon));
}

} // namespace Coproduce
