#pragma once

#include <QString>

namespace infopunt {

// POSIX permissions for a store: the folder 0700, every file Infopunt creates in it 0600, so
// that other accounts on the machine cannot copy the files to guess passphrases offline. On
// Windows the folder's ACLs decide (a store inherits them from its parent), so these do
// nothing there. SQLite gives a journal file the permissions of its database file.
namespace OwnerOnly {

// Creates `folder` (and missing parents) with the folder made 0700. False when it cannot.
bool makeFolder(const QString& folder);

// Creates an empty file 0600 if `path` does not exist yet, for SQLite to open (SQLite would
// create it with the umask's permissions). False when it cannot.
bool createFile(const QString& path);

// Sets 0600 on a file, 0700 on a folder; best effort (a share may not let us).
void restrict(const QString& path);

// Tightens an existing store's folder and the files in it that group or others may read:
// stores made before this rule existed get it at the next unlock.
void tightenStore(const QString& folder);

} // namespace OwnerOnly

} // namespace infopunt
