// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace Coproduce {

// The app's preferences and where the facilitator was, with their types and defaults in one place.
// Kept per database file for the place (a meeting id means nothing in another file), globally for the rest.
class Settings final
{
public:
    Settings();

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Which section was showing (0 charters, 1 meetings, 2 actions) and what was open in it.
    int page(const QString &database) const;
    void setPage(const QString &database, int page);
    qint64 meeting(const QString &database) const;
    void setMeeting(const QString &database, qint64 meetingId);
    QString charter(const QString &database) const;
    void setCharter(const QString &database, const QString &charterId);

    // Text size as a percentage of the system font (100 = as the system has it).
    int zoom() const;
    void setZoom(int percent);
    // Spelling as you type: on, against British English, unless changed (Edit › Spelling).
    bool spellCheck() const;
    void setSpellCheck(bool on);
    QString spellingLanguage() const;
    void setSpellingLanguage(const QString &language);
    // Reading aloud: the voice (empty: the system's), rate -10 to 10 (0 normal), volume 0 to 100, and
    // whether presentation mode reads each page as it shows.
    QString speechVoice() const;
    void setSpeechVoice(const QString &voice);
    int speechRate() const;
    void setSpeechRate(int rate);
    int speechVolume() const;
    void setSpeechVolume(int volume);
    bool readEachPage() const;
    void setReadEachPage(bool on);
    bool highContrast() const;
    void setHighContrast(bool on);
    // Whether Series and meetings shows the list beside the open meeting (F9 folds it away).
    bool meetingsList() const;
    void setMeetingsList(bool shown);
    // The screen presentations open on (QScreen::name()); empty: the one the window is not on.
    QString presentationScreen() const;
    void setPresentationScreen(const QString &name);
    // Where the meetings are kept, as File → Connect chose it: the area's server (its keywords), or empty
    // for this laptop's own file. --database on the command line comes first.
    QString database() const;
    void setDatabase(const QString &location);
    // The area's server last chosen (kept when going back to the file): where Publish sends a meeting made
    // on this laptop.
    QString lastServer() const;
    // The facilitator's name, recorded as "who" in the history; empty: the computer's user name.
    QString facilitatorName() const;
    void setFacilitatorName(const QString &name);

    static constexpr int MinimumZoom = 50;
    static constexpr int MaximumZoom = 300;

private:
    static QString placeKey(const QString &database, const char *what);

    mutable QSettings m_settings;
};

} // namespace Coproduce
