# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Ehdotukset: ensin kysytään ovenavaajalta, sitten osallistujalta.

proposal-to-door-opener = Osallistuja haluaisi tavata sinut tunnin ajan: { $name }, { $occupation }, kokemusta { $years ->
        [one] 1 vuosi
       *[other] { $years } vuotta
    }. Tapaamiskielet: { $languages }.
    { $name } kertoo itsestään: { $intro }
    Miksi juuri te:
proposal-reminder-door-opener = Muistutus: { $name } ({ $occupation }) odottaa yhä vastaustasi. Tapaamiskielet: { $languages }.
    { $name } kertoo itsestään: { $intro }
    Miksi juuri te:
proposal-no-intro = (ei esittelyä)
button-proposal-accept = Kyllä, voin tavata
button-proposal-decline = En tällä kertaa
button-proposal-later = Kysy myöhemmin

proposal-to-newcomer = Hyviä uutisia! { $name }, { $occupation }, kokemusta { $years ->
        [one] 1 vuosi
       *[other] { $years } vuotta
    }, haluaisi tavata sinut tunnin ajan. Tapaamiskielet: { $languages }.
    Miksi juuri te:
proposal-reminder-newcomer = Muistutus: { $name } ({ $occupation }) haluaisi tavata sinut tunnin ajan. Haluatko tavata?
    Miksi juuri te:
button-proposal-yes = Kyllä, haluan tavata
button-proposal-no = Ei kiitos

why-same-occupation = - sama ammatti
why-same-isco-unit = - sama ammattiryhmä
why-same-field = - lähiammatti samalta alalta
why-shared-language = - puhutte molemmat kieltä { $language }
why-same-municipality = - olette samassa kunnassa
why-online = - voitte molemmat tavata verkossa

proposal-stale = Tämä ehdotus ei ole enää avoinna, joten mitään ei muutettu.
proposal-later = Selvä. Muistutan sinua muutaman päivän päästä.
proposal-accepted-door-opener = Kiitos! Kysyn nyt osallistujalta { $name }. Kerron sinulle vastauksen.
proposal-matched-newcomer = Hienoa! Sinä ja { $name } sanoitte molemmat kyllä. Seuraavaksi sovitaan aika tunnin tapaamiselle.
proposal-matched-door-opener = Myös { $name } sanoi kyllä! Etsitään aika tunnin tapaamiselle: napauta painiketta ja ehdota enintään kolmea aikaa.

proposal-ask-reason = Kiitos vastauksesta. Miksi et tällä kertaa?
decline-reason-no_time = Minulla ei ole nyt aikaa
decline-reason-not_my_field = Se ei ole minun alaani
decline-reason-got_job = Sain jo työpaikan
decline-reason-not_interested = En ole enää kiinnostunut
decline-reason-other = Muu syy
proposal-declined-thanks = Kiitos, merkitsin sen muistiin.
proposal-declined-got-job = Onnea työpaikasta! En lähetä sinulle enää ehdotuksia. Lähetä /resume, jos haluat myöhemmin tavata ovenavaajan.
proposal-declined-not-interested = Selvä, en lähetä sinulle enää ehdotuksia. Lähetä /resume, jos muutat mielesi.
proposal-newcomer-declined = { $name } ei pääse mukaan tällä kertaa. Kiitos, että sanoit kyllä! Etsin sinulle toisen osallistujan.

proposal-lapsed-door-opener = Ehdotus vanheni, koska vastausta ei tullut. Se ei haittaa. Lähetän uuden, kun joku etsii tapaamista.
proposal-paused-after-lapses = Et ole vastannut kolmeen ehdotukseen, joten keskeytin ehdotukset sinulle. Haluatko palata mukaan? Voit myös lähettää /resume myöhemmin.
proposal-lapsed-newcomer = Ehdotus vanheni, koska vastausta ei tullut, joten keskeytin hakusi. Lähetä /resume, kun haluat, että sinulle etsitään pari taas.
button-come-back = Kyllä, palaan mukaan
