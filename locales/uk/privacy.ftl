# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = Ви ще не дали згоди. Без неї Doorway не зберігає про вас профілю.
privacy-consent-given = Ви дали згоду { $date } (версія тексту про приватність { $value }). Щоб відкликати її, надішліть /delete: тоді всі ваші дані буде видалено.
privacy-mydata-sent = Ось усі дані, які Doorway має про вас, у файлі JSON.
privacy-delete-confirm = Видалити всі ваші дані? Ваш профіль, повідомлення та відповіді буде стерто. Відкриті зустрічі буде скасовано. Це не можна скасувати.
button-privacy-delete = Так, видалити все
button-privacy-keep = Ні, залишити
privacy-delete-kept = Добре. Нічого не видалено.
privacy-delete-stale = Ця кнопка вже не діє. Нічого не видалено. Надішліть /delete, щоб почати знову.
privacy-deleted = Усі ваші дані видалено. Дякуємо за участь. Надішліть /start, якщо захочете приєднатися знову.
privacy-meeting-cancelled = Вашу зустріч скасовано: інший учасник залишив Doorway.
privacy-retention-ask = Ви давно не користувалися Doorway. Бажаєте залишитися? Якщо ми не почуємо від вас протягом { $n } днів, ми видалимо ваші дані.
button-privacy-stay = Так, залишаюся
button-privacy-leave = Ні, видаліть дані
privacy-retention-stayed = Радо, що ви з нами. Ваш профіль залишається.
