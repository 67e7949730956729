# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# The impact report for coordinators: `doorway report` (Markdown and charts) and /stats.
# Percentages come formatted ($pct, e.g. "16.0"), with $n of $total behind them.

report-title = تقرير الأثر
report-period-all = الفترة: البرنامج كله
report-period = الفترة: { $start } – { $end }
report-period-from = الفترة: من { $start }
report-period-until = الفترة: حتى { $end }
report-organisation-all = المنظمات: الكل
report-organisation = المنظمة: { $organisation } (الرمز { $code })
report-generated = أُعدّ في { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } من { $total })
report-no-data = لا توجد بيانات بعد.

report-section-participants = المشاركون
report-newcomers = القادمون الجدد (المشاركون)
report-door-openers = فاتحو الباب
report-by-gender = حسب الجنس
report-by-locale = حسب لغة المحادثة
report-by-sector = حسب المجال
report-gender-unspecified = غير مذكور
report-sector-unknown = غير معروف

report-section-matches = الاقتراحات
report-proposed = الاقتراحات المقدمة
report-accepted = مقبولة (تلاها لقاء)
report-declined = مرفوضة
report-declined-reasons = أسباب الرفض
report-reason-no_time = لا وقت
report-reason-not_my_field = ليس مجال فاتح الباب
report-reason-got_job = حصل على عمل بالفعل
report-reason-not_interested = لم يعد مهتمًا
report-reason-other = سبب آخر
report-reason-none = لم يُذكر سبب

report-section-meetings = اللقاءات
report-scheduled = حُدد لها وقت
report-held = تمت
report-no-show = لم يحضر أحد الطرفين
report-cancelled = أُلغيت

report-section-outcomes = النتائج (استبيانات بعد 3 و6 أشهر من أول لقاء)
report-respondents = القادمون الجدد الذين أجابوا
report-outcome-job = حصلوا على عمل
report-outcome-internship = حصلوا على تدريب عملي
report-outcome-interview = ذهبوا إلى مقابلة عمل
report-outcome-met_employers = التقوا أصحاب عمل
report-outcome-kept_contact = ما زالوا على تواصل مع فاتح الباب
report-outcome-met_again = التقوا فاتح الباب مرة أخرى
report-outcome-chances_improved = يشعرون أن فرصهم تحسنت
report-new-contacts = معارف مهنية جديدة

report-section-door-openers = فاتحو الباب الذين التقوا أحدًا
report-repeat = أجروا أكثر من لقاء
report-meetings-per-door-opener = اللقاءات المنجزة لكل فاتح باب: { $value }

report-section-relay = عصا التتابع
report-invites-sent = دعوات التتابع المرسلة
report-joined = انضموا عبر دعوة تتابع
report-meetings-from-referrals = لقاءات منجزة مع شخص جاء عبر التتابع
report-chains = سلاسل الإحالة (البرنامج كله)
report-chain = { $name } (#{ $number }): { $people ->
        [zero] لم يُحضر أحدًا
        [one] أحضر شخصًا واحدًا
        [two] أحضر شخصين
        [few] أحضر { $people } أشخاص
        [many] أحضر { $people } شخصًا
       *[other] أحضر { $people } شخص
    }، { $meetings ->
        [zero] لا لقاءات منجزة
        [one] لقاء منجز واحد
        [two] لقاءان منجزان
        [few] { $meetings } لقاءات منجزة
        [many] { $meetings } لقاءً منجزًا
       *[other] { $meetings } لقاء منجز
    }
report-chains-none = لا توجد سلاسل إحالة بعد.

report-section-funnel = من التسجيل إلى العمل
report-funnel-note = القادمون الجدد المسجلون في الفترة، مع متابعتهم حتى اليوم.
report-funnel-registered = سُجّلوا
report-funnel-matched = تمت مطابقتهم
report-funnel-met = التقوا فاتح باب
report-funnel-job = حصلوا على عمل

report-section-waiting = انتظار الاقتراح الأول
report-waiting-line = { $label }: الوسيط { $days } يوم ({ $count } تلقوا اقتراحًا)، { $waiting } ما زالوا ينتظرون
report-waiting-line-none = { $label }: لا اقتراح بعد، { $waiting } ينتظرون

report-chart-people = الأشخاص
report-chart-outcomes = النتائج بعد 3 و6 أشهر
report-chart-outcomes-axis = أجابوا بنعم (%)
report-chart-waiting = وسيط الانتظار للاقتراح الأول
report-chart-waiting-axis = الأيام
report-chart-waiting-proposed = تلقوا اقتراحًا
report-chart-waiting-still = ما زالوا ينتظرون (حتى الآن)

report-summary-all = تقرير الأثر، البرنامج كله:
report-summary-organisation = تقرير الأثر لـ { $organisation }:
report-summary-people = القادمون الجدد المسجلون: { $newcomers }. فاتحو الباب: { $door_openers }.
report-summary-meetings = الاقتراحات المقدمة: { $proposed }. اللقاءات المنجزة: { $held }.
report-summary-outcomes = القادمون الجدد الذين أجابوا عن استبيانات المتابعة: { $count }. حصلوا على عمل: { $pct } % ({ $n } من { $total }).
report-summary-relay = انضموا عبر عصا التتابع: { $people }. لقاءات منجزة مع شخص جاء عبر التتابع: { $meetings }.
report-summary-charts = تُظهر الرسوم البيانية الطريق من التسجيل إلى العمل، وإجابات الاستبيانات، ومدة الانتظار حسب المجال. التقرير الكامل: doorway report.
report-no-such-organisation = لا توجد منظمة بالرمز { $code }. أرسل /org لترى الرموز.
