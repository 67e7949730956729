# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Förslag: dörröppnaren får frågan först, sedan deltagaren.

proposal-to-door-opener = En deltagare vill gärna träffa dig en timme: { $name }, { $occupation }, { $years ->
        [one] 1 års
       *[other] { $years } års
    } erfarenhet. Mötesspråk: { $languages }.
    Om { $name }: { $intro }
    Varför ni två:
proposal-reminder-door-opener = En påminnelse: { $name } ({ $occupation }) väntar fortfarande på ditt svar. Mötesspråk: { $languages }.
    Om { $name }: { $intro }
    Varför ni två:
proposal-no-intro = (ingen presentation)
button-proposal-accept = Ja, jag kan träffas
button-proposal-decline = Nej, inte den här gången
button-proposal-later = Fråga mig senare

proposal-to-newcomer = Goda nyheter! { $name }, { $occupation } med { $years ->
        [one] 1 års
       *[other] { $years } års
    } erfarenhet, vill gärna träffa dig en timme. Mötesspråk: { $languages }.
    Varför ni två:
proposal-reminder-newcomer = En påminnelse: { $name } ({ $occupation }) vill gärna träffa dig en timme. Vill du träffas?
    Varför ni två:
button-proposal-yes = Ja, jag vill träffas
button-proposal-no = Nej tack

why-same-occupation = - samma yrke
why-same-isco-unit = - samma yrkesgrupp
why-same-field = - ett närliggande yrke inom samma område
why-shared-language = - ni talar båda { $language }
why-same-municipality = - ni finns i samma kommun
why-online = - ni kan båda träffas online

proposal-stale = Det här förslaget är inte längre öppet, så inget ändrades.
proposal-later = Okej. Jag påminner dig om några dagar.
proposal-accepted-door-opener = Tack! Nu frågar jag { $name }. Jag berättar vad hen svarar.
proposal-matched-newcomer = Underbart! Du och { $name } har båda sagt ja. Nästa steg är att komma överens om en tid för mötet på en timme.
proposal-matched-door-opener = { $name } har också sagt ja! Nu ska vi hitta en tid för mötet på en timme: tryck på knappen och föreslå upp till tre tider.

proposal-ask-reason = Tack för ditt svar. Varför inte den här gången?
decline-reason-no_time = Jag har inte tid nu
decline-reason-not_my_field = Det är inte mitt område
decline-reason-got_job = Jag har redan fått jobb
decline-reason-not_interested = Jag är inte längre intresserad
decline-reason-other = Av ett annat skäl
proposal-declined-thanks = Tack, jag har noterat det.
proposal-declined-got-job = Grattis till jobbet! Jag skickar inga fler förslag. Skicka /resume om du vill träffa en dörröppnare senare.
proposal-declined-not-interested = Okej, jag skickar inga fler förslag. Skicka /resume om du ändrar dig.
proposal-newcomer-declined = { $name } kan inte den här gången. Tack för att du sa ja! Jag letar efter en annan deltagare åt dig.

proposal-lapsed-door-opener = Förslaget gick ut eftersom inget svar kom. Det gör inget. Jag skickar ett nytt när någon söker.
proposal-paused-after-lapses = Du har inte svarat på tre förslag, så jag har pausat förslagen till dig. Vill du komma tillbaka? Du kan också skicka /resume senare.
proposal-lapsed-newcomer = Förslaget gick ut eftersom inget svar kom, så jag har pausat ditt sökande. Skicka /resume när du vill matchas igen.
button-come-back = Ja, jag är tillbaka
