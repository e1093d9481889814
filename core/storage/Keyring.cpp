#include "storage/Keyring.h"

#include "crypto/KeyWrap.h"

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

QMap<QString, QByteArray> wrappedFromJson(const QJsonObject& keys) {
    QMap<QString, QByteArray> wrapped;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        wrapped.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return wrapped;
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
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue& value : accounts) {
        const QJsonObject object = value.toObject();
        Account account;
        account.userName = object.value(QStringLiteral("user")).toString();
        const auto role = Roles::fromCode(object.value(QStringLiteral("role")).toString());
        if (account.userName.isEmpty() || !role)
            return damaged();
        account.role = *role;
        account.disabled = object.value(QStringLiteral("disabled")).toBool();
        const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id13"))
            return damaged();
        account.kdf.salt =
            QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        account.kdf.opsLimit =
            static_cast<unsigned long long>(kdf.value(QStringLiteral("ops")).toDouble());
        account.kdf.memLimit =
            static_cast<std::size_t>(kdf.value(QStringLiteral("mem")).toDouble());
        account.wrappedKeys = wrappedFromJson(object.value(QStringLiteral("keys")).toObject());
        keyring.m_accounts.append(account);
    }
    keyring.m_recoveryWrappedKeys = wrappedFromJson(
        root.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("keys")).toObject());
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

    const auto failure = [&path](const QFileDevice& device) {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() == 0)
            return makeError(ErrorCode::DiskFull,
                             tr("The disk is full: the keyring could not be saved."));
        if (device.error() == QFileDevice::OpenError ||
            device.error() == QFileDevice::PermissionsError)
            return makeError(ErrorCode::ReadOnly,
                             tr("The keyring cannot be written: the store's folder is read-only."));
        return makeError(ErrorCode::Io,
                         tr("The keyring could not be saved: %1").arg(device.errorString()));
    };

    // Keep the version before this change beside it, so one bad save cannot lose every key.
    if (QFile::exists(path)) {
        const QString backup = path + QStringLiteral(".bak");
        QSaveFile copy(backup);
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly))
            return failure(current);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(current.readAll()) < 0 || !copy.commit())
            return failure(copy);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit())
        return failure(file);
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
    const Account* found = account(userName);
    if (!found)
        return wrong;
    if (found->disabled)
        return makeError(ErrorCode::NotPermitted,
                         tr("This account has been disabled. Ask the integrity adviser."));
    const auto kek = deriveKeyFromPassphrase(passphrase, found->kdf);
    if (!kek)
        return damaged();
    CompartmentKeys keys;
    for (auto it = found->wrappedKeys.cbegin(); it != found->wrappedKeys.cend(); ++it) {
        const auto compartment = compartmentFromCode(it.key());
        if (!compartment)
            return damaged();
        auto key = unwrapKey(
            *kek, it.value(),
            associatedData(m_storeId, found->userName, Roles::code(found->role), *compartment));
        if (!key)
            return wrong;
        keys.set(*compartment, std::move(*key));
    }
    if (!keys.has(Compartment::Main))
        return wrong;
    return keys;
}

Result<CompartmentKeys> Keyring::unlockWithRecoveryKey(const RecoveryKey& recoveryKey) const {
    const SecureBytes kek = recoveryKey.keyEncryptionKey();
    CompartmentKeys keys;
    for (auto it = m_recoveryWrappedKeys.cbegin(); it != m_recoveryWrappedKeys.cend(); ++it) {
        const auto compartment = compartmentFromCode(it.key());
        auto key =
            compartment
                ? unwrapKey(kek, it.value(),
                            associatedData(m_storeId, recoveryName, recoveryName, *compartment))
                : std::nullopt;
        if (!key)
            return makeError(ErrorCode::WrongPassphrase,
                             tr("This recovery key does not belong to this store."),
                             QStringLiteral("recoveryKey"));
        keys.set(*compartment, std::move(*key));
    }
    if (!keys.has(Compartment::Main))
        return damaged();
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
        if (keys.has(c))
            m_recoveryWrappedKeys.insert(
                Compartments::code(c),
                wrapKey(kek, keys.key(c),
                        associatedData(m_storeId, recoveryName, recoveryName, c)));
    }
}

} // namespace infopunt
