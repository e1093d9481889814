#include "storage/StoreLock.h"

#include <QCoreApplication>
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
bool isStale(const StoreLock::Holder& holder) {
    if (holder.hostName == QSysInfo::machineHostName() && holder.processId > 0 &&
        !processIsRunning(holder.processId))
        return true;
    return !holder.since.isValid() ||
           holder.since.secsTo(QDateTime::currentDateTimeUtc()) > StoreLock::staleAfterSeconds;
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
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
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
        if (!QFileInfo::exists(m_path)) {
            // Creating failed for another reason than an existing lock: a read-only folder.
            return makeError(ErrorCode::ReadOnly,
                             tr("The store's folder cannot be written. Check that you may write "
                                "to the folder and that the disk is not full."));
        }
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
    return tr("The store is being changed by %1 on computer %2 (since %3). Try again in a moment; "
              "nothing has been saved yet.")
        .arg(holder->userName, holder->hostName,
             holder->since.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace infopunt
