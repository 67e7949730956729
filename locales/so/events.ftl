# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Kulamada isbarashada: isku-duweyaashu waxay ku sameeyaan /event; casuumaad, jawaabo, xusuusin, lammaane.

event-syntax =
    Si aad u samayso kulan isbarasho, qor cinwaanka inta u dhaxaysa calaamadaha xigashada, kadib taariikhda iyo saacadda, goobta, qaybaha shaqada iyo tirada meelaha, kala jar |:
    /event "Health and care" 18 Dec 17:00 | City Library, Gothenburg | 22,32,53 | 30
    Qaybaha shaqadu waa codes ISCO-08 ah oo leh 1 ilaa 4 god, kala jar comma; qor "all" (ama banneey) si aad qof walba u casuunto.
    Dir /event oo keliya si aad u aragto kulamada isbarashada soo socda, iyo /event cancel 3 si aad u joojiso lambarka 3.
event-error-parts = Waxaan filayay 4 ama 5 qaybood oo | lagu kala jaray, laakiin waxaan helay { $count }.
event-error-title = Cinwaanka ma jiro ama wuxuu ka dheer yahay { $max } xaraf.
event-error-no-when = Ma helin taariikhda iyo saacadda. Cinwaanka ku qor calaamadaha xigashada, kadib taariikhda iyo saacadda.
event-error-when = Ma fahmin waqtiga "{ $text }".
event-error-past = Waqtigaasi horey ayuu u dhaafay.
event-error-place = Goobta ma jirto ama waxay ka dheer tahay { $max } xaraf.
event-error-sectors = "{ $text }" ma aha code ISCO-08 ah (1 ilaa 4 god).
event-error-capacity = Tirada meeluhu waa inay noqotaa tiro dhan oo u dhaxaysa 1 iyo { $max }.
event-created = Kulanka isbarashada #{ $number } waa la sameeyay: { $title }, { $when }, { $place }. { $count ->
    [0] Weli qofna kuma diiwaangashana qaybahaas, markaa casuumaad lama dirin.
    [one] Waxaan casuumay hal qof.
   *[other] Waxaan casuumay { $count } qof.
}
event-invitation = Waxaa lagugu casuumay kulan isbarasho, halkaas oo dadka dalka ku cusub iyo albaab-furayaasha qaybtaada shaqo ay ku kulmaan: { $title }, { $when }. Goobta: { $place }. Ma imanaysaa?
button-event-yes = Haa, waan imanayaa
button-event-no = Maya, ma iman karo
event-stale = Badhanka kulankan isbarashada hadda ma shaqeeyo, markaa waxba lama beddelin.
event-yes-confirmed = Ku soo dhawoow! Waxaad u diiwaangashan tahay { $title }, { $when }. Goobta: { $place }. Casuumaadda kalandarka waa ku lifaaqan tahay. Haddii aadan iman karin, fadlan igu sheeg badhanka.
event-already-yes = Horey ayaad ugu diiwaangashanayd { $title }, { $when }.
event-full = Waan ka xumahay, { $title } waa buuxaa. Waad ku mahadsan tahay xiisahaaga; waxaad maqli doontaa kulanka isbarashada xiga.
event-no-thanks = Waad ku mahadsan tahay inaad ii sheegtay. Uma diiwaangashanid { $title }.
event-reminder = Xusuusin: kulanka isbarashada { $title } waa berri, { $when }. Goobta: { $place }.
event-pair = Ku soo dhawoow { $title }! Kulanka isbarashada, fadlan raadi { $name }, { $occupation }. Salaan u dir.
event-mingle = Ku soo dhawoow { $title }! Maanta qof gaar ah ma hayo oo aad raadiso: fadlan dadka la qaybgal oo la kulan dad qaybtaada shaqo ah.
event-list = Kulamada isbarashada soo socda ({ $count }):
event-list-line = #{ $number } { $title }, { $when }, { $place }: { $yes } ka mid ah { $capacity } meelood waa la qaatay, { $no } ayaa yiri maya, { $invited } ayaa la casuumay.
event-list-empty = Ma jiraan kulamo isbarasho oo soo socda.
event-cancel-done = { $title } waa la joojiyay. { $count ->
    [0] Qofna looma baahnayn in loo sheego.
    [one] Waxaan u sheegay hal qofka aan dhihin maya.
   *[other] Waxaan u sheegay { $count }-da qof ee aan dhihin maya.
}
event-cancelled = Waan ka xumahay: kulanka isbarashada { $title } ee { $when } waa la joojiyay.
event-no-such = Ma jiro kulan isbarasho oo soo socda { $who }. Dir /event si aad u aragto.
