# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Registreringen: från första meddelandet till en sparad profil med samtycke.

welcome = Hej! Jag heter Doorway. Jag kopplar ihop personer som är nya i landet med yrkesverksamma i samma yrke för ett möte på en timme.
welcome-back = Välkommen tillbaka! Vi fortsätter där vi slutade.
onboarding-ask-language = Which language do you want to use? / Vilket språk vill du använda? / Mitä kieltä haluat käyttää?
language-suggest = Det ser ut som att du skriver på { $language }. Vill du byta till { $language }?
language-suggest-either = Det ser ut som att du skriver på { $first } eller { $second }. Vill du byta språk?
button-language-keep = Nej, behåll det här språket

onboarding-ask-role = Är du ny i landet och söker kontakter inom ditt yrke, eller är du yrkesverksam och vill öppna en dörr för någon som är ny här?
button-role-newcomer = Jag är ny i landet (deltagare)
button-role-door-opener = Jag är yrkesverksam (dörröppnare)

onboarding-ask-consent =
    Innan vi börjar: för att hitta rätt person åt dig sparar vi det du berättar här (namn, yrke, erfarenhet, språk, ort). Bara programmets samordnare ser uppgifterna. Vi säljer dem aldrig, och du kan när som helst se eller radera dem.
    Samtycker du till det?
button-consent-yes = Ja, jag samtycker
button-consent-no = Nej tack
onboarding-consent-declined = Okej. Jag har inte sparat något om dig. Om du ändrar dig kan du skicka /start.

onboarding-ask-name = Vad heter du i förnamn?
error-name-too-long = Det var ett långt namn. Skriv högst { $max } tecken.
error-name-letters = Skriv ditt förnamn med bokstäver.

onboarding-ask-gender = Hur beskriver du ditt kön? Du kan välja en knapp, skriva med egna ord eller hoppa över frågan. Vi använder svaret bara till anonym statistik.
error-gender-too-long = Skriv högst { $max } tecken.

onboarding-ask-occupation = { $role ->
    [door_opener] Vilket yrke har du?
   *[other] Vilket yrke har du – det som du vill arbeta med här?
} Skriv med egna ord, till exempel ”sjuksköterska” eller ”systemutvecklare”.
onboarding-ask-occupation-again = Skriv ditt yrke igen, med andra ord eller enklare. Till exempel: ”sjuksköterska”, ”elektriker”, ”lärare”.
onboarding-choose-occupation = Vilket av de här passar bäst för ”{ $text }”?
button-occupation-none = Inget av dem – skriv igen

onboarding-ask-experience = Hur många års erfarenhet har du av yrket? Skriv antalet år, till exempel 5.
error-experience-number = Skriv antalet år som ett enda tal, till exempel 5.
error-experience-range = Skriv ett tal mellan 0 och { $max }.

onboarding-ask-languages = Vilka språk kan du ha mötet på? Tryck på alla som passar och sedan på ”Klar”. Du kan också skriva dem, till exempel ”svenska, arabiska”.
error-languages-none = Välj minst ett språk.
error-languages-unknown = Jag kände inte igen: { $words }. Använd knapparna eller skriv namnen på språken.

onboarding-ask-place = I vilken kommun kan du träffas? Skriv namnet eller tryck på ”Online går bra”.
button-place-online = Online går bra
error-place = Skriv namnet på en kommun, till exempel Uppsala eller Tammerfors.
onboarding-ask-online = Kan du också träffas online?
onboarding-ask-country = Vilket land bor du i?

onboarding-ask-capacity = Hur många deltagare kan du träffa per månad? Varje möte tar en timme.
error-capacity = Välj ett tal från 1 till { $max }.

onboarding-ask-intro = Berätta med några meningar om dig själv för din blivande dörröppnare: din bakgrund och vad du hoppas på. Du kan också hoppa över det här.
error-intro-too-long = Skriv lite kortare: högst { $max } tecken.

onboarding-summary = Här är din profil. Stämmer allt? Tryck på en knapp om du vill ändra något.
onboarding-done = { $role ->
    [door_opener] Tack för att du har registrerat dig som dörröppnare! Jag skickar ett förslag till dig när en deltagare inom ditt område söker kontakt.
    [coordinator] Du är registrerad som samordnare.
   *[other] Tack för att du har registrerat dig! Jag letar efter en dörröppnare inom ditt yrke och hör av mig när jag har hittat någon.
}
onboarding-reminder = Du började registrera dig hos Doorway men blev inte klar. Det tar bara några minuter.
onboarding-on-hold = Din registrering är pausad. Skicka /start när du vill fortsätta.
on-hold-hint = Din registrering är pausad. Skicka /start för att fortsätta där du slutade.
