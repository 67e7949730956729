# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Usha gudbinta kadib kulan dhacay, iyo codes-ka ka dambeeya /start (casuumaad, ururo).

relay-offer = Gudbi usha gudbinta! Laba xiriir oo kale waxay furaan albaabo badan. Waxaad casuumi kartaa saaxiib shaqo si uu u noqdo albaab-fure, ama qofka dalka ku cusub u bar qof aad taqaan. { $left } xiriir ayaa kuu haray inaad bixiso.
relay-offer-more = Waad ku mahadsan tahay! Ma gudbin kartaa hal xiriir oo kale? { $left } ayaa kuu haray.
button-relay-invite = Casuun saaxiib shaqo
button-relay-introduce = U bar qof
button-relay-done = Hadda maya
relay-stale = Badhankaasi hadda ma shaqeeyo. Waxba lama beddelin.
relay-thanks = Waad ku mahadsan tahay! Usha waad gudbin kartaa hadhow sidoo kale: badhamadu way shaqaynayaan.
relay-enough = Kulankan horey ayaad u gudbisay laba xiriir. Waad ku mahadsan tahay!
relay-invite = Waa tan casuumaad shakhsi ah oo saaxiibkaaga shaqo. U gudbi fariintan:
    Noqo albaab-fure barnaamijkayaga: bixi hal saac si aad ula kulanto qof dalka ku cusub oo xirfaddaada ah. Halkan ku soo biir: { $link }
relay-ask-contact = Yaad rabtaa in qofka dalka ku cusub la kulmo? Qor magaca qofka iyo sida loo heli karo (tusaale ahaan cinwaan e-mail ama lambar taleefan). Marka hore qofka weydii inay taasi fiican tahay.
relay-introduction-saved = Waad ku mahadsan tahay! Xiriirka waxaan u gudbiyay qofka dalka ku cusub.
relay-introduced = { $name } wuxuu rabaa inuu kuu baro xiriir cusub: { $contact }

start-bad-code = Ma aqaan code-kaas. Hubi link-ga, ama sii wad: waxaad ka qaybgeli kartaa code la'aan.
start-invited = Ku soo dhawoow! { $name } ayaa kugu casuumay barnaamijka.
start-organisation = Ku soo dhawoow! Waxaad ku soo biirtay { $organisation }.
start-organisation-already = Horey ayaad ugu diiwaangashanayd { $organisation }.
start-code-used = Casuumaaddaas horey ayaa loo isticmaalay. Weli waad ka qaybgeli kartaa: sii wad oo keliya.
start-code-not-needed = Horey ayaad u diiwaangashanayd, markaa code uma baahnid.
