# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Verkostotapaamiset: koordinaattorit luovat ne komennolla /event; kutsut, vastaukset, muistutukset, parit.

event-syntax =
    Luo verkostotapaaminen näin: otsikko lainausmerkeissä, sitten päivä ja aika, paikka, alat ja paikkojen määrä, erotettuina merkillä |:
    /event ”Sosiaali- ja terveysala” 18.12. klo 17 | Kaupunginkirjasto, Tampere | 22,32,53 | 30
    Alat ovat ISCO-08-koodeja, joissa on 1–4 numeroa, pilkuilla erotettuina. Kirjoita ”kaikki” (tai jätä tyhjäksi), niin kutsu menee kaikille.
    Lähetä pelkkä /event nähdäksesi tulevat verkostotapaamiset ja /event cancel 3 peruaksesi tapaamisen numero 3.
event-error-parts = Odotin 4 tai 5 osaa merkillä | erotettuina, mutta löysin { $count }.
event-error-title = Otsikko puuttuu tai on yli { $max } merkkiä pitkä.
event-error-no-when = En löytänyt päivää ja aikaa. Kirjoita otsikko lainausmerkkeihin ja sen jälkeen päivä ja aika.
event-error-when = En ymmärtänyt aikaa ”{ $text }”.
event-error-past = Se aika on jo mennyt.
event-error-place = Paikka puuttuu tai on yli { $max } merkkiä pitkä.
event-error-sectors = ”{ $text }” ei ole ISCO-08-koodi (1–4 numeroa).
event-error-capacity = Paikkojen määrän pitää olla kokonaisluku 1–{ $max }.
event-created = Verkostotapaaminen nro { $number } on luotu: { $title }, { $when }, { $place }. { $count ->
    [0] Näiltä aloilta ei ole vielä ketään rekisteröitynyt, joten kutsuja ei lähetetty.
    [one] Kutsuin yhden henkilön.
   *[other] Kutsuin { $count } henkilöä.
}
event-invitation = Sinut on kutsuttu verkostotapaamiseen, jossa oman alasi osallistujat ja ovenavaajat tapaavat: { $title }, { $when }. Paikka: { $place }. Tuletko?
button-event-yes = Kyllä, tulen
button-event-no = En pääse
event-stale = Tämä verkostotapaamisen painike ei ole enää voimassa, joten mitään ei muutettu.
event-yes-confirmed = Tervetuloa! Olet ilmoittautunut: { $title }, { $when }. Paikka: { $place }. Kalenterikutsu on liitteenä. Jos et pääsekään, kerro siitä painikkeella.
event-already-yes = Olet jo ilmoittautunut: { $title }, { $when }.
event-full = Valitettavasti { $title } on täynnä. Kiitos kiinnostuksestasi! Kuulet seuraavasta verkostotapaamisesta.
event-no-thanks = Kiitos, että kerroit. Et ole ilmoittautunut: { $title }.
event-reminder = Muistutus: verkostotapaaminen { $title } on huomenna, { $when }. Paikka: { $place }.
event-pair = Tervetuloa: { $title }! Etsi verkostotapaamisessa { $name } ({ $occupation }) ja käy tervehtimässä.
event-mingle = Tervetuloa: { $title }! Tänään minulla ei ole ketään tiettyä henkilöä, jota etsiä. Tutustu vapaasti oman alasi ihmisiin.
event-list = Tulevat verkostotapaamiset ({ $count }):
event-list-line = Nro { $number } { $title }, { $when }, { $place }: { $yes }/{ $capacity } paikkaa varattu, { $no } ei pääse, { $invited } kutsuttu.
event-list-empty = Tulevia verkostotapaamisia ei ole.
event-cancel-done = { $title } on peruttu. { $count ->
    [0] Kenellekään ei tarvinnut ilmoittaa.
    [one] Ilmoitin yhdelle henkilölle, joka ei ollut kieltäytynyt.
   *[other] Ilmoitin { $count } henkilölle, jotka eivät olleet kieltäytyneet.
}
event-cancelled = Valitettavasti verkostotapaaminen { $title } ({ $when }) on peruttu.
event-no-such = Tulevaa verkostotapaamista { $who } ei ole. Lähetä /event nähdäksesi ne.
