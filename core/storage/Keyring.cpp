#include "storage/Keyring.h"

#include "crypto/KeyWrap.h"
#include "storage/OwnerOnly.h"
#include "storage/PassphraseKeys.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace infopunt {

namespace {

// Format 2: identities and sealed keys. Format 1 (keys wrapped under each passphrase only)
// came from test versions before need-to-know keys and is refused with its own message.
constexpr int formatVersion = 2;
const QString recoveryName = QStringLiteral("recovery");

// Limits on what an entry may hold, far above what Infopunt writes (a user name has at most 32
// characters, a store id 36, a sealed key 112 bytes, wrapped secrets 136, a salt 16), checked
// before decoding.
constexpr int maxNameLength = 64;
constexpr int maxEncodedBytes = 344; // base64 of 256 bytes

QByteArray keyContext(const QString& storeId, const QString& user, const QString& role,
                      Compartment compartment) {
    return QStringLiteral("infopunt-key-v2|%1|%2|%3|%4")
        .arg(storeId, user.toLower(), role, Compartments::code(compartment))
        .toUtf8();
}

QByteArray identityContext(const QString& storeId, const QString& user, const QString& role,
                           const PublicIdentity& identity) {
    return QStringLiteral("infopunt-identity-v2|%1|%2|%3|%4|%5")
        .arg(storeId, user.toLower(), role, QString::fromLatin1(identity.box.toBase64()),
             QString::fromLatin1(identity.sign.toBase64()))
        .toUtf8();
}

QJsonObject identityToJson(const PublicIdentity& identity) {
    return {{QStringLiteral("box"), QString::fromLatin1(identity.box.toBase64())},
            {QStringLiteral("sign"), QString::fromLatin1(identity.sign.toBase64())}};
}

std::optional<Compartment> compartmentFromCode(const QString& code) {
    for (const Compartment c : Compartments::all()) {
        if (Compartments::code(c) == code)
            return c;
    }
    return std::nullopt;
}

QJsonObject wrappedToJson(const QMap<QString, QByteArray>& wrapped) {
    QJsonObject keys;
    for (auto it = wrapped.cbegin(); it != wrapped.cend(); ++it)
        keys.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return keys;
}

// Strict base64: a value that is not clean base64 marks an edited or damaged file.
std::optional<QByteArray> bytesFromJson(const QJsonValue& value) {
    if (!value.isString() || value.toString().size() > maxEncodedBytes)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return std::move(decoded.decoded);
}

std::optional<QMap<QString, QByteArray>> wrappedFromJson(const QJsonValue& value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject keys = value.toObject();
    QMap<QString, QByteArray> wrapped;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const auto bytes = bytesFromJson(it.value());
        if (!compartmentFromCode(it.key()) || !bytes)
            return std::nullopt;
        wrapped.insert(it.key(), *bytes);
    }
    return wrapped;
}

// A positive whole number as JSON stores it (a double, exact up to 2^53).
std::optional<double> countFromJson(const QJsonValue& value) {
    const double number = value.toDouble(-1);
    if (number < 1 || number > 9007199254740992.0 ||
        number != static_cast<double>(static_cast<qint64>(number)))
        return std::nullopt;
    return number;
}

std::optional<PublicIdentity> identityFromJson(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    const auto box = bytesFromJson(object.value(QStringLiteral("box")));
    const auto sign = bytesFromJson(object.value(QStringLiteral("sign")));
    if (!box || !sign)
        return std::nullopt;
    PublicIdentity identity{*box, *sign};
    if (!identity.isValid())
        return std::nullopt;
    return identity;
}

std::optional<Keyring::Account> accountFromJson(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    Keyring::Account account;
    account.userName = object.value(QStringLiteral("user")).toString();
    const auto role = Roles::fromCode(object.value(QStringLiteral("role")).toString());
    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    const auto salt = bytesFromJson(kdf.value(QStringLiteral("salt")));
    const auto ops = countFromJson(kdf.value(QStringLiteral("ops")));
    const auto mem = countFromJson(kdf.value(QStringLiteral("mem")));
    const auto wrapped = wrappedFromJson(object.value(QStringLiteral("keys")));
    if (account.userName.isEmpty() || account.userName.size() > maxNameLength || !role ||
        kdf.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id13") || !salt ||
        !ops || !mem || !wrapped)
        return std::nullopt;
    account.role = *role;
    account.disabled = object.value(QStringLiteral("disabled")).toBool();
    account.kdf.salt = *salt;
    account.kdf.opsLimit = static_cast<unsigned long long>(*ops);
    account.kdf.memLimit = static_cast<std::size_t>(*mem);
    // A cost outside the accepted range is refused here, not when Argon2 would run with it.
    if (!account.kdf.isAcceptable())
        return std::nullopt;
    if (account.disabled)
        return account; // a disabled account keeps no keys and no identity, whatever the file says
    account.wrappedKeys = *wrapped;
    const auto identity = identityFromJson(object.value(QStringLiteral("identity")));
    const auto secrets = bytesFromJson(object.value(QStringLiteral("secrets")));
    if (!identity || !secrets)
        return std::nullopt;
    account.identity = *identity;
    account.wrappedIdentity = *secrets;
    return account;
}

