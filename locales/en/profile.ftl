# The profile: summary lines, viewing and editing.

profile-line-name = Name: { $value }
profile-line-role = Role: { $role ->
    [newcomer] newcomer (participant)
    [door_opener] door-opener
   *[coordinator] coordinator
}
profile-line-gender = Gender: { $value }
profile-line-occupation = Occupation: { $value }
profile-line-experience = Experience: { $years ->
    [one] { $years } year
   *[other] { $years } years
}
profile-line-languages = Meeting languages: { $value }
profile-line-place = Place: { $value }
profile-line-online = Online meetings: { $ok ->
    [yes] yes
   *[no] no
}
profile-line-capacity = Meetings per month: { $count }
profile-line-intro = About me: { $value }
profile-not-given = not given
place-online-only = online only ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = Change name
button-edit-gender = Change gender
button-edit-occupation = Change occupation
button-edit-experience = Change experience
button-edit-languages = Change languages
button-edit-place = Change place
button-edit-capacity = Change meetings per month
button-edit-intro = Change introduction
button-edit-language = Change app language

profile-view = Your profile:
profile-closed = Profile closed.
profile-saved = Saved.
