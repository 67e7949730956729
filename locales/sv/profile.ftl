# Swedish texts written by the Doorway project, awaiting review by a native speaker.
# Profilen: raderna i sammanfattningen, visa och ändra.

profile-line-name = Namn: { $value }
profile-line-role = Roll: { $role ->
    [newcomer] ny i landet (deltagare)
    [door_opener] dörröppnare
   *[coordinator] samordnare
}
profile-line-gender = Kön: { $value }
profile-line-occupation = Yrke: { $value }
profile-line-experience = Erfarenhet: { $years ->
    [one] { $years } år
   *[other] { $years } år
}
profile-line-languages = Mötesspråk: { $value }
profile-line-place = Ort: { $value }
profile-line-online = Möten online: { $ok ->
    [yes] ja
   *[no] nej
}
profile-line-capacity = Möten per månad: { $count }
profile-line-intro = Om mig: { $value }
profile-not-given = inte angivet
place-online-only = bara online ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = Ändra namn
button-edit-gender = Ändra kön
button-edit-occupation = Ändra yrke
button-edit-experience = Ändra erfarenhet
button-edit-languages = Ändra mötesspråk
button-edit-place = Ändra ort
button-edit-capacity = Ändra möten per månad
button-edit-intro = Ändra presentation
button-edit-language = Byt språk i appen

profile-view = Din profil:
profile-closed = Profilen är stängd.
profile-saved = Sparat.
