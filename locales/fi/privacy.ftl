# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Tietosuoja: suostumus, /mydata, /delete ja kysymys pitkän hiljaisuuden jälkeen.

privacy-consent-none = Et ole vielä antanut suostumustasi. Ilman sitä Doorway ei tallenna sinusta profiilia.
privacy-consent-given = Annoit suostumuksesi { $date } (tietosuojatekstin versio { $value }). Peru se lähettämällä /delete: silloin kaikki tietosi poistetaan.
privacy-mydata-sent = Tässä ovat kaikki tiedot, jotka Doorwaylla on sinusta, JSON-tiedostona.
privacy-delete-confirm = Haluatko poistaa kaikki tietosi? Profiilisi, viestisi ja vastauksesi poistetaan. Avoimet tapaamiset perutaan. Tätä ei voi perua.
button-privacy-delete = Kyllä, poista
button-privacy-keep = Ei, säilytä
privacy-delete-kept = Hyvä. Mitään ei poistettu.
privacy-delete-stale = Tämä painike ei ole enää voimassa. Mitään ei poistettu. Lähetä /delete aloittaaksesi alusta.
privacy-deleted = Kaikki tietosi on poistettu. Kiitos osallistumisesta. Lähetä /start, jos haluat liittyä uudelleen.
privacy-meeting-cancelled = Tapaamisesi on peruttu: toinen osallistuja on lähtenyt Doorwaysta.
privacy-retention-ask = Et ole käyttänyt Doorwayta pitkään aikaan. Haluatko jatkaa? Jos emme kuule sinusta { $n } päivän kuluessa, poistamme tietosi.
button-privacy-stay = Kyllä, jatkan
button-privacy-leave = Ei, poista tiedot
privacy-retention-stayed = Hienoa, että jatkat. Profiilisi säilyy.
