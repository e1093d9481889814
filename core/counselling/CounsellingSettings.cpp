#include "counselling/CounsellingSettings.h"

#include "counselling/CounsellingWrite.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"

#include <QJsonObject>

namespace infopunt {

namespace {
const QString thresholdKey = QStringLiteral("figures_threshold");
const QString retentionKey = QStringLiteral("retention_months");
} // namespace

Result<int> CounsellingSettings::read(const QString& key, int fallback) const {
    if (!m_store.holds(Compartment::Counselling))
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor reads the counselling settings."));
    auto value = sql::execute(m_store.database(Compartment::Counselling),
                              QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key},
                              tr("reading the counselling settings"));
    if (!value)
        return value.error();
    return value.value().next() ? value.value().value(0).toInt() : fallback;
}

Result<void> CounsellingSettings::write(const QString& key, int value, const QString& summaryCode,
                                        const QString& param) {
    CounsellingWrite write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun;
    if (auto saved = sql::run(write.database(),
                              QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                             "(?, ?)"),
                              {key, QString::number(value)}, tr("saving the counselling settings"));
        !saved)
        return saved;
    write.audit(QStringLiteral("counselling.settings"), QStringLiteral("setting"), key,
                {summaryCode, QJsonObject{{param, value}}});
    return write.commit();
}

Result<int> CounsellingSettings::threshold() const {
    return read(thresholdKey, defaultThreshold);
}

Result<void> CounsellingSettings::setThreshold(int threshold) {
    if (threshold < minThreshold || threshold > maxThreshold)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The threshold must lie between %1 and %2.").arg(minThreshold).arg(maxThreshold),
            QStringLiteral("threshold"));
    return write(thresholdKey, threshold, QStringLiteral("counselling.threshold"),
                 QStringLiteral("threshold"));
}

Result<int> CounsellingSettings::retentionMonths() const {
    return read(retentionKey, defaultRetentionMonths);
}

Result<void> CounsellingSettings::setRetentionMonths(int months) {
    if (months < 0 || months > maxRetentionMonths)
        return makeError(
            ErrorCode::InvalidInput,
            tr("The retention period must lie between 0 and %1 months.").arg(maxRetentionMonths),
            QStringLiteral("retentionMonths"));
    return write(retentionKey, months, QStringLiteral("counselling.retention"),
                 QStringLiteral("months"));
}

} // namespace infopunt
