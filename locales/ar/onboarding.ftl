# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Onboarding: from the first message to a stored, consented profile.

welcome = مرحبًا! أنا Doorway. أربط القادمين الجدد بمهنيين في المهنة نفسها للقاء لمدة ساعة.
welcome-back = مرحبًا بعودتك! لنكمل من حيث توقفنا.
onboarding-ask-language =
    أي لغة تريد أن تستخدم؟
    Vilket språk vill du använda?
    Mitä kieltä haluat käyttää?
language-suggest = يبدو أنك تكتب بهذه اللغة: { $language }. هل تريد التغيير إليها؟
language-suggest-either = يبدو أنك تكتب بإحدى هاتين اللغتين: { $first } أو { $second }. هل تريد تغيير اللغة؟
button-language-keep = لا، أبقِ هذه اللغة

onboarding-ask-role = هل أنت جديد في البلد وتبحث عن معارف في مهنتك، أم أنت مهني يريد أن يفتح الباب لقادم جديد؟
button-role-newcomer = أنا قادم جديد (مشارك)
button-role-door-opener = أنا مهني (فاتح باب)

onboarding-ask-consent =
    قبل أن نبدأ: لنجد لك مطابقة نحفظ ما تخبرني به هنا (الاسم، المهنة، الخبرة، اللغات، المكان). لا يراه إلا منسقو البرنامج، ولا نبيعه أبدًا، ويمكنك رؤيته أو حذفه في أي وقت.
    هل توافق؟
button-consent-yes = أوافق
button-consent-no = لا، شكرًا
onboarding-consent-declined = حسنًا. لم أحتفظ بأي شيء عنك. إذا غيّرت رأيك، أرسل /start.

onboarding-ask-name = ما اسمك الأول؟
error-name-too-long = هذا اسم طويل. يرجى كتابة { $max } حرفًا على الأكثر.
error-name-letters = يرجى كتابة اسمك الأول بالحروف.

onboarding-ask-gender = كيف تصف جنسك؟ يمكنك اختيار زر، أو كتابته بكلماتك، أو التخطي. نستخدمه فقط لإحصاءات مجهولة الهوية.
error-gender-too-long = يرجى كتابة { $max } حرفًا على الأكثر.

onboarding-ask-occupation = { $role ->
    [door_opener] ما مهنتك؟
   *[other] ما مهنتك، التي تريد أن تعمل بها هنا؟
} اكتبها بكلماتك، مثلًا "ممرض" أو "مطور برمجيات".
onboarding-ask-occupation-again = يرجى كتابة مهنتك مرة أخرى، بكلمات أخرى أو بشكل أبسط. مثلًا: "ممرض"، "كهربائي"، "معلم".
onboarding-choose-occupation = أي من هذه يناسب "{ $text }" أكثر؟
button-occupation-none = لا شيء منها - اكتب مجددًا

onboarding-ask-experience = كم سنة من الخبرة لديك في هذه المهنة؟ اكتب رقمًا، مثلًا 5.
error-experience-number = يرجى كتابة عدد السنوات رقمًا واحدًا، مثلًا 5.
error-experience-range = يرجى كتابة رقم بين 0 و{ $max }.

onboarding-ask-languages = بأي لغات يمكنك أن تلتقي؟ اضغط كل ما ينطبق، ثم "تم". يمكنك أيضًا كتابتها، مثلًا "السويدية، العربية".
error-languages-none = يرجى اختيار لغة واحدة على الأقل.
error-languages-unknown = لم أتعرف على: { $words }. يرجى استخدام الأزرار أو كتابة أسماء اللغات.

onboarding-ask-place = في أي بلدية يمكنك أن تلتقي؟ اكتب اسمها، أو اضغط "عبر الإنترنت مناسب".
button-place-online = عبر الإنترنت مناسب
error-place = يرجى كتابة اسم بلدية، مثلًا Uppsala أو Tampere.
onboarding-ask-online = هل يمكنك أيضًا اللقاء عبر الإنترنت؟
onboarding-ask-country = في أي بلد تعيش؟

onboarding-ask-capacity = كم قادمًا جديدًا يمكنك أن تلتقي في الشهر؟ كل لقاء يستغرق ساعة.
error-capacity = يرجى اختيار رقم من 1 إلى { $max }.

onboarding-ask-intro = أخبر فاتح الباب المستقبلي قليلًا عن نفسك في بضع جمل: خلفيتك وما تأمله. يمكنك أيضًا تخطي هذا.
error-intro-too-long = يرجى الاختصار: { $max } حرفًا على الأكثر.

onboarding-summary = هذا ملفك الشخصي. هل كل شيء صحيح؟ اضغط زرًا لتغيير شيء.
onboarding-done = { $role ->
    [door_opener] شكرًا لتسجيلك فاتحًا للباب! سأرسل لك اقتراحًا عندما يبحث قادم جديد في مجالك عن معارف.
    [coordinator] أنت مسجَّل منسقًا.
   *[other] شكرًا لتسجيلك! سأبحث عن فاتح باب في مهنتك وأكتب لك عندما أجد أحدًا.
}
onboarding-reminder = بدأت التسجيل في Doorway لكنك لم تكمله. لا يستغرق الأمر إلا بضع دقائق.
onboarding-on-hold = تسجيلك موقوف مؤقتًا. أرسل /start متى أردت المتابعة.
on-hold-hint = تسجيلك موقوف مؤقتًا. أرسل /start لتكمل من حيث توقفت.
