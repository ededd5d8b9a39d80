#pragma once

#include "incident.h"

#include <array>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QPlainTextEdit;

namespace hs {

class AutoSaver;

// The post-mortem's sections as labelled plain-text fields, in the seed's order. Plain text (no rich
// text) keeps a 10 MB channel extract responsive; each field keeps its own undo history.
class SectionFields final : public QWidget {
    Q_OBJECT
public:
    explicit SectionFields(AutoSaver &saver, QWidget *parent = nullptr);

    // Replaces every field's text without emitting edits; resets the fields' undo histories.
    void load(const Incident &incident);
    QPlainTextEdit *field(Section section) const { return m_fields[static_cast<int>(section)]; }
    // Hands typing that is still held back (see LargeTextChars) to the AutoSaver now.
    void commitTyping();

    // Reading a field's whole text costs ~50 ms at 10 MB, too much for every keystroke: above this
    // size, edits reach the AutoSaver at most every LargeTextDelayMs.
    static constexpr int LargeTextChars = 256 * 1024;
    static constexpr int LargeTextDelayMs = 200;

private:
    void textChanged(Section section);

    AutoSaver &m_saver;
    QTimer m_heldBack;
    QSet<Section> m_heldSections;
    std::array<QPlainTextEdit *, SectionCount> m_fields{};
};

} // namespace hs
