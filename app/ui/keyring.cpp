// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keyring.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Coproduce {

namespace {

// Runs a QtKeychain job to its end: its answer comes through the session bus.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never QtKeychain's "insecure fallback", which would write the password into a plain settings file.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

Keyring::Keyring(const QString &service)
    : m_service(service)
{
}

std::optional<QString> Keyring::password(const QString &server)
{
    m_error.clear();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(server);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound)
        m_error = tr("The system's keyring could not be read: %1").arg(job.errorString());
    return std::nullopt;
}

bool Keyring::keep(const QString &server, const QString &password)
{
    m_error.clear();
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(server);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    m_error = tr("The password could not be kept in the system's keyring (%1), so Coproduce will ask for it "
                 "again next time. It was not written anywhere else.")
                  .arg(job.errorString());
    return false;
}

bool Keyring::forget(const QString &server)
{
    m_error.clear();
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(server);
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    m_error = tr("The password could not be taken out of the system's keyring: %1").arg(job.errorString());
    return false;
}

} // namespace Coproduce
