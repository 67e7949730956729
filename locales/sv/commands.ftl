# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Kommandon och svaren utanför ett flöde.

welcome-back-registered = Välkommen tillbaka, { $name }! Skicka /profile för att se din profil eller /help för alla kommandon.
idle-hint = { $status ->
    [paused] Ditt deltagande är pausat. Skicka /resume när du vill vara med igen.
   *[other] Du är registrerad. Skicka /profile för att se eller ändra din profil, eller /help för alla kommandon.
}
help =
    Doorway kopplar ihop personer som är nya i landet med yrkesverksamma i samma yrke för ett möte på en timme.
    Kommandon:
    /start - börja eller fortsätt
    /profile - se och ändra din profil
    /language - byt språk
    /pause - pausa ditt deltagande (eller: /pause 2 veckor)
    /resume - var med igen
    /meeting - se, flytta eller ställ in ditt möte
    /status - din plats i kön
    /cancel - avbryt det här steget
    /surveys - få enkäter igen efter att du stoppat dem
    /mydata - få alla dina uppgifter som en fil
    /delete - radera alla dina uppgifter (tar tillbaka samtycket)
    /consent - se vad du har godkänt
    /help - den här hjälpen
cancelled = Avbrutet.
cancel-nothing = Det finns inget att avbryta just nu.
pause-done = Ditt deltagande är pausat. Du får inga förslag. Skicka /resume för att vara med igen.
pause-already = Ditt deltagande är redan pausat. Skicka /resume för att vara med igen.
resume-done = Välkommen tillbaka! Nu är du med igen.
resume-not-paused = Du är inte pausad, så det finns inget att återuppta.
coordinator-no-such-person = Jag hittade ingen registrerad person ”{ $who }”. Använd kanal:id (till exempel telegram:12345) eller personens nummer.
coordinator-status-set = { $name } är nu { $status ->
    [paused] pausad
   *[active] aktiv
}.
