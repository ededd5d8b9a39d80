#include "textgen.h"

namespace hs::bench {

namespace {

QStringList words(const char *spaceSeparated) {
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList &components() {
    static const QStringList list = words(
        "Checkout Payments Search Login Signup Billing Invoicing Cart Catalog Inventory Shipping "
        "Notifications "
        "Email SMS Webhooks API Gateway CDN DNS Database Replica Cache Queue Scheduler Cron Reporting "
        "Analytics "
        "Export Import Upload Storage Backup Auth SSO Mobile-app Website Admin Dashboard Metrics Logging VPN "
        "Kubernetes Load-balancer Certificate Firewall");
    return list;
}

const QStringList &problems() {
    static const QStringList list = words(
        "down slow degraded timeouts 500-errors latency-spike outage data-loss duplicate-charges stale-data "
        "memory-leak disk-full connection-storm deadlock failover certificate-expired misrouted "
        "partial-outage "
        "login-loop crash-loop rate-limited queue-backlog wrong-totals missing-emails broken-links");
    return list;
}

const QStringList &contexts() {
    static const QStringList list = words(
        "after-deploy in-eu-west during-migration for-enterprise-clients on-black-friday after-config-change "
        "at-month-end for-mobile-users after-dependency-upgrade during-maintenance in-us-east "
        "for-new-accounts");
    return list;
}

const QStringList &vocabulary() {
    static const QStringList list = words(
        "the a an of to in for on with after before during while because so and but then when we our client "
        "clients customer request requests error errors rate latency p99 timeout retry retries deploy "
        "rollback "
        "release config flag feature database primary replica index query queries lock locks connection pool "
        "cache miss hit eviction queue worker workers job jobs cron scheduler disk memory cpu node cluster "
        "pod "
        "service services gateway upstream downstream dns certificate token session alert alerts pager "
        "on-call "
        "dashboard graph spike drop increase recovered restored degraded failed failing slow noticed "
        "reported "
        "investigated found confirmed mitigated fixed patched monitored escalated support ticket tickets "
        "minutes "
        "hours region traffic load balancer health check migration schema table column backfill batch script "
        "limit threshold capacity autoscaling runbook postmortem follow-up owner team channel status page");
    return list;
}

QString dashed(QString s) {
    return s.replace(QLatin1Char('-'), QLatin1Char(' '));
}

} // namespace

TextGenerator::TextGenerator(quint64 seed)
    : m_rng(seed) {
    const QStringList &vocab = vocabulary();
    m_sentences.reserve(4096);
    for (int i = 0; i < 4096; ++i) {
        QString sentence;
        const int count = uniform(6, 22);
        for (int w = 0; w < count; ++w) {
            if (w > 0)
                sentence += QLatin1Char(' ');
            sentence += pick(vocab);
        }
        sentence[0] = sentence[0].toUpper();
        sentence += QLatin1Char('.');
        m_sentences << sentence;
    }
}

int TextGenerator::uniform(int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(m_rng);
}

double TextGenerator::unit() {
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
}

const QString &TextGenerator::pick(const QStringList &list) {
    return list.at(uniform(0, int(list.size()) - 1));
}

QString TextGenerator::title() {
    QString t = dashed(pick(components())) + QLatin1Char(' ') + dashed(pick(problems()));
    if (unit() < 0.4)
        t += QLatin1Char(' ') + dashed(pick(contexts()));
    return t;
}

int TextGenerator::sectionLength() {
    // Cubing a uniform draw skews towards short sections: mean ≈ 900, a long tail to 3 KB.
    const double u = unit();
    return 150 + int(u * u * u * 2850);
}

QString TextGenerator::prose(int chars) {
    QString text;
    text.reserve(chars + 200);
    int inParagraph = 0;
    while (text.size() < chars) {
        if (inParagraph == 4) {
            text += QLatin1String("\n\n");
            inParagraph = 0;
        } else if (inParagraph > 0) {
            text += QLatin1Char(' ');
        }
        text += pick(m_sentences);
        ++inParagraph;
    }
    return text;
}

QString TextGenerator::chatExtract(int lines) {
    static const QStringList people =
        words("alice bob carol dave erin frank grace heidi ivan judy mallory oscar");
    QString text;
    text.reserve(lines * 80);
    int minute = uniform(0, 600);
    for (int i = 0; i < lines; ++i) {
        minute += uniform(0, 2);
        text += QStringLiteral("[%1:%2] ")
                    .arg((minute / 60) % 24, 2, 10, QLatin1Char('0'))
                    .arg(minute % 60, 2, 10, QLatin1Char('0'));
        text += pick(people) + QLatin1String(": ") + pick(m_sentences) + QLatin1Char('\n');
    }
    return text;
}

} // namespace hs::bench
