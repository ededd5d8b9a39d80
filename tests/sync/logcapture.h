#pragma once

// Keeps every message logged while it lives (and still passes each on), so a test can grep the log for
// a secret. Turns on the app's debug categories (hindsight.*) so the grep sees everything they say.
// One at a time.

#include <QLoggingCategory>
#include <QString>

class LogCapture final {
public:
    LogCapture() {
        QLoggingCategory::setFilterRules(QStringLiteral("hindsight.*=true"));
        s_text = &m_text;
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() {
        qInstallMessageHandler(s_previous);
        s_text = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    const QString &text() const { return m_text; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (s_text)
            *s_text += message + QLatin1Char('\n');
        s_previous(type, context, message);
    }

    QString m_text;
    static inline QString *s_text = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
};
