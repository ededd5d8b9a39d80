#include "afterfirstpaint.h"

#include <QStringList>
#include <QTest>
#include <QWidget>

using namespace hs;

class TestAfterFirstPaint final : public QObject {
    Q_OBJECT
private slots:
    void hooks_runAfterThePaint_inTheOrderAsked();
    void hookAddedByAHook_waitsForTheNextPaint();
};

void TestAfterFirstPaint::hooks_runAfterThePaint_inTheOrderAsked() {
    QWidget window;
    window.resize(200, 100);
    QStringList ran;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        afterFirstPaint(&window, [&ran, name] { ran << name; });
    QCoreApplication::processEvents();
    QVERIFY(ran.isEmpty()); // not before the window has painted
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(ran, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    window.update();
    QTest::qWait(50);
    QCOMPARE(ran.size(), 3); // once
}

void TestAfterFirstPaint::hookAddedByAHook_waitsForTheNextPaint() {
    QWidget window;
    window.resize(200, 100);
    QStringList ran;
    afterFirstPaint(&window, [&] {
        ran << QStringLiteral("first");
        afterFirstPaint(&window, [&ran] { ran << QStringLiteral("later"); });
    });
    window.show();
    QTRY_COMPARE(ran, QStringList{QStringLiteral("first")});
    window.update();
    QTRY_COMPARE(ran, QStringList({QStringLiteral("first"), QStringLiteral("later")}));
}

QTEST_MAIN(TestAfterFirstPaint)
#include "tst_afterfirstpaint.moc"
