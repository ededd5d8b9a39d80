#include "sharestatuspanel.h"

#include "outbox.h"
#include "outboxstatusmodel.h"
#include "prompts.h"
#include "sharingapi.h"
#include "theme.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

namespace {

// After the editor's own save debounce: the hash renders the whole document.
constexpr int HashDelayMs = 300;

QString rowName(qint64 targetId) {
    return QStringLiteral("shareRow_%1").arg(targetId);
}

QString retryName(qint64 targetId) {
    return QStringLiteral("retryButton_%1").arg(targetId);
}

} // namespace

ShareStatusPanel::ShareStatusPanel(SharingApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new OutboxStatusModel(api.outbox(), this))
    , m_summary(new QLabel(this))
    , m_share(new QPushButton(tr("Share"), this))
    , m_announce(new QPushButton(tr("Copy Announcement"), this))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_hashTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("shareStatusPanel"));
    auto *title = new QLabel(tr("<b>Sharing</b>"), this);
    m_summary->setObjectName(QStringLiteral("shareSummary"));
    m_summary->setWordWrap(true);
    m_share->setObjectName(QStringLiteral("shareButton"));
    m_share->setToolTip(tr("Send the post-mortem to every enabled share target (Ctrl+Shift+S)"));
    m_announce->setObjectName(QStringLiteral("copyAnnouncementButton"));
    m_announce->setToolTip(tr("Copy the message for the incident channel to the clipboard"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(8);
    header->addWidget(m_summary, 1);
    header->addWidget(m_share);
    header->addWidget(m_announce);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_rows);

    m_hashTimer->setSingleShot(true);
    m_hashTimer->setInterval(HashDelayMs);
    connect(m_hashTimer, &QTimer::timeout, this, &ShareStatusPanel::refreshHash);
    connect(m_share, &QPushButton::clicked, this, &ShareStatusPanel::shareRequested);
    connect(m_announce, &QPushButton::clicked, this, &ShareStatusPanel::copyAnnouncementRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShareStatusPanel::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ShareStatusPanel::rebuild);
    rebuild();
}

void ShareStatusPanel::setIncident(qint64 incidentId) {
    m_incidentId = incidentId;
    m_hashTimer->stop();
    m_model->setContentHash({});
    m_model->setIncident(incidentId);
    refreshHash();
}

void ShareStatusPanel::contentEdited() {
    m_hashTimer->start();
}

void ShareStatusPanel::refreshHash() {
    m_hashTimer->stop();
    m_model->setContentHash(m_incidentId > 0 ? m_api.contentHash(m_incidentId) : QByteArray());
}

QLabel *ShareStatusPanel::rowLabel(qint64 targetId) const {
    return m_rows->findChild<QLabel *>(rowName(targetId));
}

QPushButton *ShareStatusPanel::retryButton(qint64 targetId) const {
    return m_rows->findChild<QPushButton *>(retryName(targetId));
}

void ShareStatusPanel::rebuild() {
    // A handful of targets: rebuilding the rows is simpler than keeping them in step.
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        else if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item;
    }
    // deleteLater() keeps the old rows findable until the event loop runs: rename them now.
    for (QObject *child : m_rows->children())
        child->setObjectName(QString());

    m_changed = false;
    bool failed = false;
    int sent = 0;
    const QString negative = theme::negativeText(palette()).name();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto at = [this, row](int column, int role = Qt::DisplayRole) {
            return m_model->data(m_model->index(row, column), role);
        };
        const qint64 targetId = at(0, OutboxStatusModel::TargetIdRole).toLongLong();
        const QString key = at(0, OutboxStatusModel::StateKeyRole).toString();
        const bool changed = at(0, OutboxStatusModel::ChangedRole).toBool();
        const qint64 jobId = at(0, OutboxStatusModel::JobIdRole).toLongLong();
        const std::optional<ShareJob> job = jobId != 0 ? m_api.outbox().job(jobId) : std::nullopt;
        // A retryable failure waits for its next attempt; the user may not want to wait.
        const bool retrying = key == QLatin1String("queued") && job && job->attempts > 0;
        const bool bad = key == QLatin1String("failed") || key == QLatin1String("conflict") || retrying;
        m_changed = m_changed || changed;
        failed = failed || bad;
        sent += key == QLatin1String("sent") && !changed;
        QString state = at(OutboxStatusModel::StateColumn).toString().toHtmlEscaped();
        if (bad)
            state = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(negative, state);
        QString text = tr("<b>%1</b>: %2 — %3")
                           .arg(at(OutboxStatusModel::TargetColumn).toString().toHtmlEscaped(), state,
                                at(OutboxStatusModel::DetailColumn).toString().toHtmlEscaped());
        const QUrl link = at(0, OutboxStatusModel::LinkRole).toUrl();
        if (link.isValid() && !link.isEmpty())
            text += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(QString::fromUtf8(link.toEncoded()).toHtmlEscaped(), tr("Open"));
        auto *label = new QLabel(text, m_rows);
        label->setObjectName(rowName(targetId));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        label->setToolTip(at(OutboxStatusModel::DetailColumn).toString());
        connect(label, &QLabel::linkActivated, this, [this](const QString &href) {
            const QUrl url = QUrl::fromEncoded(href.toUtf8());
            emit linkActivated(url);
            QDesktopServices::openUrl(url);
        });
        auto *line = new QHBoxLayout;
        line->addWidget(label, 1);
        if (bad) {
            const bool conflict = key == QLatin1String("conflict");
            auto *button = new QPushButton(conflict   ? tr("Replace Theirs…")
                                           : retrying ? tr("Retry Now")
                                                      : tr("Retry"),
                                           m_rows);
            button->setObjectName(retryName(targetId));
            connect(button, &QPushButton::clicked, this,
                    [this, targetId, conflict] { conflict ? replaceTheirs(targetId) : retry(targetId); });
            line->addWidget(button, 0, Qt::AlignTop);
        }
        m_rowsLayout->addLayout(line);
    }

    if (m_model->rowCount() == 0) {
        auto *none = new QLabel(tr("No share target yet. <a href=\"settings\">Add one…</a>"), m_rows);
        connect(none, &QLabel::linkActivated, this, &ShareStatusPanel::settingsRequested);
        m_rowsLayout->addWidget(none);
    }
    if (m_changed)
        m_summary->setText(tr("Changed since shared: share again to update it."));
    else if (sent > 0 && sent == m_model->rowCount())
        m_summary->setText(tr("Shared everywhere."));
    else if (failed)
        m_summary->setText(tr("Some targets did not get it."));
    else
        m_summary->clear();
    theme::markAsError(m_summary, m_changed || failed);
    m_share->setEnabled(m_incidentId > 0 && m_model->rowCount() > 0);
    m_announce->setEnabled(m_incidentId > 0);
}

void ShareStatusPanel::retry(qint64 targetId) {
    QString error;
    if (m_api.share(m_incidentId, &error, {targetId}) < 0)
        emit message(tr("Not queued again: %1").arg(error));
}

void ShareStatusPanel::replaceTheirs(qint64 targetId) {
    const auto answer = prompts::ask(
        this, QMessageBox::Warning, tr("Replace the copy someone else changed?"),
        tr("Their version is overwritten with this post-mortem. Ours was saved beside theirs; compare them "
           "first if you are not sure."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (m_api.share(m_incidentId, &error, {targetId}, true) < 0)
        emit message(tr("Not queued again: %1").arg(error));
}

} // namespace hs
