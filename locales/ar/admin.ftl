# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Coordinators' admin commands: lists, search, manual matches, aliases, broadcasts, export.

admin-help =
    أوامر المنسقين:
    /pending - القادمون الجدد الذين ينتظرون مطابقة، حسب المجال
    /openers - فاتحو الباب وقدرتهم وكم استُخدم منها هذا الشهر
    /find <text> - البحث عن أشخاص بالاسم أو المهنة أو البلدية أو العنوان
    /match <newcomer> <door-opener> - إجراء مطابقة يدويًا (مثلًا /match #12 #7)
    /unmatch <newcomer> <door-opener> أو /unmatch #<proposal> - إلغاء مطابقة
    /pause <person> و /resume <person> - إيقاف مشاركة شخص مؤقتًا أو استئنافها
    /alias <text> = <ESCO URI> - ربط مهنة مكتوبة بمهنة في ESCO
    /broadcast role=newcomer sector=22 locale=sv | <text> - رسالة إلى مجموعة
    /event - لقاءات التواصل
    /stats - أرقام الأثر
    /export - ملفات CSV للأشخاص والمطابقات واللقاءات وإجابات الاستبيانات
admin-and-more = …و{ $count } آخرون.
admin-no-sector = لا يوجد مجال بعد

admin-pending = { $count ->
    [zero] لا يوجد قادم جديد ينتظر مطابقة:
    [one] قادم جديد واحد ينتظر مطابقة:
    [two] قادمان جديدان ينتظران مطابقة:
    [few] { $count } قادمين جدد ينتظرون مطابقة:
    [many] { $count } قادمًا جديدًا ينتظرون مطابقة:
   *[other] { $count } قادم جديد ينتظرون مطابقة:
}
admin-pending-none = لا يوجد الآن قادم جديد ينتظر مطابقة.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }، { $occupation }: { $days ->
    [zero] 0 يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}

admin-openers = { $count ->
    [zero] لا يوجد فاتح باب
    [one] فاتح باب واحد
    [two] اثنان من فاتحي الباب
    [few] { $count } من فاتحي الباب
    [many] { $count } من فاتحي الباب
   *[other] { $count } من فاتحي الباب
}، { $free } أماكن متاحة هذا الشهر:
admin-openers-none = لم يُسجَّل أي فاتح باب بعد.
admin-opener-line = #{ $number } { $name }، { $occupation }: { $used } من { $capacity } هذا الشهر، { $status ->
    [paused] موقوف مؤقتًا
   *[other] نشط
}

admin-find-syntax = اكتب ما تبحث عنه، مثلًا: /find Anna أو /find Uppsala
admin-find-none = لم أجد أحدًا بـ "{ $text }".
admin-find = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
} بـ "{ $text }":
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] قادم جديد
    [door_opener] فاتح باب
    [coordinator] منسق
   *[other] (لا دور بعد)
} { $status ->
    [onboarding] قيد التسجيل
    [paused] موقوف مؤقتًا
   *[other] نشط
} { $occupation }

admin-match-syntax = اكتب القادم الجديد ثم فاتح الباب، مثلًا: /match #12 #7
admin-match-roles = يجب أن يكون { $name } قادمًا جديدًا و{ $other } فاتح باب، بهذا الترتيب.
admin-match-exists = لدى { $name } و{ $other } اقتراح أو لقاء جارٍ بالفعل.
admin-match-done = تم إنشاء الاقتراح #{ $number }: { $name } مع { $other }. سألت { $other } أولًا.

admin-unmatch-syntax = اكتب القادم الجديد وفاتح الباب، أو رقم الاقتراح، مثلًا: /unmatch #12 #7 أو /unmatch #5
admin-unmatch-nothing = لا يوجد اقتراح أو لقاء جارٍ لـ "{ $who }".
admin-unmatch-done = { $kind ->
    [meeting] أُلغي لقاء الاقتراح #{ $number }.
   *[other] أُغلق الاقتراح #{ $number }.
} أبلغت الطرفين.
admin-unmatch-to-door-opener = ألغى منسقو البرنامج { $kind ->
    [meeting] لقاءك
   *[other] الاقتراح
} مع { $name }. لا تحتاج إلى فعل أي شيء.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] ألغى منسقو البرنامج لقاءك مع { $name }.
    [proposal] ألغى منسقو البرنامج الاقتراح مع { $name }.
   *[other] غيّر منسقو البرنامج مطابقتك.
} تحتفظ بمكانك في قائمة الانتظار، وسأبحث لك عن مطابقة جديدة.

admin-alias-syntax = اكتب النص، ثم = ثم رابط URI لمهنة ESCO، مثلًا: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = "{ $text }" ليست مهنة ESCO أعرفها.
admin-alias-empty-text = لم يبقَ شيء من النص لربطه.
admin-alias-too-long = النص أطول من { $max } حرفًا.
admin-alias-added = من الآن، "{ $text }" تعني { $occupation }.
admin-alias-replaced = "{ $text }" تعني الآن { $occupation } (كانت تعني شيئًا آخر من قبل).

admin-broadcast-syntax =
    اكتب من يتلقى الرسالة، ثم | ثم النص، مثلًا:
    /broadcast role=newcomer sector=22 locale=sv | مرحبًا بكم في لقاء التواصل!
    role هو newcomer أو door_opener أو all؛ sector رمز ISCO-08 من 1 إلى 4 أرقام (عدة رموز بفواصل)؛ locale هو sv أو fi أو en. كل جزء اختياري.
admin-broadcast-bad-filter = لم أفهم "{ $text }".
admin-broadcast-too-long = الرسالة أطول من { $max } حرفًا.
admin-broadcast-limit = أرسلت بالفعل { $limit } رسائل إلى مجموعات خلال آخر 24 ساعة. يرجى الانتظار قبل إرسال رسالة أخرى.
admin-broadcast-nobody = لا يوجد شخص نشط يطابق { $audience }، لذلك لا يوجد ما يُرسل.
admin-broadcast-preview =
    ستصل هذه الرسالة إلى { $count ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    } ({ $audience }):
    { $text }
    هل أرسلها؟
button-broadcast-send = أرسل
button-broadcast-cancel = إلغاء
admin-broadcast-stale = زر هذه الرسالة لم يعد صالحًا، لذلك لم يتغير شيء.
admin-broadcast-cancelled = أُلغيت الرسالة. لم يتلقها أحد.
admin-broadcast-confirmed = الرسالة في طريقها إلى { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}. سأخبرك عندما يتم إرسالها.
admin-broadcast-message =
    رسالة من منسقي البرنامج:
    { $text }
admin-broadcast-finished = أُرسلت رسالتك إلى { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصين
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}.

admin-export-done = إليك التصدير: { $people } شخص، { $proposals } مطابقة، { $meetings } لقاء و{ $answers } إجابة على الاستبيانات. بيانات الاتصال غير مشمولة.
