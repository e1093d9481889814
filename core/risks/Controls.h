#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace infopunt {

class Store;
class WriteTransaction;

// A control (beheersmaatregel): a building block of the catalogue or a custom measure, linked
// to the risks it treats, with an owner and an effectiveness judgement that audits update.
struct Control {
    qint64 id = 0;
    QString title; // for a building block: its name unless the adviser gave another
    QString description;
    qint64 blockId = 0; // 0: a custom control
    QString owner;
    QString effectiveness = QStringLiteral("not_tested"); // LoopCodes::Effectiveness
    QList<qint64> riskIds;
    qint64 rowVersion = 0;
};

// One judgement of a control's effectiveness, by hand or from an audit finding.
struct Judgement {
    qint64 id = 0;
    qint64 controlId = 0;
    QString effectiveness;
    QDate judgedOn;
    QString judgedBy;
    QString note;
    qint64 findingId = 0;
};

class Controls {
    Q_DECLARE_TR_FUNCTIONS(infopunt::Controls)
public:
    explicit Controls(Store& store)
        : m_store(store) {}

    Result<QList<Control>> controls() const;
    Result<QList<Control>> ofRisk(qint64 riskId) const;
    // "title", "owner", "block" (retired), "effectiveness".
    FieldErrors validate(const Control& control) const;
    Result<qint64> add(const Control& control); // advisers only
    Result<void> update(const Control& control);
    // A judgement by hand; the control takes its effectiveness.
    Result<qint64> judge(Judgement judgement);
    Result<QList<Judgement>> judgements(qint64 controlId) const; // oldest first

    // Part of a begun write (an audit finding's effect). Does not commit.
    Result<qint64> judgeIn(WriteTransaction& write, Judgement judgement);

private:
    Result<QList<Control>> read(const QString& where, const QVariantList& values) const;
    Result<void> checkWriter() const;
    Result<void> saveRisks(qint64 controlId, const QList<qint64>& riskIds);
    Result<QString> titleOf(const Control& control) const;

    Store& m_store;
};

} // namespace infopunt
