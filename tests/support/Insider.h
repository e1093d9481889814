#pragma once

// What an insider can do with an account, its passphrase and a copy of every file of the store,
// written the way such a person would: keyring.json read as JSON, the keys opened with libsodium
// directly (not through Infopunt's own classes) and the compartments opened with the `sqlcipher`
// shell. Attack tests use it to prove what the keys allow, whatever the program would allow.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <sodium.h>

namespace infopunt::test {

class Insider {
public:
    // The raw compartment keys (hex) the account's keyring entry gives; empty if the passphrase
    // does not open it.
    static QMap<QString, QByteArray> keys(const QString& folder, const QString& user,
                                          const QString& passphrase) {
        QFile file(folder + QStringLiteral("/keyring.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QString storeId = root.value(QStringLiteral("storeId")).toString();
        for (const QJsonValue& value : root.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject account = value.toObject();
            if (account.value(QStringLiteral("user")).toString().compare(user, Qt::CaseInsensitive))
                continue;
            return open(storeId, account, passphrase);
        }
        return {};
    }

    // Runs `sql` in the sqlcipher shell on `file` keyed with the raw `hexKey`; the output, or
    // the shell's error text prefixed with "error:".
    static QString shell(const QString& file, const QByteArray& hexKey, const QString& sql) {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("sqlcipher")),
                      {QStringLiteral("-batch"), file});
        const QByteArray script = "PRAGMA key = \"x'" + hexKey + "'\";\n" + sql.toUtf8() + "\n";
        process.write(script);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
        const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return errors.isEmpty() ? output : QStringLiteral("error: ") + errors;
    }

private:
    static QByteArray bytes(const QJsonValue& value) {
        return QByteArray::fromBase64(value.toString().toLatin1());
    }
    static const unsigned char* data(const QByteArray& array) {
        return reinterpret_cast<const unsigned char*>(array.constData());
    }

    static QMap<QString, QByteArray> open(const QString& storeId, const QJsonObject& account,
                                          const QString& passphrase) {
        const QString user = account.value(QStringLiteral("user")).toString().toLower();
        const QString role = account.value(QStringLiteral("role")).toString();
        const QJsonObject kdf = account.value(QStringLiteral("kdf")).toObject();
        const QByteArray salt = bytes(kdf.value(QStringLiteral("salt")));
        const QByteArray pass = passphrase.toUtf8();
        unsigned char kek[32];
        if (crypto_pwhash(
                kek, sizeof kek, pass.constData(), pass.size(), data(salt),
                static_cast<unsigned long long>(kdf.value(QStringLiteral("ops")).toDouble()),
                static_cast<size_t>(kdf.value(QStringLiteral("mem")).toDouble()),
                crypto_pwhash_ALG_ARGON2ID13) != 0)
            return {};
        const QJsonObject identity = account.value(QStringLiteral("identity")).toObject();
        const QByteArray boxPublic = bytes(identity.value(QStringLiteral("box")));
        const QByteArray context =
            QStringLiteral("infopunt-identity-v2|%1|%2|%3|%4|%5")
                .arg(storeId, user, role, identity.value(QStringLiteral("box")).toString(),
                     identity.value(QStringLiteral("sign")).toString())
                .toUtf8();
        const QByteArray wrapped = bytes(account.value(QStringLiteral("secrets")));
        const int nonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
        if (wrapped.size() <= nonce + int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
            return {}; // a disabled account's entry keeps no secrets
        QByteArray secrets(wrapped.size() - nonce - crypto_aead_xchacha20poly1305_ietf_ABYTES, 0);
        unsigned long long length = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                reinterpret_cast<unsigned char*>(secrets.data()), &length, nullptr,
                data(wrapped) + nonce, wrapped.size() - nonce, data(context), context.size(),
                data(wrapped), kek) != 0)
            return {};
        QMap<QString, QByteArray> keys;
        const QJsonObject sealed = account.value(QStringLiteral("keys")).toObject();
        for (auto it = sealed.begin(); it != sealed.end(); ++it) {
            const QByteArray box = bytes(it.value());
            QByteArray message(box.size() - crypto_box_SEALBYTES, 0);
            if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(message.data()), data(box),
                                     box.size(), data(boxPublic), data(secrets)) != 0)
                continue;
            keys.insert(it.key(), message.mid(32).toHex()); // after the context digest
        }
        return keys;
    }
};

} // namespace infopunt::test
