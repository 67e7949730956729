# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Diiwaangelinta: laga bilaabo fariinta koowaad ilaa xog shakhsi oo la kaydiyay oo oggolaansho leh.

welcome = Salaan! Waxaan ahay Doorway. Waxaan isku xiraa dadka dalka ku cusub iyo xirfadlayaal isku xirfad ah, kulan hal saac ah.
welcome-back = Ku soo dhawoow mar kale! Aan ka sii wadno meeshii aan joognay.
onboarding-ask-language = Luqaddee ayaad rabtaa inaad isticmaasho? / Vilket språk vill du använda? / Mitä kieltä haluat käyttää?
language-suggest = Waxay u egtahay inaad ku qorayso { $language }. Ma rabtaa inaad u beddesho { $language }?
language-suggest-either = Waxay u egtahay inaad ku qorayso { $first } ama { $second }. Ma rabtaa inaad luqadda beddesho?
button-language-keep = Maya, luqaddan ku sii wad

onboarding-ask-role = Ma waxaad tahay qof dalka ku cusub oo raadinaya xiriiro xirfaddaada ah, mise waxaad tahay xirfadle doonaya inuu albaab u furo qof dalka ku cusub?
button-role-newcomer = Waxaan ahay qof dalka ku cusub (ka-qaybgale)
button-role-door-opener = Waxaan ahay xirfadle (albaab-fure)

onboarding-ask-consent =
    Intaynaan bilaabin: si aan kuugu helno isku-aadin, waxaan kaydinnaa waxa aad halkan ii sheegto (magac, xirfad, khibrad, luqado, goob). Isku-duweyaasha barnaamijka oo keliya ayaa arka, weligeen ma iibinno, waxaadna arki kartaa ama tirtiri kartaa wakhti kasta.
    Ma oggoshahay?
button-consent-yes = Waan oggolahay
button-consent-no = Maya, mahadsanid
onboarding-consent-declined = Hagaag. Waxba kaama hayo. Haddii aad fikirkaaga beddesho, dir /start.

onboarding-ask-name = Magacaaga koowaad waa maxay?
error-name-too-long = Waa magac dheer. Fadlan qor ugu badnaan { $max } xaraf.
error-name-letters = Fadlan magacaaga koowaad ku qor xarfo.

onboarding-ask-gender = Sidee u sharaxdaa jinsigaaga? Waxaad dooran kartaa badhan, ku qori kartaa erayadaada, ama ka boodi kartaa. Waxaan u isticmaalnaa tirakoob qarsoodi ah oo keliya.
error-gender-too-long = Fadlan qor ugu badnaan { $max } xaraf.

onboarding-ask-occupation = { $role ->
    [door_opener] Xirfaddaadu waa maxay?
   *[other] Xirfaddaadu waa maxay, tan aad rabto inaad halkan ka shaqeyso?
} Ku qor erayadaada, tusaale ahaan "kalkaaliye caafimaad" ama "horumariye software".
onboarding-ask-occupation-again = Fadlan mar kale qor xirfaddaada, erayo kale ama si fudud. Tusaale ahaan: "kalkaaliye caafimaad", "koronto-yaqaan", "macallin".
onboarding-choose-occupation = Kuwan midkee ugu habboon "{ $text }"?
button-occupation-none = Midna - mar kale qor

onboarding-ask-experience = Immisa sano oo khibrad ah ayaad ku leedahay xirfaddan? Qor tiro, tusaale ahaan 5.
error-experience-number = Fadlan tirada sanadaha u qor hal tiro, tusaale ahaan 5.
error-experience-range = Fadlan qor tiro u dhaxaysa 0 iyo { $max }.

onboarding-ask-languages = Luqadahee ayaad ku kulmi kartaa? Riix dhammaan kuwa ku habboon, kadib "Dhammaatay". Sidoo kale waad qori kartaa, tusaale ahaan "Iswiidhish, Carabi".
error-languages-none = Fadlan dooro ugu yaraan hal luqad.
error-languages-unknown = Ma aqoonsan: { $words }. Fadlan isticmaal badhamada ama qor magacyada luqadaha.

onboarding-ask-place = Degmadee ayaad ku kulmi kartaa? Qor magaceeda, ama riix "Online waa ii fiican yahay".
button-place-online = Online waa ii fiican yahay
error-place = Fadlan qor magaca degmo, tusaale ahaan Uppsala ama Tampere.
onboarding-ask-online = Ma ku kulmi kartaa sidoo kale online?
onboarding-ask-country = Dalkee ayaad ku nooshahay?

onboarding-ask-capacity = Immisa qof oo dalka ku cusub ayaad la kulmi kartaa bishii? Kulan kastaa waa hal saac.
error-capacity = Fadlan dooro tiro u dhaxaysa 1 iyo { $max }.

onboarding-ask-intro = Albaab-furahaaga mustaqbalka wax yar oo naftaada ku saabsan ugu sheeg dhowr jumladood: taariikhdaada iyo waxa aad rajaynayso. Sidoo kale waad ka boodi kartaa.
error-intro-too-long = Fadlan ka dhig mid gaaban: ugu badnaan { $max } xaraf.

onboarding-summary = Waa tan xogta shakhsigaaga. Wax walba ma sax yihiin? Riix badhan si aad wax u beddesho.
onboarding-done = { $role ->
    [door_opener] Waad ku mahadsan tahay inaad isu diiwaangelisay albaab-fure! Waxaan kuu soo diri doonaa soo-jeedin marka qof dalka ku cusub oo qaybtaada shaqo ah uu raadiyo xiriir.
    [coordinator] Waxaad u diiwaangashan tahay isku-duwe.
   *[other] Waad ku mahadsan tahay diiwaangelintaada! Waxaan raadin doonaa albaab-fure xirfaddaada ah, waanan kuu soo qori doonaa marka aan helo.
}
onboarding-reminder = Waxaad bilowday diiwaangelinta Doorway laakiin ma dhammeyn. Waxay qaadanaysaa dhowr daqiiqo oo keliya.
onboarding-on-hold = Diiwaangelintaadu waa hakad. Dir /start markaad rabto inaad sii wado.
on-hold-hint = Diiwaangelintaadu waa hakad. Dir /start si aad uga sii wado meeshii aad joogtay.
