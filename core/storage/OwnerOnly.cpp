#include "storage/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace infopunt::OwnerOnly {

namespace {

constexpr QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerFolder = ownerFile | QFile::ExeOwner;
constexpr QFile::Permissions groupOrOthers = QFile::ReadGroup | QFile::WriteGroup |
                                             QFile::ExeGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ExeOther;

} // namespace

bool makeFolder(const QString& folder) {
    if (!QDir().mkpath(folder))
        return false;
    restrict(folder);
    return true;
}

bool createFile(const QString& path) {
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
#ifdef Q_OS_WIN
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
#else
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile);
#endif
}

void restrict(const QString& path) {
#ifdef Q_OS_WIN
    Q_UNUSED(path)
#else
    const QFileInfo info(path);
    if (info.isSymLink())
        return; // never follow a link out of the store
    if (info.isDir())
        QFile::setPermissions(path, ownerFolder);
    else if (info.isFile())
        QFile::setPermissions(path, ownerFile);
#endif
}

void tightenStore(const QString& folder) {
#ifdef Q_OS_WIN
    Q_UNUSED(folder)
#else
    const auto tighten = [](const QFileInfo& info) {
        if (!info.isSymLink() && (info.permissions() & groupOrOthers))
            restrict(info.absoluteFilePath());
    };
    tighten(QFileInfo(folder));
    const auto entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo& entry : entries)
        tighten(entry);
#endif
}

} // namespace infopunt::OwnerOnly
