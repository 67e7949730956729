# Ukrainian texts written by the Doorway project, awaiting review by a native speaker.
# Звіт про вплив для координаторів: `doorway report` (Markdown і діаграми) та /stats.
# Відсотки приходять уже відформатованими ($pct, наприклад "16.0"), з $n із $total після них.

report-title = Звіт про вплив
report-period-all = Період: уся програма
report-period = Період: { $start } – { $end }
report-period-from = Період: з { $start }
report-period-until = Період: до { $end }
report-organisation-all = Організації: усі
report-organisation = Організація: { $organisation } (код { $code })
report-generated = Створено { $date }.
report-count-line = { $label }: { $count }
report-share = { $label }: { $pct } % ({ $n } з { $total })
report-no-data = Даних ще немає.

report-section-participants = Учасники
report-newcomers = Новоприбулі (учасники)
report-door-openers = Відкривачі дверей
report-by-gender = За статтю
report-by-locale = За мовою чату
report-by-sector = За галуззю
report-gender-unspecified = Не вказано
report-sector-unknown = Невідомо

report-section-matches = Пропозиції
report-proposed = Зроблено пропозицій
report-accepted = Прийнято (відбулася зустріч)
report-declined = Відхилено
report-declined-reasons = Причини відмови
report-reason-no_time = Немає часу
report-reason-not_my_field = Не галузь відкривача дверей
report-reason-got_job = Уже знайшли роботу
report-reason-not_interested = Більше не цікаво
report-reason-other = Інша причина
report-reason-none = Причину не вказано

report-section-meetings = Зустрічі
report-scheduled = Призначено час
report-held = Відбулися
report-no-show = Хтось не прийшов
report-cancelled = Скасовано

report-section-outcomes = Результати (опитування через 3 і 6 місяців після першої зустрічі)
report-respondents = Новоприбулі, які відповіли
report-outcome-job = Знайшли роботу
report-outcome-internship = Отримали стажування
report-outcome-interview = Були на співбесіді
report-outcome-met_employers = Зустрілися з роботодавцями
report-outcome-kept_contact = Досі на зв'язку з відкривачем дверей
report-outcome-met_again = Знову зустрілися з відкривачем дверей
report-outcome-chances_improved = Вважають, що їхні шанси покращилися
report-new-contacts = Нові професійні контакти

report-section-door-openers = Відкривачі дверей, які з кимось зустрілися
report-repeat = Провели більше ніж одну зустріч
report-meetings-per-door-opener = Зустрічей, що відбулися, на одного відкривача дверей: { $value }

report-section-relay = Естафетна паличка
report-invites-sent = Надіслано естафетних запрошень
report-joined = Приєдналися за естафетним запрошенням
report-meetings-from-referrals = Зустрічі, що відбулися, з людьми, які прийшли через естафету
report-chains = Ланцюжки рекомендацій (уся програма)
report-chain = { $name } (#{ $number }): { $people ->
        [one] залучено { $people } людину
        [few] залучено { $people } людини
        [many] залучено { $people } людей
       *[other] залучено { $people } людини
    }, { $meetings ->
        [one] { $meetings } зустріч відбулася
        [few] { $meetings } зустрічі відбулися
        [many] { $meetings } зустрічей відбулися
       *[other] { $meetings } зустрічі відбулися
    }
report-chains-none = Ланцюжків рекомендацій ще немає.

report-section-funnel = Від реєстрації до роботи
report-funnel-note = Новоприбулі, зареєстровані за період, з відстеженням до сьогодні.
report-funnel-registered = Зареєструвалися
report-funnel-matched = Отримали пару
report-funnel-met = Зустрілися з відкривачем дверей
report-funnel-job = Знайшли роботу

report-section-waiting = Очікування першої пропозиції
report-waiting-line = { $label }: медіана { $days } дн. ({ $count } отримали пропозицію), досі чекають: { $waiting }
report-waiting-line-none = { $label }: пропозицій ще немає, чекають: { $waiting }

report-chart-people = Люди
report-chart-outcomes = Результати через 3 і 6 місяців
report-chart-outcomes-axis = Відповіли «так» (%)
report-chart-waiting = Медіанне очікування першої пропозиції
report-chart-waiting-axis = Дні
report-chart-waiting-proposed = Отримали пропозицію
report-chart-waiting-still = Досі чекають (на цей момент)

report-summary-all = Звіт про вплив, уся програма:
report-summary-organisation = Звіт про вплив для { $organisation }:
report-summary-people = Зареєстровано новоприбулих: { $newcomers }. Відкривачів дверей: { $door_openers }.
report-summary-meetings = Зроблено пропозицій: { $proposed }. Зустрічей відбулося: { $held }.
report-summary-outcomes = Новоприбулі, які відповіли на подальші опитування: { $count }. Знайшли роботу: { $pct } % ({ $n } з { $total }).
report-summary-relay = Приєдналися через естафетну паличку: { $people }. Зустрічі, що відбулися, з людьми, які прийшли через естафету: { $meetings }.
report-summary-charts = Діаграми показують шлях від реєстрації до роботи, відповіді на опитування і час очікування за галузями. Повний звіт: doorway report.
report-no-such-organisation = Немає організації з кодом { $code }. Надішліть /org, щоб побачити коди.
