# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Warbixinta saamaynta ee isku-duweyaasha: `doorway report` (Markdown iyo jaantusyo) iyo /stats.
# Boqolleyda waxay yimaadaan iyagoo habaysan ($pct, tusaale "16.0"), iyadoo $n ka mid ah $total ay ka dambeeyaan.

report-title = Warbixinta saamaynta
report-period-all = Muddada: barnaamijka oo dhan
report-period = Muddada: { $start } – { $end }
report-period-from = Muddada: laga bilaabo { $start }
report-period-until = Muddada: ilaa { $end }
report-organisation-all = Ururada: dhammaan
report-organisation = Ururka: { $organisation } (code { $code })
report-generated = La sameeyay { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } ka mid ah { $total })
report-no-data = Weli xog ma jirto.

report-section-participants = Ka-qaybgalayaasha
report-newcomers = Dadka dalka ku cusub (ka-qaybgalayaal)
report-door-openers = Albaab-furayaasha
report-by-gender = Jinsi ahaan
report-by-locale = Luqadda wada-hadalka ahaan
report-by-sector = Qaybta shaqada ahaan
report-gender-unspecified = Lama bixin
report-sector-unknown = Lama yaqaan

report-section-matches = Soo-jeedinta
report-proposed = Soo-jeedinta la sameeyay
report-accepted = La aqbalay (kulan ayaa ka dambeeyay)
report-declined = La diiday
report-declined-reasons = Sababaha diidmada
report-reason-no_time = Waqti ma jiro
report-reason-not_my_field = Ma aha qaybta shaqo ee albaab-furaha
report-reason-got_job = Horey shaqo u helay
report-reason-not_interested = Hadda xiiso uma qabo
report-reason-other = Sabab kale
report-reason-none = Sabab lama bixin

report-section-meetings = Kulamada
report-scheduled = Waqti la siiyay
report-held = Dhacay
report-no-show = Qof ayaan iman
report-cancelled = La joojiyay

report-section-outcomes = Natiijooyinka (sahannada 3 iyo 6 bilood kadib kulanka koowaad)
report-respondents = Dadka dalka ku cusub ee jawaabay
report-outcome-job = Shaqo helay
report-outcome-internship = Tababar shaqo (internship) helay
report-outcome-interview = Waraysi shaqo galay
report-outcome-met_employers = La kulmay loo-shaqeeyayaal
report-outcome-kept_contact = Weli la xiriira albaab-furaha
report-outcome-met_again = Mar kale la kulmay albaab-furaha
report-outcome-chances_improved = Dareema in fursadahoodu fiicnaadeen
report-new-contacts = Xiriirro xirfadeed oo cusub

report-section-door-openers = Albaab-furayaasha qof la kulmay
report-repeat = Qabtay in ka badan hal kulan
report-meetings-per-door-opener = Kulamada dhacay albaab-fure kasta: { $value }

report-section-relay = Usha gudbinta
report-invites-sent = Casuumaadaha gudbinta ee la diray
report-joined = Ku soo biiray casuumaad gudbin
report-meetings-from-referrals = Kulamo dhacay oo lala yeeshay qof ku yimid gudbinta
report-chains = Silsiladaha gudbinta (barnaamijka oo dhan)
report-chain = { $name } (#{ $number }): { $people ->
        [one] hal qof ayuu keenay
       *[other] { $people } qof ayuu keenay
    }, { $meetings ->
        [one] hal kulan oo dhacay
       *[other] { $meetings } kulan oo dhacay
    }
report-chains-none = Weli silsilado gudbin ma jiraan.

report-section-funnel = Laga bilaabo diiwaangelinta ilaa shaqo
report-funnel-note = Dadka dalka ku cusub ee la diiwaangeliyay muddada, la dabagalay ilaa maanta.
report-funnel-registered = La diiwaangeliyay
report-funnel-matched = La isku aadiyay
report-funnel-met = La kulmay albaab-fure
report-funnel-job = Shaqo helay

report-section-waiting = Sugitaanka soo-jeedinta koowaad
report-waiting-line = { $label }: dhexdhexaad { $days } maalmood ({ $count } ayaa helay soo-jeedin), { $waiting } weli sugaya
report-waiting-line-none = { $label }: weli soo-jeedin ma jirto, { $waiting } sugaya

report-chart-people = Dadka
report-chart-outcomes = Natiijooyinka 3 iyo 6 bilood kadib
report-chart-outcomes-axis = Ku jawaabay haa (%)
report-chart-waiting = Sugitaanka dhexdhexaadka ah ee soo-jeedinta koowaad
report-chart-waiting-axis = Maalmo
report-chart-waiting-proposed = Helay soo-jeedin
report-chart-waiting-still = Weli sugaya (ilaa hadda)

report-summary-all = Warbixinta saamaynta, barnaamijka oo dhan:
report-summary-organisation = Warbixinta saamaynta ee { $organisation }:
report-summary-people = Dadka dalka ku cusub ee la diiwaangeliyay: { $newcomers }. Albaab-furayaasha: { $door_openers }.
report-summary-meetings = Soo-jeedinta la sameeyay: { $proposed }. Kulamada dhacay: { $held }.
report-summary-outcomes = Dadka dalka ku cusub ee ka jawaabay sahannada dabagalka: { $count }. Shaqo helay: { $pct } % ({ $n } ka mid ah { $total }).
report-summary-relay = Ku soo biiray usha gudbinta: { $people }. Kulamo dhacay oo lala yeeshay qof ku yimid gudbinta: { $meetings }.
report-summary-charts = Jaantusyadu waxay muujinayaan jidka laga bilaabo diiwaangelinta ilaa shaqo, jawaabaha sahanka iyo waqtiga sugitaanka qaybta shaqada ahaan. Warbixinta oo dhammaystiran: doorway report.
report-no-such-organisation = Urur leh code-ka { $code } ma jiro. Dir /org si aad u aragto codes-ka.
