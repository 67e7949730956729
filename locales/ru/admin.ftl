# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Команды координаторов: списки, поиск, пары вручную, псевдонимы, рассылки, экспорт.

admin-help =
    Команды координатора:
    /pending - участники, которые ждут пару, по сферам
    /openers - открыватели дверей, их число мест и сколько занято в этом месяце
    /find <текст> - поиск людей по имени, профессии, муниципалитету или адресу
    /match <участник> <открыватель дверей> - создать пару вручную (например /match #12 #7)
    /unmatch <участник> <открыватель дверей> или /unmatch #<предложение> - отменить пару
    /pause <человек> и /resume <человек> - приостановить участие человека или возобновить его
    /alias <текст> = <ESCO URI> - связать написанную профессию с профессией ESCO
    /broadcast role=newcomer sector=22 locale=sv | <текст> - сообщение для группы
    /event - встречи для нетворкинга
    /stats - показатели влияния
    /export - файлы CSV с людьми, парами, встречами и ответами на опросы
admin-and-more = …и ещё { $count }.
admin-no-sector = Сферы пока нет

admin-pending = { $count ->
    [one] { $count } участник ждёт пару:
    [few] { $count } участника ждут пару:
    [many] { $count } участников ждут пару:
   *[other] { $count } участника ждут пару:
}
admin-pending-none = Сейчас ни один участник не ждёт пару.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}

admin-openers = { $count ->
    [one] { $count } открыватель дверей
    [few] { $count } открывателя дверей
    [many] { $count } открывателей дверей
   *[other] { $count } открывателя дверей
}, свободных мест в этом месяце: { $free }:
admin-openers-none = Пока не зарегистрирован ни один открыватель дверей.
admin-opener-line = #{ $number } { $name }, { $occupation }: { $used } из { $capacity } в этом месяце, { $status ->
    [paused] приостановлено
   *[other] активен
}

admin-find-syntax = Напишите, что искать, например: /find Anna или /find Uppsala
admin-find-none = Я никого не нашёл по запросу «{ $text }».
admin-find = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
} по запросу «{ $text }»:
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] участник
    [door_opener] открыватель дверей
    [coordinator] координатор
   *[other] (роли пока нет)
} { $status ->
    [onboarding] регистрируется
    [paused] приостановлено
   *[other] активен
} { $occupation }

admin-match-syntax = Напишите сначала участника, потом открывателя дверей, например: /match #12 #7
admin-match-roles = { $name } должен быть участником, а { $other } - открывателем дверей, именно в таком порядке.
admin-match-exists = У { $name } и { $other } уже есть текущее предложение или встреча.
admin-match-done = Предложение #{ $number } создано: { $name } с { $other }. Я сначала спросил { $other }.

admin-unmatch-syntax = Напишите участника и открывателя дверей или номер предложения, например: /unmatch #12 #7 или /unmatch #5
admin-unmatch-nothing = Для «{ $who }» нет текущего предложения или встречи.
admin-unmatch-done = { $kind ->
    [meeting] Встреча по предложению #{ $number } отменена.
   *[other] Предложение #{ $number } закрыто.
} Я сообщил обоим.
admin-unmatch-to-door-opener = Координаторы программы отменили { $kind ->
    [meeting] вашу встречу
   *[other] предложение
} с { $name }. Вам ничего не нужно делать.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] Координаторы программы отменили вашу встречу с { $name }.
    [proposal] Координаторы программы отменили предложение с { $name }.
   *[other] Координаторы программы изменили вашу пару.
} Вы сохраняете своё место в очереди, и я поищу для вас новую пару.

admin-alias-syntax = Напишите текст, потом = и URI профессии ESCO, например: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = «{ $text }» - это не профессия ESCO, которую я знаю.
admin-alias-empty-text = От текста ничего не осталось для связи.
admin-alias-too-long = Текст длиннее { $max } символов.
admin-alias-added = Теперь «{ $text }» означает { $occupation }.
admin-alias-replaced = «{ $text }» теперь означает { $occupation } (раньше это означало другое).

admin-broadcast-syntax =
    Напишите, кто получит сообщение, потом | и текст, например:
    /broadcast role=newcomer sector=22 locale=sv | Добро пожаловать на встречу для нетворкинга!
    role - это newcomer, door_opener или all; sector - это код ISCO-08 из 1-4 цифр (несколько через запятую); locale - это sv, fi или en. Каждая часть необязательна.
admin-broadcast-bad-filter = Я не понял «{ $text }».
admin-broadcast-too-long = Сообщение длиннее { $max } символов.
admin-broadcast-limit = За последние 24 часа вы уже отправили группам { $limit } сообщений. Пожалуйста, подождите, прежде чем отправлять ещё одно.
admin-broadcast-nobody = Нет активных людей, которые подходят под { $audience }, поэтому отправлять нечего.
admin-broadcast-preview =
    Это сообщение получит { $count ->
        [one] { $count } человек
        [few] { $count } человека
        [many] { $count } человек
       *[other] { $count } человека
    } ({ $audience }):
    { $text }
    Отправить?
button-broadcast-send = Отправить
button-broadcast-cancel = Отменить
admin-broadcast-stale = Эта кнопка сообщения уже недействительна, поэтому ничего не изменено.
admin-broadcast-cancelled = Сообщение отменено. Никто его не получил.
admin-broadcast-confirmed = Сообщение отправляется { $count ->
    [one] { $count } человеку
    [few] { $count } людям
    [many] { $count } людям
   *[other] { $count } человека
}. Я сообщу вам, когда оно будет отправлено.
admin-broadcast-message =
    Сообщение от координаторов программы:
    { $text }
admin-broadcast-finished = Ваше сообщение отправлено { $count ->
    [one] { $count } человеку
    [few] { $count } людям
    [many] { $count } людям
   *[other] { $count } человека
}.

admin-export-done = Вот экспорт: людей - { $people }, пар - { $proposals }, встреч - { $meetings }, ответов на опросы - { $answers }. Контактные данные не включены.
