# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Alan valinta (ISCO-08-ryhmä), kun ammattia ei tunnistettu tai käyttäjä haluaa valita itse.

onboarding-occupation-unknown-pick = En tunnistanut ammattia ”{ $text }”. Tallensin sen, mitä kirjoitit. Valitse alasi alta vaihe vaiheelta tai kirjoita ammattisi uudelleen toisin sanoin.
onboarding-occupation-is-sector = ”{ $text }” on ala, jossa on monta ammattia. Valitse lähin ryhmä alta tai kirjoita ammattisi, esimerkiksi ”sairaanhoitaja” tai ”sähköasentaja”.
onboarding-sector-pick = Valitse alasi alta vaihe vaiheelta.
onboarding-sector-deeper = { $title }: mikä näistä on lähimpänä?
button-occupation-sector = Valitsen mieluummin alan
button-sector-up = Takaisin
button-retype = Kirjoitan uudelleen
