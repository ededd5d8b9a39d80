#include "fakenam.h"

#include <QTcpSocket>

FakeNam::FakeNam(QObject *parent)
    : QNetworkAccessManager(parent) {
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this); // a silent fault keeps it open until the client gives up
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

void FakeNam::failNext(const QByteArray &verb, const Fault &fault) {
    m_queued[verb].append(fault);
}

FakeNam::Fault FakeNam::respond(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                                const QByteArray &body) {
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &h : headers)
        raw += h + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return {Fault::Kind::Respond, raw};
}

QNetworkReply *FakeNam::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) {
    QByteArray verb;
    switch (op) {
    case GetOperation:
        verb = "GET";
        break;
    case HeadOperation:
        verb = "HEAD";
        break;
    case PutOperation:
        verb = "PUT";
        break;
    case PostOperation:
        verb = "POST";
        break;
    case DeleteOperation:
        verb = "DELETE";
        break;
    case CustomOperation:
        verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    default:
        break;
    }
    Recorded rec{verb, request.url(), request, false};
    QNetworkRequest routed = request;
    if (auto it = m_queued.find(verb); it != m_queued.end() && !it->isEmpty()) {
        const QByteArray id = QByteArray::number(++m_nextId);
        m_byId.insert(id, it->takeFirst());
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        url.setPath(QStringLiteral("/fault/") + QString::fromLatin1(id));
        routed.setUrl(url);
        rec.faulted = true;
    }
    m_requests.append(rec);
    return QNetworkAccessManager::createRequest(op, routed, data);
}

void FakeNam::serve(QTcpSocket *socket) {
    // Wait for the whole request (headers and body) before misbehaving, like a real server would.
    const QByteArray seen = socket->peek(socket->bytesAvailable());
    const qsizetype headerEnd = seen.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype contentLength = 0;
    for (const QByteArray &line : seen.left(headerEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    if (seen.size() < headerEnd + 4 + contentLength)
        return;
    socket->readAll();
    const QByteArray path = seen.left(seen.indexOf("\r\n")).split(' ').value(1);
    const Fault fault = m_byId.value(path.mid(path.lastIndexOf('/') + 1));
    switch (fault.kind) {
    case Fault::Kind::Silent:
        break;
    case Fault::Kind::Respond:
        socket->write(fault.response);
        socket->disconnectFromHost();
        break;
    case Fault::Kind::Close:
        socket->abort();
        break;
    }
}
