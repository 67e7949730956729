# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Nätverksträffar: samordnare skapar dem med /event; inbjudningar, svar, påminnelser, par.

event-syntax =
    Skriv så här för att skapa en nätverksträff: rubriken inom citattecken, sedan datum och tid, plats, yrkesområden och antal platser, åtskilda med |:
    /event ”Vård och omsorg” 18/12 17:00 | Stadsbiblioteket, Göteborg | 22,32,53 | 30
    Yrkesområden är ISCO-08-koder med 1 till 4 siffror, åtskilda med kommatecken. Skriv ”alla” (eller lämna tomt) för att bjuda in alla.
    Skicka bara /event för att se kommande nätverksträffar, och /event cancel 3 för att ställa in nummer 3.
event-error-parts = Jag väntade mig 4 eller 5 delar åtskilda med |, men hittade { $count }.
event-error-title = Rubriken saknas eller är längre än { $max } tecken.
event-error-no-when = Jag hittade inte datum och tid. Skriv rubriken inom citattecken och sedan datum och tid.
event-error-when = Jag förstod inte tiden ”{ $text }”.
event-error-past = Den tiden har redan passerat.
event-error-place = Platsen saknas eller är längre än { $max } tecken.
event-error-sectors = ”{ $text }” är ingen ISCO-08-kod (1 till 4 siffror).
event-error-capacity = Antalet platser ska vara ett heltal från 1 till { $max }.
event-created = Nätverksträff nr { $number } är skapad: { $title }, { $when }, { $place }. { $count ->
    [0] Ingen inom de yrkesområdena är registrerad än, så inga inbjudningar skickades.
    [one] Jag har bjudit in en person.
   *[other] Jag har bjudit in { $count } personer.
}
event-invitation = Du är inbjuden till en nätverksträff, där deltagare och dörröppnare inom ditt yrkesområde träffas: { $title }, { $when }. Plats: { $place }. Kommer du?
button-event-yes = Ja, jag kommer
button-event-no = Nej, jag kan inte
event-stale = Den här knappen för nätverksträffen gäller inte längre, så inget ändrades.
event-yes-confirmed = Välkommen! Du är anmäld till { $title }, { $when }. Plats: { $place }. Kalenderinbjudan är bifogad. Om du inte kan komma ändå, säg till med knappen.
event-already-yes = Du är redan anmäld till { $title }, { $when }.
event-full = Tyvärr är { $title } fullbokad. Tack för ditt intresse! Du får höra om nästa nätverksträff.
event-no-thanks = Tack för att du säger till. Du är inte anmäld till { $title }.
event-reminder = Påminnelse: nätverksträffen { $title } är i morgon, { $when }. Plats: { $place }.
event-pair = Välkommen till { $title }! Leta gärna upp { $name }, { $occupation }, på nätverksträffen och säg hej.
event-mingle = Välkommen till { $title }! I dag har jag ingen särskild person för dig att leta upp. Mingla gärna och träffa andra inom ditt yrkesområde.
event-list = Kommande nätverksträffar ({ $count }):
event-list-line = Nr { $number } { $title }, { $when }, { $place }: { $yes } av { $capacity } platser tagna, { $no } har tackat nej, { $invited } inbjudna.
event-list-empty = Det finns inga kommande nätverksträffar.
event-cancel-done = { $title } är inställd. { $count ->
    [0] Ingen behövde få veta det.
    [one] Jag har meddelat den person som inte hade tackat nej.
   *[other] Jag har meddelat de { $count } personer som inte hade tackat nej.
}
event-cancelled = Tyvärr är nätverksträffen { $title } { $when } inställd.
event-no-such = Det finns ingen kommande nätverksträff { $who }. Skicka /event för att se dem.
