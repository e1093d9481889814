#include "storage/StoreLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace infopunt {

namespace {

QByteArray describe(const QString& userName) {
    // One field per line: user, computer, process, since (UTC).
    return (QStringList{userName, QSysInfo::machineHostName(),
                        QString::number(QCoreApplication::applicationPid()),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}
                .join(QLatin1Char('\n')) +
            QLatin1Char('\n'))
        .toUtf8();
}

bool processIsRunning(qint64 pid) {
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return false;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

// A lock left by a writer that crashed: its transaction was rolled back by SQLite, so the
// lock may be taken over. On this computer we can ask whether the process still runs; for
// another computer only the age tells.
// A lock dated further ahead than this was written by a computer whose clock runs ahead, or by
// hand: left alone it would block every save until this computer's clock caught up.
bool isStale(const StoreLock::Holder& holder) {
    if (holder.hostName == QSysInfo::machineHostName() && holder.processId > 0 &&
        !processIsRunning(holder.processId))
        return true;
    if (!holder.since.isValid())
        return true;
    const qint64 age = holder.since.secsTo(QDateTime::currentDateTimeUtc());
    return age > StoreLock::staleAfterSeconds || -age > StoreLock::futureToleranceSeconds;
}

bool isAhead(const StoreLock::Holder& holder) {
    return holder.since.isValid() && holder.since > QDateTime::currentDateTimeUtc();
}

} // namespace

StoreLock::StoreLock(QString lockFilePath, QString userName)
    : m_path(std::move(lockFilePath))
    , m_userName(std::move(userName)) {}

StoreLock::~StoreLock() {
    if (m_depth > 0) {
        m_depth = 1;
        release();
    }
}

Result<void> StoreLock::acquire(int timeoutMs) {
    if (m_depth > 0) {
        ++m_depth;
        return {};
    }
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                      QFile::ReadOwner | QFile::WriteOwner)) {
            const QByteArray content = describe(m_userName);
            if (file.write(content) != content.size() || !file.flush()) {
                file.close();
                file.remove();
                return makeError(ErrorCode::ReadOnly,
                                 tr("The store's folder cannot be written. Check that the disk is "
                                    "not full and that you may write to the folder."));
            }
            m_depth = 1;
            return {};
        }
        const QFileInfo existing(m_path);
        if (!existing.exists() && !existing.isSymLink()) {
            // Creating failed for another reason than an existing lock: a read-only folder.
            return makeError(ErrorCode::ReadOnly,
                             tr("The store's folder cannot be written. Check that you may write "
                                "to the folder and that the disk is not full."));
        }
        if (existing.isSymLink() || !existing.isFile())
            return notAFileError(existing);
        const auto holder = readHolder(m_path);
        if (holder && isStale(*holder)) {
            QFile::remove(m_path);
            continue;
        }
        if (waited.elapsed() >= timeoutMs)
            return makeError(ErrorCode::Busy, busyMessage(holder));
        QThread::msleep(50);
    }
}

void StoreLock::release() {
    if (m_depth == 0)
        return;
    if (--m_depth == 0)
        QFile::remove(m_path);
}

std::optional<StoreLock::Holder> StoreLock::currentHolder() const {
    return readHolder(m_path);
}

std::optional<StoreLock::Holder> StoreLock::readHolder(const QString& lockFilePath) {
    const QFileInfo info(lockFilePath);
    if (info.isSymLink() || !info.isFile())
        return std::nullopt; // never read through a link
    QFile file(lockFilePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    Holder holder;
    holder.userName = lines.value(0);
    holder.hostName = lines.value(1);
    holder.processId = lines.value(2).toLongLong();
    holder.since = QDateTime::fromString(lines.value(3), Qt::ISODate);
    return holder;
}

QString StoreLock::busyMessage(const std::optional<Holder>& holder) {
    if (!holder || holder->userName.isEmpty())
        return tr("The store is being changed on another workstation. Try again in a moment; "
                  "nothing has been saved yet.");
    if (isAhead(*holder)) {
        return tr("The store is being changed by %1 on computer %2, according to a lock dated %3, "
                  "which is ahead of this computer's clock (one of the clocks runs ahead). If "
                  "nobody is saving, the lock is taken over at %4 at the latest. Nothing has been "
                  "saved yet.")
            .arg(holder->userName, holder->hostName,
                 holder->since.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                 holder->since.addSecs(staleAfterSeconds)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss")));
    }
    return tr("The store is being changed by %1 on computer %2 (since %3). Try again in a moment; "
              "nothing has been saved yet.")
        .arg(holder->userName, holder->hostName,
             holder->since.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

Error StoreLock::notAFileError(const QFileInfo& existing) {
    const QString folder = QDir::toNativeSeparators(existing.absolutePath());
    if (existing.isSymLink()) {
        return makeError(ErrorCode::Damaged,
                         tr("Nothing can be saved: writer.lock in %1 is a link, not the lock file "
                            "Infopunt writes. Remove the link writer.lock from that folder and "
                            "try again. Nothing has been saved yet.")
                             .arg(folder));
    }
    return makeError(ErrorCode::Damaged,
                     tr("Nothing can be saved: writer.lock in %1 is a folder, not the lock file "
                        "Infopunt writes. Remove the folder writer.lock from that folder (check "
                        "first that it holds nothing you need) and try again. Nothing has been "
                        "saved yet.")
                         .arg(folder));
}

} // namespace infopunt
