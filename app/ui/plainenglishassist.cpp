// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plainenglishassist.h"

#include "ui/plainenglishhighlighter.h"

#include "core/readability.h"
#include "core/spelling.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>

#include <memory>

namespace Coproduce {

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<PlainWords> &dictionary()
{
    static std::unique_ptr<PlainWords> words;
    return words;
}

std::unique_ptr<Spelling> &speller()
{
    static std::unique_ptr<Spelling> spelling;
    return spelling;
}

QStringList &meetingNames()
{
    static QStringList names;
    return names;
}

std::function<bool(const QString &, QString *)> &addWordFunction()
{
    static std::function<bool(const QString &, QString *)> add;
    return add;
}

QList<QPointer<PlainEnglishAssist>> &everyAssist()
{
    static QList<QPointer<PlainEnglishAssist>> list;
    return list;
}

// "Utilise" becomes "Use"; an acronym's capital says nothing, so its plain words start with a capital only
// where a sentence starts.
QString withCapital(const QString &plain, const QString &typed, const QString &before)
{
    QString out = plain;
    const QString lead = before.trimmed();
    const bool sentenceStart
        = lead.isEmpty() || lead.endsWith(u'.') || lead.endsWith(u'!') || lead.endsWith(u'?');
    const bool capital
        = PlainWords::isAcronym(typed) ? sentenceStart : !typed.isEmpty() && typed.front().isUpper();
    if (!out.isEmpty() && capital)
        out[0] = out.front().toUpper();
    return out;
}

} // namespace

const PlainWords &PlainEnglishAssist::words()
{
    return dictionary() ? *dictionary() : PlainWords::builtIn();
}

void PlainEnglishAssist::setWords(const PlainWords &words)
{
    dictionary() = std::make_unique<PlainWords>(words);
    recheckAll();
}

void PlainEnglishAssist::setSpelling(std::unique_ptr<Spelling> spelling)
{
    speller() = std::move(spelling);
    if (speller())
        speller()->setKnown(u"names"_s, meetingNames());
    recheckAll();
}

Spelling *PlainEnglishAssist::spelling()
{
    return speller().get();
}

void PlainEnglishAssist::setMeetingNames(const QStringList &names)
{
    if (meetingNames() == names)
        return;
    meetingNames() = names;
    if (!speller())
        return;
    speller()->setKnown(u"names"_s, names);
    recheckAll();
}

void PlainEnglishAssist::setAddWord(std::function<bool(const QString &, QString *)> add)
{
    addWordFunction() = std::move(add);
}

TextCheck PlainEnglishAssist::checker()
{
    TextCheck check(words());
    if (speller() && speller()->isValid())
        check.setSpelling(speller().get());
    return check;
}

void PlainEnglishAssist::recheckAll()
{
    everyAssist().removeAll(nullptr);
    for (PlainEnglishAssist *assist : std::as_const(everyAssist())) {
        if (assist->m_highlighter)
            assist->m_highlighter->rehighlight();
        assist->refresh();
    }
}

PlainEnglishAssist::PlainEnglishAssist(QWidget *edit, TextCheck::Mode mode)
    : QObject(edit)
    , m_mode(mode)
{
    setObjectName(u"plainEnglishAssist"_s);
    everyAssist().removeAll(nullptr);
    everyAssist().append(this);
    m_badgeTimer.setSingleShot(true);
    m_badgeTimer.setInterval(300); // after a pause in typing: the badge scores the whole field
    connect(&m_badgeTimer, &QTimer::timeout, this, &PlainEnglishAssist::updateBadge);
}

PlainEnglishAssist *PlainEnglishAssist::attach(QPlainTextEdit *edit, TextCheck::Mode mode, QLabel *badge)
{
    auto *assist = new PlainEnglishAssist(edit, mode);
    assist->m_plain = edit;
    assist->m_field = edit;
    assist->m_surface = edit->viewport();
    assist->m_badge = badge;
    assist->m_highlighter = new PlainEnglishHighlighter(edit->document(), mode);
    edit->installEventFilter(assist);
    edit->viewport()->installEventFilter(assist);
    connect(edit, &QPlainTextEdit::textChanged, assist, &PlainEnglishAssist::refresh);
    // A new document (setPlainText keeps it; setDocument would not) needs the highlighter moved.
    assist->refresh();
    return assist;
}

