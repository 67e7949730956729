# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# /status and pausing until a date.

status-paused = مشاركتك موقوفة مؤقتًا، لذلك لا تتلقى اقتراحات. أرسل /resume للمشاركة مجددًا.
status-meeting = لديك لقاء جارٍ. أرسل /meeting لتراه.
status-proposal = هناك اقتراح ينتظر إجابة. سأخبرك حالما يحدث شيء.
status-door-opener = أنت نشط. سأرسل لك اقتراحًا عندما يبحث قادم جديد في مجالك عن معارف.
status-queue = أنت رقم { $place } من { $waiting } ينتظرون في مجالك ({ $sector }).
status-expected-wait = مع فاتحي الباب المتاحين الآن، مدة الانتظار المتوقعة نحو { $months ->
        [zero] أقل من شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }.
status-no-door-openers = لا يوجد فاتح باب في مجالك بعد. يبحث المنسقون عن المزيد.
status-tips = ما يزيد فرصك:
status-tip-online = - اقبل اللقاءات عبر الإنترنت (أرسل /profile وغيّر مكانك)
status-tip-language = - أضف لغة أخرى يمكنك اللقاء بها
status-tip-neighbour = - يمكن لفاتح باب في مهنة قريبة أن يساعد أيضًا: يمكن للمنسقين اقتراح أحد
pause-until-done = مشاركتك موقوفة مؤقتًا حتى { $date }. سأكتب لك حينها. أرسل /resume للعودة قبل ذلك.
pause-ended = انتهى الإيقاف المؤقت وأنت تشارك مجددًا. مرحبًا بعودتك!
error-pause-until = لم أفهم المدة. اكتب مثلًا "/pause 2 weeks" أو "/pause 10 days" أو "/pause 2027-01-15".
