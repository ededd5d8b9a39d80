<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>hs::startup</name>
    <message>
        <source>Hindsight cannot open its database %1.</source>
        <translation>Hindsight kann seine Datenbank %1 nicht öffnen.</translation>
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
</context>
</TS>
