# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# /status och paus till ett datum.

status-paused = Du är pausad och får inga förslag. Skicka /resume för att vara med igen.
status-meeting = Du har ett möte på gång. Skicka /meeting för att se det.
status-proposal = Ett förslag väntar på svar. Jag hör av mig så fort något händer.
status-door-opener = Du är aktiv. Jag skickar ett förslag när en deltagare inom ditt område söker kontakt.
status-queue = Du är nummer { $place } av { $waiting } som väntar inom ditt område ({ $sector }).
status-expected-wait = Med de dörröppnare som finns nu är den väntade väntetiden ungefär { $months ->
        [one] en månad
       *[other] { $months } månader
    }.
status-no-door-openers = Det finns ingen dörröppnare inom ditt område än. Samordnarna letar efter fler.
status-tips = Det här ökar dina chanser:
status-tip-online = - tacka ja till möten online (skicka /profile och ändra plats)
status-tip-language = - lägg till ett språk till som du kan träffas på
status-tip-neighbour = - en dörröppnare i ett närliggande yrke kan också hjälpa: samordnarna kan föreslå en
pause-until-done = Ditt deltagande är pausat till { $date }. Jag skriver till dig då. Skicka /resume om du vill komma tillbaka tidigare.
pause-ended = Din paus är slut och du är med igen. Välkommen tillbaka!
error-pause-until = Jag förstod inte hur länge. Skriv till exempel ”/pause 2 veckor”, ”/pause 10 dagar” eller ”/pause 2027-01-15”.
