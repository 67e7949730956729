# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Network meetings: coordinators create them with /event; invitations, answers, reminders, pairs.

event-syntax =
    برای ساختن یک دیدار شبکه‌سازی، عنوان را در گیومه بنویسید، سپس تاریخ و ساعت، مکان، حوزه‌های کاری و تعداد جاها را، جدا شده با |:
    /event "Health and care" 18 Dec 17:00 | City Library, Gothenburg | 22,32,53 | 30
    حوزه‌های کاری کدهای ISCO-08 از ۱ تا ۴ رقم هستند، جدا شده با ویرگول؛ برای دعوت از همه "all" بنویسید (یا خالی بگذارید).
    برای دیدن دیدارهای شبکه‌سازی پیش رو /event را به‌تنهایی بفرستید، و برای لغو شمارهٔ ۳ /event cancel 3 را.
event-error-parts = انتظار ۴ یا ۵ بخش جدا شده با | را داشتم، اما { $count } بخش پیدا کردم.
event-error-title = عنوان نیست یا بیشتر از { $max } حرف است.
event-error-no-when = تاریخ و ساعت را پیدا نکردم. عنوان را در گیومه بگذارید، سپس تاریخ و ساعت را.
event-error-when = ساعت «{ $text }» را نفهمیدم.
event-error-past = آن زمان گذشته است.
event-error-place = مکان نیست یا بیشتر از { $max } حرف است.
event-error-sectors = «{ $text }» کد ISCO-08 نیست (۱ تا ۴ رقم).
event-error-capacity = تعداد جاها باید یک عدد درست از ۱ تا { $max } باشد.
event-created = دیدار شبکه‌سازی #{ $number } ساخته شد: { $title }، { $when }، { $place }. { $count ->
    [0] هنوز کسی در آن حوزه‌های کاری ثبت‌نام نکرده است، پس دعوتی فرستاده نشد.
    [one] یک نفر را دعوت کردم.
   *[other] { $count } نفر را دعوت کردم.
}
event-invitation = شما به یک دیدار شبکه‌سازی دعوت شده‌اید، جایی که تازه‌واردان و گشایندگان در حوزهٔ کاری شما با هم دیدار می‌کنند: { $title }، { $when }. مکان: { $place }. می‌آیید؟
button-event-yes = بله، می‌آیم
button-event-no = نه، نمی‌توانم بیایم
event-stale = دکمهٔ این دیدار شبکه‌سازی دیگر معتبر نیست، پس چیزی تغییر نکرد.
event-yes-confirmed = خوش آمدید! برای { $title }، { $when } ثبت‌نام شدید. مکان: { $place }. دعوت‌نامهٔ تقویم پیوست است. اگر در نهایت نتوانستید بیایید، لطفاً با دکمه به من خبر دهید.
event-already-yes = شما از قبل برای { $title }، { $when } ثبت‌نام شده‌اید.
event-full = متأسفم، { $title } پر است. از علاقهٔ شما سپاسگزارم؛ از دیدار شبکه‌سازی بعدی باخبر خواهید شد.
event-no-thanks = از اینکه خبر دادید سپاسگزارم. شما برای { $title } ثبت‌نام نشده‌اید.
event-reminder = یادآوری: دیدار شبکه‌سازی { $title } فردا است، { $when }. مکان: { $place }.
event-pair = به { $title } خوش آمدید! در دیدار شبکه‌سازی، لطفاً دنبال { $name }، { $occupation } بگردید. حتماً سلام کنید.
event-mingle = به { $title } خوش آمدید! امروز کس خاصی را برای شما در نظر ندارم: لطفاً با افراد حوزهٔ کاری خود آشنا شوید.
event-list = دیدارهای شبکه‌سازی پیش رو ({ $count }):
event-list-line = #{ $number } { $title }، { $when }، { $place }: { $yes } از { $capacity } جا گرفته شده، { $no } نفر نه گفته‌اند، { $invited } نفر دعوت شده‌اند.
event-list-empty = هیچ دیدار شبکه‌سازی پیش رو نیست.
event-cancel-done = { $title } لغو شد. { $count ->
    [0] لازم نبود به کسی خبر داده شود.
    [one] به تنها کسی که نه نگفته بود خبر دادم.
   *[other] به { $count } نفری که نه نگفته بودند خبر دادم.
}
event-cancelled = متأسفم: دیدار شبکه‌سازی { $title } در { $when } لغو شد.
event-no-such = دیدار شبکه‌سازی پیش رو { $who } وجود ندارد. برای دیدن آن‌ها /event را بفرستید.
