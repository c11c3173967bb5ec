// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spellingmenu.h"

#include "ui/plainenglishassist.h"
#include "ui/settings.h"

#include "core/spelling.h"
#include "core/wordrepository.h"

#include <QActionGroup>

namespace Coproduce {

using namespace Qt::StringLiterals;

SpellingMenu::SpellingMenu(Database &database, Settings &settings, QWidget *parent)
    : QMenu(tr("&Spelling"), parent)
    , m_database(database)
    , m_settings(settings)
{
    setObjectName(u"spellingMenu"_s);
    m_on = addAction(tr("&Check spelling as you type"));
    m_on->setObjectName(u"actionSpellCheck"_s);
    m_on->setCheckable(true);
    m_on->setChecked(settings.spellCheck());
    connect(m_on, &QAction::toggled, this, [this](bool on) {
        m_settings.setSpellCheck(on);
        apply();
    });
    addSeparator();
    m_languages = new QActionGroup(this);
    QStringList installed = Spelling::installed();
    const QString chosen = settings.spellingLanguage();
    if (!installed.contains(chosen))
        installed.prepend(chosen); // shown, so the user sees what is missing
    for (const QString &language : std::as_const(installed)) {
        QAction *choice = addAction(Spelling::languageName(language));
        choice->setData(language);
        choice->setCheckable(true);
        choice->setChecked(language == chosen);
        m_languages->addAction(choice);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *choice) {
        m_settings.setSpellingLanguage(choice->data().toString());
        apply();
    });
    PlainEnglishAssist::setAddWord([this](const QString &word, QString *error) {
        if (!WordRepository(m_database).addSpelling(word, error))
            return false;
        reteach();
        return true;
    });
    apply();
}

SpellingMenu::~SpellingMenu()
{
    PlainEnglishAssist::setAddWord({});
}

void SpellingMenu::apply()
{
    m_languages->setEnabled(m_on->isChecked());
    if (!m_on->isChecked()) {
        PlainEnglishAssist::setSpelling(nullptr);
        return;
    }
    auto spelling = std::make_unique<Spelling>(m_settings.spellingLanguage());
    if (!spelling->isValid()) {
        m_on->setToolTip(spelling->errorString());
        m_on->setStatusTip(spelling->errorString());
        PlainEnglishAssist::setSpelling(nullptr);
        return;
    }
    m_on->setStatusTip(tr("Words that may be misspelt are underlined with a straight line"));
    WordRepository(m_database).teach(*spelling);
    PlainEnglishAssist::setSpelling(std::move(spelling));
}

void SpellingMenu::reteach()
{
    if (Spelling *spelling = PlainEnglishAssist::spelling()) {
        WordRepository(m_database).teach(*spelling);
        PlainEnglishAssist::recheckAll();
    }
}

} // namespace Coproduce
