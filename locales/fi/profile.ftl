# Finnish texts written by the Doorway project, awaiting review by a native speaker.
# Profiili: yhteenvedon rivit, katselu ja muokkaus.

profile-line-name = Nimi: { $value }
profile-line-role = Rooli: { $role ->
    [newcomer] maahan muuttanut (osallistuja)
    [door_opener] ovenavaaja
   *[coordinator] koordinaattori
}
profile-line-gender = Sukupuoli: { $value }
profile-line-occupation = Ammatti: { $value }
profile-line-experience = Kokemus: { $years ->
    [one] { $years } vuosi
   *[other] { $years } vuotta
}
profile-line-languages = Tapaamiskielet: { $value }
profile-line-place = Paikkakunta: { $value }
profile-line-online = Etätapaamiset: { $ok ->
    [yes] kyllä
   *[no] ei
}
profile-line-capacity = Tapaamisia kuukaudessa: { $count }
profile-line-intro = Esittely: { $value }
profile-not-given = ei ilmoitettu
place-online-only = vain etänä ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = Muuta nimeä
button-edit-gender = Muuta sukupuolta
button-edit-occupation = Muuta ammattia
button-edit-experience = Muuta kokemusta
button-edit-languages = Muuta tapaamiskieliä
button-edit-place = Muuta paikkakuntaa
button-edit-capacity = Muuta tapaamisten määrää
button-edit-intro = Muuta esittelyä
button-edit-language = Vaihda käyttökieli

profile-view = Profiilisi:
profile-closed = Profiili suljettu.
profile-saved = Tallennettu.