PlainEnglishAssist *PlainEnglishAssist::attach(QLineEdit *edit, TextCheck::Mode mode)
{
    auto *assist = new PlainEnglishAssist(edit, mode);
    assist->m_line = edit;
    assist->m_field = edit;
    assist->m_surface = edit;
    edit->installEventFilter(assist);
    connect(edit, &QLineEdit::textChanged, assist, &PlainEnglishAssist::refresh);
    assist->refresh();
    return assist;
}

PlainEnglishAssist *PlainEnglishAssist::of(QWidget *edit)
{
    return edit ? edit->findChild<PlainEnglishAssist *>(u"plainEnglishAssist"_s, Qt::FindDirectChildrenOnly)
                : nullptr;
}

void PlainEnglishAssist::setSuggestion(std::function<QString()> suggestion)
{
    m_suggestion = std::move(suggestion);
    refresh();
}

QString PlainEnglishAssist::suggestion() const
{
    return m_suggestion ? m_suggestion() : QString();
}

QString PlainEnglishAssist::text() const
{
    return m_plain ? m_plain->toPlainText() : m_line ? m_line->text() : QString();
}

QList<Finding> PlainEnglishAssist::findings() const
{
    if (m_line)
        return checker().check(m_line->text(), m_mode);
    QList<Finding> all;
    if (!m_plain)
        return all;
    // What the highlighter already found, paragraph by paragraph, moved to whole-text positions.
    for (QTextBlock block = m_plain->document()->begin(); block.isValid(); block = block.next())
        for (Finding f : PlainEnglishHighlighter::findings(block)) {
            f.span.start += block.position();
            all << f;
        }
    return all;
}

void PlainEnglishAssist::refresh()
{
    const QList<Finding> found = findings();
    if (m_line) {
        // A QLineEdit has no highlighter; an input-method event with only formats underlines its text
        // without touching the text, the cursor or the undo history.
        const int cursor = m_line->cursorPosition();
        QList<QInputMethodEvent::Attribute> attributes;
        for (const Finding &f : found)
            attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       int(f.span.start) - cursor, int(f.span.length),
                                                       PlainEnglishHighlighter::format(f.kind));
        QInputMethodEvent event(QString(), attributes);
        QCoreApplication::sendEvent(m_line, &event);
        const QString offer = m_line->text().isEmpty() ? suggestion() : QString();
        if (m_line->property("plainPlaceholder").isNull())
            m_line->setProperty("plainPlaceholder", m_line->placeholderText());
        m_line->setPlaceholderText(offer.isEmpty() ? m_line->property("plainPlaceholder").toString()
                                                   : tr("Suggestion (Ctrl+. to use it): %1").arg(offer));
    }
    if (m_badge)
        m_badgeTimer.start();
    // A screen reader hears the marks too: the field's description says what was found.
    QWidget *field = m_plain ? static_cast<QWidget *>(m_plain) : m_line;
    if (!field)
        return;
    if (field->property("plainDescription").isNull())
        field->setProperty("plainDescription", field->accessibleDescription());
    QStringList words, misspelt;
    int longSentences = 0;
    for (const Finding &f : found) {
        if (f.kind == Finding::Kind::LongSentence)
            ++longSentences;
        else
            (f.kind == Finding::Kind::Spelling ? misspelt : words) << f.text;
    }
    QString said = field->property("plainDescription").toString();
    if (!words.isEmpty())
        said += u' ' + tr("Hard words: %1 (Ctrl+. explains).").arg(words.join(u", "_s));
    if (!misspelt.isEmpty())
        said += u' ' + tr("Spelling to check: %1 (Ctrl+. corrects).").arg(misspelt.join(u", "_s));
    if (longSentences > 0)
        said += u' ' + (tr("%n long sentences.", nullptr, longSentences));
    field->setAccessibleDescription(said.trimmed());
}

QString PlainEnglishAssist::badgeText() const
{
    return badgeFor(text(), m_mode);
}

QString PlainEnglishAssist::badgeFor(const QString &text, TextCheck::Mode mode)
{
    const Readability score = Readability::of(text);
    int hard = 0, longSentences = 0, slips = 0, misspelt = 0;
    for (const Finding &f : checker().check(text, mode)) {
        if (f.kind == Finding::Kind::LongSentence)
            ++longSentences;
        else if (f.kind == Finding::Kind::EasyRead)
            ++slips;
        else if (f.kind == Finding::Kind::Spelling)
            ++misspelt;
        else
            ++hard;
    }
    QStringList parts { score.summary() };
    if (hard > 0)
        parts << (tr("%n hard words", nullptr, hard));
    if (longSentences > 0)
        parts << (tr("%n long sentences", nullptr, longSentences));
    if (slips > 0)
        parts << (tr("%n easy-read slips", nullptr, slips));
    if (misspelt > 0)
        parts << (tr("%n spellings to check", nullptr, misspelt));
    return parts.join(u" · "_s);
}

