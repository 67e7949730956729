# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = لم تعطِ موافقتك بعد. بدونها لا يحفظ Doorway أي ملف عنك.
privacy-consent-given = أعطيت موافقتك في { $date } (نسخة نص الخصوصية { $value }). لسحبها أرسل /delete: عندها تُحذف كل بياناتك.
privacy-mydata-sent = هذه كل البيانات التي يحفظها Doorway عنك، في ملف JSON.
privacy-delete-confirm = هل تريد حذف كل بياناتك؟ يُحذف ملفك ورسائلك وإجاباتك. تُلغى اللقاءات المفتوحة. لا يمكن التراجع عن ذلك.
button-privacy-delete = نعم، احذف الكل
button-privacy-keep = لا، احتفظ بها
privacy-delete-kept = جيد. لم يُحذف شيء.
privacy-delete-stale = هذا الزر لم يعد صالحًا. لم يُحذف شيء. أرسل /delete للبدء من جديد.
privacy-deleted = حُذفت كل بياناتك. شكرًا لمشاركتك. أرسل /start إذا أردت الانضمام من جديد.
privacy-meeting-cancelled = أُلغي لقاؤك: المشارك الآخر غادر Doorway.
privacy-retention-ask = لم تستخدم Doorway منذ وقت طويل. هل تريد البقاء؟ إذا لم نسمع منك خلال { $n } يومًا، نحذف بياناتك.
button-privacy-stay = نعم، سأبقى
button-privacy-leave = لا، احذف بياناتي
privacy-retention-stayed = يسعدنا بقاؤك. يبقى ملفك كما هو.
