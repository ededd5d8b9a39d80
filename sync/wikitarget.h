#pragma once

#include "sharetarget.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace hs {

// What one wiki operation ended with. `error` is one sentence for the user and never holds a password
// or token.
struct WikiResult {
    enum class Status {
        Ok,
        Conflict,             // the page changed (or was created/deleted) since the revision we based on
        AuthenticationFailed, // wrong user name or bot password, or the session could not be made
        Forbidden,            // logged in, but not allowed (protected page, no upload right ...)
        InvalidRequest,       // refused before sending, or a name the wiki cannot take
        ApiError,             // the wiki refused for another reason (its code and words in `error`)
        ConnectionRefused,
        HostNotFound,
        TlsError,
        Timeout,
        NetworkError, // any other transport failure (dropped connection ...)
        ServerError,  // 5xx, or an answer that is not the wiki's JSON
        Busy,         // the wiki asked to come back later (rate limit, read-only, maxlag)
        Cancelled,
    };

    Status status = Status::Ok;
    QString error;
    QString code; // the wiki's error code when it gave one ("editconflict", "badtoken" ...)

    // pageInfo() and savePage(): the page's current revision (0 when the page does not exist).
    qint64 revisionId = 0;
    QString timestamp;     // of that revision, as the wiki wrote it (ISO 8601, UTC)
    QString user;          // who made it
    QByteArray sha1;       // hex SHA-1 of its text, as the wiki computed it
    QString curTimestamp;  // pageInfo(): the wiki's "now", the start of an edit
    QUrl url;              // the page, or the uploaded file's description page
    QString comment;       // fileInfo(): what the file's current version was uploaded with
    bool noChange = false; // savePage()/uploadFile(): the wiki already had exactly this

    bool ok() const { return status == Status::Ok; }
    bool exists() const { return revisionId > 0; }
    // A later attempt may succeed without the user changing anything.
    bool retryable() const {
        switch (status) {
        case Status::ConnectionRefused:
        case Status::HostNotFound:
        case Status::Timeout:
        case Status::NetworkError:
        case Status::ServerError:
        case Status::Busy:
        case Status::Cancelled:
            return true;
        default:
            return false;
        }
    }
};

// The site-specific part of a wiki target: MediaWiki's Action API today (MediaWikiClient), Confluence's
// REST API next. Page-level operations only; the publish logic (conflicts, unchanged documents, the PDF)
// lives once in WikiTarget. Each call answers exactly once through its callback, from the event loop,
// unless the client is destroyed first; abort() answers the running call with Cancelled.
class WikiClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WikiClient)
public:
    using Callback = std::function<void(const WikiResult &)>;

    explicit WikiClient(QObject *parent = nullptr)
        : QObject(parent) {}
    ~WikiClient() override = default;

    virtual QString where() const = 0; // the wiki's address, without credentials
    // Signs in (if not signed in yet) and checks that we may edit.
    virtual void login(Callback done) = 0;
    // The page's current revision, or !exists() when it has none.
    virtual void pageInfo(const QString &title, Callback done) = 0;
    // Saves `text` as the page. `base` is the revision the text replaces, as pageInfo() returned it:
    // when the page is no longer at that revision (or, for a base that does not exist, when it exists by
    // now) the answer is Conflict and nothing is written.
    virtual void savePage(const QString &title, const QString &text, const QString &summary,
                          const WikiResult &base, Callback done) = 0;
    // The file attachment's current version: `sha1` (hex, empty when there is no such file) and its
    // upload comment.
    virtual void fileInfo(const QString &fileName, Callback done) = 0;
    // Uploads (or re-uploads) a file attachment; noChange when the wiki already has these bytes.
    virtual void uploadFile(const QString &fileName, const QByteArray &data, const QString &comment,
                            Callback done) = 0;
    virtual void abort() = 0;
};

// Settings every wiki target shares.
struct WikiTargetOptions {
    QString pagePrefix = QStringLiteral("Postmortems/"); // the page is <prefix><documentName>
    QString category = QStringLiteral("Post-mortems");
};

// A share target that publishes each post-mortem as one wiki page with its PDF attached, through a
// WikiClient. A page changed by anyone since our last publish is never overwritten (Conflict, nothing
// written) unless the user chose to replace it (ShareDocument::overwrite). RemoteState holds the page
// title, revision id and timestamp, the SHA-1 of the text we saved and the content hash of the PDF.
// A PDF that is on the wiki already (same bytes, or uploaded from the same content, which its upload
// comment names) is not uploaded again, so a publish interrupted after its upload adds no second version.
// Subclasses say how a document becomes a page (renderPage()).
class WikiTarget : public ShareTarget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WikiTarget)
public:
    // Takes ownership of `client`.
    WikiTarget(WikiClient *client, const WikiTargetOptions &options, QObject *parent = nullptr);
    ~WikiTarget() override;

    QString where() const override;
    void test(TestCallback done) override;
    void publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) override;
    void cancel() override;

    QString pageTitle(const ShareDocument &doc) const;
    static QString pdfFileName(const ShareDocument &doc); // "Incident_2026_11_24_slug.pdf"
    WikiClient *client() const { return m_client; }

protected:
    // The page's text for `doc`; `pdfFile` is the attachment's name, empty when there is none.
    virtual QString renderPage(const ShareDocument &doc, const QString &pdfFile) const = 0;
    const WikiTargetOptions &options() const { return m_options; }

private:
    struct Run;
    void checkPage();
    void uploadPdf();
    void sendPdf();
    void savePage();
    void finish(ShareResult result, const RemoteState &state);
    void fail(const WikiResult &r);
    void answerLater(std::function<void()> answer);

    WikiClient *m_client;
    WikiTargetOptions m_options;
    std::unique_ptr<Run> m_run; // the running publish, if any
};

} // namespace hs
