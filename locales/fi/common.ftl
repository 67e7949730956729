# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Yhteiset sanat: virheet, painikkeet, kielten ja maiden nimet.

error-empty = Viesti oli tyhjä. Kirjoita vastauksesi.
error-too-long = Viesti on liian pitkä (yli { $max } merkkiä). Kirjoita lyhyempi vastaus.
error-stale-button = Painike kuuluu aiempaan kysymykseen. Vastaa alla olevaan kysymykseen.
error-use-buttons = Valitse jokin alla olevista painikkeista.
error-type-text = Kirjoita vastauksesi tekstinä.
error-unknown-command = En tunne komentoa { $command }. Lähetä /help, niin näet, mitä osaan.
error-finish-onboarding-first = Tee ensin rekisteröityminen loppuun. Se on pian valmis.

button-yes = Kyllä
button-no = Ei
button-skip = Ohita
button-done = Valmis
button-close = Sulje
button-confirm = Kaikki on oikein
button-number = { $n }
button-toggle = { $on ->
    [yes] ✓ { $name }
   *[no] { $name }
}

language-name-sv = Svenska
language-name-fi = Suomi
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی (دری)
language-name-uk = Українська
language-name-ru = Русский
language-name-so = Soomaali
language-name-ti = ትግርኛ

# Kielten nimet kirjoitetaan suomeksi pienellä; niitä käytetään myös rivin keskellä
# ("Tapaamiskielet: suomi, englanti").
language-sv = ruotsi
language-fi = suomi
language-en = englanti
language-ar = arabia
language-fa = persia/dari
language-uk = ukraina
language-ru = venäjä
language-so = somali
language-ti = tigrinja

country-SE = Ruotsi
country-FI = Suomi

gender-woman = Nainen
gender-man = Mies
gender-non-binary = Muunsukupuolinen
