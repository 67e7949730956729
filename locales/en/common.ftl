# Shared words: errors, buttons, language and country names.

error-empty = That message was empty. Please write your answer.
error-too-long = That message is too long (more than { $max } characters). Please write a shorter answer.
error-stale-button = That button belongs to an earlier question. Please answer the question below.
error-use-buttons = Please choose one of the buttons below.
error-type-text = Please write your answer as text.
error-unknown-command = I don't know the command { $command }. Send /help to see what I can do.
error-finish-onboarding-first = Please finish your registration first. We are almost there.

button-yes = Yes
button-no = No
button-skip = Skip
button-done = Done
button-close = Close
button-confirm = Everything is correct
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

language-sv = Swedish
language-fi = Finnish
language-en = English
language-ar = Arabic
language-fa = Persian/Dari
language-uk = Ukrainian
language-ru = Russian
language-so = Somali
language-ti = Tigrinya

country-SE = Sweden
country-FI = Finland

gender-woman = Woman
gender-man = Man
gender-non-binary = Non-binary
