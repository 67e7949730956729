# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.

command-menu-start = البدء أو المتابعة
command-menu-help = ما يفعله Doorway، وكل الأوامر
command-menu-profile = رؤية ملفك الشخصي وتغييره
command-menu-language = تغيير اللغة
command-menu-meeting = رؤية لقائك أو نقله أو إلغاؤه
command-menu-status = مكانك في قائمة الانتظار
command-menu-pause = إيقاف مشاركتك مؤقتًا
command-menu-resume = المشاركة مجددًا
command-menu-cancel = الخروج من الخطوة الحالية
command-menu-surveys = تلقي الاستبيانات مجددًا بعد إيقافها
command-menu-report = الإبلاغ عن شخص تمت مطابقتك معه
command-menu-mydata = احصل على كل بياناتك في ملف
command-menu-delete = احذف كل بياناتك
command-menu-consent = اعرف على ماذا وافقت
# Shown to coordinators only.
command-menu-pending = القادمون الجدد الذين ينتظرون مطابقة، حسب المجال
command-menu-openers = فاتحو الباب وقدرتهم هذا الشهر
command-menu-find = البحث عن أشخاص
command-menu-match = إجراء مطابقة يدويًا
command-menu-unmatch = إلغاء مطابقة
command-menu-alias = ربط مهنة مكتوبة بمهنة ESCO
command-menu-broadcast = رسالة إلى مجموعة
command-menu-event = لقاءات التواصل
command-menu-stats = أرقام الأثر
command-menu-export = ملفات CSV لبيانات البرنامج
command-menu-org = المنظمات وروابطها
command-menu-block = منع شخص من المطابقة
command-menu-unblock = رفع المنع
