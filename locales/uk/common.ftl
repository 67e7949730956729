# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Спільні слова: помилки, кнопки, назви мов і країн.

error-empty = Повідомлення порожнє. Будь ласка, напишіть свою відповідь.
error-too-long = Повідомлення задовге (більше ніж { $max } символів). Будь ласка, напишіть коротшу відповідь.
error-stale-button = Ця кнопка належить до попереднього запитання. Будь ласка, дайте відповідь на запитання нижче.
error-use-buttons = Будь ласка, виберіть одну з кнопок нижче.
error-type-text = Будь ласка, напишіть відповідь текстом.
error-unknown-command = Я не знаю команди { $command }. Надішліть /help, щоб побачити, що я вмію.
error-finish-onboarding-first = Будь ласка, спочатку завершіть реєстрацію. Залишилося зовсім трохи.

button-yes = Так
button-no = Ні
button-skip = Пропустити
button-done = Готово
button-close = Закрити
button-confirm = Усе правильно
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

language-sv = шведська
language-fi = фінська
language-en = англійська
language-ar = арабська
language-fa = перська/дарі
language-uk = українська
language-ru = російська
language-so = сомалі
language-ti = тигринья

country-SE = Швеція
country-FI = Фінляндія

gender-woman = Жінка
gender-man = Чоловік
gender-non-binary = Небінарна особа
