#pragma once

#include <memory>
#include <QByteArray>
#include <QByteArrayView>

namespace hs {

// SHA-256, through OpenSSL's libcrypto when the build found it (ten times Qt 6.4's own on CPUs with
// SHA extensions: every shared PDF is hashed, 60 MB for 1,000 documents), else QCryptographicHash.
// The digests are the same either way.
//
//   Sha256 h;  h.addData("prefix:");  h.addData(bytes);  QByteArray hex = h.hexResult();
class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray hexResult(); // lower-case hex; the object is done after this

    static QByteArray hex(QByteArrayView bytes);
    static const char *backend(); // "OpenSSL" or "Qt", for the benchmark's report

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace hs
