# Persian texts written by the Doorway project, awaiting review by a native speaker.
# /status and pausing until a date.

status-paused = شرکت شما به‌طور موقت متوقف است، پس پیشنهادی دریافت نمی‌کنید. برای ادامهٔ شرکت /resume را بفرستید.
status-meeting = یک دیدار در جریان دارید. برای دیدن آن /meeting را بفرستید.
status-proposal = یک پیشنهاد منتظر پاسخ است. به‌محض اینکه چیزی پیش بیاید به شما خبر می‌دهم.
status-door-opener = شما فعال هستید. وقتی یک تازه‌وارد در حوزهٔ کاری شما دنبال آشنا بگردد، پیشنهادی برایتان می‌فرستم.
status-queue = شما نفر { $place } از { $waiting } نفر منتظر در حوزهٔ کاری خود ({ $sector }) هستید.
status-expected-wait = با گشایندگان دری که اکنون در دسترس هستند، انتظار حدود { $months ->
        [one] یک ماه
       *[other] { $months } ماه
    } است.
status-no-door-openers = هنوز هیچ گشایندهٔ دری در حوزهٔ کاری شما نیست. هماهنگ‌کنندگان دنبال افراد بیشتری هستند.
status-tips = آنچه شانس شما را بیشتر می‌کند:
status-tip-online = - دیدار آنلاین را بپذیرید (/profile را بفرستید و مکان خود را تغییر دهید)
status-tip-language = - زبان دیگری که می‌توانید به آن دیدار کنید اضافه کنید
status-tip-neighbour = - یک گشایندهٔ در در حرفه‌ای نزدیک هم می‌تواند کمک کند: هماهنگ‌کنندگان می‌توانند کسی را پیشنهاد کنند
pause-until-done = شرکت شما تا { $date } به‌طور موقت متوقف است. آن زمان برایتان می‌نویسم. برای برگشتن زودتر /resume را بفرستید.
pause-ended = توقف موقت شما تمام شد و دوباره شرکت می‌کنید. خوش برگشتید!
error-pause-until = مدت را نفهمیدم. برای مثال بنویسید "/pause 2 weeks"، "/pause 10 days" یا "/pause 2027-01-15".
