#include "traycontroller.h"

#include "actionstore.h"
#include "reminderpresenter.h"
#include "reviewstore.h"
#include "theme.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace hs {

namespace {

constexpr int NotificationMs = 10000;

// Menu texts are one line: long titles are cut in the middle of nowhere else.
QString elided(const QString &text) {
    constexpr int MaxChars = 60;
    return text.size() <= MaxChars ? text : QString(text.left(MaxChars - 1) + QStringLiteral("…"));
}

QString menuText(const QString &text) {
    // A single & would become a mnemonic.
    return elided(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

TrayController::TrayController(ActionStore &actions, ReviewStore &reviews, ReminderPresenter &presenter,
                               QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_reviews(reviews)
    , m_presenter(presenter)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(theme::appIcon(), this)) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_icon->setToolTip(tr("Hindsight"));
    m_icon->setContextMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::refreshMenu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastIncident != 0)
            emit incidentRequested(m_lastIncident);
        else
            emit showWindowRequested();
    });
    connect(&m_presenter, &ReminderPresenter::notify, this, &TrayController::showNotification);
    refreshMenu();
    m_icon->show();
}

TrayController::~TrayController() {
    delete m_menu; // a context menu is not owned by the tray icon
}

void TrayController::showNotification(const QString &title, const QString &message, qint64 incidentId) {
    m_lastIncident = incidentId;
    m_icon->showMessage(title, message, QSystemTrayIcon::Information, NotificationMs);
}

void TrayController::refreshMenu() {
    m_menu->clear();
    auto add = [this](const char *name, const QString &text, auto slot) {
        QAction *a = m_menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add("trayNewIncident", tr("&New Incident…"), [this] { emit newIncidentRequested(); });
    add("trayShow", tr("&Show Hindsight"), [this] { emit showWindowRequested(); });

    const QDateTime now = m_presenter.now();
    const QList<ReviewAgendaItem> reviews = m_reviews.due(now);
    if (!reviews.isEmpty())
        m_menu->addSection(tr("Due reviews"));
    for (const ReviewAgendaItem &item : reviews.mid(0, MenuItemsPerKind)) {
        const QString when =
            item.review.isOverdue(now)
                ? tr("overdue")
                : QLocale().toString(item.review.at.toLocalTime().time(), QLocale::ShortFormat);
        QAction *a = m_menu->addAction(menuText(
            tr("%1 review: %2 (%3)").arg(reviewKindLabel(item.review.kind), item.incidentTitle, when)));
        a->setObjectName(QStringLiteral("trayReview"));
        connect(a, &QAction::triggered, this,
                [this, id = item.review.incidentId] { emit incidentRequested(id); });
    }

    ActionFilter overdue;
    overdue.bucket = Bucket::Now;
    overdue.status = ActionStatus::Open;
    overdue.overdueOnly = true;
    const QList<ActionRow> actions = m_actions.rows(overdue, 0, MenuItemsPerKind);
    if (!actions.isEmpty())
        m_menu->addSection(tr("Overdue actions"));
    for (const ActionRow &row : actions) {
        QAction *a = m_menu->addAction(menuText(tr("%1 — %2").arg(row.action.title, row.incidentTitle)));
        a->setObjectName(QStringLiteral("trayAction"));
        connect(a, &QAction::triggered, this,
                [this, id = row.action.incidentId] { emit incidentRequested(id); });
    }

    m_menu->addSeparator();
    add("traySnooze", tr("S&nooze Reminders Until Tomorrow"), [this] { m_presenter.snoozeUntilTomorrow(); });
    m_menu->addSeparator();
    add("trayQuit", tr("&Quit"), [this] { emit quitRequested(); });
}

} // namespace hs
