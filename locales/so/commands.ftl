# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Amarrada iyo jawaabaha ka baxsan socodka.

welcome-back-registered = Ku soo dhawoow mar kale, { $name }! Dir /profile si aad u aragto xogta shakhsigaaga ama /help si aad u aragto dhammaan amarrada.
idle-hint = { $status ->
    [paused] Ka-qaybgalkaagu waa hakad. Dir /resume markaad rabto inaad mar kale ka qaybgasho.
   *[other] Waad diiwaangashan tahay. Dir /profile si aad u aragto ama u beddesho xogta shakhsigaaga, ama /help si aad u aragto dhammaan amarrada.
}
help =
    Doorway waxay isku xirtaa dadka dalka ku cusub iyo xirfadlayaal isku xirfad ah, kulan hal saac ah.
    Amarrada:
    /start - bilow ama sii wad
    /profile - arag oo beddel xogta shakhsigaaga
    /language - beddel luqadda
    /pause - haki ka-qaybgalkaaga (ama: /pause 2 weeks)
    /resume - mar kale ka qaybgal
    /meeting - arag, dib u dhig ama jooji kulankaaga
    /status - kaalintaada safka
    /cancel - ka bax tallaabada hadda
    /surveys - mar kale hel sahannada kadib markaad joojisay
    /mydata - hel dhammaan xogtaada fayl ahaan
    /delete - tirtir dhammaan xogtaada (waxay celisaa oggolaanshaha)
    /consent - eeg waxa aad oggolaatay
    /help - caawimaaddan
cancelled = Waa la joojiyay.
cancel-nothing = Hadda ma jiro wax la joojiyo.
pause-done = Ka-qaybgalkaagu waa hakad. Ma heli doontid soo-jeedin. Dir /resume si aad mar kale uga qaybgasho.
pause-already = Ka-qaybgalkaagu horey ayuu hakad u ahaa. Dir /resume si aad mar kale uga qaybgasho.
resume-done = Ku soo dhawoow mar kale! Mar kale ayaad ka qaybgalaysaa.
resume-not-paused = Hakad kuma jirtid, markaa ma jiro wax dib loo bilaabo.
coordinator-no-such-person = Ma helin qof diiwaangashan "{ $who }". Isticmaal channel:id (tusaale ahaan telegram:12345) ama lambarka qofka.
coordinator-status-set = { $name } hadda waa { $status ->
    [paused] hakad
   *[active] firfircoon
}.
