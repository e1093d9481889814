#include "risks/RiskMatrix.h"

#include "risks/LoopCodes.h"
#include "storage/SqlQueries.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace infopunt {

namespace {

// The standard scale words, lowest first (source texts in the infopunt::RiskMatrices context);
// a matrix of a given size takes the ones wordsOfSize() picks. Five is the policy's own scale.
constexpr const char* likelihoodWords[] = {
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "extremely small"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "very small"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "small"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "medium"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "large"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "very large"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "extremely large"),
};
constexpr const char* impactWords[] = {
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "negligible"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "very minor"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "minor"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "moderate"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "major"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "very major"),
    QT_TRANSLATE_NOOP("infopunt::RiskMatrices", "catastrophic"),
};

QList<int> wordsOfSize(int size) {
    switch (size) {
    case 3:
        return {2, 3, 4};
    case 4:
        return {1, 2, 4, 5};
    case 6:
        return {0, 1, 2, 4, 5, 6};
    case 7:
        return {0, 1, 2, 3, 4, 5, 6};
    default:
        return {1, 2, 3, 4, 5};
    }
}

QString standardLabel(const char* const* words, int size, int step) {
    const QList<int> picks = wordsOfSize(size);
    return step >= 1 && step <= picks.size() ? RiskMatrices::tr(words[picks.at(step - 1)])
                                             : QString();
}

QString labelOf(const QStringList& labels, const char* const* words, int size, int step) {
    if (labels.size() == size && step >= 1 && step <= size)
        return labels.at(step - 1);
    return standardLabel(words, size, step);
}

QString toJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QStringList stringsOf(const QString& json) {
    QStringList strings;
    for (const QJsonValue& v : arrayOf(json))
        strings.append(v.toString());
    return strings;
}

const QString selectMatrices = QStringLiteral("SELECT id, size, likelihood_labels, impact_labels, "
                                              "levels, set_at, set_by FROM risk_matrices ");

RiskMatrix matrixFrom(const QSqlQuery& q) {
    RiskMatrix m;
    m.id = q.value(0).toLongLong();
    m.size = q.value(1).toInt();
    m.likelihoodLabels = stringsOf(q.value(2).toString());
    m.impactLabels = stringsOf(q.value(3).toString());
    for (const QJsonValue& row : arrayOf(q.value(4).toString())) {
        QList<int> levels;
        for (const QJsonValue& cell : row.toArray())
            levels.append(cell.toInt());
        m.levels.append(levels);
    }
    m.setAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    m.setBy = q.value(6).toString();
    return m;
}

} // namespace

RiskMatrix RiskMatrix::standard(int size) {
    RiskMatrix m;
    m.size = size;
    m.levels = standardLevels(size);
    return m;
}

// By the cell's share of the highest score: up to 12 % low, 24 % medium, 48 % high, above that
// very high. On 5×5 these are the usual bands 1–3, 4–6, 8–12 and 15–25.
QList<QList<int>> RiskMatrix::standardLevels(int size) {
    QList<QList<int>> grid;
    const double top = double(size) * size;
    for (int likelihood = 1; likelihood <= size; ++likelihood) {
        QList<int> row;
        for (int impact = 1; impact <= size; ++impact) {
            const double share = likelihood * impact / top;
            row.append(share <= 0.12 ? 0 : share <= 0.24 ? 1 : share <= 0.48 ? 2 : 3);
        }
        grid.append(row);
    }
    return grid;
}

bool RiskMatrix::contains(int likelihood, int impact) const {
    return likelihood >= 1 && likelihood <= size && impact >= 1 && impact <= size;
}

int RiskMatrix::levelIndex(int likelihood, int impact) const {
    if (!contains(likelihood, impact) || levels.size() != size ||
        levels.at(likelihood - 1).size() != size)
        return -1;
    return levels.at(likelihood - 1).at(impact - 1);
}

QString RiskMatrix::level(int likelihood, int impact) const {
    const int index = levelIndex(likelihood, impact);
    const QStringList codes = LoopCodes::codeList(LoopCodes::List::RiskLevel);
    return index >= 0 && index < codes.size() ? codes.at(index) : QString();
}

QString RiskMatrix::likelihoodLabel(int likelihood) const {
    return labelOf(likelihoodLabels, likelihoodWords, size, likelihood);
}

QString RiskMatrix::impactLabel(int impact) const {
    return labelOf(impactLabels, impactWords, size, impact);
}

