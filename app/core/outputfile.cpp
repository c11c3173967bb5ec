// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QSaveFile>

namespace Coproduce {

bool OutputFile::write(const QString &path, const QByteArray &bytes, bool privateFile, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        if (privateFile)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(bytes);
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("%1: cannot write the file: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace Coproduce
