#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace infopunt {

class SecureBytes;
class Store;

// A working-group member's own copy of the cases they see, so that their lists, counts and
// search read indexed columns as an adviser's do (OfficeCases) instead of opening every case
// with its key at each session's first read. It is a file of the office compartment's schema in
// the store's folder, holding only the member's cases, under a random key that is sealed to the
// member in the main compartment (member_copies).
//
// - It is brought up to date by version, as the office copy is (CaseSearchIndex::catchUp): a
//   case that changed is copied again when the member still sees it and leaves the copy when
//   not (an assignment and its removal raise the case's version).
// - Taking a member off a case, or disabling the account, deletes their key (forget()): the
//   file no longer opens with the member's keys, the next session deletes it, and the member's
//   next session makes a new key and copy. What the file held of the
//   case is then out of their reach, as the case's own key is.
// - A cache, not a source: whatever goes wrong with it (the writer lock taken, a damaged file,
//   a failed step) leaves the session without it, and the lists read the main file.
class MemberCopy {
    Q_DECLARE_TR_FUNCTIONS(infopunt::MemberCopy)
public:
    // At the start of a session (the window's): a member's copy is opened, or a new key and an
    // empty file are made for one, which the catch-up then fills; nothing for an adviser or a
    // user who sees no cases, nor when the copy cannot be opened or made. Any session deletes
    // the files of copies whose key is gone.
    static void open(Store& store);
    // The copy open for this session; none when it has none.
    static std::optional<QSqlDatabase> opened(const Store& store);
    // The copy, when it holds every case the member sees as of now: a few changes since are
    // copied first. None while it is being filled, or without a copy.
    static std::optional<QSqlDatabase> current(const Store& store);
    // Where the open copy's file is and its key, for a worker's own connection.
    static QString path(const Store& store);
    static const SecureBytes& key(const Store& store);
    // After a failure reading or writing the copy: it is closed for the rest of the session.
    static void drop(const Store& store);

    // Inside the caller's write (an adviser's, taking `userName` off a case or disabling the
    // account): the member's copy no longer opens with their keys.
    static Result<void> forget(QSqlDatabase main, const QString& userName);
    // The file name of the copy with the id `fileId`.
    static QString fileName(const QString& fileId);
};

} // namespace infopunt
