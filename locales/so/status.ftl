# Somali texts written by the Doorway project, awaiting review by a native speaker.
# /status iyo hakinta ilaa taariikh.

status-paused = Hakad ayaad ku jirtaa, markaa soo-jeedin ma helaysid. Dir /resume si aad mar kale uga qaybgasho.
status-meeting = Waxaad leedahay kulan socda. Dir /meeting si aad u aragto.
status-proposal = Soo-jeedin ayaa sugaysa jawaab. Waan kuu sheegi doonaa isla marka wax dhacaan.
status-door-opener = Waad firfircoon tahay. Waxaan kuu soo diri doonaa soo-jeedin marka qof dalka ku cusub oo qaybtaada shaqo ah uu raadiyo xiriir.
status-queue = Waxaad tahay lambarka { $place } ee { $waiting } qof oo sugaya qaybtaada shaqo ({ $sector }).
status-expected-wait = Albaab-furayaasha hadda la heli karo, sugitaanka la filayo waa qiyaastii { $months ->
        [one] hal bil
       *[other] { $months } bilood
    }.
status-no-door-openers = Weli albaab-fure kuma jiro qaybtaada shaqo. Isku-duweyaashu waxay raadinayaan kuwo badan.
status-tips = Waxa fursadahaaga ballaariya:
status-tip-online = - aqbal kulamo online ah (dir /profile oo beddel goobtaada)
status-tip-language = - ku dar luqad kale oo aad ku kulmi karto
status-tip-neighbour = - albaab-fure xirfad u dhow ah ayaa sidoo kale ku caawin kara: isku-duweyaashu mid ayay soo jeedin karaan
pause-until-done = Ka-qaybgalkaagu waa hakad ilaa { $date }. Markaas ayaan kuu soo qori doonaa. Dir /resume si aad hore ugu soo noqoto.
pause-ended = Hakadkaagu wuu dhammaaday, mar kale ayaad ka qaybgalaysaa. Ku soo dhawoow mar kale!
error-pause-until = Ma fahmin inta ay le'eg tahay. Qor tusaale ahaan "/pause 2 weeks", "/pause 10 days" ama "/pause 2027-01-15".
