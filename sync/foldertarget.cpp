#include "foldertarget.h"

#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryFile>

namespace hs {

namespace {

QString tr(const char *text) {
    return FolderTarget::tr(text);
}

enum class FileMode { Document, Index };

// The worker: plain file work on copies, no QObject, safe on any thread.
FolderTarget::Outcome writeFiles(const QString &folder, const QList<sharefiles::File> &files,
                                 const RemoteState &last, FileMode mode, bool overwrite, const QDateTime &now,
                                 const std::atomic_bool &cancelled) {
    FolderTarget::Outcome out;
    out.state = last;
    out.result.where = QDir::toNativeSeparators(folder);
    const QDir dir(folder);
    if (!dir.exists()) {
        out.result = ShareResult::failed(
            tr("The folder %1 does not exist; is the share mounted?").arg(QDir::toNativeSeparators(folder)),
            true);
        return out;
    }
    QStringList conflicts;
    QString conflictCopy;
    for (const sharefiles::File &file : files) {
        if (cancelled) {
            out.result.status = ShareResult::Status::Cancelled;
            return out;
        }
        const QString path = dir.absoluteFilePath(file.name);
        // Belt and braces: names come from safeBase(), but nothing may ever land outside the folder.
        if (QFileInfo(path).absolutePath() != dir.absolutePath()) {
            out.result = ShareResult::failed(
                tr("Refused to write %1 outside the shared folder.").arg(file.name), false);
            return out;
        }
        const QByteArray ours = sharefiles::hashOf(file);
        const QByteArray stored =
            sharefiles::fileState(last, file.name).value(QLatin1String("hash")).toString().toLatin1();
        QFile existing(path);
        if (existing.exists()) {
            if (!existing.open(QIODevice::ReadOnly)) {
                out.result = ShareResult::failed(
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), existing.errorString()),
                    true);
                return out;
            }
            const QByteArray onDisk = existing.readAll();
            existing.close();
            const QByteArray diskHash = Sha256::hex(onDisk);
            const bool same = diskHash == ours || (file.name.endsWith(QLatin1String(".pdf")) &&
                                                   ShareDocument::comparablePdf(onDisk) ==
                                                       ShareDocument::comparablePdf(file.bytes));
            if (same) { // already there (ours from an attempt whose outcome was lost, or identical)
                sharefiles::setFileState(out.state, file.name, diskHash);
                continue;
            }
            if (mode == FileMode::Document && !overwrite && diskHash != stored) {
                conflicts.append(file.name);
                const QString copy = dir.absoluteFilePath(sharefiles::conflictName(file.name, now));
                QSaveFile save(copy);
                if (!save.open(QIODevice::WriteOnly) || save.write(file.bytes) != file.bytes.size() ||
                    !save.commit()) {
                    out.result = ShareResult::failed(
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(copy), save.errorString()),
                        true);
                    return out;
                }
                ++out.result.uploads;
                if (conflictCopy.isEmpty() || copy.endsWith(QLatin1String(".html")))
                    conflictCopy = copy;
                continue;
            }
        }
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(file.bytes) != file.bytes.size() ||
            !save.commit()) {
            out.result = ShareResult::failed(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), save.errorString()), true);
            return out;
        }
        ++out.result.uploads;
        sharefiles::setFileState(out.state, file.name, ours);
    }
    const QString html = files.size() > 1 ? dir.absoluteFilePath(files.at(1).name) : QString();
    out.result.retryable = false;
    if (!conflicts.isEmpty()) {
        out.result.status = ShareResult::Status::Conflict;
        out.result.link = QUrl::fromLocalFile(conflictCopy);
        out.result.message =
            tr("%1 was changed by someone else since it was shared, so it was not overwritten; "
               "this version was saved beside it as %2.")
                .arg(conflicts.join(QStringLiteral(", ")), QFileInfo(conflictCopy).fileName());
        return out;
    }
    out.result.status = out.result.uploads > 0 ? ShareResult::Status::Sent : ShareResult::Status::Unchanged;
    if (mode == FileMode::Document && !html.isEmpty())
        out.result.link = QUrl::fromLocalFile(html);
    out.result.message = out.result.uploads > 0
                             ? tr("Written to %1.").arg(QDir::toNativeSeparators(folder))
                             : tr("Already up to date in %1.").arg(QDir::toNativeSeparators(folder));
    return out;
}

} // namespace

