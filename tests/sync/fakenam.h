#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpServer>

// Fault injection at createRequest: requests whose verb has a queued fault go to a small server on
// 127.0.0.1 inside this object that misbehaves as asked, so QNAM's own machinery (transfer timeout,
// connection handling) reacts exactly as it would to a real server. Everything else passes through.
// Every request is recorded so tests can check the headers that were sent.
class FakeNam final : public QNetworkAccessManager {
    Q_OBJECT
public:
    struct Fault {
        enum class Kind { Silent, Respond, Close };
        Kind kind = Kind::Silent;
        QByteArray response; // Respond: the raw HTTP answer
    };
    struct Recorded {
        QByteArray verb;
        QUrl url;
        QNetworkRequest request;
        bool faulted = false;
    };

    explicit FakeNam(QObject *parent = nullptr);

    // The next request with this verb gets the fault (queued in order).
    void failNext(const QByteArray &verb, const Fault &fault);
    static Fault silent() { return {Fault::Kind::Silent, {}}; }
    static Fault close() { return {Fault::Kind::Close, {}}; }
    static Fault respond(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                         const QByteArray &body);

    const QList<Recorded> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QByteArray, QList<Fault>> m_queued;
    QHash<QByteArray, Fault> m_byId;
    QList<Recorded> m_requests;
    int m_nextId = 0;
};
