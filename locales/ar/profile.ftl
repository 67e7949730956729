# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# The profile: summary lines, viewing and editing.

profile-line-name = الاسم: { $value }
profile-line-role = الدور: { $role ->
    [newcomer] قادم جديد (مشارك)
    [door_opener] فاتح باب
   *[coordinator] منسق
}
profile-line-gender = الجنس: { $value }
profile-line-occupation = المهنة: { $value }
profile-line-experience = الخبرة: { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
profile-line-languages = لغات اللقاء: { $value }
profile-line-place = المكان: { $value }
profile-line-online = اللقاءات عبر الإنترنت: { $ok ->
    [yes] نعم
   *[no] لا
}
profile-line-capacity = اللقاءات في الشهر: { $count }
profile-line-intro = عني: { $value }
profile-not-given = غير مذكور
place-online-only = عبر الإنترنت فقط ({ $country })
place-in-country = { $municipality }، { $country }

button-edit-name = تغيير الاسم
button-edit-gender = تغيير الجنس
button-edit-occupation = تغيير المهنة
button-edit-experience = تغيير الخبرة
button-edit-languages = تغيير اللغات
button-edit-place = تغيير المكان
button-edit-capacity = تغيير اللقاءات في الشهر
button-edit-intro = تغيير التعريف
button-edit-language = تغيير لغة التطبيق

profile-view = ملفك الشخصي:
profile-closed = أُغلق الملف الشخصي.
profile-saved = تم الحفظ.
