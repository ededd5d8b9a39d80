#include "newincidentdialog.h"

#include "naming.h"
#include "theme.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

namespace {

QLabel *nameLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

NewIncidentDialog::NewIncidentDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_channel(nameLabel(this, QStringLiteral("channelPreview")))
    , m_document(nameLabel(this, QStringLiteral("documentPreview")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Declare an Incident"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is broken, e.g. “Checkout DB down”"));
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 48);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Declare"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Document:"), m_document);

    auto *note = new QLabel(tr("Open the channel with this name so everyone finds it; the document's "
                               "exports are named after it."),
                            this);
    note->setWordWrap(true);
    theme::markAsSecondary(note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewIncidentDialog::updateNames);
    connect(m_date, &QDateEdit::dateChanged, this, &NewIncidentDialog::updateNames);
    updateNames();
}

QString NewIncidentDialog::title() const {
    return m_title->text().simplified();
}

QDate NewIncidentDialog::date() const {
    return m_date->date();
}

void NewIncidentDialog::updateNames() {
    const QString slug = naming::slugify(title());
    m_channel->setText(naming::channelName(date(), slug));
    m_document->setText(naming::documentName(date(), slug));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
}

} // namespace hs
