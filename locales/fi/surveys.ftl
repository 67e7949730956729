# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Kyselyt tapaamisen jälkeen sekä 3 ja 6 kuukautta ensimmäisen tapaamisen jälkeen.

survey-intro-after_meeting = Kiitos tapaamisesta henkilön { $name } kanssa! Muutama lyhyt kysymys auttaa kehittämään ohjelmaa. Voit ohittaa minkä tahansa kysymyksen.
survey-intro-month_3 = Ensimmäisestä ovenavaajatapaamisestasi on kulunut kolme kuukautta. Kahdeksan lyhyttä kysymystä: mitä on tapahtunut sen jälkeen? Voit ohittaa minkä tahansa kysymyksen.
survey-intro-month_6 = Ensimmäisestä ovenavaajatapaamisestasi on kulunut kuusi kuukautta. Kahdeksan lyhyttä kysymystä: mitä on tapahtunut sen jälkeen? Voit ohittaa minkä tahansa kysymyksen.

survey-q-useful = ({ $number }/{ $total }) Kuinka hyödyllinen tapaaminen oli sinulle? 1 = ei lainkaan, 5 = erittäin hyödyllinen.
survey-q-keep_in_touch = ({ $number }/{ $total }) Pidättekö yhteyttä jatkossa?
survey-q-meet_another = ({ $number }/{ $total }) Haluaisitko tavata toisen osallistujan?
survey-q-note = ({ $number }/{ $total }) Haluatko kertoa jotain koordinaattorille? Kirjoita se tähän tai paina Ohita.
survey-q-job = ({ $number }/{ $total }) Oletko saanut työpaikan tapaamisen jälkeen?
survey-q-internship = ({ $number }/{ $total }) Oletko saanut harjoittelupaikan?
survey-q-interview = ({ $number }/{ $total }) Oletko ollut työhaastattelussa?
survey-q-met_employers = ({ $number }/{ $total }) Oletko tavannut työnantajia?
survey-q-new_contacts = ({ $number }/{ $total }) Kuinka monta uutta ammatillista kontaktia olet saanut?
survey-q-kept_contact = ({ $number }/{ $total }) Pidätkö yhä yhteyttä ovenavaajaasi?
survey-q-met_again = ({ $number }/{ $total }) Oletko tavannut ovenavaajasi uudelleen?
survey-q-chances_improved = ({ $number }/{ $total }) Tuntuuko sinusta, että mahdollisuutesi saada työtä omalta alaltasi ovat parantuneet?

survey-option-yes = Kyllä
survey-option-no = Ei
survey-option-maybe = Ehkä
survey-option-unsure = En tiedä
survey-option-none = Ei yhtään
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = Yli 10
button-survey-skip = Ohita
button-survey-stop = Ei enää kyselyitä

survey-stale = Tähän kysymykseen on jo vastattu tai se on suljettu. Mitään ei muutettu.
survey-closed = Kysely on suljettu. Kiitos!
survey-error-buttons = Vastaa jollakin painikkeella (tai kirjoita sen numero).
survey-error-number = Kirjoita kokonaisluku väliltä 0–{ $max }.
survey-thanks = Kiitos vastauksistasi!
survey-stopped = En lähetä sinulle enää kyselyitä. Jos muutat mielesi, lähetä /surveys.
survey-later = Selvä, myöhemmin. Voit vastata yllä olevilla painikkeilla milloin tahansa.
surveys-on = Kiitos! Saat taas kyselyitä.
surveys-already-on = Saat jo kyselyitä. Lopettaaksesi paina kysymyksen alla ”Ei enää kyselyitä”.
survey-reminder = Muistutus: muutama kysymys odottaa yhä vastaustasi.
survey-door-opener-paused = Kiitos tapaamisestasi. Et saa nyt uusia ehdotuksia. Lähetä /resume, kun haluat taas tavata osallistujan.
