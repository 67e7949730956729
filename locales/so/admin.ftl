# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Amarrada maamulka ee isku-duweyaasha: liisas, raadin, isku-aadin gacanta, magacyo kale, fariimo guud, dhoofin.

admin-help =
    Amarrada isku-duwaha:
    /pending - dadka dalka ku cusub ee sugaya isku-aadin, qaybta shaqada ahaan
    /openers - albaab-furayaasha, awooddooda iyo inta la isticmaalay bishan
    /find <text> - ka raadi dadka magac, xirfad, degmo ama cinwaan
    /match <newcomer> <door-opener> - gacanta ku samee isku-aadin (tusaale ahaan /match #12 #7)
    /unmatch <newcomer> <door-opener> ama /unmatch #<proposal> - ka noqo isku-aadin
    /pause <person> iyo /resume <person> - haki qof ama u oggolow inuu mar kale ka qaybgalo
    /alias <text> = <ESCO URI> - xirfad la qoray ku xir xirfad ESCO ah
    /broadcast role=newcomer sector=22 locale=sv | <text> - fariin koox loo diro
    /event - kulamada isbarashada
    /stats - tirooyinka saamaynta
    /export - faylal CSV ah oo dadka, isku-aadinta, kulamada iyo jawaabaha sahanka
admin-and-more = …iyo { $count } kale.
admin-no-sector = Weli qayb shaqo ma leh

admin-pending = { $count ->
    [one] Hal qof oo dalka ku cusub ayaa sugaya isku-aadin:
   *[other] { $count } qof oo dalka ku cusub ayaa sugaya isku-aadin:
}
admin-pending-none = Hadda ma jiro qof dalka ku cusub oo sugaya isku-aadin.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] 1 maalin
   *[other] { $days } maalmood
}

admin-openers = { $count ->
    [one] Hal albaab-fure
   *[other] { $count } albaab-fure
}, { $free } meelood oo bannaan bishan:
admin-openers-none = Weli albaab-fure lama diiwaangelin.
admin-opener-line = #{ $number } { $name }, { $occupation }: { $used } ka mid ah { $capacity } bishan, { $status ->
    [paused] hakad
   *[other] firfircoon
}

admin-find-syntax = Qor waxa la raadinayo, tusaale ahaan: /find Anna ama /find Uppsala
admin-find-none = Qofna kuma helin "{ $text }".
admin-find = { $count ->
    [one] Hal qof
   *[other] { $count } qof
} oo leh "{ $text }":
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] qof dalka ku cusub
    [door_opener] albaab-fure
    [coordinator] isku-duwe
   *[other] (weli door ma leh)
} { $status ->
    [onboarding] diiwaangelin
    [paused] hakad
   *[other] firfircoon
} { $occupation }

admin-match-syntax = Qor qofka dalka ku cusub, kadibna albaab-furaha, tusaale ahaan: /match #12 #7
admin-match-roles = { $name } waa inuu noqdaa qof dalka ku cusub, { $other }-na albaab-fure, sidaas oo kale.
admin-match-exists = { $name } iyo { $other } horey ayay u leeyihiin soo-jeedin ama kulan socda.
admin-match-done = Soo-jeedinta #{ $number } waa la sameeyay: { $name } iyo { $other }. Marka hore waxaan weydiiyay { $other }.

admin-unmatch-syntax = Qor qofka dalka ku cusub iyo albaab-furaha, ama lambarka soo-jeedinta, tusaale ahaan: /unmatch #12 #7 ama /unmatch #5
admin-unmatch-nothing = Ma jirto soo-jeedin ama kulan socda oo loogu talagalay "{ $who }".
admin-unmatch-done = { $kind ->
    [meeting] Kulanka soo-jeedinta #{ $number } waa la joojiyay.
   *[other] Soo-jeedinta #{ $number } waa la xiray.
} Labadoodaba waan u sheegay.
admin-unmatch-to-door-opener = Isku-duweyaasha barnaamijka ayaa joojiyay { $kind ->
    [meeting] kulankaaga
   *[other] soo-jeedinta
} ee { $name }. Waxba uma baahnid inaad samayso.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] Isku-duweyaasha barnaamijka ayaa joojiyay kulankaaga { $name }.
    [proposal] Isku-duweyaasha barnaamijka ayaa joojiyay soo-jeedinta { $name }.
   *[other] Isku-duweyaasha barnaamijka ayaa beddelay isku-aadintaada.
} Kaalintaada safka waad haysaa. Waxaan kuu raadin doonaa isku-aadin cusub.

admin-alias-syntax = Qor qoraalka, kadib = iyo URI-ga xirfadda ESCO, tusaale ahaan: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = "{ $text }" ma aha xirfad ESCO ah oo aan aqaan.
admin-alias-empty-text = Qoraalka waxba kama harin oo la xiro.
admin-alias-too-long = Qoraalku wuxuu ka dheer yahay { $max } xaraf.
admin-alias-added = Hadda wixii ka dambeeya, "{ $text }" macnaheedu waa { $occupation }.
admin-alias-replaced = "{ $text }" hadda macnaheedu waa { $occupation } (hore wax kale ayay ahayd).

admin-broadcast-syntax =
    Qor cidda fariinta helaysa, kadib | iyo qoraalka, tusaale ahaan:
    /broadcast role=newcomer sector=22 locale=sv | Ku soo dhawoow kulanka isbarashada!
    role waa newcomer, door_opener ama all; sector waa code ISCO-08 ah oo leh 1 ilaa 4 god (dhowr, kala jar comma); locale waa sv, fi ama en. Qayb kasta waa ikhtiyaari.
admin-broadcast-bad-filter = Ma fahmin "{ $text }".
admin-broadcast-too-long = Fariintu waxay ka dheer tahay { $max } xaraf.
admin-broadcast-limit = 24-kii saac ee la soo dhaafay waxaad kooxo u dirtay { $limit } fariimood. Fadlan sug intaadan mid kale dirin.
admin-broadcast-nobody = Qof firfircoon oo ku habboon { $audience } ma jiro, markaa wax la diro ma jiro.
admin-broadcast-preview =
    Fariintan waxay u socon doontaa { $count ->
        [one] hal qof
       *[other] { $count } qof
    } ({ $audience }):
    { $text }
    Ma diraa?
button-broadcast-send = Dir
button-broadcast-cancel = Jooji
admin-broadcast-stale = Badhanka fariintan hadda ma shaqeeyo, markaa waxba lama beddelin.
admin-broadcast-cancelled = Fariinta waa la joojiyay. Qofna ma helin.
admin-broadcast-confirmed = Fariintu waxay u socotaa { $count ->
    [one] hal qof
   *[other] { $count } qof
}. Waan kuu sheegi doonaa marka la diro.
admin-broadcast-message =
    Fariin ka timid isku-duweyaasha barnaamijka:
    { $text }
admin-broadcast-finished = Fariintaada waxaa loo diray { $count ->
    [one] hal qof
   *[other] { $count } qof
}.

admin-export-done = Waa kan dhoofintu: { $people } qof, { $proposals } isku-aadin, { $meetings } kulan iyo { $answers } jawaab sahan. Xogta xiriirka kuma jirto.
