# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Enkäter efter ett möte och 3 och 6 månader efter det första mötet.

survey-intro-after_meeting = Tack för att du träffade { $name }! Några korta frågor hjälper programmet att bli bättre. Du kan hoppa över alla frågor.
survey-intro-month_3 = Det har gått tre månader sedan ditt första möte med en dörröppnare. Åtta korta frågor: vad har hänt sedan dess? Du kan hoppa över alla frågor.
survey-intro-month_6 = Det har gått sex månader sedan ditt första möte med en dörröppnare. Åtta korta frågor: vad har hänt sedan dess? Du kan hoppa över alla frågor.

survey-q-useful = ({ $number }/{ $total }) Hur nyttigt var mötet för dig? 1 = inte alls, 5 = mycket nyttigt.
survey-q-keep_in_touch = ({ $number }/{ $total }) Kommer ni att hålla kontakten?
survey-q-meet_another = ({ $number }/{ $total }) Vill du träffa en till deltagare?
survey-q-note = ({ $number }/{ $total }) Vill du berätta något för samordnaren? Skriv det här, eller tryck på Hoppa över.
survey-q-job = ({ $number }/{ $total }) Har du fått ett jobb sedan mötet?
survey-q-internship = ({ $number }/{ $total }) Har du fått en praktikplats?
survey-q-interview = ({ $number }/{ $total }) Har du varit på en anställningsintervju?
survey-q-met_employers = ({ $number }/{ $total }) Har du träffat arbetsgivare?
survey-q-new_contacts = ({ $number }/{ $total }) Hur många nya kontakter i yrket har du fått?
survey-q-kept_contact = ({ $number }/{ $total }) Har du fortfarande kontakt med din dörröppnare?
survey-q-met_again = ({ $number }/{ $total }) Har du träffat din dörröppnare igen?
survey-q-chances_improved = ({ $number }/{ $total }) Känner du att dina chanser till jobb i ditt yrke har blivit bättre?

survey-option-yes = Ja
survey-option-no = Nej
survey-option-maybe = Kanske
survey-option-unsure = Jag vet inte
survey-option-none = Inga
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = Fler än 10
button-survey-skip = Hoppa över
button-survey-stop = Inga fler enkäter

survey-stale = Den frågan är redan besvarad eller stängd. Inget har ändrats.
survey-closed = Den enkäten är stängd. Tack!
survey-error-buttons = Svara med en av knapparna (eller skriv dess nummer).
survey-error-number = Skriv ett heltal från 0 till { $max }.
survey-thanks = Tack för dina svar!
survey-stopped = Jag skickar inga fler enkäter till dig. Om du ändrar dig, skicka /surveys.
survey-later = Okej, senare. Du kan svara med knapparna ovan när du vill.
surveys-on = Tack! Du får enkäter igen.
surveys-already-on = Du får redan enkäter. Tryck på ”Inga fler enkäter” under en fråga för att stoppa dem.
survey-reminder = En påminnelse: några frågor väntar fortfarande på ditt svar.
survey-door-opener-paused = Tack för ditt möte. Du får inga nya förslag just nu. Skicka /resume när du vill träffa en deltagare igen.