Error damaged() {
    return makeError(
        ErrorCode::Damaged,
        Keyring::tr("The store's keyring is damaged or has been edited, so no key can be "
                    "read from it. Restore keyring.json from the latest backup of the store's "
                    "folder."));
}

// Makes a rename in `folder` durable: a synced file is not yet a synced directory entry.
void syncFolder(const QString& folder) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd); // some network file systems do not support it; nothing to do then
        ::close(fd);
    }
#else
    Q_UNUSED(folder); // Windows: the rename QSaveFile makes is flushed with the file
#endif
}

} // namespace

// --- CompartmentKeys ------------------------------------------------------------------------

CompartmentKeys CompartmentKeys::generate() {
    CompartmentKeys keys;
    for (const Compartment c : Compartments::all())
        keys.set(c, SecureBytes::random(32));
    return keys;
}

bool CompartmentKeys::has(Compartment compartment) const {
    return m_keys.count(compartment) > 0;
}

const SecureBytes& CompartmentKeys::key(Compartment compartment) const {
    return m_keys.at(compartment);
}

void CompartmentKeys::set(Compartment compartment, SecureBytes key) {
    m_keys[compartment] = std::move(key);
}

CompartmentKeys CompartmentKeys::subset(const QList<Compartment>& compartments) const {
    CompartmentKeys keys;
    for (const Compartment c : compartments) {
        if (has(c))
            keys.set(c, key(c).copy());
    }
    return keys;
}

void CompartmentKeys::wipe() {
    m_keys.clear(); // each SecureBytes wipes itself
}

// --- Keyring --------------------------------------------------------------------------------

Keyring Keyring::createNew(const QString& storeId) {
    Keyring keyring;
    keyring.m_storeId = storeId;
    return keyring;
}

Result<Keyring> Keyring::load(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotAStore,
                         tr("This folder is not an Infopunt store: its keyring is missing."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("The store's keyring cannot be read: %1").arg(file.errorString()));
    // Read one byte more than allowed: a file that grows while it is read is caught as well.
    if (file.size() > maxFileSize)
        return damaged();
    const QByteArray content = file.read(maxFileSize + 1);
    if (content.size() > maxFileSize)
        return damaged();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged();
    const QJsonObject root = document.object();
    const int format = root.value(QStringLiteral("format")).toInt();
    if (format == 1)
        return makeError(ErrorCode::NotAStore,
                         tr("This store was made by a test version of Infopunt from before "
                            "need-to-know keys; its keys cannot be upgraded. Create a new store "
                            "(the old folder has not been changed)."));
    if (format > formatVersion)
        return makeError(ErrorCode::NewerSchema,
                         tr("This store was made by a newer version of Infopunt. Install the newer "
                            "version to open it."));
    const QString storeId = root.value(QStringLiteral("storeId")).toString();
    if (format != formatVersion || storeId.isEmpty() || storeId.size() > maxNameLength)
        return damaged();

    Keyring keyring;
    keyring.m_storeId = storeId;
    const QJsonValue accounts = root.value(QStringLiteral("accounts"));
    if (!accounts.isArray() || accounts.toArray().size() > maxAccounts)
        return damaged();
    // Names are unique as account() compares them: case-insensitively.
    QSet<QString> foldedNames;
    for (const QJsonValue& value : accounts.toArray()) {
        auto account = accountFromJson(value);
        if (!account)
            return damaged();
        const QString folded = account->userName.toCaseFolded();
        if (foldedNames.contains(folded))
            return damaged();
        foldedNames.insert(folded);
        keyring.m_accounts.append(*account);
    }
    const QJsonObject recoveryObject = root.value(QStringLiteral("recovery")).toObject();
    auto recovery = wrappedFromJson(recoveryObject.value(QStringLiteral("keys")));
    auto recoveryIdentity = identityFromJson(recoveryObject.value(QStringLiteral("identity")));
    if (!recovery || !recoveryIdentity)
        return damaged();
    keyring.m_recoveryWrappedKeys = *recovery;
    keyring.m_recoveryIdentity = *recoveryIdentity;
    return keyring;
}

