#pragma once

#include <memory>
#include <QtPlugin>

namespace hs {

class ActionStore;
class CalendarApi;
class IncidentStore;
class Outbox;
class ReviewStore;
class SharingApi;

// Sharing and the calendar, as the window uses them. They are built in the services plugin
// (hindsight-services, servicesplugin.cpp), which alone links the network, the keychain and libcrypto: the
// app loads it after its first paint, so starting the window does not load those libraries.
class Services {
public:
    virtual ~Services() = default;
    virtual SharingApi &sharing() = 0;
    virtual CalendarApi &calendar() = 0;
    // Sends what was queued while offline or when the app quit, and again when the network is back.
    virtual void start() = 0;
};

// The plugin's one interface. Everything passed must outlive the services.
class ServicesFactory {
public:
    virtual ~ServicesFactory() = default;
    virtual std::unique_ptr<Services> create(Outbox &outbox, IncidentStore &incidents, ActionStore &actions,
                                             ReviewStore &reviews) = 0;
};

} // namespace hs

#define HINDSIGHT_SERVICES_FACTORY_IID "io.github.hindsight.ServicesFactory/1"
Q_DECLARE_INTERFACE(hs::ServicesFactory, HINDSIGHT_SERVICES_FACTORY_IID)
