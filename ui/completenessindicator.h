#pragma once

#include "incident.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace hs {

// "3 of 5 written" and which parts are still missing, so the meeting knows what to ask for.
class CompletenessIndicator final : public QWidget {
    Q_OBJECT
public:
    explicit CompletenessIndicator(QWidget *parent = nullptr);

    void setCompleteness(const Completeness &completeness);
    QString summary() const;
    QString missing() const;

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace hs
