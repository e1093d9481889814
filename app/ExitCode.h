#pragma once

namespace infopunt {

// The process exit codes of `infopunt`, the same for every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,      // a command or a check failed
    ExitUsage = 2,       // wrong arguments or no way to get the passphrase
    ExitEnvironment = 3, // no SQLCipher, no libsodium, no display
};

} // namespace infopunt