QString PlainEnglishAssist::longestFor(const QString &text)
{
    QStringList longest;
    for (const Readability::Sentence &s : Readability::of(text).longest(3))
        longest << tr("%1 words: %2").arg(s.words).arg(text.mid(s.span.start, s.span.length).simplified());
    return longest.isEmpty() ? QString() : tr("Longest sentences:") + u"\n"_s + longest.join(u'\n');
}

void PlainEnglishAssist::updateBadge()
{
    if (!m_badge)
        return;
    m_badge->setText(badgeText());
    m_badge->setToolTip(longestFor(text()));
}

int PlainEnglishAssist::cursorPosition() const
{
    return m_plain ? m_plain->textCursor().position() : m_line ? m_line->cursorPosition() : 0;
}

int PlainEnglishAssist::positionAt(const QPoint &point) const
{
    return m_plain ? m_plain->cursorForPosition(point).position()
        : m_line   ? m_line->cursorPositionAt(point)
                   : 0;
}

QPoint PlainEnglishAssist::pointAt(int position) const
{
    if (m_plain) {
        QTextCursor cursor(m_plain->document());
        cursor.setPosition(position);
        const QRect r = m_plain->cursorRect(cursor);
        return m_plain->viewport()->mapToGlobal(r.bottomLeft());
    }
    if (m_line) {
        // cursorRect() is protected: ask as an input method would.
        const QRect r = m_line->inputMethodQuery(Qt::ImCursorRectangle).toRect();
        return m_line->mapToGlobal(r.bottomLeft());
    }
    return {};
}

