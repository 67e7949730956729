# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Samordnarnas kommandon: listor, sökning, matchning för hand, alias, utskick, export.

admin-help =
    Kommandon för samordnare:
    /pending - deltagare som väntar på en matchning, per yrkesområde
    /openers - dörröppnare, hur många möten de kan ha och hur många som är använda den här månaden
    /find <text> - sök personer på namn, yrke, kommun eller adress
    /match <deltagare> <dörröppnare> - matcha för hand (till exempel /match #12 #7)
    /unmatch <deltagare> <dörröppnare> eller /unmatch #<förslag> - ta bort en matchning
    /pause <person> och /resume <person> - pausa en person eller låt personen vara med igen
    /alias <text> = <ESCO-URI> - koppla ett skrivet yrke till ett ESCO-yrke
    /broadcast role=newcomer sector=22 locale=sv | <text> - ett meddelande till en grupp
    /event - nätverksträffar
    /stats - siffror om resultatet
    /export - CSV-filer med personer, matchningar, möten och enkätsvar
admin-and-more = …och { $count } till.
admin-no-sector = Inget yrkesområde än

admin-pending = { $count ->
    [one] En deltagare väntar på en matchning:
   *[other] { $count } deltagare väntar på en matchning:
}
admin-pending-none = Ingen deltagare väntar på en matchning just nu.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] 1 dag
   *[other] { $days } dagar
}

admin-openers = { $count ->
    [one] En dörröppnare
   *[other] { $count } dörröppnare
}, { $free } lediga platser den här månaden:
admin-openers-none = Ingen dörröppnare är registrerad än.
admin-opener-line = #{ $number } { $name }, { $occupation }: { $used } av { $capacity } den här månaden, { $status ->
    [paused] pausad
   *[other] aktiv
}

admin-find-syntax = Skriv vad du söker, till exempel: /find Anna eller /find Uppsala
admin-find-none = Jag hittade ingen med ”{ $text }”.
admin-find = { $count ->
    [one] En person
   *[other] { $count } personer
} med ”{ $text }”:
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] deltagare
    [door_opener] dörröppnare
    [coordinator] samordnare
   *[other] (ingen roll än)
} { $status ->
    [onboarding] registrerar sig
    [paused] pausad
   *[other] aktiv
} { $occupation }

admin-match-syntax = Skriv deltagaren och sedan dörröppnaren, till exempel: /match #12 #7
admin-match-roles = { $name } måste vara deltagare och { $other } dörröppnare, i den ordningen.
admin-match-exists = { $name } och { $other } har redan ett förslag eller ett möte på gång.
admin-match-done = Förslag #{ $number } är gjort: { $name } med { $other }. Jag har frågat { $other } först.

admin-unmatch-syntax = Skriv deltagaren och dörröppnaren, eller förslagets nummer, till exempel: /unmatch #12 #7 eller /unmatch #5
admin-unmatch-nothing = Det finns inget förslag eller möte på gång för ”{ $who }”.
admin-unmatch-done = { $kind ->
    [meeting] Mötet för förslag #{ $number } är inställt.
   *[other] Förslag #{ $number } är stängt.
} Jag har meddelat båda.
admin-unmatch-to-door-opener = Programmets samordnare har ställt in { $kind ->
    [meeting] ditt möte
   *[other] förslaget
} med { $name }. Du behöver inte göra något.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] Programmets samordnare har ställt in ditt möte med { $name }.
    [proposal] Programmets samordnare har ställt in förslaget med { $name }.
   *[other] Programmets samordnare har ändrat din matchning.
} Du behåller din plats i kön, och jag letar efter en ny matchning åt dig.

admin-alias-syntax = Skriv texten, sedan = och ESCO-yrkets URI, till exempel: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = ”{ $text }” är inget ESCO-yrke som jag känner till.
admin-alias-empty-text = Inget finns kvar av texten att koppla.
admin-alias-too-long = Texten är längre än { $max } tecken.
admin-alias-added = Från och med nu betyder ”{ $text }” { $occupation }.
admin-alias-replaced = ”{ $text }” betyder nu { $occupation } (det betydde något annat förut).

admin-broadcast-syntax =
    Skriv vem som ska få meddelandet, sedan | och texten, till exempel:
    /broadcast role=newcomer sector=22 locale=sv | Välkommen till nätverksträffen!
    role är newcomer, door_opener eller all; sector är en ISCO-08-kod med 1 till 4 siffror (flera med kommatecken); locale är sv, fi eller en. Varje del kan utelämnas.
admin-broadcast-bad-filter = Jag förstod inte ”{ $text }”.
admin-broadcast-too-long = Meddelandet är längre än { $max } tecken.
admin-broadcast-limit = Du har redan skickat { $limit } meddelanden till grupper de senaste 24 timmarna. Vänta innan du skickar ett till.
admin-broadcast-nobody = Ingen aktiv person passar { $audience }, så det finns inget att skicka.
admin-broadcast-preview =
    Det här meddelandet går till { $count ->
        [one] en person
       *[other] { $count } personer
    } ({ $audience }):
    { $text }
    Vill du skicka det?
button-broadcast-send = Skicka
button-broadcast-cancel = Avbryt
admin-broadcast-stale = Den här knappen för meddelandet gäller inte längre, så inget ändrades.
admin-broadcast-cancelled = Meddelandet är avbrutet. Ingen fick det.
admin-broadcast-confirmed = Meddelandet är på väg till { $count ->
    [one] en person
   *[other] { $count } personer
}. Jag säger till när det är skickat.
admin-broadcast-message =
    Meddelande från programmets samordnare:
    { $text }
admin-broadcast-finished = Ditt meddelande är skickat till { $count ->
    [one] en person
   *[other] { $count } personer
}.

admin-export-done = Här är exporten: { $people } personer, { $proposals } matchningar, { $meetings } möten och { $answers } enkätsvar. Kontaktuppgifter ingår inte.
