# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Komennot ja vastaukset keskustelun ulkopuolella.

welcome-back-registered = Tervetuloa takaisin, { $name }! Näet profiilisi komennolla /profile ja kaikki komennot komennolla /help.
idle-hint = { $status ->
    [paused] Osallistumisesi on tauolla. Lähetä /resume, kun haluat taas osallistua.
   *[other] Olet rekisteröitynyt. Voit katsoa tai muuttaa profiiliasi komennolla /profile. Kaikki komennot näet komennolla /help.
}
help =
    Doorway järjestää maahan muuttaneelle tunnin tapaamisen saman ammatin ammattilaisen kanssa.
    Komennot:
    /start - aloita tai jatka
    /profile - katso ja muuta profiiliasi
    /language - vaihda kieltä
    /pause - pidä tauko osallistumisessa (tai: /pause 2 viikkoa)
    /resume - osallistu taas
    /meeting - katso, siirrä tai peru tapaamisesi
    /status - paikkasi jonossa
    /cancel - keskeytä tämä vaihe
    /surveys - saa taas kyselyitä, jos lopetit ne
    /mydata - saat kaikki tietosi tiedostona
    /delete - poista kaikki tietosi (peruu suostumuksen)
    /consent - katso, mihin suostuit
    /help - tämä ohje
cancelled = Peruttu.
cancel-nothing = Nyt ei ole mitään peruttavaa.
pause-done = Osallistumisesi on nyt tauolla. Et saa ehdotuksia. Lähetä /resume, kun haluat taas osallistua.
pause-already = Osallistumisesi on jo tauolla. Lähetä /resume, kun haluat taas osallistua.
resume-done = Tervetuloa takaisin! Osallistut taas.
resume-not-paused = Osallistumisesi ei ole tauolla, joten jatkettavaa ei ole.
coordinator-no-such-person = En löytänyt rekisteröitynyttä henkilöä ”{ $who }”. Käytä muotoa kanava:tunnus (esimerkiksi telegram:12345) tai henkilön numeroa.
coordinator-status-set = { $name } on nyt { $status ->
    [paused] tauolla
   *[active] aktiivinen
}.
