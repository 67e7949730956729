# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = می‌توانید دربارهٔ کسی که با او جفت شده‌اید گزارش دهید. هنوز جفتی ندارید. اگر مشکلی هست، به هماهنگ‌کنندهٔ برنامه بنویسید.
report-whom = دربارهٔ چه کسی می‌خواهید گزارش دهید؟
report-ask = چه اتفاقی افتاد؟ با کلمات خودتان بنویسید (حداکثر { $max } نویسه). فقط هماهنگ‌کنندگان آن را می‌خوانند.
report-thanks = ممنون که گفتید. گزارش شما به هماهنگ‌کنندگان رسید و در صورت نیاز با شما تماس می‌گیرند.
report-stale = این گزارش دیگر باز نیست.
report-alert =
    ⚠️ گزارش { $number }: { $reporter } دربارهٔ { $reported } گزارش می‌دهد:
    { $text }
button-report-block = منع از جفت‌شدن
button-report-dismiss = رد کردن
report-blocked = گزارش { $number }: این فرد از جفت‌شدن منع شد.
report-dismissed = گزارش { $number } رد شد.
block-done = { $name } از جفت‌شدن منع شد. ‏/unblock او را برمی‌گرداند.
unblock-done = { $name } دوباره می‌تواند جفت شود.
unblock-not-blocked = فرد منع‌شده‌ای با { $who } پیدا نشد.
blocked-notice = یک هماهنگ‌کننده فعلاً جفت‌شدن شما را متوقف کرده است. لطفاً با هماهنگ‌کننده تماس بگیرید.
