# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Sahannada dabagalka: isla markiiba kadib kulan dhacay, iyo 3 iyo 6 bilood kadib kan koowaad.

survey-intro-after_meeting = Waad ku mahadsan tahay inaad la kulantay { $name }! Dhowr su'aalood oo gaaban ayaa barnaamijka ka caawiya inuu fiicnaado. Su'aal kasta waad ka boodi kartaa.
survey-intro-month_3 = Saddex bilood ayaa ka soo wareegtay kulankaagii koowaad ee albaab-furaha. Siddeed su'aalood oo gaaban: maxaa dhacay tan iyo markaas? Su'aal kasta waad ka boodi kartaa.
survey-intro-month_6 = Lix bilood ayaa ka soo wareegtay kulankaagii koowaad ee albaab-furaha. Siddeed su'aalood oo gaaban: maxaa dhacay tan iyo markaas? Su'aal kasta waad ka boodi kartaa.

survey-q-useful = ({ $number }/{ $total }) Intee buu kuu faa'iido lahaa kulanku? 1 = gabi ahaanba maya, 5 = aad u faa'iido badan.
survey-q-keep_in_touch = ({ $number }/{ $total }) Ma sii xiriiri doontaan?
survey-q-meet_another = ({ $number }/{ $total }) Ma la kulmi lahayd qof kale oo dalka ku cusub?
survey-q-note = ({ $number }/{ $total }) Ma jiraa wax aad rabto inaad u sheegto isku-duwaha? Halkan ku qor, ama riix Ka bood.
survey-q-job = ({ $number }/{ $total }) Ma heshay shaqo tan iyo kulanka?
survey-q-internship = ({ $number }/{ $total }) Ma heshay tababar shaqo (internship)?
survey-q-interview = ({ $number }/{ $total }) Ma gashay waraysi shaqo?
survey-q-met_employers = ({ $number }/{ $total }) Ma la kulantay loo-shaqeeyayaal?
survey-q-new_contacts = ({ $number }/{ $total }) Immisa xiriir xirfadeed oo cusub ayaad samaysay?
survey-q-kept_contact = ({ $number }/{ $total }) Weli ma la xiriirtaa albaab-furahaaga?
survey-q-met_again = ({ $number }/{ $total }) Mar kale ma la kulantay albaab-furahaaga?
survey-q-chances_improved = ({ $number }/{ $total }) Ma dareemaysaa in fursadahaaga shaqo ee xirfaddaada ay fiicnaadeen?

survey-option-yes = Haa
survey-option-no = Maya
survey-option-maybe = Laga yaabee
survey-option-unsure = Ma hubo
survey-option-none = Midna
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = In ka badan 10
button-survey-skip = Ka bood
button-survey-stop = Jooji sahannada

survey-stale = Su'aashaas horey ayaa looga jawaabay ama waa la xiray. Waxba lama beddelin.
survey-closed = Sahankaas waa la xiray. Waad ku mahadsan tahay!
survey-error-buttons = Fadlan ku jawaab mid ka mid ah badhamada (ama qor lambarkiisa).
survey-error-number = Fadlan qor tiro dhan oo u dhaxaysa 0 iyo { $max }.
survey-thanks = Waad ku mahadsan tahay jawaabahaaga!
survey-stopped = Sahan kale kuu soo diri maayo. Haddii aad fikirkaaga beddesho, dir /surveys.
survey-later = Hagaag, hadhow. Waxaad ku jawaabi kartaa badhamada sare wakhti kasta.
surveys-on = Waad ku mahadsan tahay! Mar kale ayaad heli doontaa sahannada.
surveys-already-on = Horey ayaad u helaysay sahannada. Si aad u joojiso, riix "Jooji sahannada" su'aal hoosteeda.
survey-reminder = Xusuusin: dhowr su'aalood ayaa weli sugaya jawaabtaada.
survey-door-opener-paused = Waad ku mahadsan tahay kulankaaga. Hadda soo-jeedin cusub ma heli doontid. Dir /resume markaad rabto inaad mar kale la kulanto qof dalka ku cusub.
