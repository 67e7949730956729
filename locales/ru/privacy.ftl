# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Privacy: consent, /mydata, /delete and the question after a long silence.

privacy-consent-none = Вы ещё не дали согласия. Без него Doorway не хранит о вас профиль.
privacy-consent-given = Вы дали согласие { $date } (версия текста о конфиденциальности { $value }). Чтобы отозвать его, отправьте /delete: тогда все ваши данные будут удалены.
privacy-mydata-sent = Вот все данные, которые Doorway хранит о вас, в файле JSON.
privacy-delete-confirm = Удалить все ваши данные? Ваш профиль, сообщения и ответы будут стёрты. Открытые встречи будут отменены. Это нельзя отменить.
button-privacy-delete = Да, удалить всё
button-privacy-keep = Нет, оставить
privacy-delete-kept = Хорошо. Ничего не удалено.
privacy-delete-stale = Эта кнопка больше не действует. Ничего не удалено. Отправьте /delete, чтобы начать снова.
privacy-deleted = Все ваши данные удалены. Спасибо за участие. Отправьте /start, если захотите присоединиться снова.
privacy-meeting-cancelled = Ваша встреча отменена: другой участник покинул Doorway.
privacy-retention-ask = Вы давно не пользовались Doorway. Хотите остаться? Если мы не услышим от вас в течение { $n } дней, мы удалим ваши данные.
button-privacy-stay = Да, остаюсь
button-privacy-leave = Нет, удалите
privacy-retention-stayed = Рады, что вы с нами. Ваш профиль остаётся.
