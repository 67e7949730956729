# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Rekisteröityminen: ensimmäisestä viestistä tallennettuun profiiliin, jolle on annettu suostumus.

welcome = Hei! Olen Doorway. Järjestän maahan muuttaneelle tunnin tapaamisen saman ammatin ammattilaisen kanssa.
welcome-back = Tervetuloa takaisin! Jatketaan siitä, mihin jäimme.
onboarding-ask-language = Which language do you want to use? / Vilket språk vill du använda? / Mitä kieltä haluat käyttää?
language-suggest = Näyttää siltä, että kirjoitat tätä kieltä: { $language }. Haluatko vaihtaa kielen?
language-suggest-either = Näyttää siltä, että kirjoitat jotakin näistä kielistä: { $first } tai { $second }. Haluatko vaihtaa kielen?
button-language-keep = Ei, pidän tämän kielen

onboarding-ask-role = Oletko uusi tässä maassa ja etsit kontakteja omalta alaltasi, vai oletko ammattilainen ja haluat avata oven maahan muuttaneelle?
button-role-newcomer = Olen maahan muuttanut (osallistuja)
button-role-door-opener = Olen ammattilainen (ovenavaaja)

onboarding-ask-consent =
    Ennen kuin aloitamme: jotta voin löytää sinulle sopivan parin, tallennamme tiedot, jotka kerrot tässä (nimi, ammatti, kokemus, kielet, paikkakunta). Vain ohjelman koordinaattorit näkevät ne. Emme koskaan myy niitä, ja voit milloin tahansa katsoa tai poistaa ne.
    Annatko suostumuksesi?
button-consent-yes = Annan suostumukseni
button-consent-no = En, kiitos
onboarding-consent-declined = Selvä. En tallentanut sinusta mitään. Jos muutat mielesi, lähetä /start.

onboarding-ask-name = Mikä on etunimesi?
error-name-too-long = Nimi on pitkä. Kirjoita enintään { $max } merkkiä.
error-name-letters = Kirjoita etunimesi kirjaimin.

onboarding-ask-gender = Miten kuvaat sukupuoltasi? Voit valita painikkeen, kirjoittaa omin sanoin tai ohittaa kysymyksen. Käytämme tietoa vain nimettömään tilastointiin.
error-gender-too-long = Kirjoita enintään { $max } merkkiä.

onboarding-ask-occupation = { $role ->
    [door_opener] Mikä on ammattisi?
   *[other] Mikä on ammattisi – se, jossa haluat työskennellä täällä?
} Kirjoita omin sanoin, esimerkiksi ”sairaanhoitaja” tai ”ohjelmistokehittäjä”.
onboarding-ask-occupation-again = Kirjoita ammattisi uudelleen, eri sanoin tai yksinkertaisemmin. Esimerkiksi: ”sairaanhoitaja”, ”sähköasentaja”, ”opettaja”.
onboarding-choose-occupation = Mikä näistä sopii parhaiten hakuun ”{ $text }”?
button-occupation-none = Ei mikään näistä – kirjoita uudelleen

onboarding-ask-experience = Montako vuotta kokemusta sinulla on tästä ammatista? Kirjoita luku, esimerkiksi 5.
error-experience-number = Kirjoita vuosien määrä yhtenä lukuna, esimerkiksi 5.
error-experience-range = Kirjoita luku väliltä 0–{ $max }.

onboarding-ask-languages = Millä kielillä voit pitää tapaamisen? Valitse kaikki sopivat ja paina sitten ”Valmis”. Voit myös kirjoittaa kielet, esimerkiksi ”suomi, arabia”.
error-languages-none = Valitse vähintään yksi kieli.
error-languages-unknown = En tunnistanut näitä: { $words }. Käytä painikkeita tai kirjoita kielten nimet.

onboarding-ask-place = Missä kunnassa voit tavata? Kirjoita kunnan nimi tai paina ”Etätapaaminen sopii”.
button-place-online = Etätapaaminen sopii
error-place = Kirjoita kunnan nimi, esimerkiksi Uppsala tai Tampere.
onboarding-ask-online = Sopiiko sinulle myös etätapaaminen?
onboarding-ask-country = Missä maassa asut?

onboarding-ask-capacity = Montako osallistujaa voit tavata kuukaudessa? Jokainen tapaaminen kestää tunnin.
error-capacity = Valitse luku väliltä 1–{ $max }.

onboarding-ask-intro = Kerro muutamalla lauseella itsestäsi tulevalle ovenavaajallesi: taustastasi ja siitä, mitä toivot. Voit myös ohittaa tämän.
error-intro-too-long = Kirjoita lyhyemmin: enintään { $max } merkkiä.

onboarding-summary = Tässä on profiilisi. Onko kaikki oikein? Voit muuttaa tietoja painikkeilla.
onboarding-done = { $role ->
    [door_opener] Kiitos, että rekisteröidyit ovenavaajaksi! Lähetän sinulle ehdotuksen, kun alasi osallistuja etsii kontaktia.
    [coordinator] Olet rekisteröitynyt koordinaattoriksi.
   *[other] Kiitos, että rekisteröidyit! Etsin sinulle ovenavaajan omasta ammatistasi ja kirjoitan, kun löydän sopivan.
}
onboarding-reminder = Rekisteröitymisesi Doorwayhin jäi kesken. Sen tekemiseen menee vain muutama minuutti.
onboarding-on-hold = Rekisteröitymisesi on tauolla. Lähetä /start, kun haluat jatkaa.
on-hold-hint = Rekisteröitymisesi on tauolla. Lähetä /start, niin jatketaan siitä, mihin jäit.
