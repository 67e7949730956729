# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Gemensamma ord: fel, knappar, namn på språk och länder.

error-empty = Meddelandet var tomt. Skriv ditt svar.
error-too-long = Meddelandet är för långt (mer än { $max } tecken). Skriv ett kortare svar.
error-stale-button = Den knappen hör till en tidigare fråga. Svara på frågan nedan.
error-use-buttons = Välj en av knapparna nedan.
error-type-text = Skriv ditt svar som text.
error-unknown-command = Jag känner inte till kommandot { $command }. Skicka /help för att se vad jag kan göra.
error-finish-onboarding-first = Gör klart din registrering först. Vi är snart klara.

button-yes = Ja
button-no = Nej
button-skip = Hoppa över
button-done = Klar
button-close = Stäng
button-confirm = Allt stämmer
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

# Språknamn skrivs med liten bokstav på svenska; de används också mitt i en rad
# ("Mötesspråk: svenska, engelska").
language-sv = svenska
language-fi = finska
language-en = engelska
language-ar = arabiska
language-fa = persiska/dari
language-uk = ukrainska
language-ru = ryska
language-so = somaliska
language-ti = tigrinja

country-SE = Sverige
country-FI = Finland

gender-woman = Kvinna
gender-man = Man
gender-non-binary = Icke-binär
