#pragma once

#include "incident.h"

#include <QString>
#include <QStringList>
#include <random>

namespace hs::bench {

// Writes plausible post-mortem text from fixed word lists. Deterministic for a given seed, so a
// corpus regenerated on another machine has the same shape.
class TextGenerator final {
public:
    explicit TextGenerator(quint64 seed);

    QString title();
    // Prose of about `chars` characters, in paragraphs.
    QString prose(int chars);
    // A chat transcript of `lines` lines, as pasted from the incident channel.
    QString chatExtract(int lines);
    // A section length: a few hundred bytes to a few KB, most of them short.
    int sectionLength();
    int uniform(int low, int high); // inclusive
    double unit();

private:
    const QString &pick(const QStringList &list);

    std::mt19937_64 m_rng;
    QStringList m_sentences; // drawn once; sections are built from them, which keeps generation fast
};

} // namespace hs::bench
