<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hs</name>
    <message>
        <source>The action “%1” cannot be stored: %2</source>
        <translation>Die Maßnahme „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The %1 review has no valid date.</source>
        <translation>Die Überprüfung %1 hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The actions of incident %1 could not be read: %2</source>
        <translation>Die Maßnahmen von Vorfall %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The reviews of incident %1 could not be read: %2</source>
        <translation>Die Überprüfungen von Vorfall %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; they are asked for separately.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg; sie werden getrennt abgefragt.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Freigegebener Ordner</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>MediaWiki</source>
        <translation>MediaWiki</translation>
    </message>
    <message>
        <source>Bot password</source>
        <translation>Bot-Passwort</translation>
    </message>
    <message>
        <source>Chat webhook</source>
        <translation>Chat-Webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Give the share target a name.</source>
        <translation>Geben Sie dem Freigabeziel einen Namen.</translation>
    </message>
    <message>
        <source>Enter the full path of the shared folder.</source>
        <translation>Geben Sie den vollständigen Pfad des freigegebenen Ordners ein.</translation>
    </message>
    <message>
        <source>Enter the user name for the WebDAV server.</source>
        <translation>Geben Sie den Benutzernamen für den WebDAV-Server ein.</translation>
    </message>
    <message>
        <source>Unknown kind of share target &quot;%1&quot;.</source>
        <translation>Unbekannte Art von Freigabeziel „%1“.</translation>
    </message>
    <message>
        <source>Sharing to &quot;%1&quot; targets is not available in this version.</source>
        <translation>Das Teilen an Ziele der Art „%1“ ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>; 1 now-action open.</source>
        <translation>; 1 Sofort-Maßnahme offen.</translation>
    </message>
    <message>
        <source>; %1 now-actions open.</source>
        <translation>; %1 Sofort-Maßnahmen offen.</translation>
    </message>
</context>
<context>
    <name>hs::Action</name>
    <message>
        <source>The action needs a title.</source>
        <translation>Die Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>The bucket must be one of: %1.</source>
        <translation>Die Dringlichkeit muss eine der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The status must be one of: %1.</source>
        <translation>Der Status muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>Say why the action is dropped: a reason is required.</source>
        <translation>Geben Sie an, warum die Maßnahme verworfen wird: Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>A dropped action keeps its reason; reopen it first.</source>
        <translation>Eine verworfene Maßnahme behält ihren Grund; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>The due date must be a valid date written YYYY-MM-DD.</source>
        <translation>Das Fälligkeitsdatum muss ein gültiges Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>The link must be a full URL such as https://tracker.example.com/browse/OPS-42.</source>
        <translation>Der Link muss eine vollständige URL sein, etwa https://tracker.example.com/browse/OPS-42.</translation>
    </message>
</context>
<context>
    <name>hs::ActionLinkDelegate</name>
    <message>
        <source>https://tracker.example.com/browse/OPS-42</source>
        <translation>https://tracker.example.com/browse/OPS-42</translation>
    </message>
    <message>
        <source>Not a full URL yet: type it with https:// and the host.</source>
        <translation>Noch keine vollständige URL: Geben Sie sie mit https:// und dem Host ein.</translation>
    </message>
</context>
<context>
    <name>hs::ActionListModel</name>
    <message>
        <source>Dropped: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason dropped</source>
        <translation>Grund für das Verwerfen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>tracker issue URL</comment>
        <translation>Link</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>An action can only be moved within its incident.</source>
        <translation>Eine Maßnahme kann nur innerhalb ihres Vorfalls verschoben werden.</translation>
    </message>
</context>
<context>
    <name>hs::ActionNotesDelegate</name>
    <message>
        <source>Notes (Enter: new line, Ctrl+Enter: save)</source>
        <translation>Notizen (Eingabe: neue Zeile, Strg+Eingabe: speichern)</translation>
    </message>
    <message>
        <source>Enter starts a new line; Ctrl+Enter saves, Escape cancels</source>
        <translation>Eingabe beginnt eine neue Zeile; Strg+Eingabe speichert, Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>hs::ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>hs::ActionStore</name>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The action could not be saved: %1</source>
        <translation>Die Maßnahme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>there is no incident %1</source>
        <translation>es gibt keinen Vorfall %1</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Es gibt keine Maßnahme %1.</translation>
    </message>
    <message>
        <source>The action could not be removed: %1</source>
        <translation>Die Maßnahme konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The action could not be moved: %1</source>
        <translation>Die Maßnahme konnte nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::ActionsPanel</name>
    <message>
        <source>No actions yet. Press Insert to add one, or drag one here.</source>
        <translation>Noch keine Maßnahmen. Drücken Sie Einfg, um eine hinzuzufügen, oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <source>— it will happen again shortly otherwise</source>
        <translation>– sonst passiert es bald wieder</translation>
    </message>
    <message>
        <source>— worth doing, but it can wait</source>
        <translation>– lohnt sich, kann aber warten</translation>
    </message>
    <message>
        <source>Add an action to “%1” (Insert)</source>
        <translation>Eine Maßnahme zu „%1“ hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>&amp;Open Tracker Link</source>
        <translation>Tracker-Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete Action…</source>
        <translation>Maßnahme &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Die Maßnahme „%1“ löschen?</translation>
    </message>
    <message>
        <source>It is removed from the post-mortem. To keep a trace of it, set its status to dropped instead.</source>
        <translation>Sie wird aus dem Post-Mortem entfernt. Um sie nachvollziehbar zu behalten, setzen Sie ihren Status stattdessen auf „Verworfen“.</translation>
    </message>
    <message>
        <source>Moved to “%1”.</source>
        <translation>Nach „%1“ verschoben.</translation>
    </message>
    <message>
        <source>This action has no tracker link.</source>
        <translation>Diese Maßnahme hat keinen Tracker-Link.</translation>
    </message>
    <message>
        <source>Drop Action</source>
        <translation>Maßnahme verwerfen</translation>
    </message>
    <message>
        <source>Why is “%1” dropped?</source>
        <translation>Warum wird „%1“ verworfen?</translation>
    </message>
    <message>
        <source>Not dropped: a dropped action needs a reason.</source>
        <translation>Nicht verworfen: Eine verworfene Maßnahme braucht einen Grund.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>bucket and its number of actions</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>hs::AllActionsModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>tracker issue URL</comment>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>hs::AllActionsView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>Any bucket</source>
        <translation>Jede Dringlichkeit</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Jedes Team</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::Announcement</name>
    <message>
        <source>Post-mortem for %1 was updated: %2</source>
        <translation>Das Post-Mortem zu %1 wurde aktualisiert: %2</translation>
    </message>
    <message>
        <source>Post-mortem for %1 is ready: %2</source>
        <translation>Das Post-Mortem zu %1 ist fertig: %2</translation>
    </message>
    <message>
        <source> — cause: %1</source>
        <translation> – Ursache: %1</translation>
    </message>
</context>
<context>
    <name>hs::Bucket</name>
    <message>
        <source>Now</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>hs::CalDavClient</name>
    <message>
        <source>No calendar address is set up; enter an http:// or https:// address.</source>
        <translation>Es ist keine Kalenderadresse eingerichtet; geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but it is not a CalDAV server.</source>
        <translation>Der Server unter %1 hat geantwortet, ist aber kein CalDAV-Server.</translation>
    </message>
    <message>
        <source>The address %1 is reachable, but it is not a calendar; use the address of one calendar, not of the server or of the account.</source>
        <translation>Die Adresse %1 ist erreichbar, ist aber kein Kalender; verwenden Sie die Adresse eines Kalenders, nicht die des Servers oder des Kontos.</translation>
    </message>
    <message>
        <source>The event has no UID, so it cannot be stored on the calendar server.</source>
        <translation>Der Termin hat keine UID und kann daher nicht auf dem Kalenderserver gespeichert werden.</translation>
    </message>
    <message>
        <source>The event was changed on the calendar server since it was last synchronised, so it was not deleted.</source>
        <translation>Der Termin wurde seit der letzten Synchronisierung auf dem Kalenderserver geändert und wurde daher nicht gelöscht.</translation>
    </message>
    <message>
        <source>The event was changed on the calendar server by someone else, so your version was not saved there.</source>
        <translation>Der Termin wurde auf dem Kalenderserver von jemand anderem geändert; daher wurde Ihre Version dort nicht gespeichert.</translation>
    </message>
    <message>
        <source>The event was deleted on the calendar server by someone else, so your version was not saved there.</source>
        <translation>Der Termin wurde auf dem Kalenderserver von jemand anderem gelöscht; daher wurde Ihre Version dort nicht gespeichert.</translation>
    </message>
    <message>
        <source>The calendar server refused the user name or password.</source>
        <translation>Der Kalenderserver hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The calendar server does not allow this account to change this calendar.</source>
        <translation>Der Kalenderserver erlaubt diesem Konto nicht, diesen Kalender zu ändern.</translation>
    </message>
    <message>
        <source>Nothing was found at %1; check the calendar address.</source>
        <translation>Unter %1 wurde nichts gefunden; prüfen Sie die Kalenderadresse.</translation>
    </message>
    <message>
        <source>The calendar server failed with %1 %2.</source>
        <translation>Der Kalenderserver ist mit %1 %2 gescheitert.</translation>
    </message>
    <message>
        <source>The calendar server failed with %1 %2: %3</source>
        <translation>Der Kalenderserver ist mit %1 %2 gescheitert: %3</translation>
    </message>
    <message>
        <source>The calendar server rejected the request with %1 %2.</source>
        <translation>Der Kalenderserver hat die Anfrage mit %1 %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The calendar server rejected the request with %1 %2: %3</source>
        <translation>Der Kalenderserver hat die Anfrage mit %1 %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The calendar server %1 refused the connection; is it running?</source>
        <translation>Der Kalenderserver %1 hat die Verbindung abgelehnt; läuft er?</translation>
    </message>
    <message>
        <source>The calendar server %1 could not be found; check the address.</source>
        <translation>Der Kalenderserver %1 wurde nicht gefunden; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Kalenderserver %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Kalenderserver %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar server %1 closed the connection before answering.</source>
        <translation>Der Kalenderserver %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The calendar server %1 could not be reached (%2).</source>
        <translation>Der Kalenderserver %1 war nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>hs::CalendarApi</name>
    <message>
        <source>Calendar push is not available.</source>
        <translation>Das Übertragen in den Kalender ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>hs::CalendarService</name>
    <message>
        <source>Enter the password or app token of the account.</source>
        <translation>Geben Sie das Passwort oder App-Token des Kontos ein.</translation>
    </message>
    <message>
        <source>The calendar is called “%1”.</source>
        <translation>Der Kalender heißt „%1“.</translation>
    </message>
    <message>
        <source>No calendar is set up yet; Settings &gt; Calendar… sets one up.</source>
        <translation>Noch kein Kalender eingerichtet; Einstellungen &gt; Kalender… richtet einen ein.</translation>
    </message>
    <message>
        <source>The incident has no reviews to push yet.</source>
        <translation>Der Vorfall hat noch keine Überprüfungen zum Übertragen.</translation>
    </message>
    <message>
        <source>The calendar&apos;s password is not in the keychain (it may be locked).</source>
        <translation>Das Passwort des Kalenders ist nicht im Schlüsselbund (er ist vielleicht gesperrt).</translation>
    </message>
    <message>
        <source>Those reviews are no longer there to push.</source>
        <translation>Diese Reviews gibt es nicht mehr, sie können nicht übertragen werden.</translation>
    </message>
</context>
<context>
    <name>hs::CalendarSettingsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Calendar &amp;URL:</source>
        <translation>&amp;URL des Kalenders:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password or app token:</source>
        <translation>&amp;Passwort oder App-Token:</translation>
    </message>
    <message>
        <source>The address of one calendar (CalDAV collection) on Nextcloud, iCloud, Fastmail, Radicale … The password is kept in the system keychain only.</source>
        <translation>Die Adresse eines Kalenders (CalDAV-Sammlung) bei Nextcloud, iCloud, Fastmail, Radicale … Das Passwort wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Enter the calendar&apos;s address, starting with https://.</source>
        <translation>Geben Sie die Adresse des Kalenders ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Enter the user name of the calendar account.</source>
        <translation>Geben Sie den Benutzernamen des Kalenderkontos ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>✓ Connection works. %1</source>
        <translation>✓ Die Verbindung funktioniert. %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The calendar password could not be stored in the keychain.</source>
        <translation>Das Kalenderpasswort konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>%1

Hindsight keeps passwords only in the system keychain, never in a file. It can keep this one in memory until you quit, and ask again next time.</source>
        <translation>%1

