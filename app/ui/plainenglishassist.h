// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textcheck.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QLineEdit;
class QPlainTextEdit;

namespace Coproduce {

class PlainEnglishHighlighter;
class Spelling;

// Plain English as you type, for one text field: hard words, office words, long sentences and (in
// easy-read fields) easy-read slips are underlined; hovering shows the plain version; Ctrl+. fixes the word
// at the cursor (adds an acronym's meaning after it, or swaps an office word for the plain one), Ctrl+Shift+.
// replaces a hard word with its plain version, and Ctrl+. away from any mark moves to the next one. A word
// that may be misspelt is underlined with a straight line (hard words have a wave): Ctrl+. takes Hunspell's
// first suggestion; the menu (right button, or the Menu key or Shift+F10 at the cursor) offers every
// suggestion and "Add to the area's words". The right button menu offers the same. An empty easy-read field
// offers a suggestion, used only when asked.
class PlainEnglishAssist final : public QObject
{
    Q_OBJECT

public:
    // The assist lives as long as the field. A badge, if given, shows the field's readability.
    static PlainEnglishAssist *attach(QPlainTextEdit *edit, TextCheck::Mode mode, QLabel *badge = nullptr);
    static PlainEnglishAssist *attach(QLineEdit *edit, TextCheck::Mode mode);
    static PlainEnglishAssist *of(QWidget *edit);

    // The dictionary every field checks against: the built-in words and the area's own.
    static const PlainWords &words();
    static void setWords(const PlainWords &words);
    // Spelling in every field (null: none). The assist keeps it; every field is checked again.
    static void setSpelling(std::unique_ptr<Spelling> spelling);
    static Spelling *spelling();
    // Words that are right in this meeting: the people's names.
    static void setMeetingNames(const QStringList &names);
    // Stores a word as the area's own ("Add to the area's words") and teaches the speller it; without one,
    // the menu does not offer it.
    static void setAddWord(std::function<bool(const QString &word, QString *error)> add);
    // The check every field runs: plain English, and spelling if it is on.
    static TextCheck checker();
    // Every field checked again (a word added, the dictionary changed).
    static void recheckAll();

    // Where an empty easy-read field's suggestion comes from (e.g. the row's formal text).
    void setSuggestion(std::function<QString()> suggestion);
    QString suggestion() const;
    QList<Finding> findings() const;
    TextCheck::Mode mode() const { return m_mode; }
    // What Ctrl+. does (replace = Ctrl+Shift+.). True if it changed the text or moved to a mark.
    bool fix(bool replace);
    // "Plain English: reading ease 64, school year 9 (age 13 and over) · 2 hard words"
    QString badgeText() const;
    // The same for any text, and its longest sentences (for a badge's tooltip).
    static QString badgeFor(const QString &text, TextCheck::Mode mode);
    static QString longestFor(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PlainEnglishAssist(QWidget *edit, TextCheck::Mode mode);
    void refresh();
    void updateBadge();
    QString text() const;
    int cursorPosition() const;
    int positionAt(const QPoint &point) const;
    QPoint pointAt(int position) const;
    void replace(qsizetype start, qsizetype length, const QString &with);
    void select(qsizetype start, qsizetype length);
    QString fixedText(const Finding &finding, bool replace) const;
    bool showMenu(const QPoint &globalPos, int position);
    QList<QAction *> spellingActions(const Finding &found, QMenu *menu);

    QPointer<QPlainTextEdit> m_plain;
    QPointer<QLineEdit> m_line;
    QPointer<QLabel> m_badge;
    // The watched objects, only ever compared: the event filter also sees events while the field is being
    // destroyed, when a QPointer<QPlainTextEdit> can no longer be read (its cast would be undefined).
    const QObject *m_field = nullptr;
    const QObject *m_surface = nullptr;
    PlainEnglishHighlighter *m_highlighter = nullptr;
    TextCheck::Mode m_mode;
    std::function<QString()> m_suggestion;
    QTimer m_badgeTimer;
};

} // namespace Coproduce
