# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = Aloita tai jatka
command-menu-help = Mitä Doorway tekee, ja kaikki komennot
command-menu-profile = Katso ja muuta profiiliasi
command-menu-language = Vaihda kieltä
command-menu-meeting = Katso, siirrä tai peru tapaamisesi
command-menu-status = Paikkasi jonossa
command-menu-pause = Pidä tauko osallistumisessa
command-menu-resume = Osallistu taas
command-menu-cancel = Keskeytä tämä vaihe
command-menu-surveys = Saa taas kyselyitä, jos lopetit ne
command-menu-report = Ilmoita henkilöstä, jonka kanssa sinut yhdistettiin
command-menu-mydata = Saat kaikki tietosi tiedostona
command-menu-delete = Poista kaikki tietosi
command-menu-consent = Katso, mihin suostuit
# Shown to coordinators only.
command-menu-pending = Paria odottavat osallistujat aloittain
command-menu-openers = Ovenavaajat ja tämän kuun tapaamiset
command-menu-find = Hae ihmisiä
command-menu-match = Tee pari käsin
command-menu-unmatch = Pura pari
command-menu-alias = Yhdistä kirjoitettu ammatti ESCO-ammattiin
command-menu-broadcast = Viesti ryhmälle
command-menu-event = Verkostotapaamiset
command-menu-stats = Tulosluvut
command-menu-export = CSV-tiedostot ohjelman tiedoista
command-menu-org = Organisaatiot ja niiden linkit
command-menu-block = Estä henkilö pareista
command-menu-unblock = Poista esto