void PlainEnglishAssist::replace(qsizetype start, qsizetype length, const QString &with)
{
    // Through the widget's own editing, so Ctrl+Z undoes it.
    if (m_plain) {
        QTextCursor cursor(m_plain->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        cursor.insertText(with);
        m_plain->setTextCursor(cursor);
    } else if (m_line) {
        m_line->setSelection(int(start), int(length));
        m_line->insert(with);
    }
}

void PlainEnglishAssist::select(qsizetype start, qsizetype length)
{
    if (m_plain) {
        QTextCursor cursor(m_plain->document());
        cursor.setPosition(int(start));
        cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        m_plain->setTextCursor(cursor);
    } else if (m_line) {
        m_line->setSelection(int(start), int(length));
    }
}

QString PlainEnglishAssist::fixedText(const Finding &f, bool replace) const
{
    switch (f.kind) {
    case Finding::Kind::HardWord:
        // An acronym keeps its place and gains its meaning, unless asked to go; a term is replaced.
        if (!replace && PlainWords::isAcronym(f.text))
            return f.text + u" ("_s + f.suggestion + u')';
        return withCapital(f.suggestion, f.text, text().left(f.span.start));
    case Finding::Kind::OfficeWord:
        return withCapital(f.suggestion, f.text, text().left(f.span.start));
    case Finding::Kind::EasyRead:
        return f.suggestion;
    case Finding::Kind::Spelling:
        return speller() ? speller()->suggestions(f.text, 1).value(0) : QString();
    case Finding::Kind::LongSentence:
        break;
    }
    return {};
}

bool PlainEnglishAssist::fix(bool replace)
{
    const int position = cursorPosition();
    const QList<Finding> all = findings();
    const QString current = text();
    if (const Finding *f = TextCheck::at(all, position)) {
        const QString with = fixedText(*f, replace);
        const bool explained = f->kind == Finding::Kind::HardWord && !replace
            && current.mid(f->span.end()).trimmed().startsWith(u'(');
        if (!with.isEmpty() && !explained) {
            this->replace(f->span.start, f->span.length, with);
            return true;
        }
    }
    if (current.trimmed().isEmpty()) {
        const QString offer = suggestion();
        if (!offer.isEmpty()) {
            this->replace(0, current.size(), offer);
            return true;
        }
    }
    // Away from a mark: go to the next one, round to the first.
    const Finding *next = nullptr;
    for (const Finding &f : all)
        if (f.span.start > position && (!next || f.span.start < next->span.start))
            next = &f;
    if (!next && !all.isEmpty())
        next = &all.first();
    if (!next) {
        QToolTip::showText(
            pointAt(position),
            tr("Nothing to change here: no hard words, long sentences or spellings to check."));
        return false;
    }
    select(next->span.start, next->kind == Finding::Kind::LongSentence ? 0 : next->span.length);
    QToolTip::showText(pointAt(int(next->span.start)), TextCheck::message(*next, m_mode));
    return true;
}

bool PlainEnglishAssist::showMenu(const QPoint &globalPos, int position)
{
    const QList<Finding> all = findings();
    const Finding *f = TextCheck::at(all, position);
    std::unique_ptr<QMenu> menu(m_plain ? m_plain->createStandardContextMenu(globalPos)
                                        : m_line->createStandardContextMenu());
    QAction *first = menu->actions().value(0);
    QList<QAction *> ours;
    if (f && f->kind == Finding::Kind::Spelling) {
        ours = spellingActions(*f, menu.get());
    } else if (f) {
        const Finding found = *f;
        auto *note = new QAction(TextCheck::message(found, m_mode), menu.get());
        note->setEnabled(false);
        ours << note;
        for (const bool replace : { false, true }) {
            const QString with = fixedText(found, replace);
            if (with.isEmpty() || (replace && with == fixedText(found, false)))
                continue;
            auto *act = new QAction(tr("Change to “%1”").arg(with), menu.get());
            connect(act, &QAction::triggered, this,
                    [this, found, with] { this->replace(found.span.start, found.span.length, with); });
            ours << act;
        }
    } else if (text().trimmed().isEmpty() && !suggestion().isEmpty()) {
        auto *act = new QAction(tr("Use the suggestion: %1").arg(suggestion()), menu.get());
        connect(act, &QAction::triggered, this, [this] { replace(0, text().size(), suggestion()); });
        ours << act;
    }
    if (!ours.isEmpty()) {
        menu->insertActions(first, ours);
        menu->insertSeparator(first);
    }
    menu->exec(globalPos);
    return true;
}

QList<QAction *> PlainEnglishAssist::spellingActions(const Finding &found, QMenu *menu)
{
    QList<QAction *> actions;
    const QStringList offered = speller() ? speller()->suggestions(found.text) : QStringList();
    auto *note = new QAction(offered.isEmpty() ? tr("“%1” may be misspelt: no suggestions").arg(found.text)
                                               : tr("“%1” may be misspelt").arg(found.text),
                             menu);
    note->setEnabled(false);
    actions << note;
    for (const QString &with : offered) {
        auto *act = new QAction(tr("Change to “%1”").arg(with), menu);
        connect(act, &QAction::triggered, this,
                [this, found, with] { replace(found.span.start, found.span.length, with); });
        actions << act;
    }
    if (addWordFunction()) {
        auto *add = new QAction(tr("Add “%1” to the area's words").arg(found.text), menu);
        connect(add, &QAction::triggered, this, [this, word = found.text] {
            QString error;
            if (!addWordFunction()(word, &error)) {
                QToolTip::showText(pointAt(cursorPosition()), error);
                return;
            }
            recheckAll(); // the function taught the speller the word
        });
        actions << add;
    }
    return actions;
}

bool PlainEnglishAssist::eventFilter(QObject *watched, QEvent *event)
{
    const bool isField = watched == m_field;
    if (isField && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool fixKey = (key->key() == Qt::Key_Period || key->key() == Qt::Key_Greater)
            && (key->modifiers() & Qt::ControlModifier) && !(key->modifiers() & Qt::AltModifier);
        if (fixKey) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // ours, before any window shortcut
                return true;
            }
            fix(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        return false;
    }
    const bool isSurface = watched == m_surface;
    if (isSurface && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = positionAt(help->pos());
        const QList<Finding> all = findings();
        const Finding *f = TextCheck::at(all, position);
        if (!f)
            for (const Finding &each : all)
                if (each.kind == Finding::Kind::LongSentence && position >= each.span.start
                    && position < each.span.end())
                    f = &each;
        if (!f)
            return false;
        QString tip = TextCheck::message(*f, m_mode);
        if (f->kind != Finding::Kind::LongSentence)
            tip += u"\n"_s + tr("Ctrl+. to change it");
        QToolTip::showText(help->globalPos(), tip, qobject_cast<QWidget *>(watched));
        return true;
    }
    if (isSurface && event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        const int position = menuEvent->reason() == QContextMenuEvent::Mouse ? positionAt(menuEvent->pos())
                                                                             : cursorPosition();
        return showMenu(menuEvent->globalPos(), position);
    }
    return false;
}

} // namespace Coproduce