FieldErrors RiskMatrix::validate() const {
    FieldErrors errors;
    if (size < minSize || size > maxSize) {
        errors.append(
            {QStringLiteral("size"),
             RiskMatrices::tr("A risk matrix has 3 to 7 steps of likelihood and impact.")});
        return errors;
    }
    const auto checkLabels = [&](const QStringList& labels, const QString& field) {
        if (labels.isEmpty())
            return; // the standard ones
        bool complete = labels.size() == size;
        for (const QString& label : labels)
            complete = complete && !label.trimmed().isEmpty() && label.size() <= 40;
        if (!complete)
            errors.append(
                {field, RiskMatrices::tr("Give every step a name of at most 40 characters.")});
    };
    checkLabels(likelihoodLabels, QStringLiteral("likelihood_labels"));
    checkLabels(impactLabels, QStringLiteral("impact_labels"));
    const int top = int(LoopCodes::codeList(LoopCodes::List::RiskLevel).size()) - 1;
    bool complete = levels.size() == size;
    bool ordered = true;
    for (int l = 0; complete && l < size; ++l) {
        complete = levels.at(l).size() == size;
        for (int i = 0; complete && i < size; ++i) {
            const int cell = levels.at(l).at(i);
            complete = cell >= 0 && cell <= top;
            // A higher likelihood or impact never lowers the level.
            if (complete && ((l > 0 && levels.at(l - 1).at(i) > cell) ||
                             (i > 0 && levels.at(l).at(i - 1) > cell)))
                ordered = false;
        }
    }
    if (!complete)
        errors.append({QStringLiteral("levels"),
                       RiskMatrices::tr("Give every cell of the matrix a risk level.")});
    else if (!ordered)
        errors.append({QStringLiteral("levels"),
                       RiskMatrices::tr("A cell with a higher likelihood or impact cannot have a "
                                        "lower risk level than the cell before it.")});
    return errors;
}

Result<RiskMatrix> RiskMatrices::current() const {
    auto newest = sql::execute(m_store.database(),
                               selectMatrices + QStringLiteral("ORDER BY id DESC LIMIT 1"), {},
                               tr("reading the risk matrix"));
    if (!newest)
        return newest.error();
    return newest.value().next() ? matrixFrom(newest.value()) : RiskMatrix::standard();
}

Result<RiskMatrix> RiskMatrices::byId(qint64 id) const {
    if (id == 0)
        return RiskMatrix::standard();
    return sql::firstRow(
        sql::execute(m_store.database(), selectMatrices + QStringLiteral("WHERE id = ?"), {id},
                     tr("reading the risk matrix")),
        matrixFrom, makeError(ErrorCode::NotFound, tr("The risk matrix no longer exists.")));
}

Result<QList<RiskMatrix>> RiskMatrices::all() const {
    return sql::rows(sql::execute(m_store.database(),
                                  selectMatrices + QStringLiteral("ORDER BY id"), {},
                                  tr("reading the risk matrix")),
                     matrixFrom);
}

Result<int> RiskMatrices::risksOnOlderMatrices() const {
    auto now = current();
    if (!now)
        return now.error();
    auto counted = sql::firstRow(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT count(*) FROM risk_assessments a WHERE a.id = (SELECT "
                                    "max(b.id) FROM risk_assessments b WHERE b.risk_id = "
                                    "a.risk_id) AND a.matrix_id <> ?"),
                     {now.value().id}, tr("reading the risk register")),
        [](const QSqlQuery& q) { return q.value(0).toInt(); }, Error{});
    return counted;
}

Result<qint64> RiskMatrices::set(const RiskMatrix& matrix, bool confirmed) {
    if (m_store.user().role != Role::Adviser)
        return makeError(ErrorCode::NotPermitted,
                         tr("Only an integrity adviser sets the risk matrix."));
    if (auto valid = checkFields(matrix.validate()); !valid)
        return valid.error();
    WriteTransaction write(m_store);
    if (auto begun = write.begin(); !begun)
        return begun.error();
    auto assessed = sql::firstRow(
        sql::execute(m_store.database(),
                     QStringLiteral("SELECT count(DISTINCT risk_id) FROM risk_assessments"), {},
                     tr("reading the risk register")),
        [](const QSqlQuery& q) { return q.value(0).toInt(); }, Error{});
    if (!assessed)
        return assessed.error();
    if (assessed.value() > 0 && !confirmed)
        return makeError(ErrorCode::InvalidInput,
                         tr("%n risk(s) have been assessed on the current matrix. They keep "
                            "their scores on it; on the heatmap they appear again once they are "
                            "assessed on the new matrix.",
                            nullptr, assessed.value()),
                         QStringLiteral("size"));
    auto inserted = insert(write, matrix);
    if (!inserted)
        return inserted;
    if (auto committed = write.commit(); !committed)
        return committed.error();
    return inserted;
}

Result<qint64> RiskMatrices::storedCurrent(WriteTransaction& write) {
    auto now = current();
    if (!now)
        return now.error();
    if (now.value().id != 0)
        return now.value().id;
    return insert(write, RiskMatrix::standard());
}

Result<qint64> RiskMatrices::insert(WriteTransaction& write, const RiskMatrix& matrix) {
    QJsonArray levels;
    for (const QList<int>& row : matrix.levels) {
        QJsonArray cells;
        for (const int cell : row)
            cells.append(cell);
        levels.append(cells);
    }
    auto inserted = sql::execute(
        m_store.database(),
        QStringLiteral("INSERT INTO risk_matrices (size, likelihood_labels, impact_labels, "
                       "levels, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)"),
        {matrix.size, toJson(QJsonArray::fromStringList(matrix.likelihoodLabels)),
         toJson(QJsonArray::fromStringList(matrix.impactLabels)), toJson(levels),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_store.user().userName},
        tr("saving the risk matrix"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    write.audit(QStringLiteral("risk.matrix"), QStringLiteral("risk_matrix"), QString::number(id),
                {QStringLiteral("risk.matrix"), {{QStringLiteral("size"), matrix.size}}});
    return id;
}

} // namespace infopunt
