# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Koordinaattorien komennot: listat, haku, käsin tehdyt parit, aliakset, joukkoviestit, vienti.

admin-help =
    Koordinaattorin komennot:
    /pending - osallistujat, jotka odottavat paria, aloittain
    /openers - ovenavaajat, heidän tapaamistensa määrä ja tämän kuun käyttö
    /find <teksti> - hae ihmisiä nimen, ammatin, kunnan tai osoitteen perusteella
    /match <osallistuja> <ovenavaaja> - tee pari käsin (esimerkiksi /match #12 #7)
    /unmatch <osallistuja> <ovenavaaja> tai /unmatch #<ehdotus> - pura pari
    /pause <henkilö> ja /resume <henkilö> - laita henkilö tauolle tai anna hänen osallistua taas
    /alias <teksti> = <ESCO-URI> - liitä kirjoitettu ammatti ESCO-ammattiin
    /broadcast role=newcomer sector=22 locale=fi | <teksti> - viesti ryhmälle
    /event - verkostotapaamiset
    /stats - tulosluvut
    /export - CSV-tiedostot ihmisistä, pareista, tapaamisista ja kyselyvastauksista
admin-and-more = …ja { $count } muuta.
admin-no-sector = Ei vielä alaa

admin-pending = { $count ->
    [one] Yksi osallistuja odottaa paria:
   *[other] { $count } osallistujaa odottaa paria:
}
admin-pending-none = Kukaan osallistuja ei odota paria juuri nyt.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] 1 päivä
   *[other] { $days } päivää
}

admin-openers = { $count ->
    [one] Yksi ovenavaaja
   *[other] { $count } ovenavaajaa
}, { $free } vapaata paikkaa tässä kuussa:
admin-openers-none = Yhtään ovenavaajaa ei ole vielä rekisteröitynyt.
admin-opener-line = #{ $number } { $name }, { $occupation }: { $used } / { $capacity } tässä kuussa, { $status ->
    [paused] tauolla
   *[other] mukana
}

admin-find-syntax = Kirjoita, mitä haet, esimerkiksi: /find Anna tai /find Tampere
admin-find-none = En löytänyt ketään haulla ”{ $text }”.
admin-find = { $count ->
    [one] Yksi henkilö
   *[other] { $count } henkilöä
} haulla ”{ $text }”:
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] osallistuja
    [door_opener] ovenavaaja
    [coordinator] koordinaattori
   *[other] (ei vielä roolia)
} { $status ->
    [onboarding] rekisteröityy
    [paused] tauolla
   *[other] mukana
} { $occupation }

admin-match-syntax = Kirjoita ensin osallistuja ja sitten ovenavaaja, esimerkiksi: /match #12 #7
admin-match-roles = Ensimmäisen pitää olla osallistuja ({ $name }) ja toisen ovenavaaja ({ $other }).
admin-match-exists = Pari { $name } ja { $other } on jo olemassa: heillä on ehdotus tai tapaaminen kesken.
admin-match-done = Ehdotus #{ $number } on tehty: { $name } ja { $other }. Kysyin ensin ovenavaajalta ({ $other }).

admin-unmatch-syntax = Kirjoita osallistuja ja ovenavaaja tai ehdotuksen numero, esimerkiksi: /unmatch #12 #7 tai /unmatch #5
admin-unmatch-nothing = Haulla ”{ $who }” ei ole kesken olevaa ehdotusta tai tapaamista.
admin-unmatch-done = { $kind ->
    [meeting] Ehdotuksen #{ $number } tapaaminen on peruttu.
   *[other] Ehdotus #{ $number } on suljettu.
} Kerroin asiasta molemmille.
admin-unmatch-to-door-opener = Ohjelman koordinaattorit ovat peruneet { $kind ->
    [meeting] tapaamisesi.
   *[other] ehdotuksen.
} Toinen osapuoli oli { $name }. Sinun ei tarvitse tehdä mitään.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] Ohjelman koordinaattorit ovat peruneet tapaamisesi. Toinen osapuoli oli { $name }.
    [proposal] Ohjelman koordinaattorit ovat peruneet ehdotuksen. Toinen osapuoli oli { $name }.
   *[other] Ohjelman koordinaattorit ovat muuttaneet pariasi.
} Pidät paikkasi jonossa, ja etsin sinulle uuden parin.

admin-alias-syntax = Kirjoita teksti, sitten = ja ESCO-ammatin URI, esimerkiksi: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = ”{ $text }” ei ole ESCO-ammatti, jonka tunnen.
admin-alias-empty-text = Tekstistä ei jää mitään liitettävää.
admin-alias-too-long = Teksti on pidempi kuin { $max } merkkiä.
admin-alias-added = Tästä lähtien ”{ $text }” tarkoittaa ammattia { $occupation }.
admin-alias-replaced = ”{ $text }” tarkoittaa nyt ammattia { $occupation } (ennen se tarkoitti muuta).

admin-broadcast-syntax =
    Kirjoita, kuka saa viestin, sitten | ja teksti, esimerkiksi:
    /broadcast role=newcomer sector=22 locale=fi | Tervetuloa verkostotapaamiseen!
    role on newcomer, door_opener tai all; sector on ISCO-08-koodi, jossa on 1–4 numeroa (useita pilkuilla); locale on sv, fi tai en. Jokainen osa on vapaaehtoinen.
admin-broadcast-bad-filter = En ymmärtänyt kohtaa ”{ $text }”.
admin-broadcast-too-long = Viesti on pidempi kuin { $max } merkkiä.
admin-broadcast-limit = Olet jo lähettänyt { $limit } viestiä ryhmille viimeisen 24 tunnin aikana. Odota ennen kuin lähetät uuden.
admin-broadcast-nobody = Kukaan mukana oleva ei sovi ehtoon { $audience }, joten lähetettävää ei ole.
admin-broadcast-preview =
    Tämä viesti lähtee { $count ->
        [one] yhdelle henkilölle
       *[other] { $count } henkilölle
    } ({ $audience }):
    { $text }
    Lähetetäänkö?
button-broadcast-send = Lähetä
button-broadcast-cancel = Peru
admin-broadcast-stale = Tämä viestin painike ei ole enää voimassa, joten mitään ei muutettu.
admin-broadcast-cancelled = Viesti on peruttu. Kukaan ei saanut sitä.
admin-broadcast-confirmed = Viesti on matkalla { $count ->
    [one] yhdelle henkilölle
   *[other] { $count } henkilölle
}. Kerron, kun se on lähetetty.
admin-broadcast-message =
    Viesti ohjelman koordinaattoreilta:
    { $text }
admin-broadcast-finished = Viestisi on lähetetty { $count ->
    [one] yhdelle henkilölle
   *[other] { $count } henkilölle
}.

admin-export-done = Tässä on vienti: { $people } henkilöä, { $proposals } paria, { $meetings } tapaamista ja { $answers } kyselyvastausta. Yhteystiedot eivät ole mukana.
