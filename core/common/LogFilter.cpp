#include "common/LogFilter.h"

#include <cstdio>
#include <cstring>

namespace infopunt {

namespace {

constexpr char ownPrefix[] = "infopunt";

QLoggingCategory::CategoryFilter qtFilter = nullptr;

const char* levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void filterCategory(QLoggingCategory* category) {
    if (qtFilter)
        qtFilter(category); // the defaults and QT_LOGGING_RULES
    if (!LogFilter::releaseBuild)
        return;
    category->setEnabled(QtDebugMsg, false);
    category->setEnabled(QtInfoMsg, false);
    if (!LogFilter::isOwnCategory(category->categoryName())) {
        category->setEnabled(QtWarningMsg, false);
        category->setEnabled(QtCriticalMsg, false);
    }
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QByteArray text = LogFilter::line(type, context.category, message);
    if (text.isEmpty())
        return;
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace

LogFilter::Previous LogFilter::install() {
    Previous previous;
    previous.handler = qInstallMessageHandler(handleMessage);
    previous.filter = QLoggingCategory::installFilter(filterCategory);
    qtFilter = previous.filter;
    return previous;
}

void LogFilter::restore(const Previous& previous) {
    qInstallMessageHandler(previous.handler);
    QLoggingCategory::installFilter(previous.filter);
    qtFilter = nullptr;
}

bool LogFilter::isOwnCategory(const char* category) {
    const std::size_t length = sizeof ownPrefix - 1;
    return category && std::strncmp(category, ownPrefix, length) == 0 &&
           (category[length] == '\0' || category[length] == '.');
}

QByteArray LogFilter::line(QtMsgType type, const char* category, const QString& message) {
    const bool own = isOwnCategory(category);
    const bool verbose = type == QtDebugMsg || type == QtInfoMsg;
    if (releaseBuild && (verbose || (!own && type != QtFatalMsg)))
        return {};
    QByteArray text = QByteArray(category ? category : "default") + ": " + levelName(type) + ": ";
    if (own)
        text += message.toUtf8();
    else
        text += "(the text is not shown: messages from outside Infopunt can quote record content)";
    return text + '\n';
}

} // namespace infopunt
