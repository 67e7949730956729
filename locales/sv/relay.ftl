# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Stafettpinnen efter ett möte, och koder efter /start (inbjudningar, organisationer).

relay-offer = Lämna över stafettpinnen! Två kontakter till öppnar fler dörrar. Du kan bjuda in en kollega att bli dörröppnare, eller presentera deltagaren för någon du känner. { $left } kontakter kvar att ge.
relay-offer-more = Tack! Vill du ge en kontakt till? { $left } kvar att ge.
button-relay-invite = Bjud in en kollega
button-relay-introduce = Presentera för någon
button-relay-done = Inte nu
relay-stale = Den knappen gäller inte längre. Inget har ändrats.
relay-thanks = Tack! Du kan lämna över stafettpinnen senare också: knapparna gäller fortfarande.
relay-enough = Du har redan gett två kontakter för det här mötet. Tack!
relay-invite = Här är en personlig inbjudan till din kollega. Vidarebefordra det här meddelandet:
    Bli dörröppnare i vårt program: ge en timme och träffa en person som är ny i landet och har samma yrke. Anmäl dig här: { $link }
relay-ask-contact = Vem vill du att deltagaren ska träffa? Skriv personens namn och hur man når hen (till exempel e-post eller telefon). Fråga personen först om det går bra.
relay-introduction-saved = Tack! Jag har skickat kontakten vidare till deltagaren.
relay-introduced = { $name } vill presentera dig för en ny kontakt: { $contact }

start-bad-code = Jag känner inte till den koden. Kontrollera länken, eller fortsätt bara: du kan vara med utan kod.
start-invited = Välkommen! { $name } bjöd in dig till programmet.
start-organisation = Välkommen! Du kom med via { $organisation }.
start-organisation-already = Du är redan registrerad via { $organisation }.
start-code-used = Den inbjudan har redan använts. Du kan ändå vara med: fortsätt bara.
start-code-not-needed = Du är redan registrerad, så du behöver ingen kod.
