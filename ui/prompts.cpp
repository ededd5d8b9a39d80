#include "prompts.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>

namespace hs::prompts {

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
std::optional<QString> g_nextText;
QString g_lastText;
QString g_lastDetails;
QString g_lastProposedPath;

std::optional<QString> takeFileName() {
    std::optional<QString> name;
    name.swap(g_nextFileName);
    return name;
}

} // namespace

QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &text,
                                const QString &details, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton) {
    g_lastText = text;
    g_lastDetails = details;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, QApplication::applicationDisplayName(), text, buttons, parent);
    box.setInformativeText(details);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void critical(QWidget *parent, const QString &text, const QString &details) {
    ask(parent, QMessageBox::Critical, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial) {
    g_lastText = label;
    g_lastDetails = title;
    if (g_nextText) {
        QString answer;
        answer.swap(*g_nextText);
        g_nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? answer : QString();
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter) {
    g_lastProposedPath = path;
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter) {
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir) {
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void setNextAnswer(QMessageBox::StandardButton answer) {
    g_nextAnswer = answer;
}
void setNextFileName(const QString &fileName) {
    g_nextFileName = fileName;
}
void setNextText(const QString &text) {
    g_nextText = text;
}
QString lastText() {
    return g_lastText;
}
QString lastDetails() {
    return g_lastDetails;
}
QString lastProposedPath() {
    return g_lastProposedPath;
}

} // namespace hs::prompts
