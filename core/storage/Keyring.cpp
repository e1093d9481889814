#include "storage/Keyring.h"

#include "crypto/KeyWrap.h"
#include "storage/OwnerOnly.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

namespace infopunt {

namespace {

constexpr int formatVersion = 1;
const QString recoveryName = QStringLiteral("recovery");

QByteArray associatedData(const QString& storeId, const QString& user, const QString& role,
                          Compartment compartment) {
    return QStringLiteral("infopunt-key-v1|%1|%2|%3|%4")
        .arg(storeId, user.toLower(), role, Compartments::code(compartment))
        .toUtf8();
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
    if (!value.isString())
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
    if (account.userName.isEmpty() || !role ||
        kdf.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id13") || !salt ||
        !ops || !mem || !wrapped)
        return std::nullopt;
    account.role = *role;
    account.disabled = object.value(QStringLiteral("disabled")).toBool();
    account.kdf.salt = *salt;
    account.kdf.opsLimit = static_cast<unsigned long long>(*ops);
    account.kdf.memLimit = static_cast<std::size_t>(*mem);
    account.wrappedKeys = *wrapped;
    return account;
}

Error damaged() {
    return makeError(
        ErrorCode::Damaged,
        Keyring::tr("The store's keyring is damaged or has been edited, so no key can be "
                    "read from it. Restore keyring.json from a backup (keyring.json.bak "
                    "holds the version before the last change)."));
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged();
    const QJsonObject root = document.object();
    const int format = root.value(QStringLiteral("format")).toInt();
    if (format > formatVersion)
        return makeError(ErrorCode::NewerSchema,
                         tr("This store was made by a newer version of Infopunt. Install the newer "
                            "version to open it."));
    if (format != formatVersion || root.value(QStringLiteral("storeId")).toString().isEmpty())
        return damaged();

    Keyring keyring;
    keyring.m_storeId = root.value(QStringLiteral("storeId")).toString();
    const QJsonValue accounts = root.value(QStringLiteral("accounts"));
    if (!accounts.isArray())
        return damaged();
    for (const QJsonValue& value : accounts.toArray()) {
        auto account = accountFromJson(value);
        if (!account || keyring.account(account->userName))
            return damaged();
        keyring.m_accounts.append(*account);
    }
    auto recovery = wrappedFromJson(
        root.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("keys")));
    if (!recovery)
        return damaged();
    keyring.m_recoveryWrappedKeys = *recovery;
    return keyring;
}

Result<void> Keyring::save(const QString& path) const {
    QJsonArray accounts;
    for (const Account& account : m_accounts) {
        accounts.append(QJsonObject{
            {QStringLiteral("user"), account.userName},
            {QStringLiteral("role"), Roles::code(account.role)},
            {QStringLiteral("disabled"), account.disabled},
            {QStringLiteral("kdf"),
             QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                         {QStringLiteral("salt"), QString::fromLatin1(account.kdf.salt.toBase64())},
                         {QStringLiteral("ops"), static_cast<double>(account.kdf.opsLimit)},
                         {QStringLiteral("mem"), static_cast<double>(account.kdf.memLimit)}}},
            {QStringLiteral("keys"), wrappedToJson(account.wrappedKeys)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("storeId"), m_storeId},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("recovery"),
         QJsonObject{{QStringLiteral("keys"), wrappedToJson(m_recoveryWrappedKeys)}}},
    };

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

    // Keep the version before this change beside it, so one bad save cannot lose every key.
    if (QFile::exists(path)) {
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly))
            return failure(current);
        const QByteArray previous = current.readAll();
        QSaveFile backup(path + QStringLiteral(".bak"));
        if (!backup.open(QIODevice::WriteOnly) || backup.write(previous) != previous.size() ||
            !backup.commit())
            return failure(backup);
        OwnerOnly::restrict(backup.fileName());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit())
        return failure(file);
    OwnerOnly::restrict(path);
    return {};
}

const Keyring::Account* Keyring::account(const QString& userName) const {
    for (const Account& account : m_accounts) {
        if (account.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

Result<CompartmentKeys> Keyring::unlock(const QString& userName, const QString& passphrase) const {
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
    const auto kek = deriveKeyFromPassphrase(passphrase, found->kdf);
    if (!kek)
        return damaged();
    CompartmentKeys keys;
    for (const Compartment c : compartments) {
        const auto wrapped = found->wrappedKeys.constFind(Compartments::code(c));
        if (wrapped == found->wrappedKeys.cend())
            return damaged();
        auto key =
            unwrapKey(*kek, *wrapped,
                      associatedData(m_storeId, found->userName, Roles::code(found->role), c));
        if (!key)
            return wrong;
        keys.set(c, std::move(*key));
    }
    return keys;
}

Result<CompartmentKeys> Keyring::unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const {
    if (m_recoveryWrappedKeys.size() != Compartments::all().size())
        return damaged();
    const SecureBytes kek = recoveryKey.keyEncryptionKey();
    CompartmentKeys keys;
    for (const Compartment c : Compartments::all()) {
        const auto wrapped = m_recoveryWrappedKeys.constFind(Compartments::code(c));
        if (wrapped == m_recoveryWrappedKeys.cend())
            return damaged();
        auto key =
            unwrapKey(kek, *wrapped, associatedData(m_storeId, recoveryName, recoveryName, c));
        if (!key)
            return makeError(ErrorCode::WrongPassphrase,
                             tr("This recovery key does not belong to this store."),
                             QStringLiteral("recoveryKey"));
        keys.set(c, std::move(*key));
    }
    return keys;
}

Result<void> Keyring::setAccount(const QString& userName, Role role, const QString& passphrase,
                                 const CompartmentKeys& keys) {
    for (const Compartment c : Roles::compartments(role)) {
        if (!keys.has(c))
            return makeError(ErrorCode::NotPermitted,
                             tr("You do not hold the keys this role needs; give the recovery key."),
                             QStringLiteral("recoveryKey"));
    }
    Account account;
    account.userName = userName;
    account.role = role;
    account.kdf = KdfParams::fresh();
    const auto kek = deriveKeyFromPassphrase(passphrase, account.kdf);
    if (!kek)
        return makeError(ErrorCode::Internal,
                         tr("There is not enough memory to protect the passphrase."));
    for (const Compartment c : Roles::compartments(role)) {
        account.wrappedKeys.insert(
            Compartments::code(c),
            wrapKey(*kek, keys.key(c), associatedData(m_storeId, userName, Roles::code(role), c)));
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

void Keyring::disableAccount(const QString& userName) {
    for (Account& account : m_accounts) {
        if (account.userName.compare(userName, Qt::CaseInsensitive) == 0) {
            account.disabled = true;
            account.wrappedKeys.clear();
        }
    }
}

void Keyring::setRecoveryKey(const RecoveryKey& recoveryKey, const CompartmentKeys& keys) {
    const SecureBytes kek = recoveryKey.keyEncryptionKey();
    m_recoveryWrappedKeys.clear();
    for (const Compartment c : Compartments::all()) {
        Q_ASSERT_X(keys.has(c), "Keyring::setRecoveryKey", "needs every compartment's key");
        if (keys.has(c))
            m_recoveryWrappedKeys.insert(
                Compartments::code(c),
                wrapKey(kek, keys.key(c),
                        associatedData(m_storeId, recoveryName, recoveryName, c)));
    }
}

} // namespace infopunt
