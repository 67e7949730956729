# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Proposals: the door-opener is asked first, then the newcomer.

proposal-to-door-opener = قادم جديد يود أن يلتقيك لمدة ساعة: { $name }، { $occupation }، { $years ->
        [zero] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    } من الخبرة. لغات اللقاء: { $languages }.
    عن { $name }: { $intro }
    لماذا أنتما الاثنان:
proposal-reminder-door-opener = تذكير: ما زال { $name } ({ $occupation }) ينتظر إجابتك. لغات اللقاء: { $languages }.
    عن { $name }: { $intro }
    لماذا أنتما الاثنان:
proposal-no-intro = (لا يوجد تعريف)
button-proposal-accept = نعم، يمكنني اللقاء
button-proposal-decline = لا، ليس هذه المرة
button-proposal-later = اسألني لاحقًا

proposal-to-newcomer = أخبار جيدة! { $name }، { $occupation } لديه { $years ->
        [zero] أقل من سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    } من الخبرة، يود أن يلتقيك لمدة ساعة. لغات اللقاء: { $languages }.
    لماذا أنتما الاثنان:
proposal-reminder-newcomer = تذكير: { $name } ({ $occupation }) يود أن يلتقيك لمدة ساعة. هل تريد اللقاء؟
    لماذا أنتما الاثنان:
button-proposal-yes = نعم، أريد اللقاء
button-proposal-no = لا، شكرًا

why-same-occupation = - المهنة نفسها
why-same-isco-unit = - المجموعة المهنية نفسها
why-same-field = - مهنة قريبة في المجال نفسه
why-shared-language = - كلاكما يتحدث { $language }
why-same-municipality = - أنتما في البلدية نفسها
why-online = - يمكنكما كلاكما اللقاء عبر الإنترنت

proposal-stale = هذا الاقتراح لم يعد مفتوحًا، لذلك لم يتغير شيء.
proposal-later = حسنًا. سأذكّرك بعد بضعة أيام.
proposal-accepted-door-opener = شكرًا! أسأل الآن { $name }. سأخبرك بالإجابة.
proposal-matched-newcomer = رائع! قلتما كلاكما نعم، أنت و{ $name }. الخطوة التالية هي الاتفاق على وقت للقاء لمدة ساعة.
proposal-matched-door-opener = قال { $name } نعم أيضًا! لنجد وقتًا للقاء لمدة ساعة: اضغط الزر لاقتراح ما يصل إلى ثلاثة أوقات.

proposal-ask-reason = شكرًا لإجابتك. لماذا ليس هذه المرة؟
decline-reason-no_time = ليس لدي وقت الآن
decline-reason-not_my_field = ليس هذا مجالي
decline-reason-got_job = حصلت على عمل بالفعل
decline-reason-not_interested = لم أعد مهتمًا
decline-reason-other = سبب آخر
proposal-declined-thanks = شكرًا، سجّلت ذلك.
proposal-declined-got-job = مبروك على العمل! لن أرسل لك المزيد من الاقتراحات. أرسل /resume إذا أردت لقاء فاتح باب لاحقًا.
proposal-declined-not-interested = حسنًا، لن أرسل لك المزيد من الاقتراحات. أرسل /resume إذا غيّرت رأيك.
proposal-newcomer-declined = لا يستطيع { $name } المشاركة هذه المرة. شكرًا لقولك نعم! سأبحث لك عن قادم جديد آخر.

proposal-lapsed-door-opener = انتهت صلاحية الاقتراح لعدم وجود إجابة. لا بأس. سأرسل لك اقتراحًا جديدًا عندما يبحث أحد.
proposal-paused-after-lapses = لم تُجب عن ثلاثة اقتراحات، لذلك أوقفت الاقتراحات لك مؤقتًا. هل تريد العودة؟ يمكنك أيضًا إرسال /resume لاحقًا.
proposal-lapsed-newcomer = انتهت صلاحية الاقتراح لعدم وجود إجابة، لذلك أوقفت بحثك مؤقتًا. أرسل /resume عندما تريد مطابقة جديدة.
button-come-back = نعم، عدت
