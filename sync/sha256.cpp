#include "sha256.h"

#ifdef HINDSIGHT_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace hs {

#ifdef HINDSIGHT_HAVE_OPENSSL

struct Sha256::State {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>()) {
    // Allocation or initialisation fail only when out of memory; Qt's own containers abort then too.
    if (!m_state->ctx || EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is not available from OpenSSL");
}

void Sha256::addData(QByteArrayView bytes) {
    EVP_DigestUpdate(m_state->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::hexResult() {
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_state->ctx, reinterpret_cast<unsigned char *>(digest.data()), &size);
    digest.truncate(int(size));
    return digest.toHex();
}

const char *Sha256::backend() {
    return "OpenSSL";
}

#else

struct Sha256::State {
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>()) {}

void Sha256::addData(QByteArrayView bytes) {
    m_state->hash.addData(bytes);
}

QByteArray Sha256::hexResult() {
    return m_state->hash.result().toHex();
}

const char *Sha256::backend() {
    return "Qt";
}

#endif

Sha256::~Sha256() = default;

QByteArray Sha256::hex(QByteArrayView bytes) {
    Sha256 h;
    h.addData(bytes);
    return h.hexResult();
}

} // namespace hs
