# Persian texts written by the Doorway project, awaiting review by a native speaker.
# The profile: summary lines, viewing and editing.

profile-line-name = نام: { $value }
profile-line-role = نقش: { $role ->
    [newcomer] تازه‌وارد (شرکت‌کننده)
    [door_opener] گشایندهٔ در
   *[coordinator] هماهنگ‌کننده
}
profile-line-gender = جنسیت: { $value }
profile-line-occupation = حرفه: { $value }
profile-line-experience = تجربه: { $years ->
    [one] { $years } سال
   *[other] { $years } سال
}
profile-line-languages = زبان‌های دیدار: { $value }
profile-line-place = مکان: { $value }
profile-line-online = دیدار آنلاین: { $ok ->
    [yes] بله
   *[no] نه
}
profile-line-capacity = دیدار در ماه: { $count }
profile-line-intro = دربارهٔ من: { $value }
profile-not-given = گفته نشده
place-online-only = فقط آنلاین ({ $country })
place-in-country = { $municipality }، { $country }

button-edit-name = تغییر نام
button-edit-gender = تغییر جنسیت
button-edit-occupation = تغییر حرفه
button-edit-experience = تغییر تجربه
button-edit-languages = تغییر زبان‌ها
button-edit-place = تغییر مکان
button-edit-capacity = تغییر تعداد دیدار در ماه
button-edit-intro = تغییر معرفی
button-edit-language = تغییر زبان برنامه

profile-view = نمایهٔ شما:
profile-closed = نمایه بسته شد.
profile-saved = ذخیره شد.
