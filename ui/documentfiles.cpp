#include "documentfiles.h"

#include "actionstore.h"
#include "documentimporter.h"
#include "incidentstore.h"
#include "prompts.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace hs::documentfiles {

namespace {

const QString kExportFolderKey = QStringLiteral("export/lastFolder");
const QString kImportFolderKey = QStringLiteral("import/lastFolder");

QString tr(const char *text) {
    return QCoreApplication::translate("hs::documentfiles", text);
}

QString folder(const QString &key) {
    const QString dir = QSettings().value(key).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString formatName(renderer::Format format) {
    switch (format) {
    case renderer::Format::Markdown:
        return tr("Markdown");
    case renderer::Format::Html:
        return tr("HTML");
    case renderer::Format::Pdf:
        return tr("PDF");
    case renderer::Format::Json:
        return tr("JSON");
    }
    return {};
}

QString exportIncident(QWidget *parent, const Incident &incident, renderer::Format format,
                       const ActionStore *actions, const ReviewStore *reviews) {
    const QString ext = renderer::extension(format);
    const QString suggested =
        QDir(folder(kExportFolderKey)).filePath(incident.documentName() + QLatin1Char('.') + ext);
    const QString filter = QString(formatName(format) + QLatin1String(" (*.") + ext + QLatin1Char(')'));
    const QString path =
        prompts::saveFileName(parent, tr("Export as %1").arg(formatName(format)), suggested, filter);
    if (path.isEmpty())
        return {};
    QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    QString error;
    // The editor's incident (it may hold edits not saved yet) with the stored follow-ups.
    const bool withFollowUps = actions && reviews && incident.id > 0;
    const bool written = withFollowUps
                             ? renderer::exportTo(PostMortem{incident, actions->forIncident(incident.id),
                                                             reviews->forIncident(incident.id)},
                                                  format, path, &error)
                             : renderer::exportTo(incident, format, path, &error);
    if (!written) {
        prompts::critical(parent, tr("The document could not be exported."), error);
        return {};
    }
    return path;
}

std::optional<qint64> importIncident(QWidget *parent, IncidentStore &store, ActionStore *actions,
                                     ReviewStore *reviews) {
    const QString path = prompts::openFileName(parent, tr("Import a Post-Mortem"), folder(kImportFolderKey),
                                               tr("Post-mortems (*.md *.markdown *.json);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    QSettings().setValue(kImportFolderKey, QFileInfo(path).absolutePath());
    QString error;
    std::optional<PostMortem> read = importer::readFile(path, &error);
    std::optional<Incident> incident;
    if (read && actions && reviews) {
        if (const auto stored = insertPostMortem(store, *actions, *reviews, *read, &error))
            incident = stored->incident;
    } else if (read) {
        incident = store.insert(read->incident, &error);
    }
    if (!incident) {
        prompts::critical(parent, tr("%1 could not be imported.").arg(QFileInfo(path).fileName()), error);
        return std::nullopt;
    }
    return incident->id;
}

} // namespace hs::documentfiles
