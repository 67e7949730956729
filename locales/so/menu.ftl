# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = Bilow ama sii wad
command-menu-help = Waxa Doorway qabato, iyo dhammaan amarrada
command-menu-profile = Arag oo beddel xogta shakhsigaaga
command-menu-language = Beddel luqadda
command-menu-meeting = Arag, dib u dhig ama jooji kulankaaga
command-menu-status = Kaalintaada safka
command-menu-pause = Haki ka-qaybgalkaaga
command-menu-resume = Mar kale ka qaybgal
command-menu-cancel = Ka bax tallaabada hadda
command-menu-surveys = Mar kale hel sahannada kadib markaad joojisay
command-menu-report = Ka warbixi qof laguu isku-aadiyay
command-menu-mydata = Hel dhammaan xogtaada fayl ahaan
command-menu-delete = Tirtir dhammaan xogtaada
command-menu-consent = Eeg waxa aad oggolaatay
# Shown to coordinators only.
command-menu-pending = Dadka dalka ku cusub ee sugaya isku-aadin, qaybta shaqada ahaan
command-menu-openers = Albaab-furayaasha iyo awooddooda bishan
command-menu-find = Ka raadi dadka
command-menu-match = Gacanta ku samee isku-aadin
command-menu-unmatch = Ka noqo isku-aadin
command-menu-alias = Ku xir xirfad la qoray xirfad ESCO ah
command-menu-broadcast = Fariin koox loo diro
command-menu-event = Kulamada isbarashada
command-menu-stats = Tirooyinka saamaynta
command-menu-export = Faylal CSV ah oo xogta barnaamijka
command-menu-org = Ururada iyo link-yadooda
command-menu-block = Ka jooji qof isku-aadinta
command-menu-unblock = Qaad joojinta
