#include "sectionfields.h"

#include "autosaver.h"

#include <QAction>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <utility>

namespace hs {

namespace {

constexpr std::array<Section, SectionCount> kOrder{Section::Cause, Section::Impact, Section::Resolution,
                                                   Section::Extract, Section::Prevention};

// A plain-text field whose preferred height is a number of lines rather than QAbstractScrollArea's
// fixed default, so short sections stay compact and the extract gets the room.
class SectionEdit final : public QPlainTextEdit {
public:
    SectionEdit(int preferredLines, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_preferredLines(preferredLines) {}

    int linesHigh(int lines) const {
        const QMargins margins = contentsMargins();
        return fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2) + margins.top() +
               margins.bottom();
    }
    QSize sizeHint() const override {
        return {QPlainTextEdit::sizeHint().width(), linesHigh(m_preferredLines)};
    }

private:
    int m_preferredLines;
};

} // namespace

SectionFields::SectionFields(AutoSaver &saver, QWidget *parent)
    : QWidget(parent)
    , m_saver(saver) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *previous = nullptr;
    for (const Section section : kOrder) {
        const bool extract = section == Section::Extract;
        auto *edit = new SectionEdit(extract ? 16 : 5, this);
        edit->setObjectName(sectionKey(section) + QLatin1String("Edit"));
        edit->setPlaceholderText(sectionHint(section));
        edit->setToolTip(sectionHint(section));
        edit->setTabChangesFocus(true);
        if (extract) {
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            // Chat logs are line-oriented; wrapping a 10 MB paste would lay out every line at once.
            edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        }
        edit->setMinimumHeight(edit->linesHigh(extract ? 8 : 3));

        // Alt+1…5 jumps to a section, so a long form is quick to move through with the keyboard.
        const int number = int(section) + 1;
        auto *label =
            new QLabel(QStringLiteral("<b>%1</b>").arg(sectionLabel(section).toHtmlEscaped()), this);
        label->setBuddy(edit);
        label->setToolTip(tr("Alt+%1").arg(number));
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        jump->setShortcutContext(Qt::WindowShortcut);
        connect(jump, &QAction::triggered, edit, [edit] { edit->setFocus(Qt::ShortcutFocusReason); });
        addAction(jump);

        layout->addSpacing(previous ? 8 : 0);
        layout->addWidget(label);
        layout->addWidget(edit, extract ? 3 : 1);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        m_fields[static_cast<int>(section)] = edit;

        connect(edit, &QPlainTextEdit::textChanged, this, [this, section] { textChanged(section); });
    }
    m_heldBack.setSingleShot(true);
    m_heldBack.setInterval(LargeTextDelayMs);
    connect(&m_heldBack, &QTimer::timeout, this, &SectionFields::commitTyping);
}

void SectionFields::textChanged(Section section) {
    QPlainTextEdit *edit = field(section);
    if (edit->document()->characterCount() < LargeTextChars && !m_heldSections.contains(section)) {
        m_saver.change(fieldOf(section), edit->toPlainText());
        return;
    }
    m_heldSections.insert(section);
    if (!m_heldBack.isActive()) // not restarted: continuous typing still reaches the saver
        m_heldBack.start();
}

void SectionFields::commitTyping() {
    m_heldBack.stop();
    const QSet<Section> sections = std::exchange(m_heldSections, {});
    for (const Section section : sections)
        m_saver.change(fieldOf(section), field(section)->toPlainText());
}

void SectionFields::load(const Incident &incident) {
    // Held-back typing belongs to the incident shown before; the editor committed it already.
    m_heldBack.stop();
    m_heldSections.clear();
    for (const Section section : kOrder) {
        QPlainTextEdit *edit = field(section);
        const QSignalBlocker blocker(edit);
        edit->setPlainText(incident.text(section));
    }
}

} // namespace hs
