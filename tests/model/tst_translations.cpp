#include "appinfo.h"
#include "incident.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using namespace hs;

// hs::initApplication() installs translators for the default locale. Translators stay installed for
// the whole process, so the English case runs first.
class TestTranslations final : public QObject {
    Q_OBJECT
private slots:
    void resource_isLinkedIntoTheModelLibrary();
    void english_keepsSourceStrings();
    void german_translatesModelStrings();
    void german_usesPluralForms();
    void german_loadsQtsOwnTranslations();
};

void TestTranslations::resource_isLinkedIntoTheModelLibrary() {
    // A static library's resource is only there if its object file was linked into the executable.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/hindsight_de.qm")));
}

void TestTranslations::english_keepsSourceStrings() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    initApplication(*QCoreApplication::instance());
    QCOMPARE(sectionLabel(Section::Impact), sectionEnglishLabel(Section::Impact));
}

void TestTranslations::german_translatesModelStrings() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    initApplication(*QCoreApplication::instance());
    QCOMPARE(sectionLabel(Section::Impact), QStringLiteral("Auswirkungen auf Kunden"));
    QCOMPARE(statusLabel(Status::Resolved), QStringLiteral("Behoben"));
    QVERIFY(sectionHint(Section::Prevention) !=
            QLatin1String("Causes, not people: what would have stopped this "
                          "from happening?"));
}

void TestTranslations::german_usesPluralForms() {
    const char *text = "%n of %1 parts of the document written";
    const QString one = QCoreApplication::translate("hs::IncidentListModel", text, nullptr, 1).arg(5);
    const QString three = QCoreApplication::translate("hs::IncidentListModel", text, nullptr, 3).arg(5);
    QCOMPARE(one, QStringLiteral("1 von 5 Teilen des Dokuments geschrieben"));
    QCOMPARE(three, QStringLiteral("3 von 5 Teilen des Dokuments geschrieben"));
}

void TestTranslations::german_loadsQtsOwnTranslations() {
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(qtTranslations).filePath(QStringLiteral("qtbase_de.qm"))))
        QSKIP("qt6-translations-l10n is not installed (scripts/install-deps.sh installs it)");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
