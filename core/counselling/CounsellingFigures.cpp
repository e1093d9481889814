#include "counselling/CounsellingFigures.h"

#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>

namespace infopunt {

namespace {
const QString selectSets =
    QStringLiteral("SELECT id, counsellor, published_at, reason, replaced_by, figures FROM "
                   "counselling_figures ");
} // namespace

YearlyFigures CounsellingFigures::preview(const QList<Contact>& contacts, int year,
                                          int threshold) const {
    return YearlyFigures::count(contacts, m_store.user().userName, year, threshold);
}

Result<qint64> CounsellingFigures::publish(const YearlyFigures& figures) {
    return save(figures, {}, false);
}

Result<qint64> CounsellingFigures::replace(const YearlyFigures& figures, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Say why the published figures are replaced; the reason is kept "
                            "with them."),
                         QStringLiteral("reason"));
    return save(figures, reason.trimmed(), true);
}

Result<qint64> CounsellingFigures::save(const YearlyFigures& figures, const QString& reason,
                                        bool replacing) {
    if (m_store.user().role != Role::ConfidentialCounsellor)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only a confidential counsellor publishes counselling figures."));
    if (figures.year < 2000 || figures.year > QDate::currentDate().year())
        return makeError(ErrorCode::InvalidInput,
                         tr("Figures can be published for a past or the current year only."),
                         QStringLiteral("year"));
    if (replacing) {
        auto destroyed = sql::execute(m_store.database(Compartment::Counselling),
                                      QStringLiteral("SELECT 1 FROM destroyed_contacts WHERE "
                                                     "owner = ? AND year = ? LIMIT 1"),
                                      {m_store.user().userName, figures.year},
                                      tr("reading the counselling register"));
        if (!destroyed)
            return destroyed.error();
        if (destroyed.value().next())
            return makeError(ErrorCode::InvalidInput,
                             tr("Contacts counted in your figures for %1 have been destroyed "
                                "since, so the figures can no longer be counted again; the "
                                "published set stands.")
                                 .arg(figures.year),
                             QStringLiteral("year"));
    }
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    QSqlDatabase db = m_store.database();
    const QString counsellor = m_store.user().userName;
    auto existing = sql::execute(db,
                                 QStringLiteral("SELECT id FROM counselling_figures WHERE year = ? "
                                                "AND counsellor = ? AND replaced_by IS NULL"),
                                 {figures.year, counsellor}, tr("reading the published figures"));
    if (!existing)
        return existing.error();
    const qint64 previous = existing.value().next() ? existing.value().value(0).toLongLong() : 0;
    if (previous && !replacing)
        return makeError(ErrorCode::InvalidInput,
                         tr("Your figures for %1 are already published. Replace them, with a "
                            "reason, to change them.")
                             .arg(figures.year),
                         QStringLiteral("year"));
    if (!previous && replacing)
        return makeError(
            ErrorCode::NotFound,
            tr("No figures for %1 were published yet: publish them.").arg(figures.year),
            QStringLiteral("year"));
    auto inserted = sql::execute(
        db,
        QStringLiteral("INSERT INTO counselling_figures (year, counsellor, published_at, "
                       "threshold, figures, reason) VALUES (?, ?, ?, ?, ?, ?)"),
        {figures.year, counsellor, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
         figures.threshold,
         QString::fromUtf8(QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact)),
         reason.isNull() ? QStringLiteral("") : reason}, // a null QString would bind as NULL
        tr("publishing the figures"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    if (previous) {
        if (auto marked = sql::run(db,
                                   QStringLiteral("UPDATE counselling_figures SET replaced_by = ? "
                                                  "WHERE id = ?"),
                                   {id, previous}, tr("publishing the figures"));
            !marked)
            return marked.error();
    }
    write.audit(replacing ? QStringLiteral("counselling.replace_figures")
                          : QStringLiteral("counselling.publish_figures"),
                QStringLiteral("counselling_figures"), QString::number(id),
                {replacing ? QStringLiteral("counselling.replace_figures")
                           : QStringLiteral("counselling.publish_figures"),
                 {{QStringLiteral("year"), figures.year}}});
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<CounsellingFigures::Published>>
CounsellingFigures::read(const QString& where, const QVariantList& values) const {
    auto sets = sql::rows(sql::execute(m_store.database(), selectSets + where, values,
                                       tr("reading the published figures")),
                          [](const QSqlQuery& q) {
                              Published set;
                              set.id = q.value(0).toLongLong();
                              set.counsellor = q.value(1).toString();
                              set.publishedAt =
                                  QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
                              set.reason = q.value(3).toString();
                              set.replacedBy = q.value(4).toLongLong();
                              const auto figures = YearlyFigures::fromJson(
                                  QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
                              if (figures)
                                  set.figures = *figures;
                              return std::make_pair(set, figures.has_value());
                          });
    if (!sets)
        return sets.error();
    QList<Published> list;
    for (const auto& [set, readable] : sets.value()) {
        if (!readable)
            return makeError(ErrorCode::Damaged,
                             tr("A published set of counselling figures cannot be read."));
        list.append(set);
    }
    return list;
}

Result<QList<CounsellingFigures::Published>> CounsellingFigures::current(int year) const {
    return read(QStringLiteral("WHERE year = ? AND replaced_by IS NULL ORDER BY counsellor"),
                {year});
}

Result<QList<CounsellingFigures::Published>>
CounsellingFigures::history(const QString& counsellor) const {
    return read(QStringLiteral("WHERE counsellor = ? ORDER BY year DESC, id DESC"), {counsellor});
}

} // namespace infopunt
