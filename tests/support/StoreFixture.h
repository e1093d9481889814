#pragma once

#include "TempFolder.h"
#include "storage/Store.h"

#include <QString>
#include <memory>
#include <stdexcept>

namespace infopunt::test {

inline const QString adviserName = QStringLiteral("adviseur");
inline const QString adviserPassphrase = QStringLiteral("Zonnebloem-Kade-4821");

// A fresh store in a temporary folder, created by its first Adviser.
struct StoreFixture {
    TempFolder temp;
    QString folder = temp.file(QStringLiteral("store"));
    QString recoveryKey;
    std::unique_ptr<Store> store;

    explicit StoreFixture(int schemaVersion = -1) {
        auto created =
            Store::create(folder, {adviserName, QStringLiteral("Anna de Vries"), adviserPassphrase},
                          schemaVersion);
        if (!created)
            throw std::runtime_error(created.error().message.toStdString());
        recoveryKey = created.value().recoveryKeyText;
        store = std::move(created.value().store);
    }

    std::unique_ptr<Store> unlock(const QString& user = adviserName,
                                  const QString& passphrase = adviserPassphrase) const {
        auto opened = Store::unlock(folder, user, passphrase);
        return opened ? std::move(opened.value()) : nullptr;
    }
};

} // namespace infopunt::test
