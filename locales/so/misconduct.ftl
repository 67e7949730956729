# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = Waxaad ka warbixin kartaa qof laguu xiriiriyay. Weli lama xiriirin. Haddii wax khaldan yihiin, u qor iskuduwaha barnaamijka.
report-whom = Yaad ka warbixinaysaa?
report-ask = Maxaa dhacay? Ku qor ereyadaada (ugu badnaan { $max } xaraf). Iskuduwayaasha oo keliya ayaa akhrinaya.
report-thanks = Waad ku mahadsan tahay inaad noo sheegtay. Iskuduwayaasha ayaa helay warbixintaada, hadii loo baahdona way kula soo xiriiri doonaan.
report-stale = Warbixintan hadda furan ma aha.
report-alert =
    ⚠️ Warbixin { $number }: { $reporter } wuxuu ka warbixinayaa { $reported }:
    { $text }
button-report-block = Ka jooji xiriirinta
button-report-dismiss = Diid
report-blocked = Warbixin { $number }: qofka waa laga joojiyay xiriirinta.
report-dismissed = Warbixin { $number } waa la diiday.
block-done = { $name } waa laga joojiyay xiriirinta. /unblock ayaa soo celinaya.
unblock-done = { $name } mar kale waa la xiriirin karaa.
unblock-not-blocked = Qof la joojiyay oo ah { $who } lama helin.
blocked-notice = Iskuduwe ayaa hadda joojiyay xiriirintaada. Fadlan la xiriir iskuduwaha.
