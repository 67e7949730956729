# Somali texts written by the Doorway project, awaiting review by a native speaker.
# Xogta shakhsiga (profile): khadadka kooban, daawashada iyo beddelidda.

profile-line-name = Magaca: { $value }
profile-line-role = Doorka: { $role ->
    [newcomer] qof dalka ku cusub (ka-qaybgale)
    [door_opener] albaab-fure
   *[coordinator] isku-duwe
}
profile-line-gender = Jinsiga: { $value }
profile-line-occupation = Xirfadda: { $value }
profile-line-experience = Khibradda: { $years ->
    [one] { $years } sano
   *[other] { $years } sano
}
profile-line-languages = Luqadaha kulanka: { $value }
profile-line-place = Goobta: { $value }
profile-line-online = Kulamo online ah: { $ok ->
    [yes] haa
   *[no] maya
}
profile-line-capacity = Kulamada bishii: { $count }
profile-line-intro = Aniga: { $value }
profile-not-given = lama bixin
place-online-only = online oo keliya ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = Beddel magaca
button-edit-gender = Beddel jinsiga
button-edit-occupation = Beddel xirfadda
button-edit-experience = Beddel khibradda
button-edit-languages = Beddel luqadaha
button-edit-place = Beddel goobta
button-edit-capacity = Beddel kulamada bishii
button-edit-intro = Beddel hordhaca
button-edit-language = Beddel luqadda app-ka

profile-view = Xogta shakhsigaaga:
profile-closed = Xogta shakhsiga waa la xiray.
profile-saved = Waa la kaydiyay.
