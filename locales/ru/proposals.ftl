# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Предложения: сначала спрашиваем открывателя дверей, потом недавно приехавшего участника.

proposal-to-door-opener = Недавно приехавший участник хочет встретиться с вами на один час: { $name }, { $occupation }, опыт { $years ->
        [one] { $years } год
        [few] { $years } года
        [many] { $years } лет
       *[other] { $years } года
    }. Языки встречи: { $languages }.
    О { $name }: { $intro }
    Почему именно вы двое:
proposal-reminder-door-opener = Напоминание: { $name } ({ $occupation }) всё ещё ждёт вашего ответа. Языки встречи: { $languages }.
    О { $name }: { $intro }
    Почему именно вы двое:
proposal-no-intro = (без рассказа о себе)
button-proposal-accept = Да, я могу встретиться
button-proposal-decline = Нет, не в этот раз
button-proposal-later = Спросите меня позже

proposal-to-newcomer = Хорошая новость! { $name }, { $occupation } с опытом { $years ->
        [one] { $years } год
        [few] { $years } года
        [many] { $years } лет
       *[other] { $years } года
    }, хочет встретиться с вами на один час. Языки встречи: { $languages }.
    Почему именно вы двое:
proposal-reminder-newcomer = Напоминание: { $name } ({ $occupation }) хочет встретиться с вами на один час. Вы хотите встретиться?
    Почему именно вы двое:
button-proposal-yes = Да, я хочу встретиться
button-proposal-no = Нет, спасибо

why-same-occupation = - одна и та же профессия
why-same-isco-unit = - одна и та же профессиональная группа
why-same-field = - смежная профессия в той же сфере
why-shared-language = - вы оба говорите на языке: { $language }
why-same-municipality = - вы в одном муниципалитете
why-online = - вы оба можете встретиться онлайн

proposal-stale = Это предложение уже не открыто, поэтому ничего не изменено.
proposal-later = Хорошо. Я напомню вам через несколько дней.
proposal-accepted-door-opener = Спасибо! Теперь я спрашиваю { $name }. Я сообщу вам ответ.
proposal-matched-newcomer = Отлично! Вы и { $name } оба сказали «да». Следующий шаг - договориться о времени часовой встречи.
proposal-matched-door-opener = { $name } тоже сказал «да»! Давайте найдём время для часовой встречи: нажмите кнопку, чтобы предложить до трёх вариантов времени.

proposal-ask-reason = Спасибо за ответ. Почему не в этот раз?
decline-reason-no_time = Сейчас у меня нет времени
decline-reason-not_my_field = Это не моя сфера
decline-reason-got_job = Я уже нашёл работу
decline-reason-not_interested = Мне это больше не интересно
decline-reason-other = Другая причина
proposal-declined-thanks = Спасибо, я это записал.
proposal-declined-got-job = Поздравляем с работой! Я больше не буду отправлять вам предложения. Отправьте /resume, если позже захотите встретиться с открывателем дверей.
proposal-declined-not-interested = Хорошо, я больше не буду отправлять вам предложения. Отправьте /resume, если передумаете.
proposal-newcomer-declined = { $name } не может участвовать в этот раз. Спасибо, что сказали «да»! Я поищу для вас другого недавно приехавшего участника.

proposal-lapsed-door-opener = Предложение истекло, потому что ответа не было. Ничего страшного. Я отправлю вам новое, когда кто-нибудь будет искать контакт.
proposal-paused-after-lapses = Вы не ответили на три предложения, поэтому я приостановил для вас предложения. Хотите вернуться? Вы также можете отправить /resume позже.
proposal-lapsed-newcomer = Предложение истекло, потому что ответа не было, поэтому я приостановил ваш поиск. Отправьте /resume, когда захотите снова получить пару.
button-come-back = Да, я вернулся
