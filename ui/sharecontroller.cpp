#include "sharecontroller.h"

#include "incidenteditor.h"
#include "incidentstore.h"
#include "outbox.h"
#include "prompts.h"
#include "sharestatuspanel.h"
#include "sharingapi.h"
#include "targetsettingsdialog.h"
#include "theme.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace hs {

ShareController::ShareController(QMainWindow &window, IncidentStore &store, IncidentEditor &editor,
                                 SharingApi &api)
    : QObject(&window)
    , m_window(window)
    , m_store(store)
    , m_editor(editor)
    , m_api(api)
    , m_progress(new QProgressBar(&window))
    , m_progressText(new QLabel(&window))
    , m_cancel(new QToolButton(&window)) {
    m_share =
        new QAction(theme::icon(QStringLiteral("document-send"), QStyle::SP_ArrowUp), tr("&Share"), this);
    m_share->setObjectName(QStringLiteral("share"));
    m_share->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_share->setToolTip(tr("Share the post-mortem to every enabled target (%1)")
                            .arg(m_share->shortcut().toString(QKeySequence::NativeText)));
    m_announce = new QAction(theme::icon(QStringLiteral("mail-send")), tr("Copy &Announcement"), this);
    m_announce->setObjectName(QStringLiteral("copyAnnouncement"));
    m_announce->setToolTip(tr("Copy the message for the incident channel to the clipboard"));
    m_settings = new QAction(theme::icon(QStringLiteral("network-server")), tr("Share &Targets…"), this);
    m_settings->setObjectName(QStringLiteral("shareTargets"));
    connect(m_share, &QAction::triggered, this, &ShareController::share);
    connect(m_announce, &QAction::triggered, this, &ShareController::copyAnnouncement);
    connect(m_settings, &QAction::triggered, this, &ShareController::openSettings);

    m_progress->setObjectName(QStringLiteral("shareProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("shareProgressText"));
    m_cancel->setObjectName(QStringLiteral("cancelShare"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop sharing; what is not sent yet stays queued"));
    m_cancel->setAutoRaise(true);
    window.statusBar()->addPermanentWidget(m_progressText);
    window.statusBar()->addPermanentWidget(m_progress);
    window.statusBar()->addPermanentWidget(m_cancel);
    busyChanged(m_api.isBusy());
    connect(m_cancel, &QToolButton::clicked, this, &ShareController::cancel);
    connect(&m_api, &SharingApi::busyChanged, this, &ShareController::busyChanged);
    connect(&m_api, &SharingApi::progress, this, [this](const QString &text, qint64 done, qint64 total) {
        m_progressText->setText(text);
        // A busy indicator when the total is unknown; percent otherwise (bytes can exceed int).
        m_progress->setRange(0, total > 0 ? 100 : 0);
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(&m_api.outbox(), &Outbox::jobChanged, this, &ShareController::jobChanged);
}

void ShareController::addEntries(QMenu *file, QAction *before, QToolBar *toolbar, QAction *toolbarBefore,
                                 QMenu *settings) {
    file->insertAction(before, m_share);
    file->insertAction(before, m_announce);
    file->insertSeparator(before);
    toolbar->insertAction(toolbarBefore, m_share);
    settings->addAction(m_settings);
}

void ShareController::updateActions() {
    const bool hasIncident = m_editor.incidentId() != 0;
    m_share->setEnabled(hasIncident);
    m_announce->setEnabled(hasIncident);
}

void ShareController::busyChanged(bool busy) {
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Sharing…"));
    }
}

void ShareController::share() {
    const qint64 id = m_editor.incidentId();
    if (id == 0)
        return;
    QString error;
    if (!m_editor.flush(&error)) {
        prompts::critical(&m_window, tr("The post-mortem could not be saved, so it was not shared."), error);
        return;
    }
    const Status status = m_editor.incident().status;
    if (status != Status::Documented && status != Status::Shared) {
        const auto answer =
            prompts::ask(&m_window, QMessageBox::Question,
                         tr("“%1” is not marked documented yet.").arg(m_editor.incident().title),
                         tr("Share what is written so far and mark the post-mortem documented?"),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        setStatus(id, Status::Documented);
        m_editor.flush();
    }
    bool hasTarget = false;
    for (const ShareTargetConfig &target : m_api.outbox().targets())
        hasTarget = hasTarget || target.enabled;
    if (!hasTarget) {
        const auto answer =
            prompts::ask(&m_window, QMessageBox::Question, tr("No share target is set up yet."),
                         tr("Add a shared folder, a WebDAV server, a wiki or a chat webhook "
                            "now?"),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            openSettings();
        return;
    }
    const int queued = m_api.share(id, &error);
    if (queued < 0)
        prompts::critical(&m_window, tr("The post-mortem could not be shared."), error);
    else if (queued == 0)
        emit message(tr("Every target already has this version."));
    else
        emit message(tr("Sharing to %n target(s)…", nullptr, queued));
}

void ShareController::copyAnnouncement() {
    const qint64 id = m_editor.incidentId();
    if (id == 0)
        return;
    m_editor.flush();
    QString error;
    const std::optional<QString> text = m_api.announcement(id, &error);
    if (!text) {
        prompts::critical(&m_window, tr("The announcement could not be written."), error);
        return;
    }
    QApplication::clipboard()->setText(*text);
    emit message(tr("Copied the announcement to the clipboard: paste it into the incident channel."));
}

void ShareController::openSettings() {
    TargetSettingsDialog dialog(m_api, &m_window);
    dialog.exec();
}

void ShareController::cancel() {
    m_api.cancelSharing();
    emit message(tr("Sharing stopped; what was not sent stays queued for later."));
}

void ShareController::setStatus(qint64 incidentId, Status status) {
    if (m_editor.incidentId() == incidentId) {
        m_editor.setStatus(status);
        return;
    }
    QString error;
    std::optional<Incident> incident = m_store.load(incidentId, &error);
    if (incident) {
        incident->status = status;
        if (m_store.save(*incident, {Field::Status}, &error))
            return;
    }
    emit message(tr("The status could not be changed: %1").arg(error));
}

void ShareController::jobChanged(qint64 jobId, qint64 incidentId) {
    const std::optional<ShareJob> job = m_api.outbox().job(jobId);
    if (!job)
        return;
    const bool retrying = job->state == ShareJobState::Queued && job->attempts > 0;
    if (job->state == ShareJobState::Failed || job->state == ShareJobState::Conflict || retrying) {
        const auto target = m_api.outbox().target(job->targetId);
        emit message(tr("Sharing to %1: %2").arg(target ? target->name : QString(), job->message));
        return;
    }
    if (job->state != ShareJobState::Sent)
        return;
    // Shared once every enabled target has the document.
    const QList<ShareJob> jobs = m_api.outbox().jobsForIncident(incidentId);
    for (const ShareTargetConfig &target : m_api.outbox().targets()) {
        if (!target.enabled)
            continue;
        const auto it = std::find_if(jobs.begin(), jobs.end(),
                                     [&target](const ShareJob &j) { return j.targetId == target.id; });
        if (it == jobs.end() || it->state != ShareJobState::Sent)
            return;
    }
    const std::optional<IncidentRow> row = m_store.row(incidentId);
    const Status current = m_editor.incidentId() == incidentId ? m_editor.incident().status
                           : row                               ? row->status
                                                               : Status::Shared;
    if (current != Status::Shared)
        setStatus(incidentId, Status::Shared);
}

} // namespace hs
