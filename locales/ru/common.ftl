# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Общие слова: ошибки, кнопки, названия языков и стран.

error-empty = Сообщение пустое. Пожалуйста, напишите свой ответ.
error-too-long = Сообщение слишком длинное (больше { $max } символов). Пожалуйста, напишите ответ короче.
error-stale-button = Эта кнопка относится к предыдущему вопросу. Пожалуйста, ответьте на вопрос ниже.
error-use-buttons = Пожалуйста, выберите одну из кнопок ниже.
error-type-text = Пожалуйста, напишите ответ текстом.
error-unknown-command = Я не знаю команду { $command }. Отправьте /help, чтобы увидеть, что я умею.
error-finish-onboarding-first = Пожалуйста, сначала завершите регистрацию. Осталось совсем немного.

button-yes = Да
button-no = Нет
button-skip = Пропустить
button-done = Готово
button-close = Закрыть
button-confirm = Всё верно
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

language-sv = шведский
language-fi = финский
language-en = английский
language-ar = арабский
language-fa = персидский/дари
language-uk = украинский
language-ru = русский
language-so = сомали
language-ti = тигринья

country-SE = Швеция
country-FI = Финляндия

gender-woman = Женщина
gender-man = Мужчина
gender-non-binary = Небинарный человек
