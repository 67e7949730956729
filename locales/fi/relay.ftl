# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Viestikapula tapaamisen jälkeen sekä /start-koodit (kutsut, organisaatiot).

relay-offer = Ojenna viestikapula eteenpäin! Kaksi uutta kontaktia avaa lisää ovia. Voit kutsua kollegan ovenavaajaksi tai esitellä osallistujan jollekulle tuttavallesi. Kontakteja jäljellä: { $left }.
relay-offer-more = Kiitos! Haluatko antaa vielä yhden kontaktin? Jäljellä: { $left }.
button-relay-invite = Kutsu kollega
button-relay-introduce = Esittele jollekulle
button-relay-done = Ei nyt
relay-stale = Tämä painike ei ole enää voimassa. Mitään ei muutettu.
relay-thanks = Kiitos! Voit ojentaa viestikapulan myöhemminkin: painikkeet ovat yhä voimassa.
relay-enough = Olet jo antanut kaksi kontaktia tästä tapaamisesta. Kiitos!
relay-invite = Tässä on henkilökohtainen kutsu kollegallesi. Välitä tämä viesti:
    Ryhdy ovenavaajaksi ohjelmaamme: anna tunti ja tapaa maahan muuttanut saman alan ammattilainen. Ilmoittaudu tästä: { $link }
relay-ask-contact = Kenet haluaisit osallistujan tapaavan? Kirjoita henkilön nimi ja miten häneen saa yhteyden (esimerkiksi sähköposti tai puhelin). Kysy ensin henkilöltä, sopiiko se.
relay-introduction-saved = Kiitos! Välitin kontaktin osallistujalle.
relay-introduced = { $name } haluaa esitellä sinulle uuden kontaktin: { $contact }

start-bad-code = En tunnista tätä koodia. Tarkista linkki, tai jatka vain: voit osallistua ilman koodia.
start-invited = Tervetuloa! { $name } kutsui sinut ohjelmaan.
start-organisation = Tervetuloa! Tulit mukaan organisaation { $organisation } kautta.
start-organisation-already = Olet jo rekisteröitynyt organisaation { $organisation } kautta.
start-code-used = Tämä kutsu on jo käytetty. Voit silti osallistua: jatka vain.
start-code-not-needed = Olet jo rekisteröitynyt, joten et tarvitse koodia.
