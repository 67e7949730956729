# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = Ви можете поскаржитися на людину, з якою вас поєднали. У вас ще немає пари. Якщо щось не так, напишіть координаторові програми.
report-whom = На кого ви хочете поскаржитися?
report-ask = Що сталося? Напишіть своїми словами (не більше { $max } символів). Це прочитають лише координатори.
report-thanks = Дякуємо, що розповіли. Координатори отримали вашу скаргу і зв'яжуться з вами за потреби.
report-stale = Ця скарга вже не відкрита.
report-alert =
    ⚠️ Скарга { $number }: { $reporter } скаржиться на { $reported }:
    { $text }
button-report-block = Заблокувати підбір
button-report-dismiss = Відхилити
report-blocked = Скарга { $number }: людину заблоковано для підбору.
report-dismissed = Скаргу { $number } відхилено.
block-done = { $name } заблоковано для підбору. /unblock повертає.
unblock-done = { $name } знову можна поєднувати.
unblock-not-blocked = Заблоковану людину { $who } не знайдено.
blocked-notice = Координатор поки що зупинив ваш підбір. Будь ласка, зверніться до координатора.
