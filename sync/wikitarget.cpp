#include "wikitarget.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWiki, "hindsight.sync.wiki")

namespace hs {

namespace {

// RemoteState keys.
const QString kTitle = QStringLiteral("title");
const QString kRevision = QStringLiteral("revisionId");
const QString kTimestamp = QStringLiteral("timestamp");
const QString kUrl = QStringLiteral("url");
const QString kTextSha1 = QStringLiteral("textSha1");
const QString kContentHash = QStringLiteral("contentHash");
const QString kPdfFile = QStringLiteral("pdfFile");
const QString kPdfHash = QStringLiteral("pdfContentHash");

QByteArray sha1Hex(const QString &text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
}

// Names the content a PDF was rendered from, in its upload comment ("[content 0123456789abcdef]"),
// so that a later publish recognises its own upload; empty when the document has no content hash.
QString pdfMarker(const ShareDocument &doc) {
    if (doc.contentHash.isEmpty())
        return {};
    const QByteArray id = QCryptographicHash::hash(doc.contentHash, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("[content %1]").arg(QString::fromLatin1(id.left(16)));
}

} // namespace

// One publish in flight: what it was given and what it learnt so far.
struct WikiTarget::Run {
    ShareDocument doc;
    RemoteState last;
    PublishCallback done;
    QString title;
    QString pdfFile;
    QString text;
    QByteArray textSha1;
    WikiResult current; // the page as it is on the wiki now
    int uploads = 0;
};

WikiTarget::WikiTarget(WikiClient *client, const WikiTargetOptions &options, QObject *parent)
    : ShareTarget(parent)
    , m_client(client)
    , m_options(options) {
    m_client->setParent(this);
}

WikiTarget::~WikiTarget() = default;

QString WikiTarget::where() const {
    return m_client->where();
}

QString WikiTarget::pageTitle(const ShareDocument &doc) const {
    return m_options.pagePrefix + doc.documentName;
}

QString WikiTarget::pdfFileName(const ShareDocument &doc) {
    // Wikis capitalise the first letter of a file name; asking for it that way keeps links exact.
    QString name = doc.documentName + QStringLiteral(".pdf");
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void WikiTarget::answerLater(std::function<void()> answer) {
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void WikiTarget::test(TestCallback done) {
    m_client->login([this, done = std::move(done)](const WikiResult &r) {
        ShareResult result;
        result.where = where();
        if (r.ok()) {
            result.status = ShareResult::Status::Sent;
            result.message =
                tr("Signed in to the wiki at %1; post-mortems can be published there.").arg(where());
        } else {
            result = ShareResult::failed(r.error, r.retryable());
            result.where = where();
        }
        done(result);
    });
}

void WikiTarget::publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) {
    if (m_run) {
        answerLater([this, done = std::move(done), lastState] {
            done(ShareResult::failed(tr("The wiki target is already publishing; try again when it is done."),
                                     true),
                 lastState);
        });
        return;
    }
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.doc = doc;
    run.last = lastState;
    run.done = std::move(done);
    run.title = pageTitle(doc);
    run.pdfFile = doc.pdf.isEmpty() ? QString() : pdfFileName(doc);
    run.text = renderPage(doc, run.pdfFile);
    run.textSha1 = sha1Hex(run.text);

    const QString contentHash = QString::fromLatin1(doc.contentHash.toHex());
    const bool samePage = lastState.value(kTitle).toString() == run.title &&
                          lastState.value(kRevision).toInteger() > 0 &&
                          lastState.value(kTextSha1).toString() == QString::fromLatin1(run.textSha1);
    const bool samePdf = run.pdfFile.isEmpty() || lastState.value(kPdfHash).toString() == contentHash;
    if (samePage && samePdf && !doc.overwrite) {
        // Nothing of ours changed: no request at all, so a re-sync of many documents costs nothing.
        ShareResult result;
        result.status = ShareResult::Status::Unchanged;
        result.where = where();
        result.link = QUrl(lastState.value(kUrl).toString());
        result.message = tr("The wiki page %1 is up to date.").arg(run.title);
        answerLater([this, result] { finish(result, m_run->last); });
        return;
    }
    emit progress(0, 4);
    m_client->login([this](const WikiResult &r) {
        if (!r.ok())
            return fail(r);
        emit progress(1, 4);
        checkPage();
    });
}

void WikiTarget::checkPage() {
    m_client->pageInfo(m_run->title, [this](const WikiResult &r) {
        if (!r.ok())
            return fail(r);
        Run &run = *m_run;
        run.current = r;
        const qint64 ours = run.last.value(kRevision).toInteger();
        const bool sameTitle = run.last.value(kTitle).toString() == run.title;
        const bool alreadyOurs = r.exists() && r.sha1 == run.textSha1; // e.g. an answer lost last time
        const bool atOurRevision =
            r.exists() ? (sameTitle && ours == r.revisionId) : !(sameTitle && ours > 0);
        if (!alreadyOurs && !atOurRevision && !run.doc.overwrite) {
            ShareResult result;
            result.status = ShareResult::Status::Conflict;
            result.where = where();
            result.link = r.url;
            result.message =
                r.exists()
                    ? tr("The wiki page %1 was changed by %2 since Hindsight last published it, so it was "
                         "not overwritten; merge the changes on the wiki or choose to replace the page.")
                          .arg(run.title, r.user.isEmpty() ? tr("someone else") : r.user)
                    : tr("The wiki page %1 was deleted since Hindsight last published it, so it was not "
                         "created again; choose to publish it again if it should be there.")
                          .arg(run.title);
            return finish(result, run.last);
        }
        emit progress(2, 4);
        uploadPdf();
    });
}

void WikiTarget::uploadPdf() {
    Run &run = *m_run;
    const QString contentHash = QString::fromLatin1(run.doc.contentHash.toHex());
    if (run.pdfFile.isEmpty() || (run.last.value(kPdfHash).toString() == contentHash &&
                                  run.last.value(kPdfFile).toString() == run.pdfFile)) {
        savePage();
        return;
    }
    // Our state only learns of the upload once the page is saved too: a publish that ended in between
    // (the wiki went away, the edit failed) left our PDF on the wiki. Ask first, so a retry does not add
    // a second version of it. The bytes alone do not tell, since every rendering differs (creation
    // time, document id): the upload comment carries the content it was made from.
    m_client->fileInfo(run.pdfFile, [this](const WikiResult &r) {
        if (!r.ok())
            return fail(r);
        const Run &active = *m_run;
        const QByteArray sha1 = QCryptographicHash::hash(active.doc.pdf, QCryptographicHash::Sha1).toHex();
        const QString marker = pdfMarker(active.doc);
        if (!r.sha1.isEmpty() && (r.sha1 == sha1 || (!marker.isEmpty() && r.comment.contains(marker)))) {
            qCDebug(lcWiki).noquote() << active.pdfFile << "is already on the wiki";
            emit progress(3, 4);
            savePage();
            return;
        }
        sendPdf();
    });
}

void WikiTarget::sendPdf() {
    const Run &run = *m_run;
    // The marker stays out of tr(): it must read the same whatever language uploaded the file.
    const QString comment = tr("Post-mortem %1, published by Hindsight").arg(run.doc.documentName) +
                            QLatin1Char(' ') + pdfMarker(run.doc);
    m_client->uploadFile(run.pdfFile, run.doc.pdf, comment.trimmed(), [this](const WikiResult &r) {
        if (!r.ok())
            return fail(r);
        if (!r.noChange)
            ++m_run->uploads;
        emit progress(3, 4);
        savePage();
    });
}

void WikiTarget::savePage() {
    Run &run = *m_run;
    auto done = [this](const WikiResult &r) {
        Run &active = *m_run;
        if (r.status == WikiResult::Status::Conflict) {
            // Someone saved between our check and our edit: the wiki refused, nothing is overwritten.
            ShareResult result;
            result.status = ShareResult::Status::Conflict;
            result.where = where();
            result.link = active.current.url;
            result.message = r.error;
            return finish(result, active.last);
        }
        if (!r.ok())
            return fail(r);
        if (!r.noChange)
            ++active.uploads;
        RemoteState state;
        state.insert(kTitle, active.title);
        state.insert(kRevision, r.revisionId ? r.revisionId : active.current.revisionId);
        state.insert(kTimestamp, r.timestamp.isEmpty() ? active.current.timestamp : r.timestamp);
        state.insert(kUrl, (r.url.isEmpty() ? active.current.url : r.url).toString());
        state.insert(kTextSha1, QString::fromLatin1(active.textSha1));
        state.insert(kContentHash, QString::fromLatin1(active.doc.contentHash.toHex()));
        if (!active.pdfFile.isEmpty()) {
            state.insert(kPdfFile, active.pdfFile);
            state.insert(kPdfHash, QString::fromLatin1(active.doc.contentHash.toHex()));
        }
        ShareResult result;
        result.status = active.uploads > 0 ? ShareResult::Status::Sent : ShareResult::Status::Unchanged;
        result.uploads = active.uploads;
        result.where = where();
        result.link = QUrl(state.value(kUrl).toString());
        result.message = active.uploads > 0 ? tr("Published to the wiki page %1.").arg(active.title)
                                            : tr("The wiki page %1 is up to date.").arg(active.title);
        finish(result, state);
    };
    if (run.current.exists() && run.current.sha1 == run.textSha1) {
        WikiResult same = run.current;
        same.noChange = true;
        done(same);
        return;
    }
    m_client->savePage(run.title, run.text, tr("Post-mortem published by Hindsight"), run.current, done);
}

void WikiTarget::fail(const WikiResult &r) {
    ShareResult result;
    if (r.status == WikiResult::Status::Cancelled) {
        result.status = ShareResult::Status::Cancelled;
        result.message = tr("Publishing to the wiki was cancelled.");
    } else {
        result = ShareResult::failed(r.error, r.retryable());
    }
    result.where = where();
    finish(result, m_run->last);
}

void WikiTarget::finish(ShareResult result, const RemoteState &state) {
    // The callback may start the next publish: let go of this one first.
    const std::unique_ptr<Run> run = std::move(m_run);
    qCDebug(lcWiki).noquote() << run->title << "->" << int(result.status) << result.uploads;
    run->done(result, state);
}

void WikiTarget::cancel() {
    if (m_run)
        m_client->abort(); // answers the running call with Cancelled, which ends the publish
}

} // namespace hs
