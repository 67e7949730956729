# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Network meetings: coordinators create them with /event; invitations, answers, reminders, pairs.

event-syntax =
    لإنشاء لقاء تواصل، اكتب العنوان بين علامتي تنصيص، ثم التاريخ والوقت، والمكان، والمجالات، وعدد الأماكن، مفصولة بـ |:
    /event "Health and care" 18 Dec 17:00 | City Library, Gothenburg | 22,32,53 | 30
    المجالات رموز ISCO-08 من 1 إلى 4 أرقام، مفصولة بفواصل؛ اكتب "all" (أو اتركها فارغة) لدعوة الجميع.
    أرسل /event وحده لترى لقاءات التواصل القادمة، و /event cancel 3 لإلغاء الرقم 3.
event-error-parts = توقعت 4 أو 5 أجزاء مفصولة بـ |، لكنني وجدت { $count }.
event-error-title = العنوان مفقود أو أطول من { $max } حرفًا.
event-error-no-when = لم أجد التاريخ والوقت. ضع العنوان بين علامتي تنصيص، ثم التاريخ والوقت.
event-error-when = لم أفهم الوقت "{ $text }".
event-error-past = ذلك الوقت قد مضى.
event-error-place = المكان مفقود أو أطول من { $max } حرفًا.
event-error-sectors = "{ $text }" ليس رمز ISCO-08 (من 1 إلى 4 أرقام).
event-error-capacity = يجب أن يكون عدد الأماكن عددًا صحيحًا من 1 إلى { $max }.
event-created = تم إنشاء لقاء التواصل #{ $number }: { $title }، { $when }، { $place }. { $count ->
    [0] لا أحد مسجَّل في تلك المجالات بعد، لذلك لم تُرسل دعوات.
    [one] دعوت شخصًا واحدًا.
    [two] دعوت شخصين.
    [few] دعوت { $count } أشخاص.
    [many] دعوت { $count } شخصًا.
   *[other] دعوت { $count } شخص.
}
event-invitation = أنت مدعو إلى لقاء تواصل، يلتقي فيه القادمون الجدد وفاتحو الباب في مجالك: { $title }، { $when }. المكان: { $place }. هل ستحضر؟
button-event-yes = نعم، سأحضر
button-event-no = لا، لا أستطيع الحضور
event-stale = زر لقاء التواصل هذا لم يعد صالحًا، لذلك لم يتغير شيء.
event-yes-confirmed = أهلًا بك! أنت مسجَّل في { $title }، { $when }. المكان: { $place }. دعوة التقويم مرفقة. إذا لم تستطع الحضور في النهاية، يرجى إخباري بالزر.
event-already-yes = أنت مسجَّل بالفعل في { $title }، { $when }.
event-full = عذرًا، { $title } ممتلئ. شكرًا لاهتمامك؛ ستعرف عن لقاء التواصل القادم.
event-no-thanks = شكرًا لإخباري. أنت غير مسجَّل في { $title }.
event-reminder = تذكير: لقاء التواصل { $title } غدًا، { $when }. المكان: { $place }.
event-pair = أهلًا بك في { $title }! في لقاء التواصل، ابحث عن { $name }، { $occupation }. قل مرحبًا.
event-mingle = أهلًا بك في { $title }! اليوم لا يوجد شخص محدد تبحث عنه: تعرّف على الناس في مجالك.
event-list = لقاءات التواصل القادمة ({ $count }):
event-list-line = #{ $number } { $title }، { $when }، { $place }: { $yes } من { $capacity } أماكن محجوزة، { $no } قالوا لا، { $invited } مدعوون.
event-list-empty = لا توجد لقاءات تواصل قادمة.
event-cancel-done = أُلغي { $title }. { $count ->
    [0] لم يكن هناك من يجب إبلاغه.
    [one] أبلغت الشخص الوحيد الذي لم يقل لا.
    [two] أبلغت الشخصين اللذين لم يقولا لا.
    [few] أبلغت { $count } أشخاص لم يقولوا لا.
    [many] أبلغت { $count } شخصًا لم يقولوا لا.
   *[other] أبلغت { $count } شخص لم يقولوا لا.
}
event-cancelled = عذرًا: أُلغي لقاء التواصل { $title } في { $when }.
event-no-such = لا يوجد لقاء تواصل قادم { $who }. أرسل /event لتراها.
