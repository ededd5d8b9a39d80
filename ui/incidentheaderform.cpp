#include "incidentheaderform.h"

#include "autosaver.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace hs {

namespace {

QLabel *hintLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->hide();
    theme::markAsError(label, true);
    return label;
}

QWidget *withHint(QWidget *field, QLabel *hint) {
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(hint);
    return box;
}

} // namespace

IncidentHeaderForm::IncidentHeaderForm(AutoSaver &saver, QWidget *parent)
    : QWidget(parent)
    , m_saver(saver)
    , m_title(new QLineEdit(this))
    , m_titleHint(hintLabel(this, QStringLiteral("titleHint")))
    , m_date(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_channel(new QLineEdit(this))
    , m_copy(new QPushButton(theme::icon(QStringLiteral("edit-copy")), tr("&Copy"), this))
    , m_link(new QLineEdit(this))
    , m_linkHint(hintLabel(this, QStringLiteral("linkHint")))
    , m_document(new QLabel(this)) {
    m_title->setObjectName(QStringLiteral("titleEdit"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const Status s : {Status::Ongoing, Status::Resolved, Status::Documented, Status::Shared})
        m_status->addItem(statusLabel(s), static_cast<int>(s));
    m_channel->setObjectName(QStringLiteral("channelEdit"));
    m_channel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copyChannelButton"));
    m_copy->setToolTip(tr("Copy the channel name to the clipboard (Ctrl+Shift+C)"));
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_link->setPlaceholderText(tr("https://chat.example.com/archives/C123"));
    m_link->setToolTip(tr("The address of the incident channel; with it, the extract is optional."));
    m_document->setObjectName(QStringLiteral("documentName"));
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_document->setToolTip(tr("Every exported file is named after the document."));

    auto *when = new QHBoxLayout;
    auto *statusLabelWidget = new QLabel(tr("&Status:"), this);
    statusLabelWidget->setBuddy(m_status);
    when->addWidget(m_date);
    when->addSpacing(12);
    when->addWidget(statusLabelWidget);
    when->addWidget(m_status);
    when->addStretch();
    auto *channel = new QHBoxLayout;
    channel->addWidget(m_channel, 1);
    channel->addWidget(m_copy);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), withHint(m_title, m_titleHint));
    // Rows whose field is a layout need their own label: QFormLayout gives them no buddy (mnemonic).
    auto *dateLabel = new QLabel(tr("D&ate:"), this);
    dateLabel->setBuddy(m_date);
    auto *channelLabel = new QLabel(tr("Cha&nnel:"), this);
    channelLabel->setBuddy(m_channel);
    form->addRow(dateLabel, when);
    form->addRow(channelLabel, channel);
    form->addRow(tr("&Link:"), withHint(m_link, m_linkHint));
    form->addRow(tr("Document:"), m_document);

    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_status);
    setTabOrder(m_status, m_channel);
    setTabOrder(m_channel, m_copy);
    setTabOrder(m_copy, m_link);

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(Field::Title, text, m_titleHint); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) { edit(Field::Date, date, nullptr); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { edit(Field::Status, m_status->currentData(), nullptr); });
    connect(m_channel, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(Field::Channel, text, nullptr); });
    connect(m_link, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(Field::Link, text, m_linkHint); });
    connect(m_copy, &QPushButton::clicked, this, &IncidentHeaderForm::copyChannelName);
    connect(&m_saver, &AutoSaver::changed, this, [this](Field field) {
        if (field == Field::Date)
            showDocumentName();
    });
}

void IncidentHeaderForm::load(const Incident &incident) {
    const QSignalBlocker blockTitle(m_title), blockDate(m_date), blockStatus(m_status),
        blockChannel(m_channel), blockLink(m_link);
    m_title->setText(incident.title);
    m_date->setDate(incident.date);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(incident.status)));
    m_channel->setText(incident.channel);
    m_link->setText(incident.channelLink);
    m_titleHint->hide();
    m_linkHint->hide();
    showDocumentName();
}

void IncidentHeaderForm::copyChannelName() {
    const QString name = m_channel->text().trimmed();
    if (name.isEmpty())
        return;
    QApplication::clipboard()->setText(name);
    emit message(tr("Copied %1 to the clipboard.").arg(name));
}

QWidget *IncidentHeaderForm::firstField() const {
    return m_title;
}

QWidget *IncidentHeaderForm::lastField() const {
    return m_link;
}

void IncidentHeaderForm::edit(Field field, const QVariant &value, QLabel *hint) {
    QString error;
    const bool ok = m_saver.change(field, value, &error);
    if (hint) {
        // The value stays in the field so the user can correct it; it is only not saved.
        hint->setText(error);
        hint->setVisible(!ok && !error.isEmpty());
    }
}

void IncidentHeaderForm::showDocumentName() {
    m_document->setText(m_saver.incident().documentName());
}

} // namespace hs
