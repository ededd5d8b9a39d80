#pragma once

#include <optional>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace hs {

// Every modal question and file dialog of the UI goes through here. Tests queue the answer with
// setNext…() and the dialog is then not shown, so no modal loop blocks a test run.
namespace prompts {

QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &text,
                                const QString &details, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton);
void critical(QWidget *parent, const QString &text, const QString &details);

// A line of text, e.g. why an action is dropped. Returns an empty string when the user cancels.
QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial = {});

// Returns an empty string when the user cancels.
QString saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
// A folder; answered by setNextFileName() in tests.
QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);

// Test seams: the next question / file dialog returns this instead of being shown.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString &fileName);
// The next text() returns this (an empty string: as if cancelled).
void setNextText(const QString &text);
// The text and details of the last question asked (for text(): its label and title), shown or answered by a
// seam.
QString lastText();
QString lastDetails();
// The path the last save dialog proposed (folder and default file name).
QString lastProposedPath();

} // namespace prompts
} // namespace hs
