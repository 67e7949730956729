# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Soo-jeedinta: albaab-furaha ayaa marka hore la weydiiyaa, kadib qofka dalka ku cusub.

proposal-to-door-opener = Qof dalka ku cusub ayaa raba inuu kula kulmo hal saac: { $name }, { $occupation }, { $years ->
        [one] 1 sano
       *[other] { $years } sano
    } oo khibrad ah. Luqadaha kulanka: { $languages }.
    Ku saabsan { $name }: { $intro }
    Sababta aad labadiinnu:
proposal-reminder-door-opener = Xusuusin: { $name } ({ $occupation }) weli wuxuu sugayaa jawaabtaada. Luqadaha kulanka: { $languages }.
    Ku saabsan { $name }: { $intro }
    Sababta aad labadiinnu:
proposal-no-intro = (hordhac ma jiro)
button-proposal-accept = Haa, waan kulmi karaa
button-proposal-decline = Maya, markan maya
button-proposal-later = Hadhow i weydii

proposal-to-newcomer = War wanaagsan! { $name }, { $occupation } oo leh { $years ->
        [one] 1 sano
       *[other] { $years } sano
    } oo khibrad ah, ayaa raba inuu kula kulmo hal saac. Luqadaha kulanka: { $languages }.
    Sababta aad labadiinnu:
proposal-reminder-newcomer = Xusuusin: { $name } ({ $occupation }) ayaa raba inuu kula kulmo hal saac. Ma rabtaa inaad kulantaan?
    Sababta aad labadiinnu:
button-proposal-yes = Haa, waan rabaa inaan kulanno
button-proposal-no = Maya, mahadsanid

why-same-occupation = - isku xirfad
why-same-isco-unit = - isku koox xirfadeed
why-same-field = - xirfad u dhow oo isku qayb shaqo ah
why-shared-language = - labadiinnuba waxaad ku hadashaan { $language }
why-same-municipality = - isku degmo ayaad joogtaan
why-online = - labadiinnuba waxaad ku kulmi kartaan online

proposal-stale = Soo-jeedintan hadda furan ma aha, markaa waxba lama beddelin.
proposal-later = Hagaag. Dhowr maalmood kadib ayaan ku xusuusin doonaa.
proposal-accepted-door-opener = Waad ku mahadsan tahay! Hadda waxaan weydiinayaa { $name }. Waan kuu sheegi doonaa jawaabta.
proposal-matched-newcomer = Aad u fiican! Adiga iyo { $name } labadiinnuba waxaad tiraahdeen haa. Tallaabada xigta waa in lagu heshiiyo waqti kulanka hal saac ah.
proposal-matched-door-opener = { $name } sidoo kale wuxuu yiri haa! Aan u helno waqti kulanka hal saac ah: riix badhanka si aad u soo jeediso ilaa saddex waqti.

proposal-ask-reason = Waad ku mahadsan tahay jawaabtaada. Maxaa markan u diiday?
decline-reason-no_time = Hadda waqti ma haysto
decline-reason-not_my_field = Ma aha qaybtayda shaqo
decline-reason-got_job = Horey ayaan shaqo u helay
decline-reason-not_interested = Hadda xiiso uma qabo
decline-reason-other = Sabab kale
proposal-declined-thanks = Waad ku mahadsan tahay, waan qoray.
proposal-declined-got-job = Hambalyo shaqada! Soo-jeedin kale kuu soo diri maayo. Dir /resume haddii aad rabto inaad hadhow la kulanto albaab-fure.
proposal-declined-not-interested = Hagaag, soo-jeedin kale kuu soo diri maayo. Dir /resume haddii aad fikirkaaga beddesho.
proposal-newcomer-declined = { $name } markan ma ka qaybgeli karo. Waad ku mahadsan tahay inaad tiri haa! Waxaan kuu raadin doonaa qof kale oo dalka ku cusub.

proposal-lapsed-door-opener = Soo-jeedintu way dhacday sababtoo ah jawaab ma jirin. Taasi waa caadi. Waxaan kuu soo diri doonaa mid cusub marka qof uu raadiyo.
proposal-paused-after-lapses = Kama jawaabin saddex soo-jeedin, markaa waan kuu hakiyay soo-jeedinta. Ma rabtaa inaad soo noqoto? Sidoo kale waxaad hadhow diri kartaa /resume.
proposal-lapsed-newcomer = Soo-jeedintu way dhacday sababtoo ah jawaab ma jirin, markaa waan hakiyay raadintaada. Dir /resume markaad rabto in mar kale laguu helo isku-aadin.
button-come-back = Haa, waan soo noqday
