#include "preferencesdialog.h"

#include "followupsettings.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace hs {

namespace {

QSpinBox *daysBox(int value, const QString &name, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, followupsettings::MaxDays);
    box->setSuffix(PreferencesDialog::tr(" days"));
    box->setValue(value);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    const DueDefaults due = followupsettings::dueDefaults();
    m_nowDays = daysBox(due.nowDays, QStringLiteral("nowDays"), this);
    m_laterDays = daysBox(due.laterDays, QStringLiteral("laterDays"), this);
    m_reviewTime = new QTimeEdit(followupsettings::reviewTime(), this);
    m_reviewTime->setObjectName(QStringLiteral("reviewTime"));
    m_reviewTime->setDisplayFormat(QStringLiteral("HH:mm"));

    auto *form = new QFormLayout;
    form->addRow(tr("Actions to do &now are due in:"), m_nowDays);
    form->addRow(tr("Actions to do &later are due in:"), m_laterDays);
    form->addRow(tr("Reviews are proposed &at:"), m_reviewTime);
    auto *note = new QLabel(tr("Due dates and review days that fall on a weekend move to the Monday. "
                               "Existing actions and reviews keep their dates."),
                            this);
    note->setWordWrap(true);
    theme::markAsSecondary(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
    followupsettings::setDueDefaults(DueDefaults{m_nowDays->value(), m_laterDays->value()});
    followupsettings::setReviewTime(m_reviewTime->time());
    QDialog::accept();
}

} // namespace hs
