# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = Voit ilmoittaa henkilöstä, jonka kanssa sinut on yhdistetty. Sinulla ei ole vielä paria. Jos jokin on vialla, kirjoita ohjelman koordinaattorille.
report-whom = Kenestä haluat ilmoittaa?
report-ask = Mitä tapahtui? Kirjoita omin sanoin (enintään { $max } merkkiä). Vain koordinaattorit lukevat sen.
report-thanks = Kiitos, että kerroit. Koordinaattorit ovat saaneet ilmoituksesi ja ottavat tarvittaessa yhteyttä.
report-stale = Tämä ilmoitus ei ole enää avoinna.
report-alert =
    ⚠️ Ilmoitus { $number }: { $reporter } ilmoittaa henkilöstä { $reported }:
    { $text }
button-report-block = Estä yhdistäminen
button-report-dismiss = Hylkää
report-blocked = Ilmoitus { $number }: henkilön yhdistäminen on estetty.
report-dismissed = Ilmoitus { $number } on hylätty.
block-done = { $name } on estetty yhdistämisestä. /unblock palauttaa hänet.
unblock-done = { $name } voidaan taas yhdistää.
unblock-not-blocked = Estettyä henkilöä { $who } ei löytynyt.
blocked-notice = Koordinaattori on toistaiseksi pysäyttänyt yhdistämisesi. Ota yhteyttä koordinaattoriin.
