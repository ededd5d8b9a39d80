#pragma once

#include "incident.h"

#include <array>
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

private:
    AutoSaver &m_saver;
    std::array<QPlainTextEdit *, SectionCount> m_fields{};
};

} // namespace hs
