#pragma once

// The app's sharing wiring over a fresh database, as app/gui/main.cpp builds it: the stores, the outbox,
// the keychain, the SharingService, and a shown MainWindow with sharing enabled and the service started.
// For the tests that drive sharing in the real window (tst_sharingwindow, tst_sharingsecrets).

#include "actionstore.h"
#include "credentialstore.h"
#include "database.h"
#include "incidentstore.h"
#include "mainwindow.h"
#include "outbox.h"
#include "reviewstore.h"
#include "sharingservice.h"

#include <memory>

struct SharingApp {
    std::unique_ptr<hs::Database> db;
    std::unique_ptr<hs::IncidentStore> store;
    std::unique_ptr<hs::ActionStore> actions;
    std::unique_ptr<hs::ReviewStore> reviews;
    std::unique_ptr<hs::Outbox> outbox;
    std::unique_ptr<hs::CredentialStore> credentials;
    std::unique_ptr<hs::SharingService> sharing;
    std::unique_ptr<hs::MainWindow> window;

    bool open(const QString &databasePath, QString *error) {
        db = std::make_unique<hs::Database>();
        if (!db->open(databasePath, error))
            return false;
        store = std::make_unique<hs::IncidentStore>(*db);
        actions = std::make_unique<hs::ActionStore>(*db);
        reviews = std::make_unique<hs::ReviewStore>(*db);
        outbox = std::make_unique<hs::Outbox>(*db);
        credentials = std::make_unique<hs::CredentialStore>();
        sharing = std::make_unique<hs::SharingService>(*outbox, *store, *actions, *reviews, *credentials);
        window = std::make_unique<hs::MainWindow>(*store);
        window->enableSharing(*sharing);
        window->show();
        sharing->start();
        return true;
    }

    // Everything, in the reverse order of open().
    void close() {
        window.reset();
        sharing.reset();
        credentials.reset();
        outbox.reset();
        reviews.reset();
        actions.reset();
        store.reset();
        db.reset();
    }
};
