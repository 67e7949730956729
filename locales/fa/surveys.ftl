# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Follow-up surveys: right after a held meeting, and 3 and 6 months after the first one.
# Question messages get $number and $total (question 2 of 4), $reminder ("yes" or "no") and $max.

survey-intro-after_meeting = سپاس که با { $name } دیدار کردید! چند پرسش کوتاه به بهتر شدن برنامه کمک می‌کند. می‌توانید از هر پرسشی رد شوید.
survey-intro-month_3 = سه ماه از نخستین دیدار شما با یک گشایندهٔ در گذشته است. هشت پرسش کوتاه: از آن زمان چه اتفاقی افتاده است؟ می‌توانید از هر پرسشی رد شوید.
survey-intro-month_6 = شش ماه از نخستین دیدار شما با یک گشایندهٔ در گذشته است. هشت پرسش کوتاه: از آن زمان چه اتفاقی افتاده است؟ می‌توانید از هر پرسشی رد شوید.

survey-q-useful = ({ $number }/{ $total }) دیدار چقدر برای شما سودمند بود؟ 1 = اصلاً، 5 = بسیار سودمند.
survey-q-keep_in_touch = ({ $number }/{ $total }) آیا با هم در تماس می‌مانید؟
survey-q-meet_another = ({ $number }/{ $total }) آیا با تازه‌وارد دیگری هم دیدار می‌کنید؟
survey-q-note = ({ $number }/{ $total }) آیا چیزی هست که بخواهید به هماهنگ‌کننده بگویید؟ اینجا بنویسید، یا «رد شدن» را بزنید.
survey-q-job = ({ $number }/{ $total }) آیا از زمان دیدار کاری پیدا کرده‌اید؟
survey-q-internship = ({ $number }/{ $total }) آیا کارآموزی پیدا کرده‌اید؟
survey-q-interview = ({ $number }/{ $total }) آیا به مصاحبهٔ کاری رفته‌اید؟
survey-q-met_employers = ({ $number }/{ $total }) آیا با کارفرمایان دیدار کرده‌اید؟
survey-q-new_contacts = ({ $number }/{ $total }) چند آشنای حرفه‌ای تازه پیدا کرده‌اید؟
survey-q-kept_contact = ({ $number }/{ $total }) آیا هنوز با گشایندهٔ در خود در تماس هستید؟
survey-q-met_again = ({ $number }/{ $total }) آیا دوباره با گشایندهٔ در خود دیدار کرده‌اید؟
survey-q-chances_improved = ({ $number }/{ $total }) آیا احساس می‌کنید شانس شما برای کار در حرفهٔ خود بهتر شده است؟

survey-option-yes = بله
survey-option-no = نه
survey-option-maybe = شاید
survey-option-unsure = مطمئن نیستم
survey-option-none = هیچ
survey-option-1-3 = 1–3
survey-option-4-10 = 4–10
survey-option-over-10 = بیشتر از 10
button-survey-skip = رد شدن
button-survey-stop = قطع نظرسنجی‌ها

survey-stale = به آن پرسش پاسخ داده شده یا بسته شده است. چیزی تغییر نکرد.
survey-closed = آن نظرسنجی بسته شده است. سپاسگزارم!
survey-error-buttons = لطفاً با یکی از دکمه‌ها پاسخ دهید (یا شمارهٔ آن را بنویسید).
survey-error-number = لطفاً یک عدد درست از 0 تا { $max } بنویسید.
survey-thanks = از پاسخ‌های شما سپاسگزارم!
survey-stopped = دیگر نظرسنجی برایتان نمی‌فرستم. اگر نظرتان تغییر کرد، /surveys را بفرستید.
survey-later = بسیار خوب، بعداً. هر زمان می‌توانید با دکمه‌های بالا پاسخ دهید.
surveys-on = سپاسگزارم! دوباره نظرسنجی دریافت می‌کنید.
surveys-already-on = شما از قبل نظرسنجی دریافت می‌کنید. برای قطع آن‌ها، زیر یک پرسش «قطع نظرسنجی‌ها» را بزنید.
survey-reminder = یادآوری: چند پرسش هنوز منتظر پاسخ شماست.
survey-door-opener-paused = سپاس برای دیدارتان. فعلاً پیشنهاد تازه‌ای دریافت نمی‌کنید. هر وقت خواستید دوباره با یک تازه‌وارد دیدار کنید، /resume را بفرستید.