FolderTarget::FolderTarget(const QString &folder, QObject *parent)
    : ShareTarget(parent)
    , m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

FolderTarget::~FolderTarget() {
    // The worker only touches its own copies; let it finish without answering anyone.
    if (m_watcher)
        m_watcher->disconnect(this);
}

QString FolderTarget::where() const {
    return QDir::toNativeSeparators(m_folder);
}

void FolderTarget::answer(PublishCallback done, const Outcome &outcome) {
    QMetaObject::invokeMethod(
        this, [done = std::move(done), outcome] { done(outcome.result, outcome.state); },
        Qt::QueuedConnection);
}

void FolderTarget::run(std::function<Outcome(const std::atomic_bool &)> work, PublishCallback done) {
    if (m_pending) {
        answer(std::move(done),
               {ShareResult::failed(tr("The folder target is busy with another document."), true), {}});
        return;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_pending = std::move(done);
    m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
    QFutureWatcher<Outcome> *watcher = m_watcher.get();
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        if (watcher != m_watcher.get() || !m_pending)
            return; // cancelled and already answered
        PublishCallback pending = std::exchange(m_pending, {});
        const Outcome outcome = watcher->result();
        pending(outcome.result, outcome.state);
    });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work), cancelled = m_cancelled] { return work(*cancelled); }));
}

void FolderTarget::cancel() {
    if (!m_pending)
        return;
    *m_cancelled = true;
    ShareResult result;
    result.status = ShareResult::Status::Cancelled;
    result.message = tr("Cancelled.");
    answer(std::exchange(m_pending, {}), {result, {}});
}

void FolderTarget::test(TestCallback done) {
    const QString folder = m_folder;
    run(
        [folder](const std::atomic_bool &) {
            Outcome out;
            out.result.where = QDir::toNativeSeparators(folder);
            if (!QFileInfo(folder).isDir()) {
                out.result = ShareResult::failed(tr("The folder %1 does not exist; is the share mounted?")
                                                     .arg(QDir::toNativeSeparators(folder)),
                                                 false);
                return out;
            }
            QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".hindsight-test-XXXXXX")));
            if (!probe.open()) {
                out.result = ShareResult::failed(
                    tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(folder), probe.errorString()),
                    false);
                return out;
            }
            out.result.status = ShareResult::Status::Sent;
            out.result.link = QUrl::fromLocalFile(folder);
            out.result.message = tr("The folder %1 can be written.").arg(QDir::toNativeSeparators(folder));
            return out;
        },
        [done = std::move(done)](const ShareResult &result, const RemoteState &) { done(result); });
}

void FolderTarget::publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) {
    const QList<sharefiles::File> files = sharefiles::documentFiles(doc);
    const QDateTime now = m_clock();
    const bool overwrite = doc.overwrite;
    const QString folder = m_folder;
    run(
        [=](const std::atomic_bool &cancelled) {
            return writeFiles(folder, files, lastState, FileMode::Document, overwrite, now, cancelled);
        },
        std::move(done));
}

void FolderTarget::publishIndex(const QList<ShareIndexEntry> &entries, const RemoteState &lastState,
                                PublishCallback done) {
    const QList<sharefiles::File> files = sharefiles::indexFiles(entries);
    const QDateTime now = m_clock();
    const QString folder = m_folder;
    run(
        [=](const std::atomic_bool &cancelled) {
            Outcome out = writeFiles(folder, files, lastState, FileMode::Index, true, now, cancelled);
            out.result.link = QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("index.html")));
            return out;
        },
        std::move(done));
}

} // namespace hs
