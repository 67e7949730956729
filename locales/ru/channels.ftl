# Russian texts written by the Doorway project, awaiting review by a native speaker.
whatsapp-menu = Выбрать
whatsapp-type-number = Отправьте номер вашего выбора.
error-slow-down = Вы отправляете сообщения очень быстро. Подождите { $seconds } с и продолжайте.
