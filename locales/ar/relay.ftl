# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# The relay baton after a held meeting, and codes behind /start (invites, organisations).

relay-offer = مرّر عصا التتابع! معارف إضافيان يفتحان أبوابًا أكثر. يمكنك دعوة زميل ليصبح فاتح باب، أو تعريف القادم الجديد بشخص تعرفه. بقي لك { $left } من المعارف لتقدمها.
relay-offer-more = شكرًا! هل تمرّر معرفة أخرى؟ بقي { $left } لتقدمها.
button-relay-invite = ادعُ زميلًا
button-relay-introduce = عرّف بشخص
button-relay-done = ليس الآن
relay-stale = ذلك الزر لم يعد صالحًا. لم يتغير شيء.
relay-thanks = شكرًا! يمكنك تمرير العصا لاحقًا أيضًا: تبقى الأزرار صالحة.
relay-enough = مررت بالفعل معارفين اثنين لهذا اللقاء. شكرًا!
relay-invite = هذه دعوة شخصية لزميلك. أعد توجيه هذه الرسالة:
    كن فاتح باب في برنامجنا: امنح ساعة واحدة للقاء قادم جديد في مهنتك. انضم من هنا: { $link }
relay-ask-contact = من تود أن يلتقي القادم الجديد؟ اكتب اسم الشخص وطريقة التواصل معه (مثلًا عنوان بريد إلكتروني أو رقم هاتف). اسأل الشخص أولًا إن كان ذلك مناسبًا.
relay-introduction-saved = شكرًا! مررت جهة الاتصال إلى القادم الجديد.
relay-introduced = يريد { $name } أن يعرّفك بمعرفة جديدة: { $contact }

start-bad-code = لا أعرف ذلك الرمز. تحقق من الرابط، أو تابع ببساطة: يمكنك المشاركة بدون رمز.
start-invited = أهلًا بك! دعاك { $name } إلى البرنامج.
start-organisation = أهلًا بك! انضممت عبر { $organisation }.
start-organisation-already = أنت مسجَّل بالفعل عبر { $organisation }.
start-code-used = تلك الدعوة استُخدمت من قبل. ما زال بإمكانك المشاركة: تابع ببساطة.
start-code-not-needed = أنت مسجَّل بالفعل، لذلك لا تحتاج إلى رمز.
