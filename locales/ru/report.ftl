# Russian texts written by the Doorway project, awaiting review by a native speaker.
# Отчёт о влиянии для координаторов: `doorway report` (Markdown и диаграммы) и /stats.
# Проценты приходят уже отформатированными ($pct, например "16.0"), с $n из $total после них.

report-title = Отчёт о влиянии
report-period-all = Период: вся программа
report-period = Период: { $start } – { $end }
report-period-from = Период: с { $start }
report-period-until = Период: до { $end }
report-organisation-all = Организации: все
report-organisation = Организация: { $organisation } (код { $code })
report-generated = Создано { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } из { $total })
report-no-data = Данных пока нет.

report-section-participants = Участники
report-newcomers = Недавно приехавшие (участники)
report-door-openers = Открыватели дверей
report-by-gender = По полу
report-by-locale = По языку чата
report-by-sector = По сфере
report-gender-unspecified = Не указано
report-sector-unknown = Неизвестно

report-section-matches = Предложения
report-proposed = Сделано предложений
report-accepted = Принято (встреча состоялась)
report-declined = Отклонено
report-declined-reasons = Причины отказа
report-reason-no_time = Нет времени
report-reason-not_my_field = Не сфера открывателя дверей
report-reason-got_job = Уже нашли работу
report-reason-not_interested = Больше не интересно
report-reason-other = Другая причина
report-reason-none = Причина не указана

report-section-meetings = Встречи
report-scheduled = Назначено время
report-held = Состоялись
report-no-show = Кто-то не пришёл
report-cancelled = Отменены

report-section-outcomes = Результаты (опросы через 3 и 6 месяцев после первой встречи)
report-respondents = Недавно приехавшие, которые ответили
report-outcome-job = Нашли работу
report-outcome-internship = Получили стажировку
report-outcome-interview = Были на собеседовании
report-outcome-met_employers = Встретились с работодателями
report-outcome-kept_contact = Всё ещё на связи с открывателем дверей
report-outcome-met_again = Снова встретились с открывателем дверей
report-outcome-chances_improved = Считают, что их шансы улучшились
report-new-contacts = Новые профессиональные контакты

report-section-door-openers = Открыватели дверей, которые с кем-то встретились
report-repeat = Провели больше одной встречи
report-meetings-per-door-opener = Состоявшихся встреч на одного открывателя дверей: { $value }

report-section-relay = Эстафетная палочка
report-invites-sent = Отправлено эстафетных приглашений
report-joined = Присоединились по эстафетному приглашению
report-meetings-from-referrals = Состоявшиеся встречи с людьми, которые пришли через эстафету
report-chains = Цепочки рекомендаций (вся программа)
report-chain = { $name } (#{ $number }): { $people ->
        [one] привлечён { $people } человек
        [few] привлечено { $people } человека
        [many] привлечено { $people } человек
       *[other] привлечено { $people } человека
    }, { $meetings ->
        [one] { $meetings } встреча состоялась
        [few] { $meetings } встречи состоялись
        [many] { $meetings } встреч состоялось
       *[other] { $meetings } встречи состоялось
    }
report-chains-none = Цепочек рекомендаций пока нет.

report-section-funnel = От регистрации до работы
report-funnel-note = Недавно приехавшие, зарегистрированные за период, с отслеживанием до сегодняшнего дня.
report-funnel-registered = Зарегистрировались
report-funnel-matched = Получили пару
report-funnel-met = Встретились с открывателем дверей
report-funnel-job = Нашли работу

report-section-waiting = Ожидание первого предложения
report-waiting-line = { $label }: медиана { $days } дн. ({ $count } получили предложение), всё ещё ждут: { $waiting }
report-waiting-line-none = { $label }: предложений пока нет, ждут: { $waiting }

report-chart-people = Люди
report-chart-outcomes = Результаты через 3 и 6 месяцев
report-chart-outcomes-axis = Ответили «да» (%)
report-chart-waiting = Медианное ожидание первого предложения
report-chart-waiting-axis = Дни
report-chart-waiting-proposed = Получили предложение
report-chart-waiting-still = Всё ещё ждут (на данный момент)

report-summary-all = Отчёт о влиянии, вся программа:
report-summary-organisation = Отчёт о влиянии для { $organisation }:
report-summary-people = Зарегистрировано недавно приехавших: { $newcomers }. Открывателей дверей: { $door_openers }.
report-summary-meetings = Сделано предложений: { $proposed }. Состоялось встреч: { $held }.
report-summary-outcomes = Недавно приехавшие, которые ответили на последующие опросы: { $count }. Нашли работу: { $pct } % ({ $n } из { $total }).
report-summary-relay = Присоединились через эстафетную палочку: { $people }. Состоявшиеся встречи с людьми, которые пришли через эстафету: { $meetings }.
report-summary-charts = Диаграммы показывают путь от регистрации до работы, ответы на опросы и время ожидания по сферам. Полный отчёт: doorway report.
report-no-such-organisation = Нет организации с кодом { $code }. Отправьте /org, чтобы увидеть коды.
