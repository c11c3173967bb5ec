// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Coproduce {

class Database;
class Settings;

// Edit › Spelling: spelling as you type on or off, and which installed dictionary (British English unless
// chosen). It gives every text field its speller, taught the area's words, and lets "Add to the area's
// words" store a word in the database, so every facilitator of the area shares it.
class SpellingMenu final : public QMenu
{
    Q_OBJECT

public:
    SpellingMenu(Database &database, Settings &settings, QWidget *parent);
    ~SpellingMenu() override;

    // The area's words changed (another facilitator, the hard words dialog): teach the speller again.
    void reteach();

private:
    void apply();

    Database &m_database;
    Settings &m_settings;
    QAction *m_on = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace Coproduce
