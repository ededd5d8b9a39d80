// The services plugin: SharingService and CalendarService with the CredentialStore they share.
// See services.h for why it is a plugin.

#include "calendarservice.h"
#include "credentialstore.h"
#include "services.h"
#include "sharingservice.h"

#include <QObject>

namespace hs {

namespace {

class ConnectedServices final : public Services {
public:
    ConnectedServices(Outbox &outbox, IncidentStore &incidents, ActionStore &actions, ReviewStore &reviews)
        : m_sharing(outbox, incidents, actions, reviews, m_credentials)
        , m_calendar(m_credentials) {}

    SharingApi &sharing() override { return m_sharing; }
    CalendarApi &calendar() override { return m_calendar; }
    void start() override {
        m_sharing.start();
        m_sharing.watchNetwork();
    }

private:
    CredentialStore m_credentials; // first: both services use it
    SharingService m_sharing;
    CalendarService m_calendar;
};

} // namespace

class ServicesPlugin final : public QObject, public ServicesFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HINDSIGHT_SERVICES_FACTORY_IID)
    Q_INTERFACES(hs::ServicesFactory)
public:
    std::unique_ptr<Services> create(Outbox &outbox, IncidentStore &incidents, ActionStore &actions,
                                     ReviewStore &reviews) override {
        return std::make_unique<ConnectedServices>(outbox, incidents, actions, reviews);
    }
};

} // namespace hs

#include "servicesplugin.moc"
