#include "reminderbanner.h"

#include "reminderpresenter.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hs {

namespace {

constexpr int MaxLines = 5;

} // namespace

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_snooze(new QPushButton(tr("S&nooze Until Tomorrow"), this))
    , m_close(new QPushButton(theme::icon(QStringLiteral("window-close"), QStyle::SP_DialogCloseButton),
                              QString(), this)) {
    setObjectName(QStringLiteral("reminderBanner"));
    // The palette's tooltip colours: a note the desktop already uses to catch the eye, readable in
    // light and dark themes.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_close->setFlat(true);
    m_close->setToolTip(tr("Hide these reminders for today"));
    m_close->setAccessibleName(tr("Close reminders"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_snooze, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        emit incidentRequested(link.mid(link.indexOf(QLatin1Char(':')) + 1).toLongLong());
    });
    connect(m_snooze, &QPushButton::clicked, this, &ReminderBanner::snoozeRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void ReminderBanner::setReminders(const QList<Reminder> &reminders, const QDateTime &now) {
    if (reminders.isEmpty()) {
        hide();
        m_label->clear();
        return;
    }
    QStringList lines;
    for (const Reminder &r : reminders.mid(0, MaxLines))
        lines << QStringLiteral("<a href=\"incident:%1\">%2</a>")
                     .arg(r.incidentId)
                     .arg(ReminderPresenter::line(r, now).toHtmlEscaped());
    if (reminders.size() > MaxLines)
        lines << tr("… and %n more.", nullptr, int(reminders.size() - MaxLines));
    m_label->setText(lines.join(QStringLiteral("<br>")));
    show();
}

} // namespace hs
