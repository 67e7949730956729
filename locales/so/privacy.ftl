# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = Weli ma aadan bixin oggolaanshahaaga. La'aanteed, Doorway ma hayo astaan kugu saabsan.
privacy-consent-given = Waxaad bixisay oggolaanshahaaga { $date } (nooca qoraalka sirta { $value }). Si aad u celiso, dir /delete: markaas dhammaan xogtaada waa la tirtirayaa.
privacy-mydata-sent = Halkan waa dhammaan xogta Doorway kaa hayo, fayl JSON ah.
privacy-delete-confirm = Ma rabtaa inaad tirtirto dhammaan xogtaada? Astaantaada, fariimahaaga iyo jawaabahaaga waa la tirtirayaa. Kulamada furan waa la joojinayaa. Tan dib looma celin karo.
button-privacy-delete = Haa, tirtir dhammaan
button-privacy-keep = Maya, hay
privacy-delete-kept = Fiican. Waxba lama tirtirin.
privacy-delete-stale = Badhankan hadda ma shaqeeyo. Waxba lama tirtirin. Dir /delete si aad dib u bilowdo.
privacy-deleted = Dhammaan xogtaada waa la tirtiray. Waad ku mahadsan tahay ka qaybgalkaaga. Dir /start haddii aad rabto inaad mar kale ku biirto.
privacy-meeting-cancelled = Kulankaagii waa la joojiyay: ka qaybgalaha kale wuu ka baxay Doorway.
privacy-retention-ask = Muddo dheer ma isticmaalin Doorway. Ma rabtaa inaad sii joogto? Haddii aynaan kaa maqal { $n } maalmood gudahood, waan tirtiraynaa xogtaada.
button-privacy-stay = Haa, waan joogayaa
button-privacy-leave = Maya, tirtir xogta
privacy-retention-stayed = Waan ku faraxsanahay inaad joogto. Astaantaadu way sii jiraysaa.
