#include "incidenteditor.h"

#include "actionspanel.h"
#include "autosaver.h"
#include "completenessindicator.h"
#include "incidentheaderform.h"
#include "incidentstore.h"
#include "reviewspanel.h"
#include "sectionfields.h"
#include "sharestatuspanel.h"
#include "theme.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hs {

namespace {

QWidget *placeholderPage(QWidget *parent) {
    auto *page = new QWidget(parent);
    auto *label = new QLabel(IncidentEditor::tr("No incident selected.\n\nPress Ctrl+N to declare one, "
                                                "or pick one from the list."),
                             page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    theme::markAsSecondary(label);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    return page;
}

QFrame *separator(QWidget *parent) {
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

IncidentEditor::IncidentEditor(IncidentStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_saver(new AutoSaver(store, this))
    , m_pages(new QStackedWidget(this))
    , m_saveStatus(new QLabel(this)) {
    m_pages->addWidget(placeholderPage(m_pages));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    connect(m_saver, &AutoSaver::changed, this, [this](Field field) {
        setSaveStatus(tr("Saving…"), false);
        if (field == Field::Title)
            emit titleChanged(m_saver->incident().title);
        if (m_completeness && (sectionOf(field) || field == Field::Link))
            m_completeness->setCompleteness(Completeness::of(m_saver->incident()));
    });
    connect(m_saver, &AutoSaver::saved, this, [this] { setSaveStatus(tr("Saved"), false); });
    connect(m_saver, &AutoSaver::saveFailed, this, [this](const QString &reason) {
        setSaveStatus(tr("Not saved, retrying: %1").arg(reason), true);
    });
}

// The fields are made when first needed (an incident to show, a panel to add): laying them out is
// most of the editor's cost, and the window's first frame does not show them (MainWindow).
void IncidentEditor::ensureForm() {
    if (m_header)
        return;
    auto *form = new QWidget;
    theme::useShapedText(form); // the post-mortem itself
    m_header = new IncidentHeaderForm(*m_saver, form);
    m_completeness = new CompletenessIndicator(form);
    m_sections = new SectionFields(*m_saver, form);
    auto *formLayout = m_formLayout = new QVBoxLayout(form);
    // No top margin: the title lines up with the list's filter box across the splitter.
    formLayout->setContentsMargins(8, 0, 8, 8);
    formLayout->addWidget(m_header);
    formLayout->addSpacing(4);
    formLayout->addWidget(m_completeness);
    formLayout->addWidget(separator(form));
    formLayout->addWidget(m_sections, 1);
    setTabOrder(m_header->lastField(), m_sections->field(Section::Cause));

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
    setFocusProxy(m_header->firstField());
    connect(m_header, &IncidentHeaderForm::message, this, &IncidentEditor::message);
    if (m_saver->hasIncident()) {
        m_header->load(m_saver->incident());
        m_sections->load(m_saver->incident());
        m_completeness->setCompleteness(Completeness::of(m_saver->incident()));
    }
}

// The saver is a child and would flush in QObject's destructor, after the fields are gone; flush
// while everything still exists.
IncidentEditor::~IncidentEditor() {
    flush();
}

void IncidentEditor::setFollowUp(ActionStore &actions, ReviewStore &reviews) {
    if (m_actions)
        return;
    ensureForm();
    QWidget *form = m_sections->parentWidget();
    m_actions = new ActionsPanel(actions, form);
    m_reviews = new ReviewsPanel(reviews, form);
    m_reviews->setCalendar(m_calendar);
    m_formLayout->addSpacing(12);
    m_formLayout->addWidget(separator(form));
    m_formLayout->addWidget(m_actions);
    m_formLayout->addSpacing(8);
    m_formLayout->addWidget(m_reviews);
    setTabOrder(m_sections->field(Section::Prevention), m_actions);
    connect(m_actions, &ActionsPanel::message, this, &IncidentEditor::message);
    connect(m_reviews, &ReviewsPanel::message, this, &IncidentEditor::message);
    connect(m_saver, &AutoSaver::changed, this, [this](Field field) {
        if (field == Field::Title)
            m_reviews->setTitle(m_saver->incident().title);
        // Written (or already shared): time to plan the reviews. Queued, so the status combo has
        // finished its own change before a dialog opens over it.
        const Status status = m_saver->incident().status;
        if (field == Field::Status && (status == Status::Documented || status == Status::Shared))
            QTimer::singleShot(0, m_reviews, &ReviewsPanel::proposeIfNone);
    });
    m_actions->setIncident(incidentId());
    m_reviews->setIncident(incidentId(), incident().title);
}

void IncidentEditor::setCalendar(CalendarApi *calendar) {
    m_calendar = calendar;
    if (m_reviews)
        m_reviews->setCalendar(calendar);
}

void IncidentEditor::setSharing(SharingApi &api) {
    if (m_sharing)
        return;
    ensureForm();
    QWidget *form = m_sections->parentWidget();
    m_sharing = new ShareStatusPanel(api, form);
    // Under the completeness line: where the document went is part of its state.
    m_formLayout->insertWidget(m_formLayout->indexOf(m_completeness) + 1, m_sharing);
    connect(m_sharing, &ShareStatusPanel::message, this, &IncidentEditor::message);
    connect(m_saver, &AutoSaver::saved, m_sharing, &ShareStatusPanel::contentEdited);
    m_sharing->setIncident(incidentId());
}

bool IncidentEditor::showIncident(qint64 id, QString *error) {
    if (id == incidentId())
        return true;
    if (!flush(error))
        return false;
    const std::optional<Incident> incident = m_store.load(id, error);
    if (!incident)
        return false;
    ensureForm();
    m_saver->setIncident(*incident);
    m_header->load(*incident);
    m_sections->load(*incident);
    m_completeness->setCompleteness(Completeness::of(*incident));
    if (m_actions) {
        m_actions->setIncident(incident->id);
        m_reviews->setIncident(incident->id, incident->title);
    }
    if (m_sharing)
        m_sharing->setIncident(incident->id);
    m_pages->setCurrentIndex(1);
    setSaveStatus(tr("Saved"), false);
    emit titleChanged(incident->title);
    return true;
}

void IncidentEditor::clear() {
    if (m_sections)
        m_sections->commitTyping();
    m_saver->clear();
    if (m_header) {
        m_header->load(Incident());
        m_sections->load(Incident());
    }
    if (m_actions) {
        m_actions->setIncident(0);
        m_reviews->setIncident(0, {});
    }
    if (m_sharing)
        m_sharing->setIncident(0);
    m_pages->setCurrentIndex(0);
    setSaveStatus({}, false);
    emit titleChanged({});
}

bool IncidentEditor::flush(QString *error) {
    if (m_sections)
        m_sections->commitTyping();
    return m_saver->flush(error);
}

qint64 IncidentEditor::incidentId() const {
    return m_saver->incident().id;
}

const Incident &IncidentEditor::incident() const {
    return m_saver->incident();
}

void IncidentEditor::focusFirstSection() {
    ensureForm();
    m_sections->field(Section::Cause)->setFocus(Qt::OtherFocusReason);
}

void IncidentEditor::copyChannelName() {
    ensureForm();
    m_header->copyChannelName();
}

void IncidentEditor::setStatus(Status status) {
    if (!m_saver->hasIncident() || !m_saver->change(Field::Status, static_cast<int>(status)))
        return;
    // The header form shows what the saver holds only on load(); update its combo without an edit.
    ensureForm();
    if (auto *combo = m_header->findChild<QComboBox *>(QStringLiteral("statusCombo"))) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(static_cast<int>(status)));
    }
}

QPlainTextEdit *IncidentEditor::sectionField(Section section) {
    ensureForm();
    return m_sections->field(section);
}

CompletenessIndicator *IncidentEditor::completenessIndicator() {
    ensureForm();
    return m_completeness;
}

void IncidentEditor::setSaveStatus(const QString &text, bool error) {
    m_saveStatus->setText(text);
    m_saveStatus->setToolTip(text);
    theme::markAsError(m_saveStatus, error);
}

} // namespace hs
