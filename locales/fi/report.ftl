# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Vaikuttavuusraportti koordinaattoreille: `doorway report` (Markdown ja kaaviot) ja /stats.

report-title = Vaikuttavuusraportti
report-period-all = Ajanjakso: koko ohjelma
report-period = Ajanjakso: { $start } – { $end }
report-period-from = Ajanjakso: alkaen { $start }
report-period-until = Ajanjakso: { $end } asti
report-organisation-all = Organisaatiot: kaikki
report-organisation = Organisaatio: { $organisation } (koodi { $code })
report-generated = Tehty { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n }/{ $total })
report-no-data = Ei vielä tietoja.

report-section-participants = Osallistujat
report-newcomers = Osallistujat (maahan muuttaneet)
report-door-openers = Ovenavaajat
report-by-gender = Sukupuolen mukaan
report-by-locale = Keskustelun kielen mukaan
report-by-sector = Alan mukaan
report-gender-unspecified = Ei kerrottu
report-sector-unknown = Tuntematon

report-section-matches = Ehdotukset
report-proposed = Tehdyt ehdotukset
report-accepted = Hyväksytyt (tapaaminen sovittiin)
report-declined = Hylätyt
report-declined-reasons = Syyt hylätä
report-reason-no_time = Ei aikaa
report-reason-not_my_field = Ei ovenavaajan ala
report-reason-got_job = Sai jo työpaikan
report-reason-not_interested = Ei enää kiinnostunut
report-reason-other = Muu syy
report-reason-none = Syytä ei kerrottu

report-section-meetings = Tapaamiset
report-scheduled = Saivat ajan
report-held = Pidetyt
report-no-show = Joku ei tullut
report-cancelled = Perutut

report-section-outcomes = Tulokset (kyselyt 3 ja 6 kuukautta ensimmäisen tapaamisen jälkeen)
report-respondents = Vastanneet osallistujat
report-outcome-job = Sai työpaikan
report-outcome-internship = Sai harjoittelupaikan
report-outcome-interview = Kävi työhaastattelussa
report-outcome-met_employers = Tapasi työnantajia
report-outcome-kept_contact = On yhä yhteydessä ovenavaajaan
report-outcome-met_again = Tapasi ovenavaajan uudelleen
report-outcome-chances_improved = Kokee mahdollisuuksiensa parantuneen
report-new-contacts = Uudet kontaktit omalla alalla

report-section-door-openers = Ovenavaajat, joilla on ollut tapaamisia
report-repeat = Piti useamman kuin yhden tapaamisen
report-meetings-per-door-opener = Pidettyjä tapaamisia ovenavaajaa kohden: { $value }

report-section-relay = Viestikapula
report-invites-sent = Lähetetyt kutsut
report-joined = Tuli mukaan kutsun kautta
report-meetings-from-referrals = Pidetyt tapaamiset, joissa oli mukana viestikapulan kautta tullut
report-chains = Viestikapulan ketjut (koko ohjelma)
report-chain = { $name } (#{ $number }): mukaan tuli { $people ->
        [one] yksi henkilö
       *[other] { $people } henkilöä
    }, pidettyjä tapaamisia { $meetings }
report-chains-none = Ei vielä ketjuja.

report-section-funnel = Rekisteröitymisestä työhön
report-funnel-note = Ajanjaksolla rekisteröityneet osallistujat, seurattuna tähän päivään asti.
report-funnel-registered = Rekisteröityneet
report-funnel-matched = Saivat parin
report-funnel-met = Tapasivat ovenavaajan
report-funnel-job = Saivat työpaikan

report-section-waiting = Odotus ensimmäiseen ehdotukseen
report-waiting-line = { $label }: mediaani { $days } päivää ({ $count } sai ehdotuksen), { $waiting } odottaa yhä
report-waiting-line-none = { $label }: ei vielä ehdotusta, { $waiting } odottaa

report-chart-people = Henkilöt
report-chart-outcomes = Tulokset 3 ja 6 kuukauden jälkeen
report-chart-outcomes-axis = Vastasi kyllä (%)
report-chart-waiting = Odotuksen mediaani ensimmäiseen ehdotukseen
report-chart-waiting-axis = Päivää
report-chart-waiting-proposed = Sai ehdotuksen
report-chart-waiting-still = Odottaa yhä (tähän asti)

report-summary-all = Vaikuttavuusraportti, koko ohjelma:
report-summary-organisation = Vaikuttavuusraportti: { $organisation }
report-summary-people = Rekisteröityneitä osallistujia: { $newcomers }. Ovenavaajia: { $door_openers }.
report-summary-meetings = Tehtyjä ehdotuksia: { $proposed }. Pidettyjä tapaamisia: { $held }.
report-summary-outcomes = Seurantakyselyihin vastanneita osallistujia: { $count }. Sai työpaikan: { $pct } % ({ $n }/{ $total }).
report-summary-relay = Viestikapulan kautta mukaan tulleita: { $people }. Pidettyjä tapaamisia, joissa oli mukana viestikapulan kautta tullut: { $meetings }.
report-summary-charts = Kaaviot näyttävät polun rekisteröitymisestä työhön, kyselyjen vastaukset ja odotusajan aloittain. Koko raportti: doorway report.
report-no-such-organisation = Millään organisaatiolla ei ole koodia { $code }. Lähetä /org, niin näet koodit.