Hindsight bewahrt Passwörter nur im Schlüsselbund des Systems auf, nie in einer Datei. Es kann dieses bis zum Beenden im Speicher behalten und beim nächsten Mal erneut fragen.</translation>
    </message>
    <message>
        <source>The calendar is saved without its password: %1</source>
        <translation>Der Kalender ist ohne sein Passwort gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>hs::CompletenessIndicator</name>
    <message>
        <source>%1 of %2 written</source>
        <translation>%1 von %2 geschrieben</translation>
    </message>
    <message>
        <source>Every part of the post-mortem is written.</source>
        <translation>Alle Teile des Post-Mortems sind geschrieben.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Es fehlt: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>hs::CredentialStore</name>
    <message>
        <source>No password is stored in the keychain for this account (or the keychain is locked).</source>
        <translation>Für dieses Konto ist kein Passwort im Schlüsselbund gespeichert (oder der Schlüsselbund ist gesperrt).</translation>
    </message>
    <message>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (es läuft kein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The keychain is locked; unlock it (for example by logging in again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperren Sie ihn (zum Beispiel durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>hs::Database</name>
    <message>
        <source>“%1” is not a file, so it cannot be used as the database.</source>
        <translation>„%1“ ist keine Datei und kann daher nicht als Datenbank verwendet werden.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be written: check its permissions.</source>
        <translation>In die Datenbank „%1“ kann nicht geschrieben werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created for the database.</source>
        <translation>Der Ordner „%1“ für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable, so the database cannot be created there.</source>
        <translation>Der Ordner „%1“ ist nicht beschreibbar, daher kann die Datenbank dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: %2</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database “%1” is locked by another program. Close it and try again.</source>
        <translation>Die Datenbank „%1“ ist von einem anderen Programm gesperrt. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a Hindsight database or is damaged. It was left untouched.</source>
        <translation>„%1“ ist keine Hindsight-Datenbank oder ist beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer Hindsight (schema %2; this version knows up to %3). Update Hindsight to open it; the file was left untouched.</source>
        <translation>Die Datenbank „%1“ wurde von einer neueren Hindsight-Version geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie Hindsight, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program. It was left untouched.</source>
        <translation>„%1“ ist die Datenbank eines anderen Programms. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be prepared: %2</source>
        <translation>Die Datenbank „%1“ kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::Document</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channel link</source>
        <translation>Kanallink</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>*Not written yet.*</source>
        <translation>*Noch nicht geschrieben.*</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>verantwortlich</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>*No actions.*</source>
        <translation>*Keine Maßnahmen.*</translation>
    </message>
    <message>
        <source>*No reviews planned.*</source>
        <translation>*Keine Überprüfungen geplant.*</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
</context>
<context>
    <name>hs::DueReviewsModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Keine offenen Maßnahmen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>hs::DueReviewsView</name>
    <message>
        <source>Save &amp;Notes</source>
        <translation>Notizen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>What was done, what is still open</source>
        <translation>Was erledigt wurde, was noch offen ist</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>Review marked done.</source>
        <translation>Überprüfung als erledigt markiert.</translation>
    </message>
    <message>
        <source>No reviews are due.</source>
        <translation>Keine Überprüfungen fällig.</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Open actions:
• %1</source>
        <translation>Offene Maßnahmen:
• %1</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Die Überprüfung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::FolderTarget</name>
    <message>
        <source>The folder %1 does not exist; is the share mounted?</source>
        <translation>Der Ordner %1 existiert nicht; ist die Freigabe eingehängt?</translation>
    </message>
    <message>
        <source>Refused to write %1 outside the shared folder.</source>
        <translation>%1 liegt außerhalb des freigegebenen Ordners und wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was shared, so it was not overwritten; this version was saved beside it as %2.</source>
        <translation>%1 wurde seit dem Teilen von jemand anderem geändert und daher nicht überschrieben; diese Version wurde daneben als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Already up to date in %1.</source>
        <translation>In %1 bereits aktuell.</translation>
    </message>
    <message>
        <source>The folder target is busy with another document.</source>
        <translation>Das Ordnerziel ist mit einem anderen Dokument beschäftigt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 can be written.</source>
        <translation>Der Ordner %1 ist beschreibbar.</translation>
    </message>
</context>
<context>
    <name>hs::FollowUpsController</name>
    <message>
        <source>&amp;All Actions</source>
        <translation>&amp;Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Due &amp;Reviews</source>
        <translation>Fällige Ü&amp;berprüfungen</translation>
    </message>
    <message>
        <source>&amp;Start Hindsight at Login</source>
        <translation>Hindsight bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>Hindsight is still running</source>
        <translation>Hindsight läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming from the system tray. Choose Quit in its menu to close Hindsight.</source>
        <translation>Erinnerungen kommen weiterhin aus dem Systembereich. Wählen Sie dort im Menü „Beenden“, um Hindsight zu schließen.</translation>
    </message>
    <message>
        <source>All Actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Due Reviews</source>
        <translation>Fällige Überprüfungen</translation>
    </message>
    <message>
        <source>Hindsight will start at login.</source>
        <translation>Hindsight wird bei der Anmeldung gestartet.</translation>
    </message>
    <message>
        <source>Hindsight will no longer start at login.</source>
        <translation>Hindsight wird bei der Anmeldung nicht mehr gestartet.</translation>
    </message>
</context>
<context>
    <name>hs::Incident</name>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The date must be a valid date written YYYY-MM-DD.</source>
        <translation>Das Datum muss ein gültiges Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>The status must be one of: %1.</source>
        <translation>Der Status muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The channel link must be a full URL such as https://chat.example.com/archives/C123.</source>
        <translation>Der Kanallink muss eine vollständige URL sein, etwa https://chat.example.com/archives/C123.</translation>
    </message>
</context>
<context>
    <name>hs::IncidentEditor</name>
    <message>
        <source>No incident selected.

Press Ctrl+N to declare one, or pick one from the list.</source>
        <translation>Kein Vorfall ausgewählt.

Drücken Sie Strg+N, um einen Vorfall zu eröffnen, oder wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved, retrying: %1</source>
        <translation>Nicht gespeichert, neuer Versuch: %1</translation>
    </message>
</context>
<context>
    <name>hs::IncidentHeaderForm</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the channel name to the clipboard (Ctrl+Shift+C)</source>
        <translation>Den Kanalnamen in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>https://chat.example.com/archives/C123</source>
        <translation>https://chat.example.com/archives/C123</translation>
    </message>
    <message>
        <source>The address of the incident channel; with it, the extract is optional.</source>
        <translation>Die Adresse des Vorfallkanals; ist sie angegeben, ist der Auszug optional.</translation>
    </message>
    <message>
        <source>Every exported file is named after the document.</source>
        <translation>Jede exportierte Datei wird nach dem Dokument benannt.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>hs::IncidentListModel</name>
    <message numerus="yes">
        <source>%n of %1 parts of the document written</source>
        <translation>
            <numerusform>%n von %1 Teilen des Dokuments geschrieben</numerusform>
            <numerusform>%n von %1 Teilen des Dokuments geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Written</source>
        <comment>how much of the document is filled in</comment>
        <translation>Geschrieben</translation>
    </message>
</context>
<context>
    <name>hs::IncidentListPanel</name>
    <message>
        <source>Filter by title or channel</source>
        <translation>Nach Titel oder Kanal filtern</translation>
    </message>
</context>
<context>
    <name>hs::IncidentStore</name>
    <message>
        <source>An incident needs a title and a valid date.</source>
        <translation>Ein Vorfall braucht einen Titel und ein gültiges Datum.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The incident could not be saved: %1</source>
        <translation>Der Vorfall konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
    <message>
        <source>Your changes could not be saved yet: %1</source>
        <translation>Ihre Änderungen konnten noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the incident no longer exists</source>
        <translation>der Vorfall existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>hs::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown …</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML …</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Channel Name</source>
        <translation>Kanalnamen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Channel</source>
        <translation>Kanal kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Delete Incident…</source>
        <translation>Vorfall &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hindsight</source>
        <translation>Ü&amp;ber Hindsight</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cannot open another incident: %1</source>
        <translation>Ein anderer Vorfall kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The incident could not be declared.</source>
        <translation>Der Vorfall konnte nicht eröffnet werden.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ wurde importiert.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Delete the post-mortem “%1”?</source>
        <translation>Das Post-Mortem „%1“ löschen?</translation>
    </message>
    <message>
        <source>Every section of it is deleted. This cannot be undone.</source>
        <translation>Alle Abschnitte werden gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The incident could not be deleted.</source>
        <translation>Der Vorfall konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>About Hindsight</source>
        <translation>Über Hindsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Minimum viable post-mortems for small engineering teams: declare the incident, write down what happened, share what would have prevented it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hindsight %1&lt;/h3&gt;&lt;p&gt;Post-Mortems mit minimalem Aufwand für kleine Entwicklungsteams: den Vorfall eröffnen, aufschreiben, was passiert ist, und teilen, was ihn hätte verhindern können.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your last changes could not be saved.</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voreinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
</context>
<context>
    <name>hs::MediaWikiClient</name>
    <message>
        <source>No wiki address is set up; enter the http:// or https:// address of the wiki&apos;s api.php.</source>
        <translation>Es ist keine Wiki-Adresse eingerichtet; geben Sie die http://- oder https://-Adresse der api.php des Wikis ein.</translation>
    </message>
    <message>
        <source>No bot user name or password is set up for the wiki.</source>
        <translation>Für das Wiki ist kein Bot-Benutzername oder -Passwort eingerichtet.</translation>
    </message>
    <message>
        <source>%1 did not answer like a MediaWiki API; check that the address ends with api.php.</source>
        <translation>%1 hat nicht wie eine MediaWiki-API geantwortet; prüfen Sie, ob die Adresse auf api.php endet.</translation>
    </message>
    <message>
        <source>The wiki at %1 refused the bot user name or password; check both on the wiki&apos;s Special:BotPasswords page.</source>
        <translation>Das Wiki unter %1 hat den Bot-Benutzernamen oder das Passwort abgelehnt; prüfen Sie beides auf der Seite Spezial:BotPasswörter des Wikis.</translation>
    </message>
    <message>
        <source>The wiki at %1 refuses sign-ins for a while after too many attempts; try again later.</source>
        <translation>Das Wiki unter %1 lehnt nach zu vielen Versuchen Anmeldungen eine Weile ab; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The wiki at %1 did not sign Hindsight in: %2</source>
        <translation>Das Wiki unter %1 hat Hindsight nicht angemeldet: %2</translation>
    </message>
    <message>
        <source>The wiki at %1 accepted the sign-in but did not keep it; check that the address is the wiki&apos;s own api.php.</source>
        <translation>Das Wiki unter %1 hat die Anmeldung angenommen, aber nicht beibehalten; prüfen Sie, ob die Adresse die eigene api.php des Wikis ist.</translation>
    </message>
    <message>
        <source>The wiki account may not edit pages; give the bot password the &quot;Edit existing pages&quot; and &quot;Create pages&quot; grants.</source>
        <translation>Das Wiki-Konto darf keine Seiten bearbeiten; geben Sie dem Bot-Passwort die Berechtigungen „Bestehende Seiten bearbeiten“ und „Seiten erstellen“.</translation>
    </message>
    <message>
        <source>The wiki cannot have a page named &quot;%1&quot;; choose another page prefix.</source>
        <translation>Das Wiki kann keine Seite namens „%1“ haben; wählen Sie ein anderes Seitenpräfix.</translation>
    </message>
    <message>
        <source>The wiki did not save the page %1 (it may ask for a captcha or an abuse filter stopped it).</source>
        <translation>Das Wiki hat die Seite %1 nicht gespeichert (vielleicht verlangt es ein Captcha oder ein Missbrauchsfilter hat sie gestoppt).</translation>
    </message>
    <message>
        <source>The wiki did not accept the file %1.</source>
        <translation>Das Wiki hat die Datei %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>Someone else saved the wiki page at the same time, so it was not overwritten.</source>
        <translation>Jemand anderes hat die Wiki-Seite zur selben Zeit gespeichert; daher wurde sie nicht überschrieben.</translation>
    </message>
    <message>
        <source>Someone else created the wiki page meanwhile, so it was not overwritten.</source>
        <translation>Jemand anderes hat die Wiki-Seite inzwischen angelegt; daher wurde sie nicht überschrieben.</translation>
    </message>
    <message>
        <source>The wiki page was deleted meanwhile, so it was not created again.</source>
        <translation>Die Wiki-Seite wurde inzwischen gelöscht; daher wurde sie nicht neu angelegt.</translation>
    </message>
    <message>
        <source>The wiki asks to come back later: %1</source>
        <translation>Das Wiki bittet, es später erneut zu versuchen: %1</translation>
    </message>
    <message>
        <source>Uploads are turned off on the wiki, so the PDF cannot be attached.</source>
        <translation>Hochladen ist im Wiki abgeschaltet; daher kann das PDF nicht angehängt werden.</translation>
    </message>
    <message>
        <source>The wiki does not allow this account to do that: %1</source>
        <translation>Das Wiki erlaubt diesem Konto das nicht: %1</translation>
    </message>
    <message>
        <source>The wiki failed with an internal error: %1</source>
        <translation>Das Wiki ist mit einem internen Fehler gescheitert: %1</translation>
    </message>
    <message>
        <source>The wiki refused the request: %1 (%2)</source>
        <translation>Das Wiki hat die Anfrage abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The wiki at %1 failed with HTTP %2.</source>
        <translation>Das Wiki unter %1 ist mit HTTP %2 gescheitert.</translation>
    </message>
    <message>
        <source>The web server in front of the wiki at %1 refused access (HTTP %2).</source>
        <translation>Der Webserver vor dem Wiki unter %1 hat den Zugriff verweigert (HTTP %2).</translation>
    </message>
    <message>
        <source>There is no wiki API at %1; check the address.</source>
        <translation>Unter %1 gibt es keine Wiki-API; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The wiki at %1 asks to come back later (HTTP 429).</source>
        <translation>Das Wiki unter %1 bittet, es später erneut zu versuchen (HTTP 429).</translation>
    </message>
    <message>
        <source>The wiki at %1 answered HTTP %2.</source>
        <translation>Das Wiki unter %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The wiki at %1 refused the connection; is it running?</source>
        <translation>Das Wiki unter %1 hat die Verbindung abgelehnt; läuft es?</translation>
    </message>
    <message>
        <source>The wiki server %1 could not be found; check the address.</source>
        <translation>Der Wiki-Server %1 wurde nicht gefunden; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>The wiki at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Das Wiki unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Das Wiki unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wiki at %1 closed the connection before answering.</source>
        <translation>Das Wiki unter %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The wiki at %1 could not be reached (%2).</source>
        <translation>Das Wiki unter %1 war nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>hs::MediaWikiTarget</name>
    <message>
        <source>Enter the wiki&apos;s API address, such as https://wiki.example.org/w/api.php.</source>
        <translation>Geben Sie die API-Adresse des Wikis ein, etwa https://wiki.example.org/w/api.php.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the wiki address; they are asked for separately.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Wiki-Adresse weg; sie werden getrennt abgefragt.</translation>
    </message>
    <message>
        <source>Enter the bot user name from the wiki&apos;s Special:BotPasswords page, such as Name@hindsight.</source>
        <translation>Geben Sie den Bot-Benutzernamen von der Seite Spezial:BotPasswörter des Wikis ein, etwa Name@hindsight.</translation>
    </message>
    <message>
        <source>The page prefix cannot contain [ ] { } | # &lt; or &gt;.</source>
        <translation>Das Seitenpräfix darf [ ] { } | # &lt; und &gt; nicht enthalten.</translation>
    </message>
    <message>
        <source>The category cannot contain [ ] { } | # &lt; or &gt;.</source>
        <translation>Die Kategorie darf [ ] { } | # &lt; und &gt; nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>hs::NewIncidentDialog</name>
    <message>
        <source>Declare an Incident</source>
        <translation>Vorfall eröffnen</translation>
    </message>
    <message>
        <source>What is broken, e.g. “Checkout DB down”</source>
        <translation>Was ist kaputt, z. B. „Checkout-DB ausgefallen“</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Eröffnen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Open the channel with this name so everyone finds it; the document&apos;s exports are named after it.</source>
        <translation>Legen Sie den Kanal unter diesem Namen an, damit ihn alle finden; die Exporte des Dokuments werden danach benannt.</translation>
    </message>
</context>
<context>
    <name>hs::Outbox</name>
    <message>
        <source>A share target needs a kind and a name.</source>
        <translation>Ein Freigabeziel braucht eine Art und einen Namen.</translation>
    </message>
    <message>
        <source>There is already a share target named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Freigabeziel namens „%1“.</translation>
    </message>
    <message>
        <source>The share target could not be saved: %1</source>
        <translation>Das Freigabeziel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no share target %1.</source>
        <translation>Es gibt kein Freigabeziel %1.</translation>
    </message>
    <message>
        <source>The share target could not be removed: %1</source>
        <translation>Das Freigabeziel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The share targets could not be read: %1</source>
        <translation>Die Freigabeziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
    <message>
        <source>No share target is set up and enabled: add one first.</source>
        <translation>Es ist kein Freigabeziel eingerichtet und aktiviert: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <source>None of the given share targets exists.</source>
        <translation>Keines der angegebenen Freigabeziele existiert.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The incident could not be queued for sharing: %1</source>
        <translation>Der Vorfall konnte nicht zum Teilen eingereiht werden: %1</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Postausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The outbox could not be updated: %1</source>
        <translation>Der Postausgang konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The share job is no longer queued.</source>
        <translation>Der Freigabeauftrag ist nicht mehr eingereiht.</translation>
    </message>
    <message>
        <source>There is no share job %1.</source>
        <translation>Es gibt keinen Freigabeauftrag %1.</translation>
    </message>
</context>
<context>
    <name>hs::OutboxRunner</name>
    <message>
        <source>No keychain is available to read the password.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um das Passwort zu lesen.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;; enter it again in the share settings.</source>
        <translation>Für „%1“ ist kein Passwort gespeichert; geben Sie es in den Freigabeeinstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Already up to date on %1.</source>
        <translation>Auf %1 bereits aktuell.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hs::OutboxStatusModel</name>
    <message>
        <source>Not shared yet</source>
        <translation>Noch nicht geteilt</translation>
    </message>
    <message>
        <source>Next try at %1. %2</source>
        <translation>Nächster Versuch: %1. %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation>Wird an %1 gesendet</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>Am %1 an %2 gesendet</translation>
    </message>
    <message>
        <source>%1; changed since, share again to update it</source>
        <translation>%1; seitdem geändert, erneut teilen, um es zu aktualisieren</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1. The list of shared post-mortems there could not be updated: %2</source>
        <translation>%1. Die Liste der geteilten Post-Mortems dort konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::PreferencesDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Actions to do &amp;now are due in:</source>
        <translation>&amp;Sofort-Maßnahmen sind fällig in:</translation>
    </message>
    <message>
        <source>Actions to do &amp;later are due in:</source>
        <translation>Maßnahmen für &amp;später sind fällig in:</translation>
    </message>
    <message>
        <source>Reviews are proposed &amp;at:</source>
        <translation>Überprüfungen werden vorgeschlagen &amp;um:</translation>
    </message>
    <message>
        <source>Due dates and review days that fall on a weekend move to the Monday. Existing actions and reviews keep their dates.</source>
        <translation>Fälligkeiten und Überprüfungen, die auf ein Wochenende fallen, rücken auf den Montag. Bestehende Maßnahmen und Überprüfungen behalten ihre Termine.</translation>
    </message>
</context>
<context>
    <name>hs::ReminderBanner</name>
    <message>
        <source>S&amp;nooze Until Tomorrow</source>
        <translation>Bis &amp;morgen ausblenden</translation>
    </message>
    <message>
        <source>Hide these reminders for today</source>
        <translation>Diese Erinnerungen für heute ausblenden</translation>
    </message>
    <message>
        <source>Close reminders</source>
        <translation>Erinnerungen schließen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hs::ReminderPresenter</name>
    <message>
        <source>Reminders could not be read: %1</source>
        <translation>Erinnerungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reminders could not be updated: %1</source>
        <translation>Erinnerungen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Reminders could not be snoozed: %1</source>
        <translation>Erinnerungen konnten nicht zurückgestellt werden: %1</translation>
    </message>
    <message>
        <source>Post-mortem review due</source>
        <translation>Post-Mortem-Überprüfung fällig</translation>
    </message>
    <message>
        <source>Action overdue</source>
        <translation>Maßnahme überfällig</translation>
    </message>
    <message>
        <source>Post-mortem not written yet</source>
        <translation>Post-Mortem noch nicht geschrieben</translation>
    </message>
    <message>
        <source>The %1 review of “%2” is overdue since %3.</source>
        <translation>Die Überprüfung %1 von „%2“ ist seit %3 überfällig.</translation>
    </message>
    <message>
        <source>The %1 review of “%2” was due at %3.</source>
        <translation>Die Überprüfung %1 von „%2“ war um %3 fällig.</translation>
    </message>
    <message>
        <source>The %1 review of “%2” is due today at %3.</source>
        <translation>Die Überprüfung %1 von „%2“ ist heute um %3 fällig.</translation>
    </message>
    <message>
        <source>“%1” (from “%2”) was due on %3.</source>
        <translation>„%1“ (aus „%2“) war am %3 fällig.</translation>
    </message>
    <message>
        <source>“%1” was resolved on %2 and its post-mortem is still incomplete.</source>
        <translation>„%1“ wurde am %2 behoben und sein Post-Mortem ist noch unvollständig.</translation>
    </message>
</context>
<context>
    <name>hs::ReviewCalendarSync</name>
    <message>
        <source>The review&apos;s event is on another calendar (%1) than the one set up now, so it was not deleted there.</source>
        <translation>Der Termin der Überprüfung liegt in einem anderen Kalender (%1) als dem jetzt eingerichteten und wurde dort daher nicht gelöscht.</translation>
    </message>
    <message>
        <source>The event was deleted from the calendar, but the review could not be deleted here: %1</source>
        <translation>Der Termin wurde aus dem Kalender gelöscht, aber die Überprüfung konnte hier nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::ReviewKind</name>
    <message>
        <source>+1 week</source>
        <translation>+1 Woche</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 Monat</translation>
    </message>
</context>
<context>
    <name>hs::ReviewProposalDialog</name>
    <message>
        <source>Schedule Reviews</source>
        <translation>Überprüfungen planen</translation>
    </message>
    <message>
        <source>“%1” is written. Review its actions a week and a month from now, to check they were done:</source>
        <translation>„%1“ ist geschrieben. Überprüfen Sie seine Maßnahmen in einer Woche und in einem Monat, um zu sehen, ob sie erledigt wurden:</translation>
    </message>
    <message>
        <source>Review %1:</source>
        <translation>Überprüfung %1:</translation>
    </message>
    <message>
        <source>Times are in %1. You can change them later in the editor&apos;s reviews.</source>
        <translation>Die Uhrzeiten gelten in %1. Sie können sie später bei den Überprüfungen im Editor ändern.</translation>
    </message>
    <message>
        <source>&amp;Schedule Reviews</source>
        <translation>Überprüfungen &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>hs::ReviewStore</name>
    <message>
        <source>A review needs a valid date and time.</source>
        <translation>Eine Überprüfung braucht ein gültiges Datum und eine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The reviews could not be saved: %1</source>
        <translation>Die Überprüfungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>there is no incident %1</source>
        <translation>es gibt keinen Vorfall %1</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt keine Überprüfung %1.</translation>
    </message>
    <message>
        <source>the review no longer exists</source>
        <translation>die Überprüfung existiert nicht mehr</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Die Überprüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The calendar state of the review could not be saved: %1</source>
        <translation>Der Kalenderstatus der Überprüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The review could not be removed: %1</source>
        <translation>Die Überprüfung konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>hs::ReviewsCalendarController</name>
    <message>
        <source>Push to Calendar</source>
        <translation>In den Kalender übertragen</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Als .ics exportieren…</translation>
    </message>
    <message>
        <source>Replace Theirs…</source>
        <translation>Deren Fassung ersetzen…</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Deren Fassung behalten</translation>
    </message>
    <message>
        <source>Save the reviews as an iCalendar file that any calendar app can import</source>
        <translation>Die Überprüfungen als iCalendar-Datei speichern, die jede Kalender-App importieren kann</translation>
    </message>
    <message>
        <source>Overwrite the event someone else changed with the review as it is here</source>
        <translation>Den von jemand anderem geänderten Termin mit dem Review überschreiben, wie es hier ist</translation>
    </message>
    <message>
        <source>Take the calendar&apos;s date and time for the review here; nothing is sent</source>
        <translation>Datum und Uhrzeit des Kalenders hier für das Review übernehmen; es wird nichts gesendet</translation>
    </message>
    <message>
        <source>Create or update the reviews as events in the calendar %1</source>
        <translation>Die Überprüfungen als Termine im Kalender %1 anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>No calendar is set up yet: Settings &gt; Calendar… sets one up.</source>
        <translation>Noch kein Kalender eingerichtet: Einstellungen &gt; Kalender… richtet einen ein.</translation>
    </message>
    <message>
        <source>the %1 review on %2</source>
        <translation>die Überprüfung %1 am %2</translation>
    </message>
    <message>
        <source>There are no reviews to export yet.</source>
        <translation>Es gibt noch keine Überprüfungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Reviews as iCalendar</source>
        <translation>Überprüfungen als iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review(s) to %1.</source>
        <translation>
            <numerusform>%n Überprüfung nach %1 exportiert.</numerusform>
            <numerusform>%n Überprüfungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No calendar is set up yet: Settings &gt; Calendar… sets one up (its address, user and password), then push again.</source>
        <translation>Noch kein Kalender eingerichtet: Einstellungen &gt; Kalender… richtet einen ein (Adresse, Benutzer und Passwort), dann erneut übertragen.</translation>
    </message>
    <message>
        <source>Pushing the reviews to the calendar…</source>
        <translation>Die Überprüfungen werden in den Kalender übertragen…</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n review(s) to the calendar.</source>
        <translation>
            <numerusform>%n Überprüfung in den Kalender übertragen.</numerusform>
            <numerusform>%n Überprüfungen in den Kalender übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 review was changed in the calendar by someone else, so it was not overwritten; the calendar has “%2” on %3.</source>
        <translation>Die Überprüfung %1 wurde im Kalender von jemand anderem geändert und daher nicht überschrieben; im Kalender steht „%2“ am %3.</translation>
    </message>
    <message>
        <source>The %1 review&apos;s event was deleted in the calendar by someone else, so it was not created again.</source>
        <translation>Der Termin der Überprüfung %1 wurde im Kalender von jemand anderem gelöscht und daher nicht neu angelegt.</translation>
    </message>
    <message>
        <source>Then the push stopped: %1</source>
        <translation>Dann brach die Übertragung ab: %1</translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation>Nicht übertragen: %1</translation>
    </message>
    <message>
        <source>Enter the password again in Settings &gt; Calendar…; when the keychain cannot store it, you can keep it there for this session only.</source>
        <translation>Geben Sie das Passwort unter Einstellungen &gt; Kalender… erneut ein; kann der Schlüsselbund es nicht speichern, können Sie es dort nur für diese Sitzung behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the calendar&apos;s version of the %1 review(s)?</source>
        <translation>
            <numerusform>Die Fassung des Reviews %1 im Kalender ersetzen?</numerusform>
            <numerusform>Die Fassung der Reviews %1 im Kalender ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>What someone else changed in the event is overwritten with the review as it is here. If they change it again meanwhile, nothing is overwritten and you see their new version.</source>
        <translation>Was jemand anderes am Termin geändert hat, wird mit dem Review überschrieben, wie es hier ist. Ändert er ihn inzwischen erneut, wird nichts überschrieben und Sie sehen seine neue Fassung.</translation>
    </message>
    <message>
        <source>Replacing the calendar&apos;s version…</source>
        <translation>Die Fassung im Kalender wird ersetzt…</translation>
    </message>
    <message>
        <source>The %1 review is no longer linked to the event deleted in the calendar; the next push creates it again.</source>
        <translation>Das Review %1 ist nicht mehr mit dem im Kalender gelöschten Termin verknüpft; die nächste Übertragung legt ihn neu an.</translation>
    </message>
    <message>
        <source>The %1 review could not be changed: %2</source>
        <translation>Das Review %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>The %1 review now has the calendar&apos;s date, %2 (it was %3).</source>
        <translation>Das Review %1 hat jetzt das Datum aus dem Kalender, %2 (vorher %3).</translation>
    </message>
    <message>
        <source>The %1 review keeps the calendar&apos;s version.</source>
        <translation>Das Review %1 behält die Fassung des Kalenders.</translation>
    </message>
    <message>
        <source>The event of %1 is on a calendar that is not set up any more, so it cannot be deleted there. Delete the review here only?</source>
        <translation>Der Termin für %1 liegt in einem Kalender, der nicht mehr eingerichtet ist, und kann dort nicht gelöscht werden. Die Überprüfung nur hier löschen?</translation>
    </message>
    <message>
        <source>The event stays on that calendar until you delete it there.</source>
        <translation>Der Termin bleibt in jenem Kalender, bis Sie ihn dort löschen.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Its event is deleted from the calendar too.</source>
        <translation>Ihr Termin wird auch aus dem Kalender gelöscht.</translation>
    </message>
    <message>
        <source>Deleting the event from the calendar…</source>
        <translation>Der Termin wird aus dem Kalender gelöscht…</translation>
    </message>
    <message>
        <source>Review deleted; its event had already been deleted from the calendar.</source>
        <translation>Überprüfung gelöscht; ihr Termin war bereits aus dem Kalender gelöscht.</translation>
    </message>
    <message>
        <source>Review deleted, and its event in the calendar too.</source>
        <translation>Überprüfung gelöscht, ihr Termin im Kalender ebenfalls.</translation>
    </message>
    <message>
        <source>The event of %1 was changed in the calendar by someone else (it is now “%2” on %3), so it was not deleted. Delete the review here only, and keep the changed event in the calendar?</source>
        <translation>Der Termin für %1 wurde im Kalender von jemand anderem geändert (jetzt „%2“ am %3) und daher nicht gelöscht. Die Überprüfung nur hier löschen und den geänderten Termin im Kalender behalten?</translation>
    </message>
    <message>
        <source>The event of %1 could not be deleted from the calendar: %2 Delete the review here only?</source>
        <translation>Der Termin für %1 konnte nicht aus dem Kalender gelöscht werden: %2 Die Überprüfung nur hier löschen?</translation>
    </message>
    <message>
        <source>The review was kept: %1</source>
        <translation>Die Überprüfung wurde behalten: %1</translation>
    </message>
    <message>
        <source>The event then stays in the calendar until you delete it there.</source>
        <translation>Der Termin bleibt dann im Kalender, bis Sie ihn dort löschen.</translation>
    </message>
    <message>
        <source>The review could not be deleted: %1</source>
        <translation>Die Überprüfung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Review deleted.</source>
        <translation>Überprüfung gelöscht.</translation>
    </message>
    <message>
        <source>Review deleted here; its event is still in the calendar.</source>
        <translation>Überprüfung hier gelöscht; ihr Termin steht noch im Kalender.</translation>
    </message>
</context>
<context>
    <name>hs::ReviewsPanel</name>
    <message>
        <source>No reviews yet. They are proposed when the document is marked documented.</source>
        <translation>Noch keine Überprüfungen. Sie werden vorgeschlagen, sobald das Dokument als dokumentiert markiert ist.</translation>
    </message>
    <message>
        <source>&amp;Propose Reviews…</source>
        <translation>Überprüfungen &amp;vorschlagen …</translation>
    </message>
    <message>
        <source>Schedule the +1 week and +1 month reviews of the actions</source>
        <translation>Die Überprüfungen der Maßnahmen nach +1 Woche und +1 Monat planen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>The reviews could not be scheduled: %1</source>
        <translation>Die Überprüfungen konnten nicht geplant werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n review(s).</source>
        <translation>
            <numerusform>%n Überprüfung geplant.</numerusform>
            <numerusform>%n Überprüfungen geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>What was done, what is still open</source>
        <translation>Was erledigt wurde, was noch offen ist</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Die Überprüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this review, and its event in the calendar (Delete)</source>
        <translation>Diese Überprüfung und ihren Termin im Kalender löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>hs::Section</name>
    <message>
        <source>What happened (cause)</source>
        <translation>Was ist passiert (Ursache)</translation>
    </message>
    <message>
        <source>A quick overall description of what caused the issue.</source>
        <translation>Eine kurze Gesamtbeschreibung dessen, was das Problem verursacht hat.</translation>
    </message>
    <message>
        <source>Impact on clients</source>
        <translation>Auswirkungen auf Kunden</translation>
    </message>
    <message>
        <source>What the impact on clients was: who noticed, for how long.</source>
        <translation>Welche Auswirkungen es auf Kunden hatte: wer es bemerkt hat und wie lange.</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>Wie es gelöst wurde</translation>
    </message>
    <message>
        <source>What fixed it, in a few sentences.</source>
        <translation>Was das Problem behoben hat, in wenigen Sätzen.</translation>
    </message>
    <message>
        <source>Channel extract</source>
        <translation>Auszug aus dem Kanal</translation>
    </message>
    <message>
        <source>Paste the useful part of the incident channel, or link the channel above.</source>
        <translation>Fügen Sie den aufschlussreichen Teil des Vorfallkanals ein oder verlinken Sie oben den Kanal.</translation>
    </message>
    <message>
        <source>What could have prevented this</source>
        <translation>Was dies hätte verhindern können</translation>
    </message>
    <message>
        <source>Causes, not people: what would have stopped this from happening?</source>
        <translation>Ursachen, nicht Personen: Was hätte verhindert, dass es dazu kommt?</translation>
    </message>
    <message>
        <source>Channel link or extract</source>
        <translation>Kanallink oder Auszug</translation>
    </message>
</context>
<context>
    <name>hs::SectionFields</name>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>hs::ShareController</name>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>Share the post-mortem to every enabled target (%1)</source>
        <translation>Das Post-Mortem an jedes aktive Ziel senden (%1)</translation>
    </message>
    <message>
        <source>Copy &amp;Announcement</source>
        <translation>&amp;Ankündigung kopieren</translation>
    </message>
    <message>
        <source>Copy the message for the incident channel to the clipboard</source>
        <translation>Die Nachricht für den Incident-Kanal in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Share &amp;Targets…</source>
        <translation>&amp;Ziele zum Teilen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop sharing; what is not sent yet stays queued</source>
        <translation>Teilen anhalten; was noch nicht gesendet ist, bleibt in der Warteschlange</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Wird geteilt…</translation>
    </message>
    <message>
        <source>The post-mortem could not be saved, so it was not shared.</source>
        <translation>Das Post-Mortem konnte nicht gespeichert werden und wurde deshalb nicht geteilt.</translation>
    </message>
    <message>
        <source>“%1” is not marked documented yet.</source>
        <translation>„%1“ ist noch nicht als dokumentiert markiert.</translation>
    </message>
    <message>
        <source>Share what is written so far and mark the post-mortem documented?</source>
        <translation>Das bisher Geschriebene teilen und das Post-Mortem als dokumentiert markieren?</translation>
    </message>
    <message>
        <source>No share target is set up yet.</source>
        <translation>Es ist noch kein Ziel zum Teilen eingerichtet.</translation>
    </message>
    <message>
        <source>Add a shared folder, a WebDAV server, a wiki or a chat webhook now?</source>
        <translation>Jetzt einen geteilten Ordner, einen WebDAV-Server, ein Wiki oder einen Chat-Webhook hinzufügen?</translation>
    </message>
    <message>
        <source>The post-mortem could not be shared.</source>
        <translation>Das Post-Mortem konnte nicht geteilt werden.</translation>
    </message>
    <message>
        <source>Every target already has this version.</source>
        <translation>Jedes Ziel hat diese Version bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Sharing to %n target(s)…</source>
        <translation>
            <numerusform>Wird an %n Ziel geteilt…</numerusform>
            <numerusform>Wird an %n Ziele geteilt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The announcement could not be written.</source>
        <translation>Die Ankündigung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Copied the announcement to the clipboard: paste it into the incident channel.</source>
        <translation>Ankündigung in die Zwischenablage kopiert: im Incident-Kanal einfügen.</translation>
    </message>
    <message>
        <source>Sharing stopped; what was not sent stays queued for later.</source>
        <translation>Teilen angehalten; was nicht gesendet wurde, bleibt für später in der Warteschlange.</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>Der Status konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Sharing to %1: %2</source>
        <translation>Teilen an %1: %2</translation>
    </message>
</context>
<context>
    <name>hs::ShareJobState</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>hs::ShareStatusPanel</name>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Copy Announcement</source>
        <translation>Ankündigung kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sharing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Teilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Send the post-mortem to every enabled share target (Ctrl+Shift+S)</source>
        <translation>Das Post-Mortem an jedes aktive Ziel senden (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Copy the message for the incident channel to the clipboard</source>
        <translation>Die Nachricht für den Incident-Kanal in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 — %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Replace Theirs…</source>
        <translation>Deren Fassung ersetzen…</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No share target yet. &lt;a href=&quot;settings&quot;&gt;Add one…&lt;/a&gt;</source>
        <translation>Noch kein Ziel zum Teilen. &lt;a href=&quot;settings&quot;&gt;Eines hinzufügen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Changed since shared: share again to update it.</source>
        <translation>Seit dem Teilen geändert: erneut teilen, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Shared everywhere.</source>
        <translation>Überall geteilt.</translation>
    </message>
    <message>
        <source>Some targets did not get it.</source>
        <translation>Einige Ziele haben es nicht erhalten.</translation>
    </message>
    <message>
        <source>Not queued again: %1</source>
        <translation>Nicht erneut eingereiht: %1</translation>
    </message>
    <message>
        <source>Replace the copy someone else changed?</source>
        <translation>Die von jemand anderem geänderte Kopie ersetzen?</translation>
    </message>
    <message>
        <source>Their version is overwritten with this post-mortem. Ours was saved beside theirs; compare them first if you are not sure.</source>
        <translation>Deren Fassung wird mit diesem Post-Mortem überschrieben. Unsere wurde daneben gespeichert; im Zweifel zuerst vergleichen.</translation>
    </message>
</context>
<context>
    <name>hs::SharingService</name>
    <message>
        <source>Sharing “%1” to %2…</source>
        <translation>„%1“ wird an %2 geteilt…</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Wird geteilt…</translation>
    </message>
    <message>
        <source>Nothing is stored for this target: enter it again.</source>
        <translation>Für dieses Ziel ist nichts gespeichert: bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>hs::Status</name>
    <message>
        <source>Ongoing</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Dokumentiert</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
</context>
<context>
    <name>hs::TargetEditor</name>
    <message>
        <source>e.g. “Team share”, “Wiki”, “#incidents”</source>
        <translation>z. B. „Team-Ablage“, „Wiki“, „#incidents“</translation>
    </message>
    <message>
        <source>&amp;Share to this target</source>
        <translation>An dieses Ziel &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Edit Share Target</source>
        <translation>Ziel zum Teilen bearbeiten</translation>
    </message>
    <message>
        <source>Add Share Target</source>
        <translation>Ziel zum Teilen hinzufügen</translation>
    </message>
    <message>
        <source>A mounted share or a synced folder</source>
        <translation>Eine eingebundene Freigabe oder ein synchronisierter Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Bot name, e.g. Me@hindsight</source>
        <translation>Bot-Name, z. B. Ich@hindsight</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Shared Folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Enter the webhook&apos;s http:// or https:// address.</source>
        <translation>Die http://- oder https://-Adresse des Webhooks eingeben.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>✓ Connection works. %1</source>
        <translation>✓ Die Verbindung funktioniert. %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1 could not be stored in the keychain.</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>%1

Hindsight keeps secrets only in the system keychain, never in a file. It can keep this one in memory until you quit, and ask again next time.</source>
        <translation>%1

Hindsight bewahrt Geheimnisse nur im Schlüsselbund des Systems auf, nie in einer Datei. Es kann dieses bis zum Beenden im Speicher behalten und beim nächsten Mal erneut fragen.</translation>
    </message>
    <message>
        <source>The target was not added, because the keychain could not keep its secret: %1</source>
        <translation>Das Ziel wurde nicht hinzugefügt, weil der Schlüsselbund sein Geheimnis nicht speichern konnte: %1</translation>
    </message>
    <message>
        <source>Nothing was changed, because the keychain could not keep the new secret: %1</source>
        <translation>Nichts wurde geändert, weil der Schlüsselbund das neue Geheimnis nicht speichern konnte: %1</translation>
    </message>
</context>
<context>
    <name>hs::TargetSettingsDialog</name>
    <message>
        <source>address kept in the keychain</source>
        <translation>Adresse im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Share Targets</source>
        <translation>Ziele zum Teilen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>“Share” sends a documented post-mortem to every checked target. Passwords and webhook addresses are kept in the system keychain only.</source>
        <translation>„Teilen“ sendet ein dokumentiertes Post-Mortem an jedes angehakte Ziel. Passwörter und Webhook-Adressen liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The target could not be changed.</source>
        <translation>Das Ziel konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Remove the share target “%1”?</source>
        <translation>Das Ziel „%1“ entfernen?</translation>
    </message>
    <message>
        <source>What was already shared there stays there. Its password or address is removed from the keychain.</source>
        <translation>Was dort schon geteilt wurde, bleibt dort. Sein Passwort oder seine Adresse wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The target could not be removed.</source>
        <translation>Das Ziel konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The target was kept, because its secret could not be deleted from the keychain.</source>
        <translation>Das Ziel wurde beibehalten, weil sein Geheimnis nicht aus dem Schlüsselbund gelöscht werden konnte.</translation>
    </message>
</context>
<context>
    <name>hs::TrayController</name>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <source>&amp;Show Hindsight</source>
        <translation>Hindsight &amp;anzeigen</translation>
    </message>
    <message>
        <source>Due reviews</source>
        <translation>Fällige Überprüfungen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1 review: %2 (%3)</source>
        <translation>Überprüfung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>S&amp;nooze Reminders Until Tomorrow</source>
        <translation>Erinnerungen bis &amp;morgen ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>hs::WebDavTarget</name>
    <message>
        <source>The WebDAV server %1 refused the user name or password.</source>
        <translation>Der WebDAV-Server %1 hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The WebDAV server %1 does not allow this account to write to %2.</source>
        <translation>Der WebDAV-Server %1 erlaubt diesem Konto nicht, nach %2 zu schreiben.</translation>
    </message>
    <message>
        <source>The WebDAV server %1 is out of space.</source>
        <translation>Auf dem WebDAV-Server %1 ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>The WebDAV server %1 failed with %2 %3</source>
        <translation>Der WebDAV-Server %1 ist mit %2 %3 gescheitert</translation>
    </message>
    <message>
        <source>The WebDAV server %1 rejected the request with %2 %3</source>
        <translation>Der WebDAV-Server %1 hat die Anfrage mit %2 %3 abgelehnt</translation>
    </message>
    <message>
        <source>The WebDAV server %1 refused the connection; is it running?</source>
        <translation>Der WebDAV-Server %1 hat die Verbindung abgelehnt; läuft er?</translation>
    </message>
    <message>
        <source>The WebDAV server %1 could not be found; check the address or the network.</source>
        <translation>Der WebDAV-Server %1 wurde nicht gefunden; prüfen Sie die Adresse oder das Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>The WebDAV server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der WebDAV-Server %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der WebDAV-Server %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The WebDAV server %1 closed the connection unexpectedly.</source>
        <translation>Der WebDAV-Server %1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>The connection to the WebDAV server %1 failed: %2</source>
        <translation>Die Verbindung zum WebDAV-Server %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Connected to %1; the folder can be used.</source>
        <translation>Mit %1 verbunden; der Ordner kann verwendet werden.</translation>
    </message>
    <message>
        <source>Connected to %1; the folder will be created with the first document.</source>
        <translation>Mit %1 verbunden; der Ordner wird mit dem ersten Dokument angelegt.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but it is not a WebDAV server.</source>
        <translation>Der Server unter %1 hat geantwortet, ist aber kein WebDAV-Server.</translation>
    </message>
    <message>
        <source>The WebDAV target is busy with another document.</source>
        <translation>Das WebDAV-Ziel ist mit einem anderen Dokument beschäftigt.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else on the server since it was shared, so it was not overwritten; this version was saved beside it as %2.</source>
        <translation>%1 wurde seit dem Teilen von jemand anderem auf dem Server geändert und daher nicht überschrieben; diese Version wurde daneben als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Uploaded to %1.</source>
        <translation>Nach %1 hochgeladen.</translation>
    </message>
    <message>
        <source>Already up to date on %1.</source>
        <translation>Auf %1 bereits aktuell.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hs::WebhookTarget</name>
    <message>
        <source>Paste the webhook&apos;s full https:// address, as the chat service shows it when the webhook is created.</source>
        <translation>Fügen Sie die vollständige https://-Adresse des Webhooks ein, wie sie der Chatdienst beim Anlegen des Webhooks anzeigt.</translation>
    </message>
    <message>
        <source>chat webhook on %1</source>
        <translation>Chat-Webhook auf %1</translation>
    </message>
    <message>
        <source>The webhook is busy; try again.</source>
        <translation>Der Webhook ist beschäftigt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The webhook exists; announcements will be posted to its channel.</source>
        <translation>Der Webhook existiert; Ankündigungen werden in seinem Kanal gepostet.</translation>
    </message>
    <message>
        <source>The webhook accepted a test post.</source>
        <translation>Der Webhook hat einen Testbeitrag angenommen.</translation>
    </message>
    <message>
        <source>This version was announced in the channel already.</source>
        <translation>Diese Version wurde bereits im Kanal angekündigt.</translation>
    </message>
    <message>
        <source>Announced in the incident channel.</source>
        <translation>Im Vorfallkanal angekündigt.</translation>
    </message>
    <message>
        <source>The chat service rejected the announcement as malformed (%1).</source>
        <translation>Der Chatdienst hat die Ankündigung als fehlerhaft abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The chat workspace&apos;s administrators do not allow this webhook to post (action_prohibited).</source>
        <translation>Die Administratoren des Chat-Arbeitsbereichs erlauben diesem Webhook nicht zu posten (action_prohibited).</translation>
    </message>
    <message>
        <source>The chat service refused the webhook (%1); it may have been revoked.</source>
        <translation>Der Chatdienst hat den Webhook abgelehnt (%1); er wurde vielleicht widerrufen.</translation>
    </message>
    <message>
        <source>The webhook no longer exists (it was removed or turned off); create a new one and enter its address again.</source>
        <translation>Der Webhook existiert nicht mehr (er wurde entfernt oder abgeschaltet); legen Sie einen neuen an und geben Sie seine Adresse erneut ein.</translation>
    </message>
    <message>
        <source>The webhook&apos;s channel is archived; unarchive it or use a webhook of another channel.</source>
        <translation>Der Kanal des Webhooks ist archiviert; holen Sie ihn aus dem Archiv oder verwenden Sie einen Webhook eines anderen Kanals.</translation>
    </message>
    <message>
        <source>The chat service asks to post more slowly; the announcement will be retried.</source>
        <translation>Der Chatdienst bittet, langsamer zu posten; die Ankündigung wird erneut versucht.</translation>
    </message>
    <message>
        <source>The chat service failed with HTTP %1; the announcement will be retried.</source>
        <translation>Der Chatdienst ist mit HTTP %1 gescheitert; die Ankündigung wird erneut versucht.</translation>
    </message>
    <message>
        <source>The chat service refused the announcement with HTTP %1 (%2).</source>
        <translation>Der Chatdienst hat die Ankündigung mit HTTP %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Posting the announcement was cancelled.</source>
        <translation>Das Posten der Ankündigung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The chat service answered, but not like a webhook; check the address.</source>
        <translation>Der Chatdienst hat geantwortet, aber nicht wie ein Webhook; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The chat service at %1 refused the connection.</source>
        <translation>Der Chatdienst unter %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The chat service %1 could not be found; check the network.</source>
        <translation>Der Chatdienst %1 wurde nicht gefunden; prüfen Sie das Netzwerk.</translation>
    </message>
    <message numerus="yes">
        <source>The chat service at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Chatdienst unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Chatdienst unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat service at %1 closed the connection before answering.</source>
        <translation>Der Chatdienst unter %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The chat service at %1 could not be reached.</source>
        <translation>Der Chatdienst unter %1 war nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>hs::WikiTarget</name>
    <message>
        <source>Signed in to the wiki at %1; post-mortems can be published there.</source>
        <translation>Beim Wiki unter %1 angemeldet; Post-Mortems können dort veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The wiki target is already publishing; try again when it is done.</source>
        <translation>Das Wiki-Ziel veröffentlicht bereits; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The wiki page %1 is up to date.</source>
        <translation>Die Wiki-Seite %1 ist aktuell.</translation>
    </message>
    <message>
        <source>The wiki page %1 was changed by %2 since Hindsight last published it, so it was not overwritten; merge the changes on the wiki or choose to replace the page.</source>
        <translation>Die Wiki-Seite %1 wurde seit der letzten Veröffentlichung durch Hindsight von %2 geändert und daher nicht überschrieben; führen Sie die Änderungen im Wiki zusammen oder entscheiden Sie sich, die Seite zu ersetzen.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>The wiki page %1 was deleted since Hindsight last published it, so it was not created again; choose to publish it again if it should be there.</source>
        <translation>Die Wiki-Seite %1 wurde seit der letzten Veröffentlichung durch Hindsight gelöscht und daher nicht neu angelegt; veröffentlichen Sie sie erneut, wenn sie dort sein soll.</translation>
    </message>
    <message>
        <source>Post-mortem %1, published by Hindsight</source>
        <translation>Post-Mortem %1, veröffentlicht von Hindsight</translation>
    </message>
    <message>
        <source>Published to the wiki page %1.</source>
        <translation>Auf der Wiki-Seite %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Post-mortem published by Hindsight</source>
        <translation>Post-Mortem, veröffentlicht von Hindsight</translation>
    </message>
    <message>
        <source>Publishing to the wiki was cancelled.</source>
        <translation>Das Veröffentlichen im Wiki wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hs::autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>der Ordner kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>hs::cli</name>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The text read from standard input is not valid UTF-8.</source>
        <translation>Der von der Standardeingabe gelesene Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>md, html, pdf or json.</source>
        <translation>md, html, pdf oder json.</translation>
    </message>
    <message>
        <source>The file to write, or a folder to write &lt;document name&gt;.&lt;extension&gt; into (default: the current folder).</source>
        <translation>Die zu schreibende Datei oder ein Ordner, in den &lt;Dokumentname&gt;.&lt;Endung&gt; geschrieben wird (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>The incident&apos;s document name “%1” cannot be used as a file name.</source>
        <translation>Der Dokumentname „%1“ des Vorfalls kann nicht als Dateiname verwendet werden.</translation>
    </message>
    <message>
        <source>Writes an incident&apos;s post-mortem as Markdown, HTML, PDF or JSON and prints the file&apos;s path.</source>
        <translation>Schreibt das Post-Mortem eines Vorfalls als Markdown, HTML, PDF oder JSON und gibt den Pfad der Datei aus.</translation>
    </message>
    <message>
        <source>The incident&apos;s id.</source>
        <translation>Die ID des Vorfalls.</translation>
    </message>
    <message>
        <source>The command export takes one incident id.</source>
        <translation>Der Befehl export erwartet eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>“%1” is not an incident id; ids are positive numbers.</source>
        <translation>„%1“ ist keine Vorfall-ID; IDs sind positive Zahlen.</translation>
    </message>
    <message>
        <source>Choose a format with --format md, html, pdf or json.</source>
        <translation>Wählen Sie ein Format mit --format md, html, pdf oder json.</translation>
    </message>
    <message>
        <source>“%1” is not a format; use md, html, pdf or json.</source>
        <translation>„%1“ ist kein Format; verwenden Sie md, html, pdf oder json.</translation>
    </message>
    <message>
        <source>HTML and PDF exports need fonts, which were not set up.</source>
        <translation>HTML- und PDF-Exporte brauchen Schriften, die nicht eingerichtet wurden.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Adds an incident from a post-mortem in Markdown (same headings as the export) or from a JSON export, and prints its id, channel name and document name.</source>
        <translation>Legt einen Vorfall aus einem Post-Mortem in Markdown (mit denselben Überschriften wie beim Export) oder aus einem JSON-Export an und gibt seine ID, den Kanalnamen und den Dokumentnamen aus.</translation>
    </message>
    <message>
        <source>The .md or .json file.</source>
        <translation>Die .md- oder .json-Datei.</translation>
    </message>
    <message>
        <source>The command import takes one file.</source>
        <translation>Der Befehl import erwartet eine Datei.</translation>
    </message>
    <message>
        <source>Declares an incident and prints its id, channel name and document name.</source>
        <translation>Eröffnet einen Vorfall und gibt seine ID, den Kanalnamen und den Dokumentnamen aus.</translation>
    </message>
    <message>
        <source>The day of the incident (default: today).</source>
        <translation>Der Tag des Vorfalls (Standard: heute).</translation>
    </message>
    <message>
        <source>What broke, in a few words.</source>
        <translation>Was kaputtgegangen ist, in wenigen Worten.</translation>
    </message>
    <message>
        <source>The command new takes one title; quote it if it has spaces.</source>
        <translation>Der Befehl new erwartet einen Titel; setzen Sie ihn in Anführungszeichen, wenn er Leerzeichen enthält.</translation>
    </message>
    <message>
        <source>Prints one line per incident, newest first: id, date, status and title, separated by tabs.</source>
        <translation>Gibt eine Zeile pro Vorfall aus, den neuesten zuerst: ID, Datum, Status und Titel, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>The command list takes no arguments.</source>
        <translation>Der Befehl list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Prints every field of an incident and what it still misses.</source>
        <translation>Gibt alle Felder eines Vorfalls aus und was ihm noch fehlt.</translation>
    </message>
    <message>
        <source>The incident&apos;s id, as `list` shows it.</source>
        <translation>Die ID des Vorfalls, wie `list` sie anzeigt.</translation>
    </message>
    <message>
        <source>The command show takes one incident id.</source>
        <translation>Der Befehl show erwartet eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <source>Changes one field of an incident. A value of - reads the whole of standard input (UTF-8).</source>
        <translation>Ändert ein Feld eines Vorfalls. Der Wert - liest die gesamte Standardeingabe (UTF-8).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Einer von: %1.</translation>
    </message>
    <message>
        <source>The new value, or - for standard input.</source>
        <translation>Der neue Wert oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The command set takes an id, a field and a value.</source>
        <translation>Der Befehl set erwartet eine ID, ein Feld und einen Wert.</translation>
    </message>
    <message>
        <source>There is no field “%1”; use one of: %2.</source>
        <translation>Es gibt kein Feld „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Declare an incident: new TITLE [--date YYYY-MM-DD]</source>
        <translation>Einen Vorfall eröffnen: new TITEL [--date JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>List the incidents, newest first</source>
        <translation>Die Vorfälle auflisten, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Show every field of an incident: show ID</source>
        <translation>Alle Felder eines Vorfalls anzeigen: show ID</translation>
    </message>
    <message>
        <source>Change a field: set ID FIELD VALUE (- reads standard input)</source>
        <translation>Ein Feld ändern: set ID FELD WERT (- liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>Write a post-mortem: export ID --format md|html|pdf|json --output PATH</source>
        <translation>Ein Post-Mortem schreiben: export ID --format md|html|pdf|json --output PFAD</translation>
    </message>
    <message>
        <source>Add an incident from a .md or .json post-mortem: import PATH</source>
        <translation>Einen Vorfall aus einem .md- oder .json-Post-Mortem anlegen: import PFAD</translation>
    </message>
    <message>
        <source>Hindsight&apos;s post-mortems from the shell.</source>
        <translation>Die Post-Mortems von Hindsight auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands (each has its own --help):</source>
        <translation>Befehle (jeder hat ein eigenes --help):</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage.</source>
        <translation>Rückgabewerte: 0 erledigt, 1 fehlgeschlagen, 2 falsche Verwendung.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>The database file, for every command.</source>
        <translation>Die Datenbankdatei, für jeden Befehl.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Name a command (%1); hindsight-cli --help explains them.</source>
        <translation>Geben Sie einen Befehl an (%1); hindsight-cli --help erklärt sie.</translation>
    </message>
    <message>
        <source>There is no command “%1”; use one of: %2.</source>
        <translation>Es gibt keinen Befehl „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>“%1” is not %2 id; ids are positive numbers.</source>
        <translation>„%1“ ist keine gültige ID für %2; IDs sind positive Zahlen.</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>einen Vorfall</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>eine Maßnahme</translation>
    </message>
    <message>
        <source>Adds a follow-up action to an incident and prints its id and due date.</source>
        <translation>Fügt einem Vorfall eine Folgemaßnahme hinzu und gibt ihre ID und ihr Fälligkeitsdatum aus.</translation>
    </message>
    <message>
        <source>The team that does it (required).</source>
        <translation>Das Team, das sie erledigt (erforderlich).</translation>
    </message>
    <message>
        <source>now or later (required).</source>
        <translation>now oder later (erforderlich).</translation>
    </message>
    <message>
        <source>Who owns it.</source>
        <translation>Wer dafür verantwortlich ist.</translation>
    </message>
    <message>
        <source>The tracker issue&apos;s URL.</source>
        <translation>Die URL des Tracker-Tickets.</translation>
    </message>
    <message>
        <source>What to do, in a few words.</source>
        <translation>Was zu tun ist, in wenigen Worten.</translation>
    </message>
    <message>
        <source>The command action add takes an incident id and a title; quote the title if it has spaces.</source>
        <translation>Der Befehl action add erwartet eine Vorfall-ID und einen Titel; setzen Sie den Titel in Anführungszeichen, wenn er Leerzeichen enthält.</translation>
    </message>
    <message>
        <source>Name the team that does the action with --team.</source>
        <translation>Geben Sie mit --team das Team an, das die Maßnahme erledigt.</translation>
    </message>
    <message>
        <source>Choose a bucket with --bucket now or --bucket later.</source>
        <translation>Wählen Sie die Dringlichkeit mit --bucket now oder --bucket later.</translation>
    </message>
    <message>
        <source>Prints one line per action, the earliest due first: id, due date, bucket, status, team, owner, incident id, title and link, separated by tabs.</source>
        <translation>Gibt eine Zeile pro Maßnahme aus, die früheste Fälligkeit zuerst: ID, Fälligkeitsdatum, Dringlichkeit, Status, Team, Verantwortliche(r), Vorfall-ID, Titel und Link, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Only open actions past their due date.</source>
        <translation>Nur offene Maßnahmen, deren Fälligkeitsdatum überschritten ist.</translation>
    </message>
    <message>
        <source>Only this team&apos;s actions.</source>
        <translation>Nur die Maßnahmen dieses Teams.</translation>
    </message>
    <message>
        <source>Only this bucket.</source>
        <translation>Nur diese Dringlichkeit.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Nur dieser Status.</translation>
    </message>
    <message>
        <source>Only this incident&apos;s actions (default: every incident).</source>
        <translation>Nur die Maßnahmen dieses Vorfalls (Standard: alle Vorfälle).</translation>
    </message>
    <message>
        <source>The command action list takes at most one incident id.</source>
        <translation>Der Befehl action list erwartet höchstens eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a bucket; use one of: %2.</source>
        <translation>„%1“ ist keine Dringlichkeit; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an action status; use one of: %2.</source>
        <translation>„%1“ ist kein Maßnahmenstatus; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Es gibt keine Maßnahme %1.</translation>
    </message>
    <message>
        <source>Changes one field of an action. A value of - reads the whole of standard input (UTF-8). Dates are YYYY-MM-DD; a dropped action needs its reason set first.</source>
        <translation>Ändert ein Feld einer Maßnahme. Der Wert - liest die gesamte Standardeingabe (UTF-8). Datumsangaben haben das Format JJJJ-MM-TT; für eine verworfene Maßnahme muss zuerst der Grund gesetzt sein.</translation>
    </message>
    <message>
        <source>The action&apos;s id.</source>
        <translation>Die ID der Maßnahme.</translation>
    </message>
    <message>
        <source>The command action set takes an action id, a field and a value.</source>
        <translation>Der Befehl action set erwartet eine Maßnahmen-ID, ein Feld und einen Wert.</translation>
    </message>
    <message>
        <source>There is no action field “%1”; use one of: %2.</source>
        <translation>Es gibt kein Maßnahmenfeld „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Marks an action done.</source>
        <translation>Markiert eine Maßnahme als erledigt.</translation>
    </message>
    <message>
        <source>The command action done takes one action id.</source>
        <translation>Der Befehl action done erwartet eine Maßnahmen-ID.</translation>
    </message>
    <message>
        <source>Drops an action, saying why.</source>
        <translation>Verwirft eine Maßnahme mit Begründung.</translation>
    </message>
    <message>
        <source>Why it is not done (required).</source>
        <translation>Warum sie nicht erledigt wird (erforderlich).</translation>
    </message>
    <message>
        <source>The command action drop takes one action id.</source>
        <translation>Der Befehl action drop erwartet eine Maßnahmen-ID.</translation>
    </message>
    <message>
        <source>Say why the action is dropped with --reason.</source>
        <translation>Geben Sie mit --reason an, warum die Maßnahme verworfen wird.</translation>
    </message>
    <message>
        <source>Add an action: add INCIDENT TITLE --team T --bucket now|later [--owner O] [--due YYYY-MM-DD] [--link URL]</source>
        <translation>Eine Maßnahme hinzufügen: add VORFALL TITEL --team T --bucket now|later [--owner O] [--due JJJJ-MM-TT] [--link URL]</translation>
    </message>
    <message>
        <source>List actions by due date: list [INCIDENT] [--overdue] [--team T] [--bucket B] [--status S]</source>
        <translation>Maßnahmen nach Fälligkeit auflisten: list [VORFALL] [--overdue] [--team T] [--bucket B] [--status S]</translation>
    </message>
    <message>
        <source>Change a field: set ACTION FIELD VALUE (- reads standard input)</source>
        <translation>Ein Feld ändern: set MASSNAHME FELD WERT (- liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>Mark an action done: done ACTION</source>
        <translation>Eine Maßnahme als erledigt markieren: done MASSNAHME</translation>
    </message>
    <message>
        <source>Drop an action: drop ACTION --reason R</source>
        <translation>Eine Maßnahme verwerfen: drop MASSNAHME --reason R</translation>
    </message>
    <message>
        <source>The follow-up actions of incidents, in a now and a later bucket.</source>
        <translation>Die Folgemaßnahmen von Vorfällen, eingeteilt in „sofort“ und „später“.</translation>
    </message>
    <message>
        <source>Sets up the CalDAV calendar the reviews are pushed to. The password (or app token) is read from standard input, checked against the server and kept in the system keychain only.</source>
        <translation>Richtet den CalDAV-Kalender ein, in den die Überprüfungen übertragen werden. Das Passwort (oder App-Token) wird von der Standardeingabe gelesen, am Server geprüft und nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The user name on the server (required).</source>
        <translation>Der Benutzername auf dem Server (erforderlich).</translation>
    </message>
    <message>
        <source>The address of one calendar (a CalDAV collection).</source>
        <translation>Die Adresse eines Kalenders (einer CalDAV-Sammlung).</translation>
    </message>
    <message>
        <source>The command calendar add takes one calendar address.</source>
        <translation>Der Befehl calendar add erwartet eine Kalenderadresse.</translation>
    </message>
    <message>
        <source>“%1” is not a calendar address; give a full http:// or https:// URL.</source>
        <translation>„%1“ ist keine Kalenderadresse; geben Sie eine vollständige http://- oder https://-URL an.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; use --user and standard input.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg; verwenden Sie --user und die Standardeingabe.</translation>
    </message>
    <message>
        <source>Name the user on the calendar server with --user.</source>
        <translation>Geben Sie mit --user den Benutzer auf dem Kalenderserver an.</translation>
    </message>
    <message>
        <source>A calendar is already set up (%1); calendar remove forgets it first.</source>
        <translation>Es ist bereits ein Kalender eingerichtet (%1); calendar remove entfernt ihn zuerst.</translation>
    </message>
    <message>
        <source>Give the password or app token on standard input.</source>
        <translation>Geben Sie das Passwort oder App-Token über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>Calendar set up: %1</source>
        <translation>Kalender eingerichtet: %1</translation>
    </message>
    <message>
        <source>Calendar set up: %1 (%2)</source>
        <translation>Kalender eingerichtet: %1 (%2)</translation>
    </message>
    <message>
        <source>Prints the calendar set up for review push: its address and user, separated by a tab (nothing when none is).</source>
        <translation>Gibt den für review push eingerichteten Kalender aus: Adresse und Benutzer, durch einen Tabulator getrennt (nichts, wenn keiner eingerichtet ist).</translation>
    </message>
    <message>
        <source>The command calendar list takes no arguments.</source>
        <translation>Der Befehl calendar list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Forgets the calendar and deletes its password from the keychain; the events already pushed stay on the server.</source>
        <translation>Entfernt den Kalender und löscht sein Passwort aus dem Schlüsselbund; bereits übertragene Termine bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>The calendar&apos;s address (optional check).</source>
        <translation>Die Adresse des Kalenders (optionale Prüfung).</translation>
    </message>
    <message>
        <source>The command calendar remove takes at most the calendar&apos;s address.</source>
        <translation>Der Befehl calendar remove erwartet höchstens die Adresse des Kalenders.</translation>
    </message>
    <message>
        <source>No calendar is set up.</source>
        <translation>Es ist kein Kalender eingerichtet.</translation>
    </message>
    <message>
        <source>The calendar set up is %1, not %2.</source>
        <translation>Eingerichtet ist der Kalender %1, nicht %2.</translation>
    </message>
    <message>
        <source>The calendar was kept, because its password could not be deleted from the keychain: %1</source>
        <translation>Der Kalender wurde beibehalten, weil sein Passwort nicht aus dem Schlüsselbund gelöscht werden konnte: %1</translation>
    </message>
    <message>
        <source>Set up the calendar: add URL --user U (password on standard input)</source>
        <translation>Den Kalender einrichten: add URL --user U (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>Show the calendar set up</source>
        <translation>Den eingerichteten Kalender anzeigen</translation>
    </message>
    <message>
        <source>Forget the calendar and its password: remove [URL]</source>
        <translation>Den Kalender und sein Passwort entfernen: remove [URL]</translation>
    </message>
    <message>
        <source>The CalDAV calendar (Nextcloud, iCloud, Fastmail, Radicale …) that review push writes the reviews to.</source>
        <translation>Der CalDAV-Kalender (Nextcloud, iCloud, Fastmail, Radicale …), in den review push die Überprüfungen schreibt.</translation>
    </message>
    <message>
        <source>Follow-up actions: action add|list|set|done|drop …</source>
        <translation>Folgemaßnahmen: action add|list|set|done|drop …</translation>
    </message>
    <message>
        <source>Reviews: review propose|list|done|export-ics|push …</source>
        <translation>Überprüfungen: review propose|list|done|export-ics|push …</translation>
    </message>
    <message>
        <source>The CalDAV calendar for reviews: calendar add|list|remove …</source>
        <translation>Der CalDAV-Kalender für Überprüfungen: calendar add|list|remove …</translation>
    </message>
    <message>
        <source>Schedules the two reviews of an incident, one week and one month after its document was written (moved off weekends, at 10:00 local time), and prints them: id, kind and time, separated by tabs.</source>
        <translation>Plant die zwei Überprüfungen eines Vorfalls, eine Woche und einen Monat nachdem sein Dokument geschrieben wurde (nicht am Wochenende, um 10:00 Uhr Ortszeit), und gibt sie aus: ID, Art und Zeitpunkt, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>The day the document was written (default: today).</source>
        <translation>Der Tag, an dem das Dokument geschrieben wurde (Standard: heute).</translation>
    </message>
    <message>
        <source>Move the incident&apos;s existing reviews to the new dates (they keep their calendar events, which the next push updates).</source>
        <translation>Die vorhandenen Überprüfungen des Vorfalls auf die neuen Termine verschieben (sie behalten ihre Kalendertermine, die der nächste push aktualisiert).</translation>
    </message>
    <message>
        <source>The command review propose takes one incident id.</source>
        <translation>Der Befehl review propose erwartet eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it HH:MM.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als HH:MM.</translation>
    </message>
    <message>
        <source>Incident %1 already has reviews; review list shows them, and --replace moves them to the new dates.</source>
        <translation>Vorfall %1 hat bereits Überprüfungen; review list zeigt sie an, und --replace verschiebt sie auf die neuen Termine.</translation>
    </message>
    <message>
        <source>Prints the reviews not done yet, the earliest first: id, time, state (overdue, due today or upcoming), kind, incident id, open actions and incident title, separated by tabs.</source>
        <translation>Gibt die noch nicht erledigten Überprüfungen aus, die früheste zuerst: ID, Zeitpunkt, Stand (überfällig, heute fällig oder anstehend), Art, Vorfall-ID, offene Maßnahmen und Titel des Vorfalls, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Only the reviews due today or overdue.</source>
        <translation>Nur die heute fälligen oder überfälligen Überprüfungen.</translation>
    </message>
    <message>
        <source>The command review list takes no arguments.</source>
        <translation>Der Befehl review list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Marks a review done, with what was found.</source>
        <translation>Markiert eine Überprüfung als erledigt, mit dem Ergebnis.</translation>
    </message>
    <message>
        <source>What was done, what is still open.</source>
        <translation>Was erledigt wurde, was noch offen ist.</translation>
    </message>
    <message>
        <source>The review&apos;s id.</source>
        <translation>Die ID der Überprüfung.</translation>
    </message>
    <message>
        <source>The command review done takes one review id.</source>
        <translation>Der Befehl review done erwartet eine Überprüfungs-ID.</translation>
    </message>
    <message>
        <source>a review</source>
        <translation>eine Überprüfung</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt keine Überprüfung %1.</translation>
    </message>
    <message>
        <source>Writes an incident&apos;s reviews as an iCalendar (.ics) file and prints its path.</source>
        <translation>Schreibt die Überprüfungen eines Vorfalls als iCalendar-Datei (.ics) und gibt ihren Pfad aus.</translation>
    </message>
    <message>
        <source>The file to write, or a folder to write &lt;document name&gt;-reviews.ics into (required).</source>
        <translation>Die zu schreibende Datei oder ein Ordner, in den &lt;Dokumentname&gt;-reviews.ics geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>The command review export-ics takes one incident id.</source>
        <translation>Der Befehl review export-ics erwartet eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>Say where to write the file with --output.</source>
        <translation>Geben Sie mit --output an, wohin die Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>Incident %1 has no reviews yet; review propose schedules them.</source>
        <translation>Vorfall %1 hat noch keine Überprüfungen; review propose plant sie.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Schedule the +1 week and +1 month reviews: propose INCIDENT [--from DATE] [--time HH:MM] [--replace]</source>
        <translation>Die Überprüfungen nach +1 Woche und +1 Monat planen: propose VORFALL [--from DATUM] [--time HH:MM] [--replace]</translation>
    </message>
    <message>
        <source>List the reviews not done, earliest first: list [--due]</source>
        <translation>Die nicht erledigten Überprüfungen auflisten, die früheste zuerst: list [--due]</translation>
    </message>
    <message>
        <source>Mark a review done: done REVIEW [--notes N]</source>
        <translation>Eine Überprüfung als erledigt markieren: done ÜBERPRÜFUNG [--notes N]</translation>
    </message>
    <message>
        <source>Write the reviews as .ics: export-ics INCIDENT --output F</source>
        <translation>Die Überprüfungen als .ics schreiben: export-ics VORFALL --output D</translation>
    </message>
    <message>
        <source>Create or update the reviews on the calendar (calendar add): push INCIDENT</source>
        <translation>Die Überprüfungen im Kalender anlegen oder aktualisieren (calendar add): push VORFALL</translation>
    </message>
    <message>
        <source>The +1 week and +1 month reviews of incidents.</source>
        <translation>Die Überprüfungen von Vorfällen nach +1 Woche und +1 Monat.</translation>
    </message>
    <message>
        <source>Review %1 (%2)</source>
        <translation>Überprüfung %1 (%2)</translation>
    </message>
    <message>
        <source>Creates or updates an incident&apos;s reviews as events on the calendar set up with calendar add, and prints one line per review: created, updated or conflict, then its id and kind. An event changed on the server since the last push is never overwritten unless --overwrite says so.</source>
        <translation>Legt die Überprüfungen eines Vorfalls als Termine im mit calendar add eingerichteten Kalender an oder aktualisiert sie und gibt eine Zeile pro Überprüfung aus: created, updated oder conflict, dann ihre ID und Art. Ein seit dem letzten push auf dem Server geänderter Termin wird nur mit --overwrite überschrieben.</translation>
    </message>
    <message>
        <source>Replace events that were changed on the server with this version.</source>
        <translation>Auf dem Server geänderte Termine durch diese Version ersetzen.</translation>
    </message>
    <message>
        <source>The command review push takes one incident id.</source>
        <translation>Der Befehl review push erwartet eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>No calendar is set up; calendar add sets one up.</source>
        <translation>Es ist kein Kalender eingerichtet; calendar add richtet einen ein.</translation>
    </message>
    <message>
        <source>The calendar&apos;s password is not in the keychain (it may be locked); calendar add stores it again.</source>
        <translation>Das Passwort des Kalenders ist nicht im Schlüsselbund (er ist vielleicht gesperrt); calendar add speichert es erneut.</translation>
    </message>
    <message>
        <source>%1 was deleted on the calendar server</source>
        <translation>%1 wurde auf dem Kalenderserver gelöscht</translation>
    </message>
    <message>
        <source>%1 was changed on the calendar server (it starts %2 there)</source>
        <translation>%1 wurde auf dem Kalenderserver geändert (dort beginnt sie %2)</translation>
    </message>
    <message>
        <source>%1 by someone else, so your version was not saved there; push with --overwrite to replace it.</source>
        <translation>%1, und zwar von jemand anderem; daher wurde Ihre Version dort nicht gespeichert. push mit --overwrite ersetzt sie.</translation>
    </message>
    <message>
        <source>Usage: hindsight-cli [--database path] %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Aufruf: hindsight-cli [--database Pfad] %1 UNTERBEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Subcommands (each has its own --help):</source>
        <translation>Unterbefehle (jeder hat ein eigenes --help):</translation>
    </message>
    <message>
        <source>Say what to do with %1 (%2); hindsight-cli %1 --help explains it.</source>
        <translation>Geben Sie an, was mit %1 geschehen soll (%2); hindsight-cli %1 --help erklärt es.</translation>
    </message>
    <message>
        <source>There is no %1 command “%2”; use one of: %3.</source>
        <translation>Es gibt keinen %1-Befehl „%2“; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>%1 The calendar was not set up and the password was not stored anywhere (the app can keep it for one session without a keychain; a command ends at once).</source>
        <translation>%1 Der Kalender wurde nicht eingerichtet und das Passwort nirgends gespeichert (die App kann es ohne Schlüsselbund für eine Sitzung behalten; ein Befehl endet sofort).</translation>
    </message>
    <message>
        <source>Places to share post-mortems to: target add|list|remove|test …</source>
        <translation>Orte, an die Post-Mortems geteilt werden: target add|list|remove|test …</translation>
    </message>
    <message>
        <source>Queue a documented incident for every share target: share ID</source>
        <translation>Einen dokumentierten Vorfall für jedes Freigabeziel einreihen: share ID</translation>
    </message>
    <message>
        <source>Send what is queued; the exit code tells whether all arrived</source>
        <translation>Senden, was eingereiht ist; der Rückgabewert sagt, ob alles angekommen ist</translation>
    </message>
    <message>
        <source>Queues a documented incident for every enabled share target (or the ones named with --target) and prints one line per target: queued or up to date, then the target&apos;s name. Nothing is sent yet: sync sends what is queued.</source>
        <translation>Reiht einen dokumentierten Vorfall für jedes aktivierte Freigabeziel (oder die mit --target genannten) ein und gibt eine Zeile pro Ziel aus: queued oder up to date, dann den Namen des Ziels. Noch wird nichts gesendet: sync sendet, was eingereiht ist.</translation>
    </message>
    <message>
        <source>Share an incident that is not documented yet.</source>
        <translation>Einen Vorfall teilen, der noch nicht dokumentiert ist.</translation>
    </message>
    <message>
        <source>Only this target (id or name); may be given more than once.</source>
        <translation>Nur dieses Ziel (ID oder Name); kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Replace copies that someone else changed on the target (after a conflict) with this version.</source>
        <translation>Kopien, die jemand anderes auf dem Ziel geändert hat (nach einem Konflikt), durch diese Version ersetzen.</translation>
    </message>
    <message>
        <source>The command share takes one incident id.</source>
        <translation>Der Befehl share erwartet eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>Incident %1 is not documented yet (its status is %2): finish the post-mortem and set its status to documented, or share it as it is with --force.</source>
        <translation>Vorfall %1 ist noch nicht dokumentiert (sein Status ist %2): Stellen Sie das Post-Mortem fertig und setzen Sie den Status auf documented, oder teilen Sie ihn so, wie er ist, mit --force.</translation>
    </message>
    <message>
        <source>Sends everything share queued, retrying failed jobs at once, and prints one line per job: sent, unchanged, conflict or failed, the incident&apos;s id, the target&apos;s name and what happened (and where to read it), separated by tabs. Exit code 0 when everything was sent or was already there, 1 when something failed or is in conflict (it stays queued or marked, nothing is lost).</source>
        <translation>Sendet alles, was share eingereiht hat, wiederholt fehlgeschlagene Aufträge sofort und gibt eine Zeile pro Auftrag aus: sent, unchanged, conflict oder failed, die ID des Vorfalls, den Namen des Ziels und was passiert ist (und wo es zu lesen ist), durch Tabulatoren getrennt. Rückgabewert 0, wenn alles gesendet wurde oder schon da war, 1, wenn etwas fehlgeschlagen ist oder in Konflikt steht (es bleibt eingereiht oder markiert, nichts geht verloren).</translation>
    </message>
    <message>
        <source>The command sync takes no arguments.</source>
        <translation>Der Befehl sync erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Nothing to send: the outbox is empty.</source>
        <translation>Nichts zu senden: Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>There is no share target “%1”; target list shows them.</source>
        <translation>Es gibt kein Freigabeziel „%1“; target list zeigt sie an.</translation>
    </message>
    <message>
        <source>webhook address in the keychain</source>
        <translation>Webhook-Adresse im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 %2 (the app can keep a secret for one session without a keychain; a command ends at once).</source>
        <translation>%1 %2 (die App kann ein Geheimnis ohne Schlüsselbund für eine Sitzung behalten; ein Befehl endet sofort).</translation>
    </message>
    <message>
        <source>Give the %1 on standard input.</source>
        <translation>Geben Sie %1 über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>The command target add webhook takes no address: the webhook URL is read from standard input, so it stays out of the shell history.</source>
        <translation>Der Befehl target add webhook erwartet keine Adresse: Die Webhook-URL wird von der Standardeingabe gelesen, damit sie nicht im Shell-Verlauf landet.</translation>
    </message>
    <message>
        <source>Chat webhook</source>
        <translation>Chat-Webhook</translation>
    </message>
    <message>
        <source>The command target add %1 takes one %2.</source>
        <translation>Der Befehl target add %1 erwartet ein Argument: %2.</translation>
    </message>
    <message>
        <source>folder path</source>
        <translation>Ordnerpfad</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Freigegebener Ordner</translation>
    </message>
    <message>
        <source>“%1” is not an address; give a full http:// or https:// URL.</source>
        <translation>„%1“ ist keine Adresse; geben Sie eine vollständige http://- oder https://-URL an.</translation>
    </message>
    <message>
        <source>Name the user on the server with --user.</source>
        <translation>Geben Sie mit --user den Benutzer auf dem Server an.</translation>
    </message>
    <message>
        <source>Adds a place to share post-mortems to: a folder (a network mount or a synced folder), a WebDAV folder, a MediaWiki or a chat webhook. Passwords and webhook addresses are read from standard input and kept in the system keychain only. Nothing is contacted yet: target test checks the connection.</source>
        <translation>Fügt einen Ort hinzu, an den Post-Mortems geteilt werden: einen Ordner (eine Netzwerkfreigabe oder einen synchronisierten Ordner), einen WebDAV-Ordner, ein MediaWiki oder einen Chat-Webhook. Passwörter und Webhook-Adressen werden von der Standardeingabe gelesen und nur im Schlüsselbund des Systems aufbewahrt. Noch wird nichts kontaktiert: target test prüft die Verbindung.</translation>
    </message>
    <message>
        <source>The target&apos;s name (default: from the place).</source>
        <translation>Der Name des Ziels (Standard: aus dem Ort abgeleitet).</translation>
    </message>
    <message>
        <source>The user name (WebDAV) or bot user (MediaWiki, e.g. Bot@hindsight).</source>
        <translation>Der Benutzername (WebDAV) oder Bot-Benutzer (MediaWiki, z. B. Bot@hindsight).</translation>
    </message>
    <message>
        <source>MediaWiki: the category the pages are filed in.</source>
        <translation>MediaWiki: die Kategorie, in die die Seiten eingeordnet werden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MediaWiki: the pages&apos; title prefix (default Postmortems/).</source>
        <translation>MediaWiki: das Titelpräfix der Seiten (Standard: Postmortems/).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>folder, webdav, mediawiki or webhook.</source>
        <translation>folder, webdav, mediawiki oder webhook.</translation>
    </message>
    <message>
        <source>folder: its path; webdav: the folder&apos;s URL; mediawiki: the URL of api.php; webhook: none (standard input).</source>
        <translation>folder: sein Pfad; webdav: die URL des Ordners; mediawiki: die URL von api.php; webhook: keiner (Standardeingabe).</translation>
    </message>
    <message>
        <source>The command target add takes a kind and a place.</source>
        <translation>Der Befehl target add erwartet eine Art und einen Ort.</translation>
    </message>
    <message>
        <source>There is no kind of target “%1”; use folder, webdav, mediawiki or webhook.</source>
        <translation>Es gibt keine Zielart „%1“; verwenden Sie folder, webdav, mediawiki oder webhook.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; create it (or mount the share) first.</source>
        <translation>Der Ordner „%1“ existiert nicht; legen Sie ihn zuerst an (oder hängen Sie die Freigabe ein).</translation>
    </message>
    <message>
        <source>The target was not added and the %1 was not stored anywhere.</source>
        <translation>Das Ziel wurde nicht hinzugefügt und %1 wurde nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Prints one line per share target: id, kind, name, place and whether it is enabled, separated by tabs. No secret is shown.</source>
        <translation>Gibt eine Zeile pro Freigabeziel aus: ID, Art, Name, Ort und ob es aktiviert ist, durch Tabulatoren getrennt. Es wird kein Geheimnis angezeigt.</translation>
    </message>
    <message>
        <source>The command target list takes no arguments.</source>
        <translation>Der Befehl target list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Forgets a share target, its queue and its secret in the keychain; what was already published stays where it is.</source>
        <translation>Entfernt ein Freigabeziel, seine Warteschlange und sein Geheimnis im Schlüsselbund; bereits Veröffentlichtes bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>The target&apos;s id or name.</source>
        <translation>Die ID oder der Name des Ziels.</translation>
    </message>
    <message>
        <source>The command target remove takes one target id or name.</source>
        <translation>Der Befehl target remove erwartet eine Ziel-ID oder einen Zielnamen.</translation>
    </message>
    <message>
        <source>The target was kept, because its secret could not be deleted from the keychain: %1</source>
        <translation>Das Ziel wurde beibehalten, weil sein Geheimnis nicht aus dem Schlüsselbund gelöscht werden konnte: %1</translation>
    </message>
    <message>
        <source>Checks that a share target can be reached and written to with its stored credentials, without changing anything there.</source>
        <translation>Prüft, ob ein Freigabeziel mit den gespeicherten Zugangsdaten erreichbar und beschreibbar ist, ohne dort etwas zu ändern.</translation>
    </message>
    <message>
        <source>The command target test takes one target id or name.</source>
        <translation>Der Befehl target test erwartet eine Ziel-ID oder einen Zielnamen.</translation>
    </message>
    <message>
        <source>No %1 is stored for “%2”; remove the target and add it again.</source>
        <translation>Für „%2“ ist nichts gespeichert (%1); entfernen Sie das Ziel und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>The target was not tested.</source>
        <translation>Das Ziel wurde nicht getestet.</translation>
    </message>
    <message>
        <source>%1 can be used.</source>
        <translation>%1 kann verwendet werden.</translation>
    </message>
    <message>
        <source>Add a place: add folder PATH | webdav URL --user U | mediawiki API_URL --user U | webhook (secrets on standard input)</source>
        <translation>Einen Ort hinzufügen: add folder PFAD | webdav URL --user U | mediawiki API_URL --user U | webhook (Geheimnisse über die Standardeingabe)</translation>
    </message>
    <message>
        <source>Show the share targets</source>
        <translation>Die Freigabeziele anzeigen</translation>
    </message>
    <message>
        <source>Forget a target and its secret: remove TARGET</source>
        <translation>Ein Ziel und sein Geheimnis entfernen: remove ZIEL</translation>
    </message>
    <message>
        <source>Check a target&apos;s connection: test TARGET</source>
        <translation>Die Verbindung eines Ziels prüfen: test ZIEL</translation>
    </message>
    <message>
        <source>The places share and sync publish post-mortems to: shared folders, WebDAV, MediaWiki and the incident channel&apos;s webhook.</source>
        <translation>Die Orte, an die share und sync Post-Mortems veröffentlichen: freigegebene Ordner, WebDAV, MediaWiki und der Webhook des Vorfallkanals.</translation>
    </message>
    <message>
        <source>The due date (default: +7 days for now, +30 days for later, or the days set in Preferences; moved off weekends).</source>
        <translation>Das Fälligkeitsdatum (Standard: +7 Tage für now, +30 Tage für later oder die in den Voreinstellungen gewählten Tage; nicht am Wochenende).</translation>
    </message>
    <message>
        <source>The local time of the reviews (default: the hour set in Preferences, 10:00 unless changed).</source>
        <translation>Die Ortszeit der Überprüfungen (Standard: die Uhrzeit aus den Voreinstellungen, sonst 10:00).</translation>
    </message>
    <message>
        <source>Delete a review and its calendar event: delete REVIEW [--keep-event]</source>
        <translation>Eine Überprüfung und ihren Kalendertermin löschen: delete REVIEW [--keep-event]</translation>
    </message>
    <message>
        <source>Deletes a review and, when it was pushed, its event on the calendar set up with calendar add. Prints the review&apos;s id and what became of the event (deleted, already gone, kept or none), separated by a tab. When the event cannot be deleted (changed on the server, server unreachable) nothing is deleted, unless --keep-event says to delete the review here only.</source>
        <translation>Löscht eine Überprüfung und, wenn sie übertragen wurde, ihren Termin im mit calendar add eingerichteten Kalender. Gibt die ID der Überprüfung aus und was aus dem Termin wurde (deleted, already gone, kept oder none), durch einen Tabulator getrennt. Kann der Termin nicht gelöscht werden (auf dem Server geändert, Server nicht erreichbar), wird nichts gelöscht, außer --keep-event verlangt, die Überprüfung nur hier zu löschen.</translation>
    </message>
    <message>
        <source>Delete the review here only and leave its event on the calendar.</source>
        <translation>Die Überprüfung nur hier löschen und ihren Termin im Kalender lassen.</translation>
    </message>
    <message>
        <source>The command review delete takes one review id.</source>
        <translation>Der Befehl review delete erwartet eine Überprüfungs-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a review id; ids are positive numbers.</source>
        <translation>„%1“ ist keine Überprüfungs-ID; IDs sind positive Zahlen.</translation>
    </message>
    <message>
        <source>%1 is on a calendar, but no calendar is set up now, so its event cannot be deleted; nothing was deleted. calendar add sets the calendar up again, or --keep-event deletes the review here only.</source>
        <translation>%1 steht in einem Kalender, aber jetzt ist kein Kalender eingerichtet, daher kann ihr Termin nicht gelöscht werden; nichts wurde gelöscht. calendar add richtet den Kalender wieder ein, oder --keep-event löscht die Überprüfung nur hier.</translation>
    </message>
    <message>
        <source>%1 by someone else since the last push, so neither the event nor the review was deleted; --keep-event deletes the review here only.</source>
        <translation>%1, von jemand anderem seit der letzten Übertragung, daher wurden weder der Termin noch die Überprüfung gelöscht; --keep-event löscht die Überprüfung nur hier.</translation>
    </message>
    <message>
        <source>%1 The review was not deleted; --keep-event deletes it here only and leaves its event on the calendar.</source>
        <translation>%1 Die Überprüfung wurde nicht gelöscht; --keep-event löscht sie nur hier und lässt ihren Termin im Kalender.</translation>
    </message>
    <message>
        <source>The list of shared post-mortems on “%1” could not be updated: %2</source>
        <translation>Die Liste der geteilten Post-Mortems auf „%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::docformat</name>
    <message>
        <source>An action in the list has no title.</source>
        <translation>Eine Maßnahme in der Liste hat keinen Titel.</translation>
    </message>
    <message>
        <source>The action “%1” cannot be read: %2</source>
        <translation>Die Maßnahme „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not one of its fields.</source>
        <translation>„%1“ ist keines ihrer Felder.</translation>
    </message>
    <message>
        <source>its status “%1” is not open, done or dropped.</source>
        <translation>Der Status „%1“ ist weder open noch done noch dropped.</translation>
    </message>
    <message>
        <source>it is dropped without a reason.</source>
        <translation>Die Maßnahme ist ohne Grund verworfen.</translation>
    </message>
    <message>
        <source>The review “%1” cannot be read: %2</source>
        <translation>Die Überprüfung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not start with “+1 week:” or “+1 month:”.</source>
        <translation>Der Eintrag beginnt nicht mit „+1 week:“ oder „+1 month:“.</translation>
    </message>
    <message>
        <source>its date is not written YYYY-MM-DD HH:MM (time zone).</source>
        <translation>Das Datum hat nicht das Format JJJJ-MM-TT HH:MM (Zeitzone).</translation>
    </message>
    <message>
        <source>its state is neither open nor done.</source>
        <translation>Der Stand ist weder open noch done.</translation>
    </message>
</context>
<context>
    <name>hs::documentfiles</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Als %1 exportieren</translation>
    </message>
    <message>
        <source>The document could not be exported.</source>
        <translation>Das Dokument konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Import a Post-Mortem</source>
        <translation>Ein Post-Mortem importieren</translation>
    </message>
    <message>
        <source>Post-mortems (*.md *.markdown *.json);;All files (*)</source>
        <translation>Post-Mortems (*.md *.markdown *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be imported.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>hs::importer</name>
    <message>
        <source>This file is not a post-mortem: %1</source>
        <translation>Diese Datei ist kein Post-Mortem: %1</translation>
    </message>
    <message>
        <source>its title line is empty.</source>
        <translation>Die Titelzeile ist leer.</translation>
    </message>
    <message>
        <source>it has no title line starting with &quot;# &quot;.</source>
        <translation>Es gibt keine Titelzeile, die mit „# “ beginnt.</translation>
    </message>
    <message>
        <source>none of its &quot;## &quot; headings is a post-mortem section such as &quot;## %1&quot;.</source>
        <translation>Keine der „## “-Überschriften ist ein Post-Mortem-Abschnitt wie „## %1“.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>Der Inhalt ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>its JSON is not an object.</source>
        <translation>Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>its &quot;format&quot; is &quot;%1&quot;, not &quot;hindsight-postmortem&quot;.</source>
        <translation>Das Feld „format“ ist „%1“, nicht „hindsight-postmortem“.</translation>
    </message>
    <message>
        <source>it has no valid &quot;version&quot;.</source>
        <translation>Es gibt keine gültige „version“.</translation>
    </message>
    <message>
        <source>This post-mortem was written by a newer version of Hindsight (format version %1); this version reads version %2.</source>
        <translation>Dieses Post-Mortem wurde von einer neueren Hindsight-Version geschrieben (Formatversion %1); diese Version liest Version %2.</translation>
    </message>
    <message>
        <source>its &quot;sections&quot; is not an object.</source>
        <translation>Das Feld „sections“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>its section &quot;%1&quot; is not text.</source>
        <translation>Der Abschnitt „%1“ ist kein Text.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a post-mortem (%2 MB; the limit is 64 MB).</source>
        <translation>Die Datei %1 ist zu groß für ein Post-Mortem (%2 MB; die Grenze liegt bei 64 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a post-mortem (the limit is 64 MB).</source>
        <translation>Die Datei %1 ist zu groß für ein Post-Mortem (die Grenze liegt bei 64 MB).</translation>
    </message>
    <message>
        <source>The file %1 is not a post-mortem: it is not UTF-8 text.</source>
        <translation>Die Datei %1 ist kein Post-Mortem: Der Inhalt ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>its &quot;actions&quot; is not a list.</source>
        <translation>Das Feld „actions“ ist keine Liste.</translation>
    </message>
    <message>
        <source>The action “%1” in this file cannot be read: %2</source>
        <translation>Die Maßnahme „%1“ in dieser Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its bucket or status is not known.</source>
        <translation>Dringlichkeit oder Status sind unbekannt.</translation>
    </message>
    <message>
        <source>its &quot;reviews&quot; is not a list.</source>
        <translation>Das Feld „reviews“ ist keine Liste.</translation>
    </message>
    <message>
        <source>A review in this file has no valid kind or date.</source>
        <translation>Eine Überprüfung in dieser Datei hat keine gültige Art oder kein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>hs::renderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>Die Datei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>hs::sharefiles</name>
    <message>
        <source>Post-mortems</source>
        <translation>Post-Mortems</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Noch nichts geteilt.</translation>
    </message>
</context>
<context>
    <name>hs::startup</name>
    <message>
        <source>Hindsight cannot open its database %1.</source>
        <translation>Hindsight kann seine Datenbank %1 nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>hs::wikitext</name>
    <message>
        <source>No actions.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>No reviews.</source>
        <translation>Keine Überprüfungen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Minimum viable post-mortems.</source>
        <translation>Post-Mortems mit minimalem Aufwand.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Die Datenbank unter &lt;Pfad&gt; verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Quit as soon as the window is painted (for measurements).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (für Messungen).</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window (when there is a tray).</source>
        <translation>Im Systembereich starten, ohne Fenster (wenn es einen Systembereich gibt).</translation>
    </message>
    <message>
        <source>Sharing and the calendar are not available: %1</source>
        <translation>Teilen und Kalender sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>%1 is not Hindsight&apos;s services plugin.</source>
        <translation>%1 ist nicht das Dienste-Plugin von Hindsight.</translation>
    </message>
    <message>
        <source>The services plugin is missing (looked for %1).</source>
        <translation>Das Dienste-Plugin fehlt (gesucht wurde %1).</translation>
    </message>
</context>
</TS>