QByteArray Keyring::toJson() const {
    QJsonArray accounts;
    for (const Account& account : m_accounts) {
        QJsonObject entry{
            {QStringLiteral("user"), account.userName},
            {QStringLiteral("role"), Roles::code(account.role)},
            {QStringLiteral("disabled"), account.disabled},
            {QStringLiteral("kdf"),
             QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                         {QStringLiteral("salt"), QString::fromLatin1(account.kdf.salt.toBase64())},
                         {QStringLiteral("ops"), static_cast<double>(account.kdf.opsLimit)},
                         {QStringLiteral("mem"), static_cast<double>(account.kdf.memLimit)}}},
            {QStringLiteral("keys"), wrappedToJson(account.wrappedKeys)},
        };
        if (!account.disabled) {
            entry.insert(QStringLiteral("identity"), identityToJson(account.identity));
            entry.insert(QStringLiteral("secrets"),
                         QString::fromLatin1(account.wrappedIdentity.toBase64()));
        }
        accounts.append(entry);
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("storeId"), m_storeId},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("recovery"),
         QJsonObject{{QStringLiteral("identity"), identityToJson(m_recoveryIdentity)},
                     {QStringLiteral("keys"), wrappedToJson(m_recoveryWrappedKeys)}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> Keyring::save(const QString& path) const {
    return writeFile(path, toJson());
}

Result<void> Keyring::writeFile(const QString& path, const QByteArray& content) {
    // Where the save went wrong decides what the user can do about it.
    const auto failure = [&path](const QFileDevice& device) {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (device.error() == QFileDevice::WriteError && storage.isValid() &&
            storage.bytesAvailable() == 0)
            return makeError(ErrorCode::DiskFull,
                             tr("The disk is full: the keyring could not be saved. Make room on "
                                "the disk and try again."));
        const QFileInfo file(path);
        const bool writable =
            QFileInfo(file.absolutePath()).isWritable() && (!file.exists() || file.isWritable());
        if (device.error() == QFileDevice::OpenError ||
            device.error() == QFileDevice::PermissionsError || !writable || storage.isReadOnly())
            return makeError(ErrorCode::ReadOnly,
                             tr("The keyring cannot be written (%1). Check that the store's "
                                "folder is writable.")
                                 .arg(device.errorString()));
        return makeError(ErrorCode::Io,
                         tr("The keyring could not be saved: %1").arg(device.errorString()));
    };

    // QSaveFile writes beside the target, syncs it to disk and renames it over the target.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file);
    if (file.write(content) != content.size() || !file.commit())
        return failure(file);
    OwnerOnly::restrict(path);
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}

const Keyring::Account* Keyring::account(const QString& userName) const {
    for (const Account& account : m_accounts) {
        if (account.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

Result<Keyring::Unlocked> Keyring::unlock(const QString& userName,
                                          const QString& passphrase) const {
    return unlock(userName, PassphraseKeys(passphrase));
}

Result<Keyring::Unlocked> Keyring::unlock(const QString& userName,
                                          const PassphraseKeys& passphrase) const {
    const Error wrong =
        makeError(ErrorCode::WrongPassphrase, tr("The user name or passphrase is not correct."),
                  QStringLiteral("passphrase"));
    // An unknown name answers sooner than a wrong passphrase; that tells nothing, since the user
    // names are readable in the keyring file itself. The message is what must not differ.
    const Account* found = account(userName);
    if (!found)
        return wrong;
    if (found->disabled)
        return makeError(ErrorCode::NotPermitted,
                         tr("This account has been disabled. Ask the integrity adviser."));
    const QList<Compartment> compartments = Roles::compartments(found->role);
    if (found->wrappedKeys.size() != compartments.size())
        return damaged();
    // Refused parameters (below the minimum cost) also mean an edited entry.
    const auto kek = passphrase.keyFor(found->kdf);
    if (!kek)
        return damaged();
    const QString role = Roles::code(found->role);
    const auto secrets =
        unwrapKey(*kek, found->wrappedIdentity,
                  identityContext(m_storeId, found->userName, role, found->identity));
    if (!secrets)
        return wrong;
    auto identity = Identity::fromSecrets(*secrets, found->identity);
    if (!identity)
        return damaged();
    Unlocked unlocked{{}, std::move(*identity)};
    for (const Compartment c : compartments) {
        const auto sealed = found->wrappedKeys.constFind(Compartments::code(c));
        if (sealed == found->wrappedKeys.cend())
            return damaged();
        // The passphrase was right, so a key that does not open was edited or moved.
        auto key = unlocked.identity.open(*sealed, keyContext(m_storeId, found->userName, role, c));
        if (!key)
            return damaged();
        unlocked.keys.set(c, std::move(*key));
    }
    return unlocked;
}

Result<Keyring::Unlocked> Keyring::unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const {
    if (m_recoveryWrappedKeys.size() != Compartments::all().size())
        return damaged();
    Unlocked unlocked{{}, Identity::fromSeed(recoveryKey.keyEncryptionKey())};
    if (!(unlocked.identity.publicKeys() == m_recoveryIdentity))
        return makeError(ErrorCode::WrongPassphrase,
                         tr("This recovery key does not belong to this store."),
                         QStringLiteral("recoveryKey"));
    for (const Compartment c : Compartments::all()) {
        const auto sealed = m_recoveryWrappedKeys.constFind(Compartments::code(c));
        if (sealed == m_recoveryWrappedKeys.cend())
            return damaged();
        auto key =
            unlocked.identity.open(*sealed, keyContext(m_storeId, recoveryName, recoveryName, c));
        if (!key)
            return damaged();
        unlocked.keys.set(c, std::move(*key));
    }
    return unlocked;
}

Result<void> Keyring::setAccount(const QString& userName, Role role,
                                 const PassphraseKeys& passphrase, const CompartmentKeys& keys,
                                 const Identity* keep) {
    for (const Compartment c : Roles::compartments(role)) {
        if (!keys.has(c))
            return makeError(ErrorCode::NotPermitted,
                             tr("You do not hold the keys this role needs; give the recovery key."),
                             QStringLiteral("recoveryKey"));
    }
    Account account;
    account.userName = userName;
    account.role = role;
    auto fresh = passphrase.freshKey();
    if (!fresh)
        return makeError(ErrorCode::Internal,
                         tr("There is not enough memory to protect the passphrase."));
    account.kdf = fresh->params;
    const SecureBytes& kek = fresh->key;
    const Identity identity = keep ? keep->copy() : Identity::generate();
    account.identity = identity.publicKeys();
    account.wrappedIdentity =
        wrapKey(kek, identity.secrets(),
                identityContext(m_storeId, userName, Roles::code(role), account.identity));
    for (const Compartment c : Roles::compartments(role)) {
        account.wrappedKeys.insert(
            Compartments::code(c),
            Identity::seal(account.identity.box, keys.key(c),
                           keyContext(m_storeId, userName, Roles::code(role), c)));
    }
    for (Account& existing : m_accounts) {
        if (existing.userName.compare(userName, Qt::CaseInsensitive) == 0) {
            existing = account;
            return {};
        }
    }
    m_accounts.append(account);
    return {};
}

Result<void> Keyring::grantKey(const QString& userName, Compartment compartment,
                               const SecureBytes& key) {
    for (Account& account : m_accounts) {
        if (account.userName.compare(userName, Qt::CaseInsensitive) != 0)
            continue;
        if (account.disabled || !Roles::compartments(account.role).contains(compartment))
            return makeError(ErrorCode::NotPermitted,
                             tr("The account %1 may not hold this key.").arg(userName));
        account.wrappedKeys.insert(
            Compartments::code(compartment),
            Identity::seal(
                account.identity.box, key,
                keyContext(m_storeId, account.userName, Roles::code(account.role), compartment)));
        return {};
    }
    return makeError(ErrorCode::NotFound,
                     tr("There is no account named %1 in this store.").arg(userName));
}

void Keyring::disableAccount(const QString& userName) {
    for (Account& account : m_accounts) {
        if (account.userName.compare(userName, Qt::CaseInsensitive) == 0) {
            account.disabled = true;
            account.wrappedKeys.clear();
            account.identity = {};
            account.wrappedIdentity.clear();
        }
    }
}

void Keyring::setRecoveryKey(const RecoveryKey& recoveryKey, const CompartmentKeys& keys) {
    m_recoveryIdentity = Identity::fromSeed(recoveryKey.keyEncryptionKey()).publicKeys();
    m_recoveryWrappedKeys.clear();
    for (const Compartment c : Compartments::all()) {
        Q_ASSERT_X(keys.has(c), "Keyring::setRecoveryKey", "needs every compartment's key");
        if (keys.has(c))
            grantRecoveryKey(c, keys.key(c));
    }
}

void Keyring::grantRecoveryKey(Compartment compartment, const SecureBytes& key) {
    m_recoveryWrappedKeys.insert(
        Compartments::code(compartment),
        Identity::seal(m_recoveryIdentity.box, key,
                       keyContext(m_storeId, recoveryName, recoveryName, compartment)));
}

} // namespace infopunt
