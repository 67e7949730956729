# Tigrinya texts written by the Doorway project, awaiting review by a native speaker.
# ፕሮፋይል: መጠቓለሊ መስመራት፡ ምርኣይን ምቕያርን።

profile-line-name = ስም: { $value }
profile-line-role = ተራ: { $role ->
    [newcomer] ሓድሽ መጻኢ (ተሳታፊ)
    [door_opener] ከፋቲ ማዕጾ
   *[coordinator] ኣወሃሃዲ
}
profile-line-gender = ጾታ: { $value }
profile-line-occupation = ሞያ: { $value }
profile-line-experience = ተመክሮ: { $years ->
    [one] { $years } ዓመት
   *[other] { $years } ዓመታት
}
profile-line-languages = ቋንቋታት ርክብ: { $value }
profile-line-place = ቦታ: { $value }
profile-line-online = ርክባት ብኢንተርነት: { $ok ->
    [yes] እወ
   *[no] ኣይፋል
}
profile-line-capacity = ርክባት ኣብ ወርሒ: { $count }
profile-line-intro = ብዛዕባይ: { $value }
profile-not-given = ኣይተዋህበን
place-online-only = ብኢንተርነት ጥራይ ({ $country })
place-in-country = { $municipality }, { $country }

button-edit-name = ስም ቀይር
button-edit-gender = ጾታ ቀይር
button-edit-occupation = ሞያ ቀይር
button-edit-experience = ተመክሮ ቀይር
button-edit-languages = ቋንቋታት ቀይር
button-edit-place = ቦታ ቀይር
button-edit-capacity = ርክባት ኣብ ወርሒ ቀይር
button-edit-intro = መእተዊ ቀይር
button-edit-language = ቋንቋ ናይቲ ኣፕ ቀይር

profile-view = ፕሮፋይልካ:
profile-closed = ፕሮፋይል ተዓጽዩ።
profile-saved = ተዓቂቡ።
