# Persian texts written by the Doorway project, awaiting review by a native speaker.
# The impact report for coordinators: `doorway report` (Markdown and charts) and /stats.
# Percentages come formatted ($pct, e.g. "16.0"), with $n of $total behind them.

report-title = گزارش اثرگذاری
report-period-all = دوره: همهٔ برنامه
report-period = دوره: { $start } – { $end }
report-period-from = دوره: از { $start }
report-period-until = دوره: تا { $end }
report-organisation-all = سازمان‌ها: همه
report-organisation = سازمان: { $organisation } (کد { $code })
report-generated = ساخته‌شده در { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } از { $total })
report-no-data = هنوز داده‌ای نیست.

report-section-participants = شرکت‌کنندگان
report-newcomers = تازه‌واردان (شرکت‌کنندگان)
report-door-openers = گشایندگان در
report-by-gender = بر اساس جنسیت
report-by-locale = بر اساس زبان گفتگو
report-by-sector = بر اساس حوزهٔ کاری
report-gender-unspecified = گفته نشده
report-sector-unknown = نامعلوم

report-section-matches = پیشنهادها
report-proposed = پیشنهادهای داده‌شده
report-accepted = پذیرفته‌شده (دیداری در پی داشت)
report-declined = ردشده
report-declined-reasons = دلیل‌های رد
report-reason-no_time = نداشتن وقت
report-reason-not_my_field = حوزهٔ کاری گشایندهٔ در نیست
report-reason-got_job = کار پیدا کرده است
report-reason-not_interested = دیگر علاقه ندارد
report-reason-other = دلیل دیگر
report-reason-none = دلیلی گفته نشده

report-section-meetings = دیدارها
report-scheduled = زمان‌گذاری‌شده
report-held = انجام‌شده
report-no-show = یک نفر نیامد
report-cancelled = لغوشده

report-section-outcomes = نتیجه‌ها (نظرسنجی‌های ۳ و ۶ ماه پس از نخستین دیدار)
report-respondents = تازه‌واردانی که پاسخ دادند
report-outcome-job = کار پیدا کردند
report-outcome-internship = کارآموزی پیدا کردند
report-outcome-interview = به مصاحبهٔ کاری رفتند
report-outcome-met_employers = با کارفرمایان دیدار کردند
report-outcome-kept_contact = هنوز با گشایندهٔ در در تماس هستند
report-outcome-met_again = دوباره با گشایندهٔ در دیدار کردند
report-outcome-chances_improved = احساس می‌کنند شانسشان بهتر شده است
report-new-contacts = آشنایان حرفه‌ای تازه

report-section-door-openers = گشایندگان دری که با کسی دیدار کردند
report-repeat = بیش از یک دیدار انجام دادند
report-meetings-per-door-opener = دیدارهای انجام‌شده برای هر گشایندهٔ در: { $value }

report-section-relay = چوب امدادی
report-invites-sent = دعوت‌نامه‌های امدادی فرستاده‌شده
report-joined = از راه دعوت‌نامهٔ امدادی پیوستند
report-meetings-from-referrals = دیدارهای انجام‌شده با کسی که از راه چوب امدادی آمد
report-chains = زنجیره‌های معرفی (همهٔ برنامه)
report-chain = { $name } (#{ $number }): { $people ->
        [one] یک نفر را آورده
       *[other] { $people } نفر را آورده
    }، { $meetings ->
        [one] یک دیدار انجام‌شده
       *[other] { $meetings } دیدار انجام‌شده
    }
report-chains-none = هنوز زنجیرهٔ معرفی‌ای نیست.

report-section-funnel = از ثبت‌نام تا کار
report-funnel-note = تازه‌واردانی که در این دوره ثبت‌نام کردند، تا امروز پیگیری‌شده.
report-funnel-registered = ثبت‌نام‌شده
report-funnel-matched = جفت‌شده
report-funnel-met = با گشایندهٔ در دیدار کردند
report-funnel-job = کار پیدا کردند

report-section-waiting = انتظار برای نخستین پیشنهاد
report-waiting-line = { $label }: میانه { $days } روز ({ $count } نفر پیشنهاد گرفتند)، { $waiting } نفر هنوز منتظرند
report-waiting-line-none = { $label }: هنوز پیشنهادی نیست، { $waiting } نفر منتظرند

report-chart-people = افراد
report-chart-outcomes = نتیجه‌ها پس از ۳ و ۶ ماه
report-chart-outcomes-axis = پاسخ بله (%)
report-chart-waiting = میانهٔ انتظار برای نخستین پیشنهاد
report-chart-waiting-axis = روز
report-chart-waiting-proposed = پیشنهاد گرفتند
report-chart-waiting-still = هنوز منتظرند (تا اکنون)

report-summary-all = گزارش اثرگذاری، همهٔ برنامه:
report-summary-organisation = گزارش اثرگذاری برای { $organisation }:
report-summary-people = تازه‌واردان ثبت‌نام‌شده: { $newcomers }. گشایندگان در: { $door_openers }.
report-summary-meetings = پیشنهادهای داده‌شده: { $proposed }. دیدارهای انجام‌شده: { $held }.
report-summary-outcomes = تازه‌واردانی که به نظرسنجی‌های پیگیری پاسخ دادند: { $count }. کار پیدا کردند: { $pct } % ({ $n } از { $total }).
report-summary-relay = از راه چوب امدادی پیوستند: { $people }. دیدارهای انجام‌شده با کسی که از راه چوب امدادی آمد: { $meetings }.
report-summary-charts = نمودارها مسیر از ثبت‌نام تا کار، پاسخ‌های نظرسنجی و زمان انتظار بر اساس حوزهٔ کاری را نشان می‌دهند. گزارش کامل: doorway report.
report-no-such-organisation = هیچ سازمانی کد { $code } را ندارد. برای دیدن کدها /org را بفرستید.
