// The one message handler: no record content in any log line, no debug output in release.

#include "catch.h"
#include "common/LogFilter.h"

#include <QLoggingCategory>

using namespace infopunt;

namespace {

const QString record = QStringLiteral("Reporter Jolanda Vermeulen-Kwast");

bool quotes(const QByteArray& line) {
    return line.contains(record.toUtf8());
}

} // namespace

TEST_CASE("A message from outside Infopunt never shows its text", "[log]") {
    for (const char* category : {"qt.accessibility.cache", "qt.sql", "default", "infopuntx"}) {
        for (const QtMsgType type :
             {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg}) {
            const QByteArray line = LogFilter::line(type, category, record);
            INFO(category << " " << int(type) << ": " << line.toStdString());
            CHECK_FALSE(quotes(line));
            if (LogFilter::releaseBuild && type != QtFatalMsg)
                CHECK(line.isEmpty());
            else
                CHECK(line.startsWith(QByteArray(category) + ": "));
        }
    }
    CHECK_FALSE(quotes(LogFilter::line(QtWarningMsg, nullptr, record)));
}

TEST_CASE("Our own categories keep their fixed texts; debug and info only in debug builds",
          "[log]") {
    const QString fixed = QStringLiteral("The integrity check did not finish.");
    for (const char* category : {"infopunt", "infopunt.storage"}) {
        CHECK(LogFilter::line(QtWarningMsg, category, fixed) ==
              QByteArray(category) + ": warning: " + fixed.toUtf8() + '\n');
        CHECK(LogFilter::line(QtCriticalMsg, category, fixed).contains(fixed.toUtf8()));
        CHECK(LogFilter::line(QtDebugMsg, category, fixed).isEmpty() == LogFilter::releaseBuild);
        CHECK(LogFilter::line(QtInfoMsg, category, fixed).isEmpty() == LogFilter::releaseBuild);
    }
}

TEST_CASE("The filter overrules every logging rule in a release build", "[log]") {
    QLoggingCategory qt("qt.test.hardening");
    QLoggingCategory own("infopunt.test");
    const LogFilter::Previous previous = LogFilter::install();
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    CHECK(qt.isDebugEnabled() == !LogFilter::releaseBuild);
    CHECK(qt.isInfoEnabled() == !LogFilter::releaseBuild);
    CHECK(qt.isWarningEnabled() == !LogFilter::releaseBuild);
    CHECK(qt.isCriticalEnabled() == !LogFilter::releaseBuild);
    CHECK(own.isDebugEnabled() == !LogFilter::releaseBuild);
    CHECK(own.isWarningEnabled());
    CHECK(own.isCriticalEnabled());
    // Rules still switch our own warnings off.
    QLoggingCategory::setFilterRules(QStringLiteral("infopunt.*.warning=false"));
    CHECK_FALSE(own.isWarningEnabled());

    LogFilter::restore(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    CHECK(qt.isDebugEnabled()); // Qt's own filter obeys the rules again
    QLoggingCategory::setFilterRules(QString());
}
