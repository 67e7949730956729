# Arabic texts written by the Doorway project, awaiting review by a native speaker.
# Shared words: errors, buttons, language and country names.

error-empty = كانت تلك الرسالة فارغة. يرجى كتابة إجابتك.
error-too-long = تلك الرسالة طويلة جدًا (أكثر من { $max } حرفًا). يرجى كتابة إجابة أقصر.
error-stale-button = ذلك الزر يخص سؤالًا سابقًا. يرجى الإجابة عن السؤال أدناه.
error-use-buttons = يرجى اختيار أحد الأزرار أدناه.
error-type-text = يرجى كتابة إجابتك نصًا.
error-unknown-command = لا أعرف الأمر { $command }. أرسل /help لترى ما يمكنني فعله.
error-finish-onboarding-first = يرجى إكمال تسجيلك أولًا. اقتربنا من النهاية.

button-yes = نعم
button-no = لا
button-skip = تخطَّ
button-done = تم
button-close = إغلاق
button-confirm = كل شيء صحيح
button-number = { $n }
button-toggle = { $on ->
    [yes] ✓ { $name }
   *[no] { $name }
}

language-name-sv = Svenska
language-name-fi = Suomi
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی (دری)
language-name-uk = Українська
language-name-ru = Русский
language-name-so = Soomaali
language-name-ti = ትግርኛ

language-sv = السويدية
language-fi = الفنلندية
language-en = الإنجليزية
language-ar = العربية
language-fa = الفارسية/الدرية
language-uk = الأوكرانية
language-ru = الروسية
language-so = الصومالية
language-ti = التغرينية

country-SE = السويد
country-FI = فنلندا

gender-woman = امرأة
gender-man = رجل
gender-non-binary = غير ثنائي
