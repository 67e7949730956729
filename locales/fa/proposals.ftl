# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Proposals: the door-opener is asked first, then the newcomer.

proposal-to-door-opener = یک تازه‌وارد می‌خواهد یک ساعت با شما دیدار کند: { $name }، { $occupation }، با { $years ->
        [one] ۱ سال
       *[other] { $years } سال
    } تجربه. زبان‌های دیدار: { $languages }.
    دربارهٔ { $name }: { $intro }
    چرا شما دو نفر:
proposal-reminder-door-opener = یادآوری: { $name } ({ $occupation }) هنوز منتظر پاسخ شماست. زبان‌های دیدار: { $languages }.
    دربارهٔ { $name }: { $intro }
    چرا شما دو نفر:
proposal-no-intro = (بدون معرفی)
button-proposal-accept = بله، می‌توانم دیدار کنم
button-proposal-decline = نه، این بار نه
button-proposal-later = بعداً از من بپرس

proposal-to-newcomer = خبر خوب! { $name }، { $occupation } با { $years ->
        [one] ۱ سال
       *[other] { $years } سال
    } تجربه، می‌خواهد یک ساعت با شما دیدار کند. زبان‌های دیدار: { $languages }.
    چرا شما دو نفر:
proposal-reminder-newcomer = یادآوری: { $name } ({ $occupation }) می‌خواهد یک ساعت با شما دیدار کند. آیا می‌خواهید دیدار کنید؟
    چرا شما دو نفر:
button-proposal-yes = بله، می‌خواهم دیدار کنم
button-proposal-no = نه، سپاس

why-same-occupation = - همان حرفه
why-same-isco-unit = - همان گروه شغلی
why-same-field = - یک حرفهٔ نزدیک در همان حوزهٔ کاری
why-shared-language = - هر دو { $language } صحبت می‌کنید
why-same-municipality = - هر دو در یک شهرداری هستید
why-online = - هر دو می‌توانید آنلاین دیدار کنید

proposal-stale = این پیشنهاد دیگر باز نیست، پس چیزی تغییر نکرد.
proposal-later = بسیار خوب. چند روز دیگر به شما یادآوری می‌کنم.
proposal-accepted-door-opener = سپاسگزارم! اکنون از { $name } می‌پرسم. پاسخ را به شما می‌گویم.
proposal-matched-newcomer = عالی است! شما و { $name } هر دو بله گفتید. گام بعدی توافق بر سر زمانی برای دیدار یک‌ساعته است.
proposal-matched-door-opener = { $name } هم بله گفت! بیایید برای دیدار یک‌ساعته زمانی پیدا کنیم: برای پیشنهاد حداکثر سه زمان، دکمه را بزنید.

proposal-ask-reason = از پاسخ شما سپاسگزارم. چرا این بار نه؟
decline-reason-no_time = اکنون وقت ندارم
decline-reason-not_my_field = این حوزهٔ کاری من نیست
decline-reason-got_job = کار پیدا کرده‌ام
decline-reason-not_interested = دیگر علاقه ندارم
decline-reason-other = دلیل دیگر
proposal-declined-thanks = سپاس، آن را ثبت کردم.
proposal-declined-got-job = کار جدید مبارک! دیگر برایتان پیشنهادی نمی‌فرستم. اگر بعداً خواستید با یک گشایندهٔ در دیدار کنید، /resume را بفرستید.
proposal-declined-not-interested = بسیار خوب، دیگر برایتان پیشنهادی نمی‌فرستم. اگر نظرتان تغییر کرد، /resume را بفرستید.
proposal-newcomer-declined = { $name } این بار نمی‌تواند شرکت کند. سپاس که بله گفتید! برایتان دنبال تازه‌وارد دیگری می‌گردم.

proposal-lapsed-door-opener = پیشنهاد منقضی شد، چون پاسخی نیامد. اشکالی ندارد. وقتی کسی دنبال آشنا بگردد، پیشنهاد تازه‌ای برایتان می‌فرستم.
proposal-paused-after-lapses = به سه پیشنهاد پاسخ نداده‌اید، پس پیشنهادها را برایتان به‌طور موقت متوقف کردم. آیا می‌خواهید برگردید؟ می‌توانید بعداً هم /resume را بفرستید.
proposal-lapsed-newcomer = پیشنهاد منقضی شد، چون پاسخی نیامد، پس جستجوی شما را به‌طور موقت متوقف کردم. هر وقت خواستید دوباره جفت شوید، /resume را بفرستید.
button-come-back = بله، برگشتم
