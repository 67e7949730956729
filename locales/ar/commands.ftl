# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Commands and the answers outside a flow.

welcome-back-registered = مرحبًا بعودتك يا { $name }! أرسل /profile لترى ملفك الشخصي أو /help لكل الأوامر.
idle-hint = { $status ->
    [paused] مشاركتك موقوفة مؤقتًا. أرسل /resume عندما تريد المشاركة مجددًا.
   *[other] أنت مسجَّل. أرسل /profile لترى ملفك الشخصي أو تغيّره، أو /help لكل الأوامر.
}
help =
    يربط Doorway القادمين الجدد بمهنيين في المهنة نفسها للقاء لمدة ساعة.
    الأوامر:
    /start - البدء أو المتابعة
    /profile - رؤية ملفك الشخصي وتغييره
    /language - تغيير اللغة
    /pause - إيقاف مشاركتك مؤقتًا (أو: /pause 2 weeks)
    /resume - المشاركة مجددًا
    /meeting - رؤية لقائك أو نقله أو إلغاؤه
    /status - مكانك في قائمة الانتظار
    /cancel - الخروج من الخطوة الحالية
    /surveys - تلقي الاستبيانات مجددًا بعد إيقافها
    /mydata - احصل على كل بياناتك في ملف
    /delete - احذف كل بياناتك (يسحب موافقتك)
    /consent - اعرف على ماذا وافقت
    /help - هذه المساعدة
cancelled = أُلغي.
cancel-nothing = لا يوجد ما يُلغى الآن.
pause-done = مشاركتك موقوفة مؤقتًا. لن تتلقى أي اقتراحات. أرسل /resume للمشاركة مجددًا.
pause-already = مشاركتك موقوفة مؤقتًا بالفعل. أرسل /resume للمشاركة مجددًا.
resume-done = مرحبًا بعودتك! أنت تشارك مجددًا.
resume-not-paused = مشاركتك ليست موقوفة، لذلك لا يوجد ما يُستأنف.
coordinator-no-such-person = لم أجد شخصًا مسجَّلًا "{ $who }". استخدم channel:id (مثلًا telegram:12345) أو رقم الشخص.
coordinator-status-set = { $name } الآن { $status ->
    [paused] موقوف مؤقتًا
   *[active] نشط
}.
