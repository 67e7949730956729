# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Commands and the answers outside a flow.

welcome-back-registered = خوش برگشتید، { $name }! برای دیدن نمایهٔ خود /profile و برای همهٔ فرمان‌ها /help را بفرستید.
idle-hint = { $status ->
    [paused] شرکت شما به‌طور موقت متوقف است. هر وقت خواستید دوباره شرکت کنید، /resume را بفرستید.
   *[other] شما ثبت‌نام کرده‌اید. برای دیدن یا تغییر نمایهٔ خود /profile و برای همهٔ فرمان‌ها /help را بفرستید.
}
help =
    Doorway تازه‌واردان را با متخصصان همان حرفه برای یک دیدار یک‌ساعته آشنا می‌کند.
    فرمان‌ها:
    /start - شروع یا ادامه
    /profile - دیدن و تغییر نمایهٔ شما
    /language - تغییر زبان
    /pause - توقف موقت شرکت شما (یا: /pause 2 weeks)
    /resume - ادامهٔ شرکت
    /meeting - دیدن، جابه‌جا کردن یا لغو دیدار شما
    /status - جای شما در صف انتظار
    /cancel - بیرون آمدن از مرحلهٔ کنونی
    /surveys - دریافت دوبارهٔ نظرسنجی‌ها پس از قطع آن‌ها
    /mydata - همهٔ داده‌هایتان را در یک فایل بگیرید
    /delete - همهٔ داده‌هایتان را پاک کنید (رضایت پس گرفته می‌شود)
    /consent - ببینید با چه چیزی موافقت کردید
    /help - همین راهنما
cancelled = لغو شد.
cancel-nothing = اکنون چیزی برای لغو نیست.
pause-done = شرکت شما به‌طور موقت متوقف شد. هیچ پیشنهادی دریافت نمی‌کنید. برای ادامهٔ شرکت /resume را بفرستید.
pause-already = شرکت شما از قبل متوقف است. برای ادامهٔ شرکت /resume را بفرستید.
resume-done = خوش برگشتید! دوباره شرکت می‌کنید.
resume-not-paused = شرکت شما متوقف نیست، پس چیزی برای ادامه دادن نیست.
coordinator-no-such-person = هیچ فرد ثبت‌شده‌ای با «{ $who }» پیدا نکردم. از channel:id (برای مثال telegram:12345) یا شمارهٔ آن فرد استفاده کنید.
coordinator-status-set = { $name } اکنون { $status ->
    [paused] متوقف
   *[active] فعال
} است.
