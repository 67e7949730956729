# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# /status ja tauko tiettyyn päivään.

status-paused = Osallistumisesi on tauolla, joten et saa ehdotuksia. Lähetä /resume, kun haluat jatkaa.
status-meeting = Sinulla on tapaaminen tulossa. Lähetä /meeting nähdäksesi sen.
status-proposal = Ehdotus odottaa vastausta. Kerron heti, kun jotain tapahtuu.
status-door-opener = Olet mukana. Lähetän ehdotuksen, kun alasi osallistuja etsii yhteyttä.
status-queue = Olet { $place }. jonossa { $waiting } odottavan joukossa alallasi ({ $sector }).
status-expected-wait = Nykyisillä ovenavaajilla odotusaika on noin { $months ->
        [one] kuukausi
       *[other] { $months } kuukautta
    }.
status-no-door-openers = Alallasi ei ole vielä ovenavaajaa. Koordinaattorit etsivät lisää.
status-tips = Näin parannat mahdollisuuksiasi:
status-tip-online = - hyväksy verkkotapaamiset (lähetä /profile ja muuta paikkaa)
status-tip-language = - lisää toinen kieli, jolla voit tavata
status-tip-neighbour = - myös lähiammatin ovenavaaja voi auttaa: koordinaattorit voivat ehdottaa sellaista
pause-until-done = Osallistumisesi on tauolla { $date } asti. Kirjoitan sinulle silloin. Lähetä /resume, jos haluat palata aiemmin.
pause-ended = Taukosi on ohi, ja olet taas mukana. Tervetuloa takaisin!
error-pause-until = En ymmärtänyt, kuinka pitkään. Kirjoita esimerkiksi ”/pause 2 viikkoa”, ”/pause 10 päivää” tai ”/pause 2027-01-15”.
