// Test helper: unlocks a store, starts a write transaction large enough to spill pages into
// the file, prints "IN_TRANSACTION" and waits to be killed. Usage: crash_writer FOLDER USER
// (passphrase in INFOPUNT_PASSPHRASE).
// crash_writer FOLDER USER journal CASE_ID TEXT: commits a journal entry on the case, then, in
// the office compartment, starts emptying the search index as a refresh would, prints
// "IN_TRANSACTION" and waits to be killed between the two commits.
// crash_writer FOLDER USER batch COUNT: registers COUNT reports inside one WriteBatch, prints
// "IN_TRANSACTION" and waits to be killed before the batch commits.
#include "cases/CaseFiles.h"
#include "cases/CaseService.h"
#include "crypto/SecureBytes.h"
#include "storage/SqlCipher.h"
#include "storage/Store.h"
#include "storage/WriteBatch.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    using namespace infopunt;
    const bool journal = argc == 6 && qstrcmp(argv[3], "journal") == 0;
    const bool batch = argc == 5 && qstrcmp(argv[3], "batch") == 0;
    if ((argc != 3 && !journal && !batch) || !initSodium() || !SqlCipher::selfTest())
        return 2;
    auto store = Store::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                               qEnvironmentVariable("INFOPUNT_PASSPHRASE"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    if (journal) {
        if (!CaseJournal(*store.value())
                 .add(QByteArray(argv[4]).toLongLong(), QDate::currentDate(), JournalKind::Note,
                      QString::fromLocal8Bit(argv[5])))
            return 1;
        QSqlDatabase office = store.value()->database(Compartment::Office);
        if (!office.transaction() ||
            !QSqlQuery(office).exec(QStringLiteral("DELETE FROM case_search")) ||
            !QSqlQuery(office).exec(QStringLiteral("DELETE FROM case_search_versions")))
            return 1;
        std::printf("IN_TRANSACTION\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (batch) {
        QSqlQuery(store.value()->database()).exec(QStringLiteral("PRAGMA cache_size = 10"));
        WriteBatch writes(*store.value());
        if (!writes.begin())
            return 1;
        CaseService cases(*store.value());
        for (int i = 0; i < QByteArray(argv[4]).toInt(); ++i) {
            NewCase report;
            report.receivedOn = QDate::currentDate().addDays(-i);
            report.channel = Channel::Anonymous;
            report.title = QStringLiteral("Uncommitted report %1").arg(i);
            report.description = QString(300, QLatin1Char('x'));
            if (!cases.registerReport(report))
                return 1;
        }
        std::printf("IN_TRANSACTION\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    QSqlDatabase db = store.value()->database();
    // A tiny page cache makes SQLite write changed pages to the file before the commit, so
    // the kill leaves a hot journal behind that the next open must roll back.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = 10"));
    WriteTransaction write(*store.value());
    if (!write.begin())
        return 1;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (int i = 0; i < 2000; ++i) {
        insert.addBindValue(QStringLiteral("uncommitted-%1").arg(i));
        insert.addBindValue(QString(200, QLatin1Char('x')));
        if (!insert.exec())
            return 1;
    }
    QSqlQuery update(db);
    update.exec(QStringLiteral("UPDATE building_blocks SET name = 'UNCOMMITTED'"));
    std::printf("IN_TRANSACTION\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
