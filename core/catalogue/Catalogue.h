#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace infopunt {

class Store;

// The integrity system's themes and building blocks (bijlage 1 of the policy note). Shipped as
// data (resources/catalogue/building_blocks.json), seeded into every new store; the Adviser
// can add, rename, retire and restore blocks. Retired blocks stay on the records that use them.
struct Theme {
    qint64 id = 0;
    int number = 0;
    QString name;
};

struct BuildingBlock {
    qint64 id = 0;
    qint64 themeId = 0;
    int themeNumber = 0;
    QString letter; // "a", "b", ...
    QString name;
    bool retired = false;
    qint64 rowVersion = 0;

    QString code() const { return QString::number(themeNumber) + letter; } // "3c"
    QString title() const { return code() + QLatin1Char(' ') + name; }  // "3c Name"
};

class Catalogue {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Catalogue)
public:
    explicit Catalogue(Store& store)
        : m_store(store) {}

    Result<QList<Theme>> themes() const;
    Result<QList<BuildingBlock>> blocks(bool includeRetired = true) const;

    static FieldErrors validateName(const QString& name); // "name", for the form as well
    // Whether a record may link `blockIds`: each must exist, and one not in `alreadyLinked` must
    // not be retired (a link made before the block was retired stays). The problem at `field`.
    Result<void> checkLinkable(const QList<qint64>& blockIds, const QList<qint64>& alreadyLinked,
                               const QString& field) const;
    Result<BuildingBlock> addBlock(qint64 themeId, const QString& name);
    Result<void> rename(qint64 blockId, qint64 expectedRowVersion, const QString& newName);
    Result<void> retire(qint64 blockId, qint64 expectedRowVersion);
    Result<void> restore(qint64 blockId, qint64 expectedRowVersion);

private:
    Result<void> setRetired(qint64 blockId, qint64 expectedRowVersion, bool retired);
    Store& m_store;
};

} // namespace infopunt
