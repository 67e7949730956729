# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = شروع یا ادامه
command-menu-help = آنچه Doorway انجام می‌دهد، و همهٔ فرمان‌ها
command-menu-profile = دیدن و تغییر نمایهٔ شما
command-menu-language = تغییر زبان
command-menu-meeting = دیدن، جابه‌جا کردن یا لغو دیدار شما
command-menu-status = جای شما در صف انتظار
command-menu-pause = توقف موقت شرکت شما
command-menu-resume = ادامهٔ شرکت
command-menu-cancel = بیرون آمدن از مرحلهٔ کنونی
command-menu-surveys = دریافت دوبارهٔ نظرسنجی‌ها پس از قطع آن‌ها
command-menu-report = گزارش کسی که با او جفت شدید
command-menu-mydata = همهٔ داده‌هایتان را در یک فایل بگیرید
command-menu-delete = همهٔ داده‌هایتان را پاک کنید
command-menu-consent = ببینید با چه چیزی موافقت کردید
# Shown to coordinators only.
command-menu-pending = تازه‌واردانی که منتظر جفت‌شدن هستند، بر اساس حوزهٔ کاری
command-menu-openers = گشایندگان در و ظرفیت آن‌ها در این ماه
command-menu-find = جستجوی افراد
command-menu-match = جفت کردن دستی
command-menu-unmatch = لغو یک جفت
command-menu-alias = پیوند یک حرفهٔ نوشته‌شده به حرفه‌ای در ESCO
command-menu-broadcast = پیامی به یک گروه
command-menu-event = دیدارهای شبکه‌سازی
command-menu-stats = ارقام اثرگذاری
command-menu-export = فایل‌های CSV داده‌های برنامه
command-menu-org = سازمان‌ها و پیوندهای آن‌ها
command-menu-block = جلوگیری از جفت شدن یک نفر
command-menu-unblock = برداشتن جلوگیری
