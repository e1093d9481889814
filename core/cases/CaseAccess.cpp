#include "cases/CaseAccess.h"

#include "storage/SqlCipher.h"
#include "storage/Store.h"

#include <QVariant>

namespace infopunt {

bool CaseAccess::seesCases() const {
    return m_store.user().role != Role::ConfidentialCounsellor;
}

bool CaseAccess::isAdviser() const {
    return m_store.user().role == Role::Adviser;
}

Result<void> CaseAccess::requireVisible(qint64 caseId) const {
    if (!seesCases())
        return notFound();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = :case AND ") +
                  visibilityCondition());
    query.bindValue(QStringLiteral(":case"), caseId);
    bindVisibility(query);
    if (!query.exec())
        return SqlCipher::toError(query.lastError(), tr("opening the case"));
    if (!query.next())
        return notFound();
    return {};
}

Result<void> CaseAccess::requireAdviser(qint64 caseId) const {
    if (auto visible = requireVisible(caseId); !visible)
        return visible;
    if (!isAdviser())
        return notPermitted();
    return {};
}

QSqlDatabase CaseAccess::database() const {
    return m_store.database();
}

Error CaseAccess::notFound() {
    return makeError(ErrorCode::NotFound,
                     tr("This case does not exist or you have no access to it."));
}

QString CaseAccess::visibilityCondition() const {
    switch (m_store.user().role) {
    case Role::Adviser:
        return QStringLiteral("(1 = 1)");
    case Role::WorkingGroupMember:
        return QStringLiteral("(cases.id IN (SELECT case_id FROM case_assignments "
                              "WHERE user_name = :visibility_user))");
    case Role::ConfidentialCounsellor:
        break;
    }
    return QStringLiteral("(1 = 0)");
}

void CaseAccess::bindVisibility(QSqlQuery& query) const {
    if (m_store.user().role == Role::WorkingGroupMember)
        query.bindValue(QStringLiteral(":visibility_user"), m_store.user().userName);
}

Error CaseAccess::notPermitted() const {
    return makeError(ErrorCode::NotPermitted,
                     tr("Only an integrity adviser may do this. Your role is %1.")
                         .arg(Roles::displayName(m_store.user().role)));
}

} // namespace infopunt
