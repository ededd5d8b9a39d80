#include "sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using hs::Sha256;

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void hex_knownDigests_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180-2 examples.
        QTest::newRow("empty") << QByteArray()
                               << QByteArray(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    void hex_knownDigests() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hex(input), digest);
    }

    void addData_inPiecesEqualsOneShot() {
        QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size(); at += 65537)
            pieces.addData(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(65537, bytes.size() - at)));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(pieces.hexResult(), expected);
        // The stored hashes of earlier versions were Qt's: whichever backend, the digest is the same.
        QCOMPARE(Sha256::hex(bytes), expected);
        qInfo("backend: %s", Sha256::backend());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
