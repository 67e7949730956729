# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = Börja eller fortsätt
command-menu-help = Vad Doorway gör, och alla kommandon
command-menu-profile = Se och ändra din profil
command-menu-language = Byt språk
command-menu-meeting = Se, flytta eller ställ in ditt möte
command-menu-status = Din plats i kön
command-menu-pause = Pausa ditt deltagande
command-menu-resume = Var med igen
command-menu-cancel = Avbryt det här steget
command-menu-surveys = Få enkäter igen efter att du stoppat dem
command-menu-report = Anmäl någon du har matchats med
command-menu-mydata = Få alla dina uppgifter som en fil
command-menu-delete = Radera alla dina uppgifter
command-menu-consent = Se vad du har godkänt
# Shown to coordinators only.
command-menu-pending = Deltagare som väntar på en matchning, per yrkesområde
command-menu-openers = Dörröppnare och hur många möten de kan ha den här månaden
command-menu-find = Sök personer
command-menu-match = Matcha för hand
command-menu-unmatch = Ta bort en matchning
command-menu-alias = Koppla ett skrivet yrke till ett ESCO-yrke
command-menu-broadcast = Ett meddelande till en grupp
command-menu-event = Nätverksträffar
command-menu-stats = Siffror om resultatet
command-menu-export = CSV-filer med programmets uppgifter
command-menu-org = Organisationer och deras länkar
command-menu-block = Stoppa en person från matchning
command-menu-unblock = Ta bort en spärr
