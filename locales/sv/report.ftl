# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Effektrapporten för samordnare: `doorway report` (Markdown och diagram) och /stats.

report-title = Effektrapport
report-period-all = Period: hela programmet
report-period = Period: { $start } – { $end }
report-period-from = Period: från { $start }
report-period-until = Period: till och med { $end }
report-organisation-all = Organisationer: alla
report-organisation = Organisation: { $organisation } (kod { $code })
report-generated = Skapad { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } av { $total })
report-no-data = Inga uppgifter än.

report-section-participants = Deltagare
report-newcomers = Deltagare (nya i landet)
report-door-openers = Dörröppnare
report-by-gender = Efter kön
report-by-locale = Efter språk i chatten
report-by-sector = Efter yrkesområde
report-gender-unspecified = Inte angivet
report-sector-unknown = Okänt

report-section-matches = Förslag
report-proposed = Förslag som skickats
report-accepted = Godtagna (ett möte följde)
report-declined = Avböjda
report-declined-reasons = Skäl att avböja
report-reason-no_time = Ingen tid
report-reason-not_my_field = Inte dörröppnarens område
report-reason-got_job = Har redan fått jobb
report-reason-not_interested = Inte längre intresserad
report-reason-other = Annat skäl
report-reason-none = Inget skäl angivet

report-section-meetings = Möten
report-scheduled = Fick en tid
report-held = Genomförda
report-no-show = Någon kom inte
report-cancelled = Inställda

report-section-outcomes = Resultat (enkäter 3 och 6 månader efter det första mötet)
report-respondents = Deltagare som svarade
report-outcome-job = Har fått jobb
report-outcome-internship = Har fått praktik
report-outcome-interview = Har varit på anställningsintervju
report-outcome-met_employers = Har träffat arbetsgivare
report-outcome-kept_contact = Har kvar kontakten med dörröppnaren
report-outcome-met_again = Har träffat dörröppnaren igen
report-outcome-chances_improved = Tycker att chanserna har blivit bättre
report-new-contacts = Nya kontakter i yrket

report-section-door-openers = Dörröppnare som har haft möten
report-repeat = Har haft mer än ett möte
report-meetings-per-door-opener = Genomförda möten per dörröppnare: { $value }

report-section-relay = Stafettpinnen
report-invites-sent = Inbjudningar som skickats
report-joined = Kom med genom en inbjudan
report-meetings-from-referrals = Genomförda möten med någon som kom genom stafetten
report-chains = Stafettkedjor (hela programmet)
report-chain = { $name } (#{ $number }): { $people ->
        [one] en person kom med
       *[other] { $people } personer kom med
    }, { $meetings ->
        [one] ett genomfört möte
       *[other] { $meetings } genomförda möten
    }
report-chains-none = Inga stafettkedjor än.

report-section-funnel = Från registrering till jobb
report-funnel-note = Deltagare som registrerade sig under perioden, följda fram till i dag.
report-funnel-registered = Registrerade
report-funnel-matched = Matchade
report-funnel-met = Träffade en dörröppnare
report-funnel-job = Fick jobb

report-section-waiting = Väntan på det första förslaget
report-waiting-line = { $label }: median { $days } dagar ({ $count } fick ett förslag), { $waiting } väntar fortfarande
report-waiting-line-none = { $label }: inget förslag än, { $waiting } väntar

report-chart-people = Personer
report-chart-outcomes = Resultat efter 3 och 6 månader
report-chart-outcomes-axis = Svarade ja (%)
report-chart-waiting = Medianväntan på det första förslaget
report-chart-waiting-axis = Dagar
report-chart-waiting-proposed = Fick ett förslag
report-chart-waiting-still = Väntar fortfarande (hittills)

report-summary-all = Effektrapport, hela programmet:
report-summary-organisation = Effektrapport för { $organisation }:
report-summary-people = Registrerade deltagare: { $newcomers }. Dörröppnare: { $door_openers }.
report-summary-meetings = Förslag som skickats: { $proposed }. Genomförda möten: { $held }.
report-summary-outcomes = Deltagare som svarade på enkäterna: { $count }. Har fått jobb: { $pct } % ({ $n } av { $total }).
report-summary-relay = Kom med genom stafettpinnen: { $people }. Genomförda möten med någon som kom genom stafetten: { $meetings }.
report-summary-charts = Diagrammen visar vägen från registrering till jobb, svaren på enkäterna och väntetiden per yrkesområde. Hela rapporten: doorway report.
report-no-such-organisation = Ingen organisation har koden { $code }. Skicka /org för att se koderna.
