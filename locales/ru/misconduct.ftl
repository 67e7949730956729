# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Misconduct reports and blocking.
report-nobody = Вы можете пожаловаться на человека, с которым вас соединили. У вас ещё нет пары. Если что-то не так, напишите координатору программы.
report-whom = На кого вы хотите пожаловаться?
report-ask = Что случилось? Напишите своими словами (не больше { $max } символов). Это прочитают только координаторы.
report-thanks = Спасибо, что рассказали. Координаторы получили вашу жалобу и свяжутся с вами при необходимости.
report-stale = Эта жалоба уже не открыта.
report-alert =
    ⚠️ Жалоба { $number }: { $reporter } жалуется на { $reported }:
    { $text }
button-report-block = Заблокировать подбор
button-report-dismiss = Отклонить
report-blocked = Жалоба { $number }: человек заблокирован для подбора.
report-dismissed = Жалоба { $number } отклонена.
block-done = { $name } заблокирован(а) для подбора. /unblock возвращает.
unblock-done = { $name } снова можно соединять.
unblock-not-blocked = Заблокированный человек { $who } не найден.
blocked-notice = Координатор пока остановил ваш подбор. Пожалуйста, свяжитесь с координатором.
