# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Команди координаторів: списки, пошук, пари вручну, псевдоніми, розсилки, експорт.

admin-help =
    Команди координатора:
    /pending - учасники, які чекають на пару, за галузями
    /openers - відкривачі дверей, їхня кількість місць і скільки використано цього місяця
    /find <текст> - пошук людей за ім'ям, професією, муніципалітетом або адресою
    /match <учасник> <відкривач дверей> - створити пару вручну (наприклад /match #12 #7)
    /unmatch <учасник> <відкривач дверей> або /unmatch #<пропозиція> - скасувати пару
    /pause <людина> і /resume <людина> - призупинити участь людини або відновити її
    /alias <текст> = <ESCO URI> - пов'язати написану професію з професією ESCO
    /broadcast role=newcomer sector=22 locale=sv | <текст> - повідомлення для групи
    /event - зустрічі для нетворкінгу
    /stats - показники впливу
    /export - файли CSV з людьми, парами, зустрічами та відповідями на опитування
admin-and-more = …і ще { $count }.
admin-no-sector = Галузі ще немає

admin-pending = { $count ->
    [one] { $count } учасник чекає на пару:
    [few] { $count } учасники чекають на пару:
    [many] { $count } учасників чекають на пару:
   *[other] { $count } учасника чекають на пару:
}
admin-pending-none = Зараз жоден учасник не чекає на пару.
admin-pending-sector = { $sector } ({ $count })
admin-pending-line = #{ $number } { $name }, { $occupation }: { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}

admin-openers = { $count ->
    [one] { $count } відкривач дверей
    [few] { $count } відкривачі дверей
    [many] { $count } відкривачів дверей
   *[other] { $count } відкривача дверей
}, вільних місць цього місяця: { $free }:
admin-openers-none = Ще не зареєстровано жодного відкривача дверей.
admin-opener-line = #{ $number } { $name }, { $occupation }: { $used } з { $capacity } цього місяця, { $status ->
    [paused] призупинено
   *[other] активний
}

admin-find-syntax = Напишіть, що шукати, наприклад: /find Anna або /find Uppsala
admin-find-none = Я нікого не знайшов за запитом «{ $text }».
admin-find = { $count ->
    [one] { $count } людина
    [few] { $count } людини
    [many] { $count } людей
   *[other] { $count } людини
} за запитом «{ $text }»:
admin-find-line = #{ $number } { $name } { $role ->
    [newcomer] учасник
    [door_opener] відкривач дверей
    [coordinator] координатор
   *[other] (ролі ще немає)
} { $status ->
    [onboarding] реєструється
    [paused] призупинено
   *[other] активний
} { $occupation }

admin-match-syntax = Напишіть спочатку учасника, потім відкривача дверей, наприклад: /match #12 #7
admin-match-roles = { $name } має бути учасником, а { $other } - відкривачем дверей, саме в такому порядку.
admin-match-exists = { $name } і { $other } вже мають пропозицію або зустріч, яка триває.
admin-match-done = Пропозицію #{ $number } створено: { $name } з { $other }. Я спочатку запитав { $other }.

admin-unmatch-syntax = Напишіть учасника і відкривача дверей або номер пропозиції, наприклад: /unmatch #12 #7 або /unmatch #5
admin-unmatch-nothing = Для «{ $who }» немає пропозиції або зустрічі, яка триває.
admin-unmatch-done = { $kind ->
    [meeting] Зустріч за пропозицією #{ $number } скасовано.
   *[other] Пропозицію #{ $number } закрито.
} Я повідомив обох.
admin-unmatch-to-door-opener = Координатори програми скасували { $kind ->
    [meeting] вашу зустріч
   *[other] пропозицію
} з { $name }. Вам нічого не потрібно робити.
admin-unmatch-to-newcomer = { $kind ->
    [meeting] Координатори програми скасували вашу зустріч з { $name }.
    [proposal] Координатори програми скасували пропозицію з { $name }.
   *[other] Координатори програми змінили вашу пару.
} Ви зберігаєте своє місце в черзі, і я шукатиму для вас нову пару.

admin-alias-syntax = Напишіть текст, потім = і URI професії ESCO, наприклад: /alias backend dev = http://data.europa.eu/esco/occupation/…
admin-alias-unknown-occupation = «{ $text }» - це не професія ESCO, яку я знаю.
admin-alias-empty-text = Від тексту нічого не залишилося для зв'язку.
admin-alias-too-long = Текст довший за { $max } символів.
admin-alias-added = Відтепер «{ $text }» означає { $occupation }.
admin-alias-replaced = «{ $text }» тепер означає { $occupation } (раніше це означало інше).

admin-broadcast-syntax =
    Напишіть, хто отримає повідомлення, потім | і текст, наприклад:
    /broadcast role=newcomer sector=22 locale=sv | Ласкаво просимо на зустріч для нетворкінгу!
    role - це newcomer, door_opener або all; sector - це код ISCO-08 з 1-4 цифр (кілька через кому); locale - це sv, fi або en. Кожна частина необов'язкова.
admin-broadcast-bad-filter = Я не зрозумів «{ $text }».
admin-broadcast-too-long = Повідомлення довше за { $max } символів.
admin-broadcast-limit = За останні 24 години ви вже надіслали групам { $limit } повідомлень. Будь ласка, зачекайте, перш ніж надсилати ще одне.
admin-broadcast-nobody = Немає активних людей, які відповідають { $audience }, тому нічого надсилати.
admin-broadcast-preview =
    Це повідомлення отримає { $count ->
        [one] { $count } людина
        [few] { $count } людини
        [many] { $count } людей
       *[other] { $count } людини
    } ({ $audience }):
    { $text }
    Надіслати?
button-broadcast-send = Надіслати
button-broadcast-cancel = Скасувати
admin-broadcast-stale = Ця кнопка повідомлення вже недійсна, тому нічого не змінено.
admin-broadcast-cancelled = Повідомлення скасовано. Ніхто його не отримав.
admin-broadcast-confirmed = Повідомлення надсилається { $count ->
    [one] { $count } людині
    [few] { $count } людям
    [many] { $count } людям
   *[other] { $count } людини
}. Я повідомлю вас, коли його буде надіслано.
admin-broadcast-message =
    Повідомлення від координаторів програми:
    { $text }
admin-broadcast-finished = Ваше повідомлення надіслано { $count ->
    [one] { $count } людині
    [few] { $count } людям
    [many] { $count } людям
   *[other] { $count } людини
}.

admin-export-done = Ось експорт: людей - { $people }, пар - { $proposals }, зустрічей - { $meetings }, відповідей на опитування - { $answers }. Контактних даних немає.
