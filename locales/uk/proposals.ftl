# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Пропозиції: спочатку запитуємо відкривача дверей, потім новоприбулого.

proposal-to-door-opener = Новоприбулий учасник хоче зустрітися з вами на одну годину: { $name }, { $occupation }, досвід { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }. Мови зустрічі: { $languages }.
    Про { $name }: { $intro }
    Чому саме ви двоє:
proposal-reminder-door-opener = Нагадування: { $name } ({ $occupation }) досі чекає на вашу відповідь. Мови зустрічі: { $languages }.
    Про { $name }: { $intro }
    Чому саме ви двоє:
proposal-no-intro = (без розповіді про себе)
button-proposal-accept = Так, я можу зустрітися
button-proposal-decline = Ні, не цього разу
button-proposal-later = Запитайте мене пізніше

proposal-to-newcomer = Гарна новина! { $name }, { $occupation } з досвідом { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }, хоче зустрітися з вами на одну годину. Мови зустрічі: { $languages }.
    Чому саме ви двоє:
proposal-reminder-newcomer = Нагадування: { $name } ({ $occupation }) хоче зустрітися з вами на одну годину. Ви хочете зустрітися?
    Чому саме ви двоє:
button-proposal-yes = Так, я хочу зустрітися
button-proposal-no = Ні, дякую

why-same-occupation = - та сама професія
why-same-isco-unit = - та сама професійна група
why-same-field = - суміжна професія в тій самій галузі
why-shared-language = - ви обоє говорите мовою: { $language }
why-same-municipality = - ви в тому самому муніципалітеті
why-online = - ви обоє можете зустрітися онлайн

proposal-stale = Ця пропозиція вже не відкрита, тому нічого не змінено.
proposal-later = Добре. Я нагадаю вам через кілька днів.
proposal-accepted-door-opener = Дякую! Тепер я запитую { $name }. Я повідомлю вам відповідь.
proposal-matched-newcomer = Чудово! Ви і { $name } обоє сказали «так». Наступний крок - домовитися про час годинної зустрічі.
proposal-matched-door-opener = { $name } теж сказав «так»! Знайдімо час для годинної зустрічі: натисніть кнопку, щоб запропонувати до трьох варіантів часу.

proposal-ask-reason = Дякую за відповідь. Чому не цього разу?
decline-reason-no_time = Зараз у мене немає часу
decline-reason-not_my_field = Це не моя галузь
decline-reason-got_job = Я вже знайшов роботу
decline-reason-not_interested = Мені це вже не цікаво
decline-reason-other = Інша причина
proposal-declined-thanks = Дякую, я це записав.
proposal-declined-got-job = Вітаємо з роботою! Я більше не надсилатиму вам пропозицій. Надішліть /resume, якщо пізніше захочете зустрітися з відкривачем дверей.
proposal-declined-not-interested = Добре, я більше не надсилатиму вам пропозицій. Надішліть /resume, якщо передумаєте.
proposal-newcomer-declined = { $name } не може взяти участь цього разу. Дякуємо, що сказали «так»! Я шукатиму для вас іншого новоприбулого учасника.

proposal-lapsed-door-opener = Пропозиція втратила чинність, бо відповіді не було. Нічого страшного. Я надішлю вам нову, коли хтось шукатиме контакт.
proposal-paused-after-lapses = Ви не відповіли на три пропозиції, тому я призупинив для вас пропозиції. Хочете повернутися? Ви також можете надіслати /resume пізніше.
proposal-lapsed-newcomer = Пропозиція втратила чинність, бо відповіді не було, тому я призупинив ваш пошук. Надішліть /resume, коли захочете знову отримати пару.
button-come-back = Так, я повернувся
