# Persian texts written by the Doorway project, awaiting review by a native speaker.
# Shared words: errors, buttons, language and country names.

error-empty = آن پیام خالی بود. لطفاً پاسخ خود را بنویسید.
error-too-long = آن پیام خیلی طولانی است (بیشتر از { $max } حرف). لطفاً پاسخ کوتاه‌تری بنویسید.
error-stale-button = آن دکمه مربوط به یک پرسش قبلی است. لطفاً به پرسش زیر پاسخ دهید.
error-use-buttons = لطفاً یکی از دکمه‌های زیر را انتخاب کنید.
error-type-text = لطفاً پاسخ خود را به‌صورت متن بنویسید.
error-unknown-command = فرمان { $command } را نمی‌شناسم. برای دیدن کارهایی که می‌توانم انجام دهم /help را بفرستید.
error-finish-onboarding-first = لطفاً اول ثبت‌نام خود را تمام کنید. تقریباً رسیده‌ایم.

button-yes = بله
button-no = نه
button-skip = رد شدن
button-done = تمام
button-close = بستن
button-confirm = همه‌چیز درست است
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

language-sv = سوئدی
language-fi = فنلاندی
language-en = انگلیسی
language-ar = عربی
language-fa = فارسی/دری
language-uk = اوکراینی
language-ru = روسی
language-so = سومالیایی
language-ti = تیگرینیا

country-SE = سوئد
country-FI = فنلاند

gender-woman = زن
gender-man = مرد
gender-non-binary = ناباینری
