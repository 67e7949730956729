# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Integritet: samtycke, /mydata, /delete och frågan efter lång tystnad.

privacy-consent-none = Du har inte gett ditt samtycke än. Utan det sparar Doorway ingen profil om dig.
privacy-consent-given = Du gav ditt samtycke { $date } (integritetstext version { $value }). Skicka /delete för att ta tillbaka det: då raderas alla dina uppgifter.
privacy-mydata-sent = Här är alla uppgifter som Doorway har om dig, som en JSON-fil.
privacy-delete-confirm = Vill du radera alla dina uppgifter? Din profil, dina meddelanden och svar raderas. Öppna möten ställs in. Det går inte att ångra.
button-privacy-delete = Ja, radera allt
button-privacy-keep = Nej, behåll
privacy-delete-kept = Bra. Inget raderades.
privacy-delete-stale = Den här knappen gäller inte längre. Inget raderades. Skicka /delete för att börja om.
privacy-deleted = Alla dina uppgifter är raderade. Tack för att du var med. Skicka /start om du vill vara med igen.
privacy-meeting-cancelled = Ditt möte är inställt: den andra deltagaren har lämnat Doorway.
privacy-retention-ask = Du har inte använt Doorway på länge. Vill du vara kvar? Om vi inte hör av dig inom { $n } dagar raderar vi dina uppgifter.
button-privacy-stay = Ja, jag stannar
button-privacy-leave = Nej, radera mig
privacy-retention-stayed = Kul att du är kvar. Din profil finns kvar.
