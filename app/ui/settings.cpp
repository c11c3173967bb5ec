// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings.h"

#include "core/connectionspec.h"
#include "core/spelling.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>

namespace Coproduce {

using namespace Qt::StringLiterals;

Settings::Settings() = default;

QString Settings::placeKey(const QString &database, const char *what)
{
    // A hash rather than the path itself: paths contain "/" and other characters QSettings treats specially.
    const QByteArray path = QFileInfo(database).absoluteFilePath().toUtf8();
    return u"place/"_s + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex())
        + u"/"_s + QString::fromLatin1(what);
}

QByteArray Settings::geometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void Settings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

int Settings::page(const QString &database) const
{
    return std::clamp(m_settings.value(placeKey(database, "page"), 0).toInt(), 0, 2);
}

void Settings::setPage(const QString &database, int page)
{
    m_settings.setValue(placeKey(database, "page"), page);
}

qint64 Settings::meeting(const QString &database) const
{
    return m_settings.value(placeKey(database, "meeting"), 0).toLongLong();
}

void Settings::setMeeting(const QString &database, qint64 meetingId)
{
    m_settings.setValue(placeKey(database, "meeting"), meetingId);
}

QString Settings::charter(const QString &database) const
{
    return m_settings.value(placeKey(database, "charter")).toString();
}

void Settings::setCharter(const QString &database, const QString &charterId)
{
    m_settings.setValue(placeKey(database, "charter"), charterId);
}

int Settings::zoom() const
{
    return std::clamp(m_settings.value(u"view/zoom"_s, 100).toInt(), MinimumZoom, MaximumZoom);
}

void Settings::setZoom(int percent)
{
    m_settings.setValue(u"view/zoom"_s, std::clamp(percent, MinimumZoom, MaximumZoom));
}

bool Settings::spellCheck() const
{
    return m_settings.value(u"spelling/on"_s, true).toBool();
}

void Settings::setSpellCheck(bool on)
{
    m_settings.setValue(u"spelling/on"_s, on);
}

QString Settings::spellingLanguage() const
{
    return m_settings.value(u"spelling/language"_s, Spelling::defaultLanguage()).toString();
}

void Settings::setSpellingLanguage(const QString &language)
{
    m_settings.setValue(u"spelling/language"_s, language);
}

QString Settings::speechVoice() const
{
    return m_settings.value(u"speech/voice"_s).toString();
}

void Settings::setSpeechVoice(const QString &voice)
{
    m_settings.setValue(u"speech/voice"_s, voice);
}

int Settings::speechRate() const
{
    return qBound(-10, m_settings.value(u"speech/rate"_s, 0).toInt(), 10);
}

void Settings::setSpeechRate(int rate)
{
    m_settings.setValue(u"speech/rate"_s, qBound(-10, rate, 10));
}

int Settings::speechVolume() const
{
    return qBound(0, m_settings.value(u"speech/volume"_s, 80).toInt(), 100);
}

void Settings::setSpeechVolume(int volume)
{
    m_settings.setValue(u"speech/volume"_s, qBound(0, volume, 100));
}

bool Settings::readEachPage() const
{
    return m_settings.value(u"speech/readEachPage"_s, false).toBool();
}

void Settings::setReadEachPage(bool on)
{
    m_settings.setValue(u"speech/readEachPage"_s, on);
}

bool Settings::highContrast() const
{
    return m_settings.value(u"view/highContrast"_s, false).toBool();
}

void Settings::setHighContrast(bool on)
{
    m_settings.setValue(u"view/highContrast"_s, on);
}

bool Settings::meetingsList() const
{
    return m_settings.value(u"view/meetingsList"_s, true).toBool();
}

void Settings::setMeetingsList(bool shown)
{
    m_settings.setValue(u"view/meetingsList"_s, shown);
}

QString Settings::database() const
{
    return m_settings.value(u"database/location"_s).toString();
}

void Settings::setDatabase(const QString &location)
{
    if (location.isEmpty())
        m_settings.remove(u"database/location"_s);
    else
        m_settings.setValue(u"database/location"_s, location);
    if (ConnectionSpec::namesServer(location))
        m_settings.setValue(u"database/lastServer"_s, location);
}

QString Settings::lastServer() const
{
    return m_settings.value(u"database/lastServer"_s).toString();
}

QString Settings::facilitatorName() const
{
    return m_settings.value(u"facilitator/name"_s).toString();
}

void Settings::setFacilitatorName(const QString &name)
{
    m_settings.setValue(u"facilitator/name"_s, name.simplified());
}

QString Settings::presentationScreen() const
{
    return m_settings.value(u"presentation/screen"_s).toString();
}

void Settings::setPresentationScreen(const QString &name)
{
    m_settings.setValue(u"presentation/screen"_s, name);
}

} // namespace Coproduce
