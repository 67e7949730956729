# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Coordinators' admin commands: lists, search, manual matches, aliases, broadcasts, export.

admin-help =
    فرمان‌های هماهنگ‌کننده:
    /pending - تازه‌واردانی که منتظر جفت‌شدن هستند، بر اساس حوزهٔ کاری
    /openers - گشایندگان در، ظرفیت آن‌ها و مقدار استفاده‌شده در این ماه
    /find <text> - جستجوی افراد با نام، حرفه، شهرداری یا نشانی
    /match <newcomer> <door-opener> - جفت کردن دستی (برای مثال /match #12 #7)
    /unmatch <newcomer> <door-opener> یا /unmatch #<proposal> - لغو یک جفت
    /pause <person> و /resume <person> - توقف موقت یک نفر یا ادامهٔ شرکت او
    /alias <text> = <ESCO URI> - وصل کردن یک حرفهٔ نوشته‌شده به یک حرفهٔ ESCO
    /broadcast role=newcomer sector=22 locale=sv | <text> - پیامی به یک گروه
    /event - دیدارهای شبکه‌سازی
    /stats - ارقام اثرگذاری
    /export - فایل‌های CSV افراد، جفت‌ها، دیدارها و پاسخ‌های نظرسنجی
admin-and-more = …و { $count } نفر دیگر.
admin-no-sector = هنوز حوزهٔ کاری ندارد

admin-pending = { $count ->
    [one] یک تازه‌وارد منتظر جفت‌شدن است:
   *[other] { $count } تازه‌وارد منتظر جفت‌شدن هستند:
}
admin-pending-none = اکنون هیچ تازه‌واردی منتظر جفت‌شدن نیست.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }، { $occupation }: { $days ->
    [one] ۱ روز
   *[other] { $days } روز
}

admin-openers = { $count ->
    [one] یک گشایندهٔ در
   *[other] { $count } گشایندهٔ در
}، { $free } جای خالی در این ماه:
admin-openers-none = هنوز هیچ گشایندهٔ دری ثبت نشده است.
admin-opener-line = #{ $number } { $name }، { $occupation }: { $used } از { $capacity } در این ماه، { $status ->
    [paused] متوقف
   *[other] فعال
}

admin-find-syntax = بنویسید دنبال چه می‌گردید، برای مثال: /find Anna یا /find Uppsala
admin-find-none = کسی با «{ $text }» پیدا نکردم.
admin-find = { $count ->
    [one] یک نفر
   *[other] { $count } نفر
} با «{ $text }»:
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] تازه‌وارد
    [door_opener] گشایندهٔ در
    [coordinator] هماهنگ‌کننده
   *[other] (هنوز بدون نقش)
} { $status ->
    [onboarding] در حال ثبت‌نام
    [paused] متوقف
   *[other] فعال
} { $occupation }

admin-match-syntax = اول تازه‌وارد و بعد گشایندهٔ در را بنویسید، برای مثال: /match #12 #7
admin-match-roles = { $name } باید تازه‌وارد باشد و { $other } گشایندهٔ در، به همین ترتیب.
admin-match-exists = { $name } و { $other } از قبل یک پیشنهاد یا دیدار در جریان دارند.
admin-match-done = پیشنهاد #{ $number } ساخته شد: { $name } با { $other }. اول از { $other } پرسیده‌ام.

admin-unmatch-syntax = تازه‌وارد و گشایندهٔ در، یا شمارهٔ پیشنهاد را بنویسید، برای مثال: /unmatch #12 #7 یا /unmatch #5
admin-unmatch-nothing = هیچ پیشنهاد یا دیداری برای «{ $who }» در جریان نیست.
admin-unmatch-done = { $kind ->
    [meeting] دیدار پیشنهاد #{ $number } لغو شد.
   *[other] پیشنهاد #{ $number } بسته شد.
} به هر دو نفر خبر داده‌ام.
admin-unmatch-to-door-opener = هماهنگ‌کنندگان برنامه { $kind ->
    [meeting] دیدار شما
   *[other] پیشنهاد
} با { $name } را لغو کرده‌اند. لازم نیست کاری بکنید.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] هماهنگ‌کنندگان برنامه دیدار شما با { $name } را لغو کرده‌اند.
    [proposal] هماهنگ‌کنندگان برنامه پیشنهاد با { $name } را لغو کرده‌اند.
   *[other] هماهنگ‌کنندگان برنامه جفت شما را تغییر داده‌اند.
} جای شما در صف انتظار حفظ می‌شود و برای شما جفت تازه‌ای جستجو می‌کنم.

admin-alias-syntax = متن را بنویسید، سپس = و نشانی URI حرفهٔ ESCO، برای مثال: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = «{ $text }» حرفهٔ ESCO‌ای نیست که من بشناسم.
admin-alias-empty-text = از متن چیزی برای وصل کردن باقی نمانده است.
admin-alias-too-long = متن بیشتر از { $max } حرف است.
admin-alias-added = از این پس، «{ $text }» یعنی { $occupation }.
admin-alias-replaced = «{ $text }» اکنون یعنی { $occupation } (پیش از این معنای دیگری داشت).

admin-broadcast-syntax =
    بنویسید پیام به چه کسانی برسد، سپس | و متن، برای مثال:
    /broadcast role=newcomer sector=22 locale=sv | به دیدار شبکه‌سازی خوش آمدید!
    role یکی از newcomer، door_opener یا all است؛ sector کد ISCO-08 از ۱ تا ۴ رقم است (چند کد با ویرگول)؛ locale یکی از sv، fi یا en است. هر بخش اختیاری است.
admin-broadcast-bad-filter = «{ $text }» را نفهمیدم.
admin-broadcast-too-long = پیام بیشتر از { $max } حرف است.
admin-broadcast-limit = در ۲۴ ساعت گذشته { $limit } پیام به گروه‌ها فرستاده‌اید. لطفاً پیش از فرستادن پیام دیگر صبر کنید.
admin-broadcast-nobody = هیچ فرد فعالی با { $audience } مطابقت ندارد، پس چیزی برای فرستادن نیست.
admin-broadcast-preview =
    این پیام به { $count ->
        [one] یک نفر
       *[other] { $count } نفر
    } ({ $audience }) می‌رسد:
    { $text }
    بفرستم؟
button-broadcast-send = بفرست
button-broadcast-cancel = لغو
admin-broadcast-stale = دکمهٔ این پیام دیگر معتبر نیست، پس چیزی تغییر نکرد.
admin-broadcast-cancelled = پیام لغو شد. به هیچ‌کس نرسید.
admin-broadcast-confirmed = پیام در راه است به { $count ->
    [one] یک نفر
   *[other] { $count } نفر
}. وقتی فرستاده شد به شما خبر می‌دهم.
admin-broadcast-message =
    پیام از هماهنگ‌کنندگان برنامه:
    { $text }
admin-broadcast-finished = پیام شما به { $count ->
    [one] یک نفر
   *[other] { $count } نفر
} فرستاده شد.

admin-export-done = این هم خروجی: { $people } نفر، { $proposals } جفت، { $meetings } دیدار و { $answers } پاسخ نظرسنجی. اطلاعات تماس در آن نیست.
